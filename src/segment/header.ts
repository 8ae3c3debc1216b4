import labels from '../../grammars/header-labels.json' with { type: 'json' }
import type { Line } from '../normalize/lines.js'
import { parseFullDate } from './dates.js'
import { isIssuerLine } from './signature.js'
import { codeSet } from '../text/brackets.js'
import { withSpaceUnits } from '../text/regex-ends.js'
import type { HeaderBlock, HeaderForm } from '../tree/segment.js'

export type { HeaderBlock, HeaderForm }

const LABEL_FIELD = labels.labels as Record<string, string>
const KNOWN = new Set(Object.keys(LABEL_FIELD))
/** The labels that fill the title (标题, 名称, 法规名称, a research database's `Title` …), in the grammar's order. */
export const TITLE_LABELS: readonly string[] = Object.keys(LABEL_FIELD).filter((l) => LABEL_FIELD[l] === 'title')
/** …those written in ideographs, two or more (a table's row or cell label: no `Title`). */
export const HAN_TITLE_LABELS: readonly string[] = TITLE_LABELS.filter((l) => /^[\u4e00-\u9fff]{2,}$/.test(l))

/**
 * The labels of a header row that prints every label of a column table glued together, in order
 * (`索引号文号发布机构发布日期公开范围公开方式`), or null when the line is anything else.
 */
export function headerRowLabels(text: string): string[] | null {
  const out: string[] = []
  for (let at = 0; at < text.length; ) {
    const label = KNOWN_LONGEST.find((l) => text.startsWith(l, at))
    if (!label) return null
    out.push(label)
    at += label.length
  }
  return out
}
const KNOWN_LONGEST = [...KNOWN].filter((l) => /^[\u4e00-\u9fff]+$/.test(l)).sort((a, b) => b.length - a.length)
const EXPORT_LABELS = new Set(labels.exportLabels)
const MARKERS = new Set(labels.markers)
const LAW_DB_FIELD = /^【([^】]{1,8})】(.*)$/
/** A label a law database prints that no field takes, as its block may go on with it: a few ideographs (`法律话题`, `产业领域`). */
const UNKNOWN_LABEL = /^[\u4e00-\u9fff]{2,6}$/
/** One `【label】value` cell; a repost site prints two on a line (`【发布部门】 合肥市政府 【发文字号】 合政[2008]25号`). */
const LAW_DB_CELL = /【([^】]{1,8})】([^【]*)/g
// How each form is told apart (grammars/header-labels.json `forms`).
const LAW_DB_OPEN = new Set(labels.forms.lawDbOpen)
const LAW_DB_CLOSE = new Set(labels.forms.lawDbClose)
const GOVCN_OPEN = new RegExp(`^(?:${labels.forms.govcnOpen.join('|')})：`)
const PUBLISH_ENOUGH = labels.forms.publishEnough
const KEYWORD_LABELS = new Set(labels.forms.keywordLabels)
// (a label may join two words with a slash: `备注/文号：…`, grammars/header-labels.json $slashLabels)
const COLON_FIELD = /^([\u4e00-\u9fff]{2,6}(?:\/[\u4e00-\u9fff]{2,6})?)：([\s\S]*)$/
/** A row of a label table whose first label lost its head (`号：…`): a label, a colon, a value, and a second labelled cell. */
const CUT_LABEL_ROW = /^[\u4e00-\u9fff]{1,6}：[^：]+[\u4e00-\u9fff]{2,6}：/
/** The longest portal column word over a label block that is no title (`计划总结`, `专项规划`): a title is longer or names its genre. */
const COLUMN_WORD_MAX = 6
/** The labels of a government's disclosure catalogue (header-labels.json catalogueTime.markers: 索引号). */
const CATALOGUE_MARKERS: readonly string[] = labels.catalogueTime.markers
/** A site's navigation bar above the labels (`中国政府网 某省政府网 … 繁体中文`, `… 加入收藏 设为首页 中央人民政府 …`, outside57 05): no title. */
const SITE_NAV = /政府网.*网|繁体中文$|简体中文$|无障碍$|设为首页|加入收藏|收藏本站|设为主页/
/** A breadcrumb of a site above its label table (`首页`, `>政务公开>法规文件>其他文件`). */
const BREADCRUMB = /^(?:首页|当前位置|您现在的位置)|[>»]/
/**
 * A label line of a bulleted table without its bullet (`•发文字号：`); a label a county site prints
 * in square brackets over its value (`[ 成文日期 ]` / `2016-11-22`) reads as `成文日期：`.
 */
// (a list bullet `- ` the matching copy glues to the label: `-发布日期：…`)
const unbullet = (t: string) =>
  t
    // (a markdown list's dash before a 【label】, its space lost to normalizing: `-【发布日期】2009-03-27`, outside261 02)
    .replace(/^(?:[•·●▪∙]|-(?=\s|【|[\u4e00-\u9fff]{2,8}(?:\/[\u4e00-\u9fff]{2,6})?：))\s*/, '')
    .replace(/^[[［]\s*([\u4e00-\u9fff]{2,8})\s*[\]］]$/, (m, label: string) => (KNOWN.has(label) ? `${label}：` : m))

/** A known header label with its value: `【发布部门】国务院`, `发文字号：国发〔2019〕4号`, `原文链接: https://…`. */
export interface LabelLine {
  label: string
  value: string
  /** view offsets of the value */
  start: number
  end: number
  bracketed: boolean
}

const HALF_WIDTH = /["'()<>-]/
/** (a label may carry an alternative in brackets: `公(發)布日期：`, the 公布 or 发布 date of a law system's page) */
const ANY_LABEL = /^(?:【([^】]{1,10})】|([\u4e00-\u9fff][\u4e00-\u9fff（）\s]{1,11})\s*[：:])\s*/

/** Reads `line` as a label line with a known label (spaces inside the label ignored), or null. */
export function labelLine(line: Line): LabelLine | null {
  const m = ANY_LABEL.exec(line.text)
  if (!m) return null
  const label = (m[1] ?? m[2]).replace(/\s+/g, '')
  if (!KNOWN.has(label)) return null
  const value = line.text.slice(m[0].length).trim()
  return { label, value, start: line.end - value.length, end: line.end, bracketed: m[1] !== undefined }
}

/** A line only an export prints: `正文`, `文章属性`, or a 法宝引证码 / 原文链接 line. */
export function isExportLine(line: Line): boolean {
  if (MARKERS.has(line.text)) return true
  const l = labelLine(line)
  return l !== null && EXPORT_LABELS.has(l.label)
}

/**
 * The header of a law-database export that none of the fixed forms matches: label lines
 * (`【法宝引证码】…`, `原文链接：…`, `【发布部门】…`, `发文字号：…`), marker lines (`正文`) and
 * the title — once or twice — in any order in the first lines. `isTitle` tells a title line.
 * Null unless at least one label line is there.
 */
export function findExportHeader(lines: Line[], isTitle: (text: string) => boolean, sameTitle: (a: string, b: string) => boolean): HeaderBlock | null {
  const fields: Record<string, string> = {}
  const spans: HeaderBlock['spans'] = {}
  let titleLine: Line | undefined
  let seen = 0
  let bracketed = false
  let j = 0
  for (; j < Math.min(lines.length, 20); j++) {
    const l = labelLine(lines[j])
    if (l) {
      // (a date label over its value: `公(發)布日期：` ⏎ `民國 102 年 08 月 13 日`)
      const under = !l.value && /Date$/.test(LABEL_FIELD[l.label]) && lines[j + 1] && parseFullDate(lines[j + 1].text) ? lines[++j] : null
      if (under) Object.assign(l, { value: under.text, start: under.start, end: under.end })
      // (any label over its value, a policy database's block: `发文字号:` ⏎ `云政发〔2016〕3号` ⏎ `公布时间:` ⏎ `2016.01.25`, outside85 01)
      const stacked = !l.value ? stackedLabelCell(lines, j) : null
      if (stacked) {
        Object.assign(l, { value: stacked.cell.value, start: stacked.cell.start, end: stacked.cell.end })
        j += stacked.lines - 1
      }
      if (!(l.label in fields) || !fields[l.label]) {
        fields[l.label] = l.value
        if (l.value) spans[l.label] = { start: l.start, end: l.end }
      }
      seen++
      bracketed ||= l.bracketed
      continue
    }
    const t = lines[j].text
    if (MARKERS.has(t)) continue
    if (!titleLine && isTitle(t)) {
      titleLine = lines[j]
      continue
    }
    if (titleLine && sameTitle(t, titleLine.text)) {
      // printed twice, once with half-width brackets or quotes: keep the full-width printing
      if (HALF_WIDTH.test(titleLine.text) && !HALF_WIDTH.test(t)) titleLine = lines[j]
      continue
    }
    break
  }
  if (!seen || j === 0) return null
  return { form: bracketed ? 'law-db' : 'publish', fields, spans, titleLine, start: lines[0].start, end: lines[j - 1].end, next: j }
}

/** A known label glued after a cell's value, with its colon (`…2024-07672文号：`). */
const GLUED_LABEL = new RegExp(`(${[...KNOWN].sort((a, b) => b.length - a.length).join('|')})[：:]`, 'g')

/**
 * The cells of one table line: the first label's value, cut where a known label and its colon
 * follow (a site prints two cells of its label table on one line). `start` is the value's offset.
 */
function tableCells(label: string, value: string, start: number): SiteCell[] {
  const cells: SiteCell[] = []
  let from = 0
  let current = label
  for (const m of value.matchAll(GLUED_LABEL)) {
    // (a label inside a value is glued to it: it follows no colon of its own cell's label)
    if (m.index === 0) continue
    cells.push(cellOf(current, value, from, m.index, start))
    current = m[1]
    from = m.index + m[0].length
  }
  cells.push(cellOf(current, value, from, value.length, start))
  return cells.filter((c) => c.value)
}

function cellOf(label: string, value: string, from: number, to: number, start: number): SiteCell {
  const raw = value.slice(from, to)
  // (a site's table exported with its cell borders: `名称：|市人民政府办公室关于…的通知|`)
  const lead = raw.length - raw.replace(/^[\s|]+/, '').length
  const text = raw.replace(/^[\s|]+|[\s|]+$/g, '')
  // (a value that is only the next label, spaced as a portal spaces it, is an empty cell: `发文机关 关  键  字`
  // prints two labels and no value, outside55 06)
  if (KNOWN.has(text.replace(/[：:\s]/g, ''))) return { label, value: '', start: start + from + lead, end: start + from + lead }
  return { label, value: text, start: start + from + lead, end: start + from + lead + text.length }
}

/** A label-table cell (tableCells, siteLabelCells): a known label and its value, view offsets of the value. */
export interface SiteCell {
  label: string
  value: string
  start: number
  end: number
}

/**
 * A site-table line whose first cell is a label in square brackets (`[ 发文字号 ] …`), perhaps numbered (`1. [主题分类]`) or
 * bulleted as a copied list prints it (`- [发文机构] …`, outside118 03).
 */
const BRACKET_LABEL_LINE = /^(?:\d{1,2}[.．、]\s*|[-•·*]\s+)?\[\s*[\u4e00-\u9fff][\u4e00-\u9fff\s]{1,8}\]/
/** One `[ label ] value` cell: the value runs to the next `[`. */
const BRACKET_CELL = /\[\s*([\u4e00-\u9fff][\u4e00-\u9fff\s]{1,8}?)\s*\]([^[]*)/g

const STRONG_BARE = new Set(labels.forms.bareLabels)
/** A label without a colon opening a line or a `|` cell (`文号内政办发〔2012〕40号`, `文号|江政办〔2022〕1号|`). */
const BARE_LABEL = new RegExp(`^(${[...STRONG_BARE].sort((a, b) => b.length - a.length).join('|')})(?![：:])`)
/** A strong bare label inside a line, right after a value's last digit or mark (not inside Han text). */
const INNER_BARE_LABEL = new RegExp(`([0-9A-Za-z)）〕\\]】/\\-])(${[...STRONG_BARE].sort((a, b) => b.length - a.length).join('|')})(?![：:])`, 'g')
/**
 * A bare 字号 label glued after a value of Han text (`发布机构自治区人民政府文号内政发〔2013〕62号`, the
 * spaces between a portal's cells lost): taken only when a 字号 follows it, so no Han text is cut.
 */
const INNER_NUMBER_LABEL = new RegExp(
  `([\\u4e00-\\u9fff])(${[...STRONG_BARE]
    .filter((l) => LABEL_FIELD[l] === 'docNumber')
    .sort((a, b) => b.length - a.length)
    .join('|')})(?=[\\u4e00-\\u9fff]{1,16}〔\\d{4}〕)`,
  'g',
)

/** A strong bare label ending a line after a value's Han text: the row's last cell, printed empty. */
const TRAILING_BARE_LABEL = new RegExp(`([\\u4e00-\\u9fff])(?:${[...STRONG_BARE].sort((a, b) => b.length - a.length).join('|')})$`)

/** A list bullet opening a line of a table kept as a list. */
const LIST_BULLET = /^\s*[•·]\s*/

/** A cell line's words without its bullet, colons and spaces, as the known labels are spelled. */
const bareCell = (text: string) => text.replace(LIST_BULLET, '').replace(/[：:\s]/g, '')

/** The longest known label, and the code units `bareCell` drops wherever they stand (spaces, colons). */
const LONGEST_LABEL = Math.max(...[...KNOWN].map((label) => label.length))
const CELL_DROPS = withSpaceUnits(codeSet('：:'))

/**
 * Whether `bareCell(text)` is longer than any known label, read without building it: more kept code units than
 * the longest label and a bullet (a line of body text, most lines asked, answers after a few dozen units).
 */
function longerThanLabels(text: string): boolean {
  let kept = 0
  for (let k = 0; k < text.length; k++) if (CELL_DROPS[text.charCodeAt(k)] !== 1 && ++kept > LONGEST_LABEL + 1) return true
  return false
}

/**
 * A bare date label glued after a value of Han text (`发布机构白水县人民政府发布日期2019-02-25`, a portal's
 * row of two cells with the spaces lost, outside32 page 08): taken only when a date follows it, as the
 * 字号 label above.
 */
const INNER_DATE_LABEL = new RegExp(
  `([\\u4e00-\\u9fff])(${[...STRONG_BARE]
    .filter((l) => /Date$/.test(LABEL_FIELD[l] ?? ''))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?=\\d{4}[-年./]\\d{1,2})`,
  'g',
)

/** A value line holding a sentence's end (`。`, `；`, `！`, `？`): a paragraph, never a table cell's value. */
const SENTENCE_VALUE = /[。；！？]/

/**
 * A label printed alone on its line with its value on the next (a record's table flattened one cell per
 * line: `刊登日期` ⏎ `2014-01-20`, or `刊登日期` ⏎ `：` ⏎ `2014-01-20`): the cell and how many lines it takes.
 * Null when the line is no known label alone, or the next line is another label, empty of words or a sentence.
 */
export function stackedLabelCell(lines: Line[], k: number): { cell: SiteCell; lines: number } | null {
  // (a portal's table kept as a bulleted list, a cell per line: `• 发文字号` ⏎ `• 鄂府发〔2025〕1号`; the bullets are no text)
  if (longerThanLabels(lines[k].text)) return null
  const label = bareCell(lines[k].text)
  if (!KNOWN.has(label) || !/^[^：:]+[：:]?$/.test(lines[k].text.trim())) return null
  let v = k + 1
  if (lines[v] && /^[：:]$/.test(lines[v].text.trim())) v++
  const value = lines[v]
  // (a paragraph is no cell's value: `发布文号:` left empty over the text's first paragraph, outside238 01)
  if (!value || (!longerThanLabels(value.text) && KNOWN.has(bareCell(value.text))) || !/[\p{Script=Han}\d]/u.test(value.text) || SENTENCE_VALUE.test(value.text)) return null
  const text = value.text.replace(LIST_BULLET, '').trim()
  const start = value.start + value.text.indexOf(text)
  return { cell: { label, value: text, start, end: start + text.length }, lines: v - k + 1 }
}

/** Turns the colon pre-test of `siteLabelCells` off, for the test that holds it to the unguarded reading. @internal */
export const colonGate = { enabled: true }

/**
 * The cells of one line of a government site's label table printed around the title, in the forms
 * the other header readers do not take: several `label：value` cells on one line, glued once the
 * spaces between them are gone (`索引号：…发布机构：市综合执法局成文日期：2017-01-12文号：龙行执发〔2017〕1号`),
 * cells between `|` borders with or without colons (`文号|江政办〔2022〕1号|发文日期|2022-01-30 16:20|`),
 * or one strong label glued to its value (`成文日期2012-03-22`). Text before the first label (a
 * breadcrumb the line joiner glued on) is left out. Empty when the line holds no known label.
 *
 * @example siteLabelCells({ text: '文号|江政办〔2022〕1号|发文日期|2022-01-30 16:20|', start: 0, end: 30 })
 * // → [{ label: '文号', value: '江政办〔2022〕1号', … }, { label: '发文日期', value: '2022-01-30 16:20', … }]
 */
export function siteLabelCells(line: Line): SiteCell[] {
  const out: SiteCell[] = []
  const text = line.text
  // cells whose labels stand in square brackets (`[ 索引号 ] 1150…/2023-00005 [ 发文字号 ] 曲水府发〔2023〕21号`)
  if (BRACKET_LABEL_LINE.test(text)) {
    for (const m of text.matchAll(BRACKET_CELL)) {
      const label = m[1].replace(/\s+/g, '')
      const value = m[2].trim()
      if (!KNOWN.has(label) || !value) continue
      const start = line.start + m.index + m[0].length - m[2].length + (m[2].length - m[2].trimStart().length)
      out.push({ label, value, start, end: start + value.length })
    }
    if (out.length) return out
  }
  if (text.includes('|')) {
    // cells between borders: a label cell, then its value cell
    const cells: Array<{ text: string; start: number }> = []
    let from = 0
    for (const part of text.split('|')) {
      const lead = part.length - part.trimStart().length
      const t = part.trim()
      if (t && !/^-+$/.test(t)) cells.push({ text: t, start: line.start + from + lead })
      from += part.length + 1
    }
    for (let k = 0; k < cells.length; k++) {
      const label = cells[k].text.replace(/[：:\s]/g, '')
      if (!KNOWN.has(label)) continue
      const v = cells[k + 1]
      if (v && !KNOWN.has(v.text.replace(/[：:\s]/g, ''))) {
        out.push({ label, value: v.text, start: v.start, end: v.start + v.text.length })
        k++
      }
    }
    // (a table whose cells the scraper glued into one, closed by a stray border: `…发文机关:国务院成文日期:…主题词: |`)
    if (out.length) return out
  }
  // a known label with its colon anywhere in the line: site tables print several cells per line
  // (no colon, no match: most lines asked are body text, and the labels' alternation is tried at every position)
  const matches = !colonGate.enabled || text.includes('：') || text.includes(':') ? [...text.matchAll(GLUED_LABEL)] : []
  if (matches.length > 0) {
    // (a row opening with a bare label before its colon cells, the site printing some labels with a colon and some
    // without: `文号 汉政办函〔2024〕18号 成文日期: 2024年03月27日`, outside222 04)
    const bare = BARE_LABEL.exec(text)
    if (bare && matches[0].index > bare[0].length) {
      const cell = cellOf(bare[1], text, bare[0].length, matches[0].index, line.start)
      if (cell.value) out.push(cell)
    }
    for (let k = 0; k < matches.length; k++) {
      const m = matches[k]
      const from = m.index + m[0].length
      const to = k + 1 < matches.length ? matches[k + 1].index : text.length
      const cell = cellOf(m[1], text, from, to, line.start)
      if (cell.value) out.push(cell)
    }
    return out
  }
  const bare = BARE_LABEL.exec(text)
  if (bare && text.length <= 60) {
    // (a second bare label glued after a value that ends in a digit or a mark, the spaces between the
    // cells lost: `索引号620722087/2020-00915发文字号民政发〔2020〕110号`)
    let label = bare[1]
    const rest = bare[0].length
    let from = rest
    const inner = [...text.slice(rest).matchAll(INNER_BARE_LABEL), ...text.slice(rest).matchAll(INNER_NUMBER_LABEL), ...text.slice(rest).matchAll(INNER_DATE_LABEL)].sort((a, b) => a.index - b.index)
    for (const m of inner) {
      // (the matches index the rest of the line after the first label, wherever the last cell ended)
      const at = rest + m.index + m[1].length
      const cell = cellOf(label, text, from, at, line.start)
      if (cell.value) out.push(cell)
      label = m[2]
      from = at + m[2].length
    }
    // (a last label whose cell is empty ends the row, glued to the value before it: `发布机构固原市政府办文号`, a
    // 宁夏 portal's `发布机构 固原市政府办 文 号` with the spaces gone, outside39 page 03)
    const emptyLast = TRAILING_BARE_LABEL.exec(text.slice(from))
    const cell = cellOf(label, text, from, emptyLast ? from + emptyLast.index + emptyLast[1].length : text.length, line.start)
    if (cell.value) out.push(cell)
  }
  return out
}

/** Bare labels no title opens with: an index number's and a title's own (`索引号003110926/…信息分类…`, `信息名称关于…的通知`). */
const ROW_ONLY_BARE = new RegExp(`^(?:${[...STRONG_BARE].filter((l) => LABEL_FIELD[l] === 'indexNumber' || LABEL_FIELD[l] === 'title').join('|')})(?![：:])`)

/**
 * Whether a line opens with a bare label only a label row opens with, its cells glued on once the spaces between them
 * were normalized away (安徽's disclosure platforms, outside112 03): such a row is no title though its last value ends in
 * a genre word (`信息公开制度`) or is the title itself.
 */
export function opensWithRowLabel(line: Line): boolean {
  return ROW_ONLY_BARE.test(line.text)
}

/** Whether a line opens with a label in square brackets, as a site table prints them (`[ 主题分类 ] 应急管理 [ 体裁分类 ] 预案`); whether it holds cells is siteLabelCells's. */
export function opensWithBracketLabel(line: Line): boolean {
  return BRACKET_LABEL_LINE.test(line.text)
}

/** The meta field a header label fills (`发文字号` → `docNumber`), or undefined. */
export function fieldOf(label: string): string | undefined {
  return LABEL_FIELD[label]
}

/** How many lines a table cell's value may be broken over before its border, or the table's next row, closes it. */
const BROKEN_CELL_LINES = 3
const CELL_BORDER_LINE = /^[|｜]\s*$/
/**
 * Where the pieces of a cell's value broken over lines end (`有效` ⏎ `区政府办公室`, then `|` or the next row `主题分类:|…`),
 * or `from` when the lines there are no such pieces.
 */
function brokenCellEnd(lines: Line[], from: number): number {
  for (let k = from; k < Math.min(lines.length, from + BROKEN_CELL_LINES + 1); k++) {
    if (CELL_BORDER_LINE.test(lines[k].text)) return k > from ? k + 1 : from
    const row = COLON_FIELD.exec(unbullet(lines[k].text))
    if (k > from && row && KNOWN.has(row[1])) return k
    if (lines[k].text.length > 20 || /[：:。；|｜]/.test(lines[k].text)) return from
  }
  return from
}

/**
 * Finds a metadata header at the top of the document in one of the three corpus forms:
 * - law-db: a title line, `文章属性`, `【制定机关】…` lines, `正文`;
 * - publish: `发布部门: …` / `发布文号: …` lines near the top;
 * - gov.cn table: `索引号：` then label and value on separate lines.
 * `isKeywordLine(i)` tells whether the line after `主题词：` is a keyword list (else it is the
 * body's title and 主题词 is empty).
 */
export function findHeader(lines: Line[], isKeywordLine: (i: number) => boolean, isTitle: (text: string) => boolean = () => true): HeaderBlock | null {
  const top = Math.min(lines.length, 6)
  // law-db
  for (let i = 0; i < top; i++) {
    if (!LAW_DB_OPEN.has(lines[i].text)) continue
    const fields: Record<string, string> = {}
    const spans: HeaderBlock['spans'] = {}
    let j = i + 1
    for (; j < lines.length; j++) {
      // (some exports bullet each field, `∙【制定机关】…`, and space the label, `【字 号】`)
      const text = unbullet(lines[j].text)
      const m = LAW_DB_FIELD.exec(text)
      if (!m) break
      const label = m[1].replace(/\s+/g, '')
      fields[label] = m[2].trim()
      spans[label] = { start: lines[j].end - m[2].length, end: lines[j].end }
    }
    const next = j < lines.length && LAW_DB_CLOSE.has(lines[j].text) ? j + 1 : j
    return { form: 'law-db', fields, spans, titleLine: i > 0 ? lines[0] : undefined, start: lines[0].start, end: lines[next - 1].end, next }
  }
  // law-db 【label】 lines copied without 文章属性/正文 (a repost site's copy under its own title line):
  // every cell a known label, two at least; the title is the nearest title-like line above them.
  // (a law-database mirror may print them under a longer menu, `[Home]` / `[Databases]` / … / `新疆…地方法规 |`:
  // they may open further down while every line above is a short line of no sentence)
  let menu = 0
  while (menu < Math.min(lines.length, LAW_DB_DEEP_TOP) && MENU_LINE.test(lines[menu].text)) menu++
  // (and the title line under the menu, the labels under it: `…` ⏎ `营业执照` ⏎ `好律师> 法律法规库> … 的通知` ⏎ `【发布单位】…`, outside259 07)
  const lawTop = Math.max(top, Math.min(lines.length, menu + 2))
  for (let i = 0; i < lawTop; i++) {
    if (!LAW_DB_FIELD.test(unbullet(lines[i].text))) continue
    const fields: Record<string, string> = {}
    const spans: HeaderBlock['spans'] = {}
    let j = i
    for (; j < lines.length; j++) {
      const text = unbullet(lines[j].text)
      const cells = text.startsWith('【') ? [...text.matchAll(LAW_DB_CELL)] : []
      // (a line of labels no field takes goes on the block after two known ones, `【法律话题】 社会管理 【产业领域】 公用事业`,
      // outside91 06: the law's title and history printed under it are then read)
      const unknown = cells.filter((c) => !KNOWN.has(c[1].replace(/\s+/g, '')))
      if (!cells.length || (unknown.length && (Object.keys(fields).length < 2 || unknown.some((c) => !UNKNOWN_LABEL.test(c[1]))))) break
      const at = lines[j].start + lines[j].text.length - text.length
      for (const c of cells) {
        if (!KNOWN.has(c[1].replace(/\s+/g, ''))) continue
        const value = c[2].trim()
        const from = at + c.index! + c[0].length - c[2].length + (c[2].length - c[2].trimStart().length)
        fields[c[1].replace(/\s+/g, '')] = value
        spans[c[1].replace(/\s+/g, '')] = { start: from, end: from + value.length }
      }
    }
    if (Object.keys(fields).length < 2) break
    let t = i - 1
    while (t > 0 && !isTitle(lines[t].text)) t--
    return { form: 'law-db', fields, spans, titleLine: t >= 0 && isTitle(lines[t].text) ? lines[t] : undefined, start: lines[i].start, end: lines[j - 1].end, next: j }
  }
  // gov.cn table (county sites print it as a bulleted list, `• 索引号:`, under the title)
  const open = lines.length > 2 && !GOVCN_OPEN.test(unbullet(lines[0].text)) && GOVCN_OPEN.test(unbullet(lines[1].text)) && isTitle(lines[0].text) ? 1 : 0
  if (lines.length > 1 && GOVCN_OPEN.test(unbullet(lines[open].text))) {
    const fields: Record<string, string> = {}
    const spans: HeaderBlock['spans'] = {}
    let j = open
    while (j < lines.length) {
      const m = COLON_FIELD.exec(unbullet(lines[j].text))
      // (a cell no field takes between known ones, `- 公文种类 ：其他` above `- 发布日期：…`)
      // (only a cell alone on its line: a row holding more cells, `失效时间： | 发文字号： | …`, is read below)
      const nextLabel = m && !KNOWN.has(m[1]) && m[2].trim() && !/[：:|｜]/.test(m[2]) && j + 1 < lines.length ? COLON_FIELD.exec(unbullet(lines[j + 1].text)) : null
      if (nextLabel && KNOWN.has(nextLabel[1]) && nextLabel[2].trim()) {
        j++
        continue
      }
      if (!m || !KNOWN.has(m[1])) {
        // (a row of the table between `|` borders that opens with a label no field takes:
        // `失效时间: | 发文字号: | 卫政〔2021〕61号 | |` — its known cells still belong to it)
        const cells = lines[j].text.includes('|') && j > open ? siteLabelCells(lines[j]) : []
        // (a cell's value broken over lines under its label, its border on a line of its own: `发布机构: |` ⏎ `有效` ⏎
        // `区政府办公室` ⏎ `|`, outside195 04 — the rows under it still belong to the table)
        const broken = !cells.length && j > open ? brokenCellEnd(lines, j) : j
        if (broken > j) {
          j = broken
          continue
        }
        if (!cells.length) break
        for (const cell of cells) {
          if (cell.label in fields && fields[cell.label]) continue
          fields[cell.label] = cell.value
          spans[cell.label] = { start: cell.start, end: cell.end }
        }
        j++
        continue
      }
      const label = m[1]
      if (m[2].trim()) {
        // (two cells of the table on one line: `索引号：01105619X/2024-07672文号：嘉政办发〔2024〕1号`)
        for (const cell of tableCells(label, m[2], lines[j].end - m[2].length)) {
          if (cell.label in fields && fields[cell.label]) continue
          fields[cell.label] = cell.value
          spans[cell.label] = { start: cell.start, end: cell.end }
        }
        j++
        continue
      }
      const value = lines[j + 1]
      const valueIsLabel = value && COLON_FIELD.test(unbullet(value.text)) && KNOWN.has(COLON_FIELD.exec(unbullet(value.text))![1])
      if (!value || valueIsLabel || (KEYWORD_LABELS.has(label) && !isKeywordLine(j + 1))) {
        fields[label] = ''
        j++
        continue
      }
      fields[label] = value.text
      spans[label] = { start: value.start, end: value.end }
      j += 2
    }
    if (j === open) return null
    return { form: 'govcn', fields, spans, ...(open ? { titleLine: lines[0] } : {}), start: lines[0].start, end: lines[j - 1].end, next: j }
  }
  // publish: `发布部门: …` lines
  for (let i = 0; i < top; i++) {
    const m = COLON_FIELD.exec(lines[i].text)
    if (!m || !KNOWN.has(m[1]) || !m[2].trim()) continue
    // (two cells on one line: `发文文号：嘉政办发〔2023〕7号发布机关：市政府办公室`)
    const { fields, spans, next: j } = labelRun(lines, i, (label, value, line) => tableCells(label, value, line.end - value.length))
    if (Object.keys(fields).length < 2 && !PUBLISH_ENOUGH.some((l) => fields[l])) return null
    // the title above the labels: the nearest title-like line (export lines such as 原文链接 may precede it)
    let t = i - 1
    while (t > 0 && !isTitle(lines[t].text)) t--
    // (a site's navigation bar above the labels is no title: the title is then searched below them)
    // (nor is a breadcrumb, `首页` / `>政务公开>法规文件`: the title is then searched below them)
    // (nor, when the block labels its title (`标  题: …`), the first line that is no title but a row of the
    // table cut at its first label: `号: 003043524/… 信息分类: 规范性文件发布` under a lost `索引`)
    const cutRow = i > 0 && !isTitle(lines[t].text) && CUT_LABEL_ROW.test(lines[t].text) && Object.keys(fields).some((l) => LABEL_FIELD[l] === 'title' && fields[l])
    const labelsTitle = Object.keys(fields).some((l) => LABEL_FIELD[l] === 'title' && fields[l] && isTitle(fields[l]))
    // (nor a site's heading that is no title, `重庆市渝北区政府信息公开` over the portal's path line, when the
    // block labels a title that is one: `名  称: …关于印发…的通知`)
    // (nor an organ's name alone, the site's or its column's heading over the post line: `山西应急管理部` over
    // `来源: | 作者:… | 发布时间: 2020-12-29`, outside128 04; the text under it then names its genre in its body)
    // (nor a portal's column word of a few characters, no title, over its disclosure catalogue's block (its 索引号): `计划总结`
    // over `索 引 号: … 公开日期: …`, the notice's own title under the labels, outside161 05; a law system's short name over
    // its 法規名稱 block, `兵役法`, stays the title)
    const columnWord = i > 0 && lines[t].text.length <= COLUMN_WORD_MAX && CATALOGUE_MARKERS.some((m) => m in fields)
    const siteHeading = i > 0 && !isTitle(lines[t].text) && (labelsTitle || isIssuerLine(lines[t].text) || columnWord)
    // (nor the page's first line when it is no title and lines that are none stand between it and the labels: a spam
    // host's keyword line over `听全文` ⏎ `基本信息` ⏎ `统一编号：…`, the notice's title under the labels, outside226 02)
    const farTop = t < i - 1 && !isTitle(lines[t].text)
    // (nor a spam host's keyword line right over the labels, short phrases joined by commas: `日本xxhd,女子…,潘金莲传媒,…`
    // over `索引號:…`, outside264 07)
    const keywordLine = i > 0 && !isTitle(lines[t].text) && KEYWORD_LINE.test(lines[t].text)
    return {
      form: 'publish',
      fields,
      spans,
      // (nor a row of the table's own, its labels and values glued once their spaces went, `索引号QZ06101-…主题分类规划计划方案意见`
      // over `发布机构…文号…`, outside251 04: its last value ends in a genre word)
      titleLine: i > 0 && !cutRow && !siteHeading && !farTop && !keywordLine && !SITE_NAV.test(lines[t].text) && !BREADCRUMB.test(lines[t].text) && !opensWithRowLabel(lines[t]) ? lines[t] : undefined,
      start: lines[i].start,
      end: lines[j - 1].end,
      next: j,
    }
  }
  return deepPublishBlock(lines)
}

/** A known label printed with no value, with or without its colon (`应用分类`, `主题分类：`). */
const isEmptyLabel = (text: string): boolean => KNOWN.has(text.replace(/[：:\s]+$/, ''))
/** Most empty labels a run of label lines passes over in a row. */
const EMPTY_LABELS_MAX = 3
/** A line opening with a known label and a value after its colon. */
function isFilledLabel(text: string): boolean {
  const f = COLON_FIELD.exec(text)
  return f !== null && KNOWN.has(f[1]) && f[2].trim() !== ''
}

/**
 * The run of `label: value` lines from `i` (known labels with a value), each line read into cells by
 * `cellsOf`: the fields and their spans, and the first line after the run.
 */
function labelRun(lines: Line[], i: number, cellsOf: (label: string, value: string, line: Line) => SiteCell[]): { fields: Record<string, string>; spans: HeaderBlock['spans']; next: number } {
  const fields: Record<string, string> = {}
  const spans: HeaderBlock['spans'] = {}
  let j = i
  for (; j < lines.length; j++) {
    const f = COLON_FIELD.exec(lines[j].text)
    if (!f || !KNOWN.has(f[1]) || !f[2].trim()) {
      // (labels the page prints empty between label lines, `应用分类` alone, are passed over: outside82 05; up to
      // three in a row, `签署日期:` ⏎ `登记日期:` ⏎ `发文日期:2022-02-24`, outside129 02)
      let k = j
      while (k > i && k - j < EMPTY_LABELS_MAX && k < lines.length && isEmptyLabel(lines[k].text)) k++
      if (k > j && k < lines.length && isFilledLabel(lines[k].text)) {
        j = k - 1
        continue
      }
      break
    }
    for (const cell of cellsOf(f[1], f[2], lines[j])) {
      fields[cell.label] = cell.value
      spans[cell.label] = { start: cell.start, end: cell.end }
    }
  }
  return { fields, spans, next: j }
}

/** A line of short phrases joined by four commas or more, no sentence: a spam host's search keywords. */
const KEYWORD_LINE = /^[^，,。；;：:]{1,16}(?:[，,][^，,。；;：:]{1,16}){4,}$/

/** How far below a mirror's menu a law database's 【label】 lines may open. */
const LAW_DB_DEEP_TOP = 14
/** A menu line: short, no sentence punctuation, no 【label】 cell. */
const MENU_LINE = /^[^。，；：:【】]{1,24}$/

/** How far below a site's navigation a law site's label block may open. */
const DEEP_TOP = 40

/**
 * A law site's label block under its navigation and topic lists (`发文标题: …` / `发文文号: …` /
 * `发文部门: …` / `发文时间: …`, each label and value on one line): three known labels at least, one of
 * them naming the title, so a repost stamp (`来源：` / `发布时间：`) never passes for it. The title is
 * the labelled one; the chrome above is no title.
 */
function deepPublishBlock(lines: Line[]): HeaderBlock | null {
  for (let i = 6; i < Math.min(lines.length, DEEP_TOP); i++) {
    // (one label per line: a line's value is never split into cells here)
    const { fields, spans, next: j } = labelRun(lines, i, (label, value, line) => [{ label, value: value.trim(), start: line.end - value.trimStart().length, end: line.end }])
    if (j - i >= 3 && Object.keys(fields).some((l) => LABEL_FIELD[l] === 'title')) return { form: 'publish', fields, spans, start: lines[i].start, end: lines[j - 1].end, next: j }
    if (j > i) i = j
  }
  return null
}
