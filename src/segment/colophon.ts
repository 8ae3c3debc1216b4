/**
 * 版记 (GB/T 9704-2012 §7.4): `抄送：…` and `XX办公厅  2019年3月15日印发` at the very end of a
 * document. They name who receives copies and who printed it when; they are not part of the last
 * clause, and the 印发 date is not a deadline.
 */
import grammar from '../../grammars/colophon.json' with { type: 'json' }
import type { Line } from '../normalize/lines.js'
import { parseFullDate } from './dates.js'
import type { Colophon } from '../tree/segment.js'
import { escapeRegExp } from '../text/regexp.js'

export type { Colophon }

const DATE = '(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[〇○零一二三四五六七八九]{4}\\s*年\\s*[一二三四五六七八九十]{1,3}\\s*月\\s*[一二三四五六七八九十]{1,3}\\s*日)'
const VERBS = grammar.printedVerbs.map(escapeRegExp).join('|')
/** `山东省人民政府办公厅  2019年3月15日印发` (the office may be on the line before). */
const PRINTED = new RegExp(`^([\\u4e00-\\u9fff（）()·]{2,40}?)?\\s*${DATE}\\s*(?:${VERBS})$`)
const OFFICE = /^[\u4e00-\u9fff（）()·\s]{2,40}$/
const COPY_TO = new RegExp(`^(?:${grammar.copyToLabels.map(escapeRegExp).join('|')})\\s*[：:]`)

/** The units of a 抄送 text: split on 、，；, the closing 。 dropped. */
function units(text: string): string[] {
  return text
    .replace(/[。.]\s*$/, '')
    .split(/[，、；,;]/)
    .map((s) => s.replace(/\s+/g, ''))
    .filter((s) => s.length > 0)
}

/**
 * The 版记 ending `lines[from, to)`, or null. The 印发 line is the last line (or the office and
 * the date on the last two); 抄送 lines, possibly wrapped, stand just before it, or end the
 * document on their own.
 *
 * @example
 * // …正文… / 抄送：省委各部门，省人大常委会办公厅。 / 山东省人民政府办公厅  2019年3月15日印发
 * findColophon(lines, 0, lines.length) // { copyTo: ['省委各部门', '省人大常委会办公厅'], printedBy: '山东省人民政府办公厅', printedDate: '2019-03-15', … }
 */
export function findColophon(lines: Line[], from: number, to: number): Colophon | null {
  let k = to - 1
  if (k <= from) return null
  let printedBy: string | null = null
  let printedDate: string | null = null
  const m = PRINTED.exec(lines[k].text)
  if (m) {
    printedDate = parseFullDate(m[2].replace(/\s+/g, ''))
    printedBy = m[1]?.trim() || null
    if (!printedBy && k - 1 > from && OFFICE.test(lines[k - 1].text) && !COPY_TO.test(lines[k - 1].text)) printedBy = lines[--k].text.replace(/\s+/g, '')
    k--
  }
  // 抄送 may wrap: the label line within the three lines above, nothing sentence-like between
  let copyTo: string[] = []
  for (let c = k; c > from && k - c < 3; c--) {
    const t = lines[c].text
    if (c < k && /。/.test(t)) break
    if (!COPY_TO.test(t)) continue
    const text = lines
      .slice(c, k + 1)
      .map((l) => l.text)
      .join('')
      .replace(COPY_TO, '')
    if (text.length > 600 || /。./.test(text)) break
    copyTo = units(text)
    k = c - 1
    break
  }
  if (!m && !copyTo.length) return null
  return { start: k + 1, lines: lines.slice(k + 1, to), copyTo, printedBy, printedDate }
}
