/**
 * 版记 (GB/T 9704-2012 §7.4): `抄送：…` and `XX办公厅  2019年3月15日印发` at the very end of a
 * document. They name who receives copies and who printed it when; they are not part of the last
 * clause, and the 印发 date is not a deadline.
 */
import grammar from '../../grammars/colophon.json' with { type: 'json' }
import labels from '../../grammars/header-labels.json' with { type: 'json' }
import type { Line } from '../normalize/lines.js'
import { parseFullDate } from './dates.js'
import { isReleaseLine } from './signature.js'
import type { Colophon } from '../tree/segment.js'
import { escapeRegExp } from '../text/regexp.js'

export type { Colophon }

// (or its 年 and 月 stripped by a scraper, `2012313日`, as parseFullDate reads it: outside274 02's `绵阳市人民政府办公室 2012313日印`)
const DATE = '(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[〇○零一二三四五六七八九]{4}\\s*年\\s*[一二三四五六七八九十]{1,3}\\s*月\\s*[一二三四五六七八九十]{1,3}\\s*日|(?:19|20)\\d{2}\\d{2,3}日)'
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
  // (the print count under the 印发 line, `印70份`, closes the page: outside255 02)
  if (k - 1 > from && PRINT_COUNT.test(lines[k].text) && PRINTED.test(lines[k - 1].text)) k--
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
  // (more label lines above, one a line: `抄报：卫生部` over `抄送：省农委，省交通厅`, outside255 02)
  while (copyTo.length && k > from && COPY_TO.test(lines[k].text) && lines[k].text.length <= 300) copyTo = units(lines[k--].text.replace(COPY_TO, '')).concat(copyTo)
  if (!m && !copyTo.length) return null
  return { start: k + 1, lines: lines.slice(k + 1, to), copyTo, printedBy, printedDate }
}

const KEYWORDS = new RegExp(`^(?:${labels.forms.keywordLabels.map(escapeRegExp).join('|')})\\s*[：:]`)
const PRINT_COUNT = new RegExp(grammar.printCount)

/** A 版记 `主题词：` line (`主题词：经济管理 项目 通知`): never a title, though it may end in a genre word. */
export function isKeywordLine(text: string): boolean {
  return KEYWORDS.test(text)
}

/**
 * A 版记 printed right under the 落款 date, from `lines[from]`, with an attachment still to follow
 * (a page that put the attached table after it): an optional `主题词：` line, the 抄送 line, the
 * 印发 line (office and date on one line), an optional print count (`（共印30份）`). It needs a 抄送
 * or an 印发 line; null otherwise. `next` is the line after it.
 *
 * @example
 * // 二○○九年五月十四日 / 主题词：… / 抄送：区委办，区人大办。 / 某区人民政府办公室2009年5月14日印 / 附件 / …
 * colophonAfterSignature(lines, 1, lines.length) // { colophon: { copyTo: ['区委办', '区人大办'], printedDate: '2009-05-14', … }, next: 4 }
 */
export function colophonAfterSignature(lines: Line[], from: number, to: number): { colophon: Colophon; next: number } | null {
  let k = from
  if (k < to && isKeywordLine(lines[k].text) && lines[k].text.length <= 60) k++
  // (a release note under the 主题词 line, over the 抄送 line: `信息公开选项：主动公开`, outside274 02)
  if (k > from && k < to && isReleaseLine(lines[k].text)) k++
  let copyTo: string[] = []
  // (one label line or more: `抄报：…` then `抄送：…`)
  while (k < to && COPY_TO.test(lines[k].text) && lines[k].text.length <= 300) copyTo = copyTo.concat(units(lines[k++].text.replace(COPY_TO, '')))
  let printedBy: string | null = null
  let printedDate: string | null = null
  const m = k < to ? PRINTED.exec(lines[k].text) : null
  if (m) {
    printedDate = parseFullDate(m[2].replace(/\s+/g, ''))
    printedBy = m[1]?.trim() || null
    k++
  }
  if (!copyTo.length && !printedDate) return null
  if (k < to && PRINT_COUNT.test(lines[k].text)) k++
  return { colophon: { start: from, lines: lines.slice(from, k), copyTo, printedBy, printedDate }, next: k }
}
