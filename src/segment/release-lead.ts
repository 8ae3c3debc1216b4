/**
 * A page's lead line releasing the document printed under it, when the page prints no title of its
 * own (grammars/signature.json `releaseLead`): `苏州市政府办公室印发苏州市“十四五”生态环境保护规划：`,
 * `近日，X、Y印发《Z行动方案》，内容如下。` — the released name is the title, the organs are its issuers.
 */
import type { Line } from '../normalize/lines.js'
import { isStrongTitle } from './title-lines.js'
import { isIssuerLine } from './signature.js'
import sig from '../../grammars/signature.json' with { type: 'json' }
import { wordAlternation } from '../text/regexp.js'

const { openers, verbs, closers } = sig.releaseLead
/** opener? organs verb title (closer)? end — the organs hold no punctuation but 、, the title no sentence mark. */
const LEAD = new RegExp(
  `^(?:(?:${wordAlternation(openers)})[，,]?)?([^，,。；：:《》“”]{2,60}?)(?:${wordAlternation(verbs)})(?:《([^《》]{4,100})》|([^，,。；：:《》]{4,100}?))(?:[，,]?(${wordAlternation(closers)}))?([。：:])$`,
)
/** How many lines from the top a lead may stand (under a page heading and a stamp). */
const LEAD_LINES = 4

export interface ReleaseLead {
  /** Index of the lead line. */
  line: number
  title: { text: string; start: number; end: number }
  /** One line per organ (view offsets). */
  organs: Line[]
}

/** The release lead among the first lines from `from`, or null. */
export function releaseLead(lines: Line[], from: number): ReleaseLead | null {
  for (let k = from; k < Math.min(lines.length, from + LEAD_LINES); k++) {
    const l = lines[k]
    const m = LEAD.exec(l.text)
    // (a lead that only reports the release, `…印发了…的通知。`, reproduces nothing: a closer or a colon says the text follows)
    if (!m || (!m[4] && m[5] === '。')) continue
    const named = m[2] ?? m[3]
    if (!isStrongTitle(named)) continue
    const organsText = m[1]
    const organsAt = l.start + m[0].indexOf(organsText)
    const organs: Line[] = []
    let at = organsAt
    for (const part of organsText.split('、')) {
      organs.push({ text: part, start: at, end: at + part.length })
      at += part.length + 1
    }
    if (!organs.every((o) => isIssuerLine(o.text))) continue
    const titleAt = l.start + m[0].lastIndexOf(named)
    return { line: k, title: { text: named, start: titleAt, end: titleAt + named.length }, organs }
  }
  return null
}
