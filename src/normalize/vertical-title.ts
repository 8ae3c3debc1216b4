import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import { isSpace } from './spaces.js'

/** How many of the text's first lines a cover's vertical title may stand among. */
const COVER_LINES = 20
/** Fewest one-character lines in a row read as a title printed top to bottom. */
const MIN_RUN = 4
/** One ideograph alone on its line, spaces around it allowed. */
const ONE_HAN = /^[ \t\u3000]*\p{Script=Han}[ \t\u3000]*$/u

/**
 * A cover printing (part of) its title top to bottom, one character a line, as a plan converted from Word or PDF
 * keeps it (`洞头县海洋与渔业系统` ⏎ `抗` ⏎ `台` ⏎ `防` ⏎ `汛` ⏎ `预` ⏎ `案`, outside239 06): among the text's first lines,
 * a run of at least four lines each holding one ideograph becomes one line, so the title search reads its words.
 * An `info` diagnostic `line-joined` reports it.
 *
 * @example
 * // '某县防汛\n应\n急\n预\n案\n某县水利局' → '某县防汛\n应急预案\n某县水利局'
 */
export function joinVerticalTitle(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  // the first lines' bounds, one pass
  const starts: number[] = []
  const ends: number[] = []
  for (let s = 0; s <= t.length && starts.length < COVER_LINES; ) {
    const e = t.indexOf('\n', s)
    starts.push(s)
    ends.push(e < 0 ? t.length : e)
    if (e < 0) break
    s = e + 1
  }
  const single = (k: number) => ONE_HAN.test(t.slice(starts[k], ends[k]))
  for (let k = 0; k < starts.length; k++) {
    if (!single(k)) continue
    let end = k
    while (end + 1 < starts.length && single(end + 1)) end++
    if (end - k + 1 < MIN_RUN) {
      k = end
      continue
    }
    const ed = view.edit()
    // the breaks (and the spaces around each character) between the run's characters go
    for (let j = k; j < end; j++) ed.replace(charEnd(t, starts[j], ends[j]), charStart(t, starts[j + 1], ends[j + 1]), '')
    diags.add(view, 'info', 'line-joined', `Joined a title printed one character a line (${end - k + 1} lines)`, starts[k], ends[end])
    return ed.done()
  }
  return view
}

function charStart(t: string, s: number, e: number): number {
  while (s < e && isSpace(t.charCodeAt(s))) s++
  return s
}
function charEnd(t: string, s: number, e: number): number {
  while (e > s && isSpace(t.charCodeAt(e - 1))) e--
  return e
}
