/**
 * A site's label table (发布日期, 发文字号, 来源 …) printed around the title in a form no header reader
 * takes: its cells fill what the title and the 落款 leave.
 */
import type { Line } from '../normalize/lines.js'
import { fieldOf, HAN_TITLE_LABELS, headerRowLabels, opensWithBracketLabel, siteLabelCells, stackedLabelCell, type HeaderBlock, type SiteCell } from './header.js'
import { isStrongTitle } from './title-lines.js'
import { isKeywordLine } from './colophon.js'
import { isIssuerLine } from './signature.js'
import { isStampLine } from './portal-stamp.js'

/** Most rows of a bordered label table read under the title (a portal prints four to six). */
const BORDERED_ROWS = 8
/**
 * Most unbordered lines of labels read under the title, each opening with a label (a law library prints three:
 * `状态:有效 发布日期:2006-04-12 生效日期: 2006-04-12` ⏎ `发布部门: …` ⏎ `发布文号: …`, outside79 06).
 */
const LABEL_ROWS = 4
/** Most lines of a label table flattened one cell per line (six or seven label ⏎ value pairs). */
const STACKED_ROWS = 16
/** A row of a table the scraper kept with its `|` borders: the line ends in one (`公开日期: | 2021-09-30 |`, `|`). */
const isBorderedRow = (t: string) => /[|｜]\s*$/.test(t)

/** A label table's title row, its label glued to the title (`标题河南省人民政府关于…`): the label (group 1). */
const TITLE_ROW = new RegExp(`^(${HAN_TITLE_LABELS.join('|')})(?![：:])(?=[\u4e00-\u9fff])`)

/** Meta fields a site table must fill to be taken (an index number or a 来源 alone tells nothing). */
const SITE_FIELDS = new Set(['docNumber', 'signedDate', 'publishedDate', 'dispatchDate', 'authority'])

/**
 * The label cells of a site's table on the lines above the title (`titleStart`) and on the lines
 * right under it (from `next`, while they open with a label: `发布日期：2023-03-03 09:37信息来源：…`),
 * as a gov.cn header block; null when they fill none of `SITE_FIELDS`.
 */
export function siteTable(lines: Line[], titleStart: number, next: number): HeaderBlock | null {
  const fields: Record<string, string> = {}
  const spans: HeaderBlock['spans'] = {}
  let first = -1
  let last = -1
  const read = (k: number, atStart: boolean): boolean => {
    // (a row of labels whose cells are empty, the spaces between them normalized away: `索引号失效时间` ⏎ `发文机关成文日期`
    // over `发文字号豫政〔2014〕95号发布时间2014年12月19日`, a mirror of 河南's portal, outside147 02 and outside150 03: the
    // labels belong to the table, with no value)
    const empty = headerRowLabels(lines[k].text)
    if (empty && atStart) {
      for (const label of empty) if (!(label in fields)) fields[label] = ''
      if (first < 0) first = k
      last = k
      return true
    }
    // (and its title row among them, its label glued to the title it prints again: `标题河南省人民政府关于…`)
    const titleRow = atStart && first >= 0 ? TITLE_ROW.exec(lines[k].text) : null
    if (titleRow) {
      if (!(titleRow[1] in fields)) {
        fields[titleRow[1]] = lines[k].text.slice(titleRow[0].length)
        spans[titleRow[1]] = { start: lines[k].start + titleRow[0].length, end: lines[k].end }
      }
      last = k
      return true
    }
    const cells = siteLabelCells(lines[k])
    // (under the title, a line opening with a label, or with a longer label word ending in one: `信息来源：本网 发布日期：…`)
    const t = lines[k].text
    const opens = (label: string) => /^[\u4e00-\u9fff]{0,4}$/.test(t.slice(0, t.indexOf(label)))
    if (cells.length === 0 || (atStart && !t.includes('|') && !opensWithBracketLabel(lines[k]) && !opens(cells[0].label))) return false
    for (const c of cells) {
      if (fields[c.label]) continue
      fields[c.label] = c.value
      spans[c.label] = { start: c.start, end: c.end }
    }
    if (first < 0) first = k
    last = k
    return true
  }
  for (let k = 0; k < lines.length && lines[k].end <= titleStart; k++) read(k, false)
  // Under the title: up to LABEL_ROWS lines opening with labels, or a bordered table's rows (`文号 | X | 成文日期: | Y |`) as far as
  // its borders go, rows whose labels no field knows (`公开责任部门 | … | 公开形式: | … |`) included.
  // (a table flattened a cell per line takes two lines a row: its stacked pairs may run to STACKED_ROWS lines)
  // (a portal's stamp alone under the title, over its label rows — `时间:2020-10-13 点击:`, outside74 07 — is no row)
  const top = lines[next] && isStampLine(lines[next].text) && siteLabelCells(lines[next]).length === 0 ? next + 1 : next
  let rows = 0
  for (let k = top; k < Math.min(lines.length, top + STACKED_ROWS); k++) {
    if (k >= top + BORDERED_ROWS && !(last === k - 1 && stackedLabelCell(lines, k))) break
    // (a record's table flattened one cell per line under the title, `刊登日期` ⏎ `2014-01-20`: each stacked pair is
    // read as far as they go)
    // (a stacked cell's value printed twice, `发布单位` ⏎ `某省人民政府` ⏎ `某省人民政府`, a food-law library's block, outside269 08)
    if (last === k - 1 && first >= 0 && lines[k].text === lines[k - 1].text && Object.values(spans).some((sp) => sp.start === lines[k - 1].start)) {
      last = k
      continue
    }
    const stacked = stackedLabelCell(lines, k)
    if (stacked && (k === top || last === k - 1)) {
      const { label, value, start, end } = stacked.cell
      if (!fields[label]) {
        fields[label] = value
        spans[label] = { start, end }
      }
      if (first < 0) first = k
      k += stacked.lines - 1
      last = k
      continue
    }
    // (a portal's numbered list of `[label]` rows, `1. [主题分类] …` / `2. [规划分类] …` / `3. [发文单位] …`, is read as
    // far as it goes too, rows of labels no field knows included)
    // (the lines a stacked cell or a repeated value took count no row: `发布单位` ⏎ `某省人民政府` ⏎ `某省人民政府` ⏎ `发布文号 …` ⏎
    // `发布日期 … 生效日期 …`, outside269 08)
    const bordered = isBorderedRow(lines[k].text) || opensWithBracketLabel(lines[k])
    if (!bordered && rows >= LABEL_ROWS) break
    if (!read(k, true) && !bordered) break
    rows++
  }
  if (first < 0 || !Object.keys(fields).some((l) => SITE_FIELDS.has(fieldOf(l) ?? ''))) return null
  return { form: 'govcn', fields, spans, start: lines[first].start, end: lines[last].end, next }
}

/** How far down a site's whole label table may stand glued on one line (under a breadcrumb or a site name). */
const GLUED_TABLE_TOP = 3

/**
 * A site's whole label table glued onto one line by the scraper, its title among the cells
 * (`索引号:…发文机关:国务院成文日期:2021年09月23日标题:国务院关于…的批复发文字号:国函〔2021〕98号发布日期:…`):
 * read as a gov.cn header, so the 标题 cell gives the title and the line is no title itself. Null
 * unless one of the first lines holds a title cell and cells that fill `SITE_FIELDS`.
 */
export function gluedSiteHeader(lines: Line[]): HeaderBlock | null {
  for (let k = 0; k < Math.min(lines.length, GLUED_TABLE_TOP); k++) {
    const cells = siteLabelCells(lines[k])
    if (cells.length < 3 || !cells.some((c) => SITE_FIELDS.has(fieldOf(c.label) ?? ''))) continue
    // (or a law database's record run onto one line after its title, no title cell among the cells:
    // `某某自治州自治条例（2006年修正本）制定机关：…效力级别：…公布日期：2006.08.18…`)
    const titleCell = cells.some((c) => fieldOf(c.label) === 'title')
    const titleLine = titleCell || !cells.some((c) => fieldOf(c.label) === 'authority') ? undefined : titleBeforeCells(lines[k], cells[0])
    if (!titleCell && !titleLine) continue
    const fields: Record<string, string> = {}
    const spans: HeaderBlock['spans'] = {}
    for (const c of cells) {
      if (fields[c.label]) continue
      fields[c.label] = c.value
      spans[c.label] = { start: c.start, end: c.end }
    }
    return { form: 'govcn', fields, spans, titleLine, start: lines[k].start, end: lines[k].end, next: k + 1 }
  }
  return null
}

/**
 * The title a record run onto one line prints before its first label cell (its authority among the
 * cells: 制定机关, 发布部门 …), as a line of its own: a strong title of up to 80 characters. Undefined
 * when the text before the first label is anything else (a breadcrumb, a site's name).
 */
function titleBeforeCells(line: Line, first: SiteCell): Line | undefined {
  const at = line.text.lastIndexOf(first.label, first.start - line.start)
  const text = line.text.slice(0, at).trim()
  if (at <= 0 || text.length > 80 || !isStrongTitle(text)) return undefined
  return { text, start: line.start, end: line.start + text.length }
}

/**
 * A site's label table opening a page that prints no title (its cells between `|` borders or with
 * their labels in square brackets, a line each: `文号 | 鹿山政〔2020〕72号 |`): read as a gov.cn header
 * over the lines it spans. Null unless it starts the page and fills one of `SITE_FIELDS`.
 */
export function topSiteTable(lines: Line[]): HeaderBlock | null {
  const fields: Record<string, string> = {}
  const spans: HeaderBlock['spans'] = {}
  // (a portal's breadcrumb over its table, `政务公开 > 政策公开 > 规范性文件`, outside103 06)
  let from = 0
  while (from < CRUMB_LINES && lines[from] && isCrumbLine(lines[from].text)) from++
  let k = from
  for (; k < Math.min(lines.length, from + TOP_TABLE_LINES); k++) {
    const t = lines[k].text
    // (a numbered list of `[label]` rows, `1. [主题分类] …` ⏎ `2. [发文机构] …`, the beijing.gov.cn layout)
    const bracketed = /^\[/.test(t) || opensWithBracketLabel(lines[k])
    const cells = siteLabelCells(lines[k])
    // (or a law library's rows of `label：value` cells glued on a line, opening with a label of its own the grammar may not
    // know: `类别：其他法律法规文号：赣府字〔2019〕18号颁发日期：2019-03-07`, 东奥's library copied, outside236 01)
    const gluedRow = !t.includes('|') && !bracketed && cells.length >= 2 && COLON_ROW_OPEN.test(t)
    if (!t.includes('|') && !bracketed && !gluedRow) break
    // (a bracketed label alone on its line with its value on the next, a bulleted list flattened a cell per line:
    // `[发文字号]` ⏎ `荣昌府发〔2022〕2号`, outside113 08 — a label the scraper cut short, `[索号]`, `[有性]`, takes its value
    // line too and fills nothing)
    const alone = !cells.length && bracketed && !t.includes('|') ? BRACKET_ALONE.exec(t) : null
    const value = alone ? lines[k + 1] : undefined
    if (alone && value && isBracketValue(value.text)) {
      const label = alone[1].replace(/\s+/g, '')
      if (fieldOf(label) && !fields[label]) {
        fields[label] = value.text
        spans[label] = { start: value.start, end: value.end }
      }
      k++
      continue
    }
    // (a row whose label the portal left empty, `3. [联合发文单位]`, goes on with the table)
    if (!cells.length && bracketed && !t.includes('|')) continue
    if (!cells.length) break
    for (const c of cells) {
      if (fields[c.label]) continue
      fields[c.label] = c.value
      spans[c.label] = { start: c.start, end: c.end }
    }
  }
  if (k === from || !Object.keys(fields).some((l) => SITE_FIELDS.has(fieldOf(l) ?? ''))) return null
  return { form: 'govcn', fields, spans, start: lines[from].start, end: lines[k - 1].end, next: k }
}

/** A line opening with a label and its colon (`类别：`, `发布部门：`). */
const COLON_ROW_OPEN = /^[\u4e00-\u9fff]{2,6}[：:]/

/** A bracketed label alone on its line (`[发文字号]`, `[ 索号 ]`). */
const BRACKET_ALONE = /^\[\s*([\u4e00-\u9fff][\u4e00-\u9fff\s]{0,10})\]$/
/** Longest value a flattened label list prints on the line under its label (an index number, a 字号, a date, an organ). */
const BRACKET_VALUE_MAX = 40
/** The line under a bracketed label is its value: short, no label of its own, no sentence, no title. */
const isBracketValue = (text: string) => text.length <= BRACKET_VALUE_MAX && !/^\[/.test(text) && !/[。；]/.test(text) && !isStrongTitle(text)

/** Most lines of a table opening the page (a label list flattened a cell per line takes two a row: eight rows). */
const TOP_TABLE_LINES = 16

/** Most breadcrumb lines read over a table opening the page. */
const CRUMB_LINES = 2
/** A breadcrumb: a short line of section names joined by `>` or `»`, no sentence in it. */
const isCrumbLine = (text: string) => text.length <= 40 && /[>»]/.test(text) && !/[。；，：:]/.test(text)

/** How many lines a column table and the page's leftovers after it may take at the end of a page. */
const TAIL_LINES = 8
/** Longest line of such a tail (a value row, a comment-box label). */
const TAIL_LINE_MAX = 40
const TAIL_NUMBER = /[\u4e00-\u9fff]{1,16}〔\d{4}〕第?\d{1,5}号/
const TAIL_DATE = /\d{4}-\d{1,2}-\d{1,2}/

/**
 * A site's column table printed after the text (`主题词：…` / `索引号文号发布机构发布日期公开范围公开方式`
 * / `N001-2011-000627宛政〔2011〕7号` / `南阳市人民政府办公室2011-03-04` / `面向社会主动公开`, then a
 * comment box): a header row of three known labels at least, glued, and short value rows under it. Its
 * 字号, date and organ fill the labels the header row names; the 主题词 line above it goes with it. Null
 * unless it closes the page (`end`) within a few short lines and fills one of `SITE_FIELDS`.
 */
export function trailingColumnTable(lines: Line[], from: number, end: number): { start: number; header: HeaderBlock } | null {
  for (let h = end - 1; h >= Math.max(from, end - TAIL_LINES); h--) {
    const labels = headerRowLabels(lines[h].text)
    if (!labels || labels.length < 3) continue
    if (lines.slice(h + 1, end).some((l) => l.text.length > TAIL_LINE_MAX)) return null
    const fields: Record<string, string> = {}
    const spans: HeaderBlock['spans'] = {}
    const put = (kind: string, line: Line, at: number, value: string) => {
      const label = labels.find((l) => fieldOf(l) === kind || (kind === 'date' && /日期$/.test(l)))
      if (!label || fields[label]) return
      fields[label] = value
      spans[label] = { start: line.start + at, end: line.start + at + value.length }
    }
    for (const line of lines.slice(h + 1, Math.min(end, h + 4))) {
      const number = TAIL_NUMBER.exec(line.text)
      if (number) put('docNumber', line, number.index, number[0])
      const date = TAIL_DATE.exec(line.text)
      if (date) {
        put('date', line, date.index, date[0])
        const organ = line.text.slice(0, date.index)
        if (organ && isIssuerLine(organ)) put('authority', line, 0, organ)
      }
    }
    if (!Object.keys(fields).some((l) => SITE_FIELDS.has(fieldOf(l) ?? ''))) return null
    const start = h > from && isKeywordLine(lines[h - 1].text) ? h - 1 : h
    return { start, header: { form: 'govcn', fields, spans, start: lines[h].start, end: lines[end - 1].end, next: end } }
  }
  return null
}

/** How far down a page a site's label table flattened one cell per line may open above the title (under a long menu). */
const STACKED_TOP = 120
/** Fewest label ⏎ value pairs such a table prints (a portal's 索引号, 公文种类, 发布机构, 成文日期, 发文字号 …). */
const STACKED_MIN = 3
/** A label line of such a table that no field knows: a short label and its colon alone. */
const OTHER_LABEL_LINE = /^[\u4e00-\u9fff]{2,8}[：:]$/

/**
 * A site's label table flattened one cell per line ABOVE the title, under the page's menu (`索引号：` ⏎ `7446…` ⏎
 * `公文种类：` ⏎ `通知` ⏎ … ⏎ `文号：` ⏎ `达市府办发〔2022〕25号` ⏎ the title, outside60 02): read as a gov.cn header
 * whose next line is the title. Null unless STACKED_MIN pairs of known labels at least (cells of other labels between
 * them) run right up to a strong title and fill one of `SITE_FIELDS`.
 */
export function stackedSiteHeader(lines: Line[]): HeaderBlock | null {
  for (let k = 0; k < Math.min(lines.length, STACKED_TOP); k++) {
    if (!stackedLabelCell(lines, k)) continue
    const fields: Record<string, string> = {}
    const spans: HeaderBlock['spans'] = {}
    let j = k
    let pairs = 0
    while (j < lines.length) {
      const cell = stackedLabelCell(lines, j)
      if (cell) {
        const { label, value, start, end } = cell.cell
        if (!fields[label]) {
          fields[label] = value
          spans[label] = { start, end }
        }
        pairs++
        j += cell.lines
        continue
      }
      // (a cell whose label no field knows, `公文种类：` ⏎ `通知`, `成文时间：` ⏎ `2022-04-28`: the table goes on past it)
      if (!OTHER_LABEL_LINE.test(lines[j].text) || !lines[j + 1] || OTHER_LABEL_LINE.test(lines[j + 1].text) || lines[j + 1].text.length > 40) break
      j += 2
    }
    if (pairs >= STACKED_MIN && lines[j] && isStrongTitle(lines[j].text) && Object.keys(fields).some((l) => SITE_FIELDS.has(fieldOf(l) ?? '')))
      return { form: 'govcn', fields, spans, start: lines[k].start, end: lines[j - 1].end, next: j }
    k = j
  }
  return null
}
