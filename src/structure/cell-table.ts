/**
 * Task tables a scraper printed one cell per line: a header run of column names (序号 / 事项 /
 * 牵头单位 / 责任单位 / 完成时限 …), each alone on a line, then the rows, each cell alone on a line,
 * each row opened by its serial number. Column words are data (grammars/table-columns.json and the
 * role labels of grammars/roles/labels.json). Each complete row becomes a clause whose cells the task
 * reader takes as labelled: the role cells as that column's role, the deadline cell as its time.
 */
import columns from '../../grammars/table-columns.json' with { type: 'json' }
import labels from '../../grammars/roles/labels.json' with { type: 'json' }
import type { Line } from '../normalize/lines.js'
import type { TableCell } from '../tree/types.js'
import { markerAt } from '../text/markers.js'

type Column = { kind: 'serial' | 'task' | 'deadline' | 'other' } | { kind: 'role'; role: string }

const COLUMN = new Map<string, Column>()
for (const w of columns.serial) COLUMN.set(w, { kind: 'serial' })
for (const w of columns.task) COLUMN.set(w, { kind: 'task' })
for (const w of columns.deadline) COLUMN.set(w, { kind: 'deadline' })
for (const w of columns.other) COLUMN.set(w, { kind: 'other' })
// person columns (责任领导) too: their cells name leaders, read as the labelled list 责任领导：叶林 is
for (const l of labels.labels) COLUMN.set(l.label, { kind: 'role', role: l.role })

/** What a header note says about marked units: the marks, the marked units' role, the others'. */
export interface MarkedLead {
  marks: string[]
  role: string
  rest?: string
}
const LABEL_ROLE = new Map(labels.labels.map((l) => [l.label, l.role]))
/** The roles whose units are persons (责任领导, 牵头区领导: grammars/roles/labels.json `persons`). */
const PERSON_ROLES = new Set(labels.labels.filter((l) => 'persons' in l && l.persons).map((l) => l.role))
const RUN_END = /[，,；;。）)\s]/

/** Longest header cell with a bracketed note (`责任部门(加*号为牵头部门,其余为参与部门)` is 22). */
const HEADER_CELL_MAX = 64

/**
 * A column word with a note in brackets after it (`责任部门(加*号为牵头部门,其余为参与部门)`): the column
 * of the word, and what the note says a mark means (grammars/table-columns.json `markedLead`).
 */
function headerOf(cell: string): { col: Column; marked?: MarkedLead } | undefined {
  const plain = COLUMN.get(cell)
  if (plain) return { col: plain }
  // a header cell is short: the bound keeps the lazy/greedy pair below from going quadratic on a long line of brackets
  if (cell.length > HEADER_CELL_MAX) return undefined
  const m = /^(.+?)[（(](.+)[）)]$/.exec(cell)
  const col = m && COLUMN.get(m[1])
  if (!m || !col) return undefined
  const { marks, is, others } = columns.markedLead
  const note = m[2]
  if (col.kind !== 'role' || !marks.some((x) => note.includes(x))) return { col }
  // the role label after each 为 of the note: the first names the marked units, 其余为 the others
  let role: string | undefined
  let rest: string | undefined
  for (let at = note.indexOf(is); at >= 0; at = note.indexOf(is, at + 1)) {
    let e = at + is.length
    while (e < note.length && !RUN_END.test(note[e])) e++
    const named = LABEL_ROLE.get(note.slice(at + is.length, e))
    if (!named) continue
    if (others.some((o) => note.slice(0, at).endsWith(o))) rest ??= named
    else role ??= named
  }
  return role ? { col, marked: { marks, role, rest } } : { col }
}

/** Longest category cell (分类) printed between rows; a longer line is prose. */
const CATEGORY_MAX = 16

/** One row of a flattened table: its serial line, its cells, the lines it spans. */
export interface CellRow {
  number: number
  serial: Line
  cells: TableCell[]
  /** Index in the body of the first line (the serial) and one past the last cell. */
  from: number
  to: number
}

/** A flattened table: the body lines it spans [from, to) (header included), its complete rows and its section rows. */
export interface CellTable {
  from: number
  to: number
  rows: CellRow[]
  /** Section rows between the rows (`一、做大做强主导产业`): each opens a clause over the rows under it. */
  sections: Line[]
}

/** A cell's text without spaces and without the `|` borders some scrapers keep (`序号 |`). */
const SQUEEZED = /[\s|｜]/
const squeeze = (s: string) => s.replace(/[\s|｜]+/g, '')
/** 1 for the code units `squeeze` drops (the class above, read per code unit as the regex does). */
const DROPPED = new Uint8Array(0x10000)
for (let c = 0; c < 0x10000; c++) DROPPED[c] = SQUEEZED.test(String.fromCharCode(c)) ? 1 : 0
/** The first code unit `squeeze` keeps in `t` (NaN when it keeps none), and the last. */
function firstKept(t: string): number {
  let a = 0
  while (a < t.length && DROPPED[t.charCodeAt(a)] === 1) a++
  return t.charCodeAt(a)
}
function lastKept(t: string): number {
  let b = t.length - 1
  while (b >= 0 && DROPPED[t.charCodeAt(b)] === 1) b--
  return t.charCodeAt(b)
}
/** A table of the code units `words` open with (end with, `last`), for the gates below. */
function edgeTable(words: Iterable<string>, last = false): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (const w of words) if (w) table[w.charCodeAt(last ? w.length - 1 : 0)] = 1
  return table
}
/**
 * Most lines are no column word: one whose squeezed text does not open and end as some column word
 * does is not squeezed nor looked up (exact: squeezing keeps the first and last units it keeps).
 */
if (COLUMN.has('')) throw new Error('grammars/table-columns.json: an empty column word')
const COLUMN_FIRST = edgeTable(COLUMN.keys())
const COLUMN_LAST = edgeTable(COLUMN.keys(), true)
const columnOf = (line: Line): Column | undefined =>
  !tableGate.enabled || (COLUMN_FIRST[firstKept(line.text)] === 1 && COLUMN_LAST[lastKept(line.text)] === 1) ? COLUMN.get(squeeze(line.text)) : undefined
/** Turns the column-word and serial-header gates off, for tests that hold them to reading every line. @internal */
export const tableGate = { enabled: true }
/** The code units a serial column word opens with (序号 …): a bar-cell table's header has one (barCellTables). */
const SERIAL_FIRST = edgeTable(columns.serial)
/** Longest header cell read by its ending (`1-10月推进情况`, `攻坚目标任务`): a longer line is a row's text. */
const OTHER_ENDING_MAX = 12
/** A header cell of a column not read (grammars/table-columns.json `otherEndings`): `第二季度完成情况`, `全年目标任务`. */
const otherByEnding = (word: string): Column | undefined =>
  word.length <= OTHER_ENDING_MAX && columns.otherEndings.some((e) => word.endsWith(e) && word.length > e.length) ? { kind: 'other' } : undefined

/**
 * A task column named by two words joined (`目标与任务`, grammars/table-columns.json `joiners`): two parts,
 * one a task column word and the other no role label. Role columns joined (`责任主体与协同单位`) stay unread.
 */
function joinedTask(word: string): Column | undefined {
  if (word.length > OTHER_ENDING_MAX) return undefined
  for (const j of columns.joiners) {
    const parts = word.split(j)
    if (parts.length !== 2 || !parts[0] || !parts[1]) continue
    const kinds = parts.map((x) => COLUMN.get(x)?.kind)
    if (kinds.includes('task') && !kinds.includes('role')) return { kind: 'task' }
  }
  return undefined
}

/**
 * The header cell starting at body line `j`: a column word on its own line, or one a narrow layout broke
 * over two lines (`责任` ⏎ `领导`, `攻坚目标` ⏎ `任务`): the two lines joined name a column and the first
 * alone names none (the second may: `任务`). Read only inside a header run, so a row's lines are never joined.
 */
function headerCell(body: Line[], j: number): { col: Column; label: string; lines: number } | undefined {
  const one = squeeze(body[j].text)
  const col = COLUMN.get(one) ?? joinedTask(one)
  if (col) return { col, label: one, lines: 1 }
  if (j + 1 >= body.length) return undefined
  const two = one + squeeze(body[j + 1].text)
  const joined = COLUMN.get(two) ?? otherByEnding(two)
  if (joined && one.length <= OTHER_ENDING_MAX) return { col: joined, label: two, lines: 2 }
  const other = otherByEnding(one)
  return other ? { col: other, label: one, lines: 1 } : undefined
}
/** The header run of column words from line `i` on: each column, its label as printed, and the line after the run. */
function headerRun(body: Line[], i: number): { cols: Column[]; heads: string[]; end: number } {
  const cols: Column[] = []
  const heads: string[] = []
  let j = i
  for (let h = headerCell(body, j); h; h = j < body.length ? headerCell(body, j) : undefined) {
    cols.push(h.col)
    heads.push(h.label)
    j += h.lines
  }
  return { cols, heads, end: j }
}
const serialOf = (line: Line): number | null => (/^\s*\d{1,3}\s*[|｜]?\s*$/.test(line.text) ? Number(squeeze(line.text)) : null)

/** A line's span without surrounding spaces and `|` borders. */
function cellSpan(line: Line): { start: number; end: number } {
  const lead = line.text.length - line.text.replace(/^[\s|｜]+/, '').length
  const trail = line.text.length - line.text.replace(/[\s|｜]+$/, '').length
  return { start: line.start + lead, end: Math.max(line.start + lead, line.end - trail) }
}

/**
 * What a cell line looks like when a row's cells do not come one per column (a column holding
 * several units, one per line): a short time phrase (12月底前, 5月底前动工, 全年) is a deadline cell,
 * a sentence (ends in 。 or long) a task cell, any other short line a unit of a role column.
 */
const DEADLINE_CELL = /^(?:(?:\d{4}年)?\d{1,2}月|\d{4}年|全年|年内|年底|长期|持续|常态)/
const DEADLINE_CELL_MAX = 12
const UNIT_CELL_MAX = 30
function cellKind(t: string): 'task' | 'deadline' | 'unit' {
  if (t.length <= DEADLINE_CELL_MAX && DEADLINE_CELL.test(t)) return 'deadline'
  if (/[。；;]$/.test(t) || t.length > UNIT_CELL_MAX) return 'task'
  return 'unit'
}

/** Can `line` be a cell? A heading marker (一、 （二）) opens text after the table, not a cell. */
function canBeCell(line: Line, text: string): boolean {
  const t = line.text.trim()
  if (!t) return false
  const m = markerAt(text, line.start + (line.text.length - line.text.trimStart().length), false)
  return !(m && !m.weak && !m.sequence && m.style !== 'arabic')
}

/**
 * Every flattened task table in `body` (non-blank lines of one document). A header run needs a serial
 * column, a task column and at least one role column; a row is taken only when it starts with the next
 * serial number and holds every column's cell; the table ends at the first line that breaks that.
 *
 * @example
 * // 序号 / 工作任务 / 牵头单位 / 完成时限 / 1 / 建成数据平台 / 市数据局 / 2025年6月底前 → one row, number 1
 */
export function findCellTables(body: Line[], text: string): CellTable[] {
  const out: CellTable[] = []
  for (let i = 0; i < body.length; i++) {
    if (!columnOf(body[i])) continue
    const { cols, heads, end: j } = headerRun(body, i)
    const at = cols.findIndex((c) => c.kind === 'serial')
    const after = cols.slice(at + 1)
    const afterHeads = heads.slice(at + 1)
    if (at < 0 || !after.some((c) => c.kind === 'task') || !after.some((c) => c.kind === 'role')) {
      i = j - 1
      continue
    }
    const prefix = at
    const rows: CellRow[] = []
    const sections: Line[] = []
    // (rows before the current section's first, when a section row starts the numbering again)
    let base = 0
    let k = j
    for (;;) {
      // a section row where a row is due (`一、做大做强主导产业`, outside144 02): the rows under it number on or from 1
      if (prefix === 0 && isSectionRow(body[k], text) && body[k + 1]) {
        const first = serialOf(body[k + 1])
        if (first === 1 || (first !== null && first === rows.length - base + 1)) {
          sections.push(body[k])
          if (first === 1) base = rows.length
          k++
          continue
        }
      }
      /** The number the next row of this section carries. */
      const due = rows.length - base + 1
      // category cells (分类) stand before a serial only where the category changes
      let s = k
      for (let c = 0; c < prefix && s < body.length && serialOf(body[s]) === null; c++) {
        const t = body[s].text.trim()
        if (t.length > CATEGORY_MAX || /[。；]$/.test(t) || !canBeCell(body[s], text)) break
        s++
      }
      if (s >= body.length) break
      // a row of bar-closed cells (`城管局 |`); the first may carry any serial: a report printing a table's rows from its middle
      const number = serialOf(body[s])
      const barred = prefix === 0 && number !== null && (rows.length === 0 || number === rows[rows.length - 1].number + 1) ? barRow(body, text, s, number, after, afterHeads) : null
      if (barred) {
        rows.push(barred)
        k = barred.to
        continue
      }
      if (number !== due || (rows.length > base && rows[rows.length - 1].number !== due - 1)) break
      if (s + after.length >= body.length) break
      const cellLines = body.slice(s + 1, s + 1 + after.length)
      const labelOf = (c: number) => afterHeads[c]
      // a row cut short (the next serial among its cells) or running into a heading ends the table
      if (cellLines.some((l, c) => !canBeCell(l, text) || (c > 0 && serialOf(l) === due + 1 && after[c].kind !== 'other'))) {
        const elastic = prefix === 0 ? (elasticRow(body, text, s, due, after, labelOf) ?? rowWithoutPerson(body, text, s, due, after, labelOf)) : null
        if (!elastic) break
        rows.push(elastic)
        k = elastic.to
        continue
      }
      const next = body[s + 1 + after.length]
      // one cell per column, unless the lines after it still belong to the row (no next serial yet)
      if (prefix === 0 && next && serialOf(next) !== due + 1) {
        const elastic = elasticRow(body, text, s, due, after, labelOf)
        if (elastic && elastic.to > s + 1 + after.length) {
          rows.push(elastic)
          k = elastic.to
          continue
        }
      }
      const cells: TableCell[] = cellLines.map((l, c) => {
        const col = after[c]
        return columnCell(col, afterHeads[c], cellSpan(l))
      })
      rows.push({ number: due, serial: body[s], cells, from: s, to: s + 1 + after.length })
      k = s + 1 + after.length
    }
    if (rows.length) {
      out.push({ from: i, to: rows[rows.length - 1].to, rows, sections: sections.filter((l) => l.start < rows[rows.length - 1].serial.start) })
      i = rows[rows.length - 1].to - 1
    } else i = j - 1
  }
  return out
}

/** The cell a column holds over `span`, with its label: a serial column's cell is an `other` one. */
function columnCell(col: Column, label: string, span: { start: number; end: number }): TableCell {
  return { kind: col.kind === 'serial' ? 'other' : col.kind, role: col.kind === 'role' ? col.role : undefined, label, ...span }
}

/** Longest section row read between a table's rows. */
const SECTION_ROW_MAX = 30

/** A section row of a table (`一、做大做强主导产业`): a heading marker, short, no sentence — a line no cell can be. */
function isSectionRow(line: Line | undefined, text: string): boolean {
  if (!line) return false
  const t = line.text.trim()
  return t.length > 0 && t.length <= SECTION_ROW_MAX && !/[。；]/.test(t) && !canBeCell(line, text)
}

/**
 * A row printed without the cells of its last columns when they name persons (an empty 责任领导, outside144 02): its cells
 * one per column up to the next serial, every line a cell, the columns left over all person columns (a role whose
 * units are persons: grammars/roles/labels.json). Null otherwise.
 */
function rowWithoutPerson(body: Line[], text: string, s: number, number: number, after: Column[], labelOf: (c: number) => string): CellRow | null {
  let end = s + 1
  while (end < body.length && end - s <= after.length && serialOf(body[end]) !== number + 1) end++
  if (end >= body.length || serialOf(body[end]) !== number + 1) return null
  const lines = body.slice(s + 1, end)
  const missing = after.slice(lines.length)
  if (!lines.length || !missing.length || !missing.every((c) => c.kind === 'role' && PERSON_ROLES.has(c.role))) return null
  if (!lines.every((l) => canBeCell(l, text))) return null
  const cells: TableCell[] = lines.map((l, x) => {
    const col = after[x]
    return columnCell(col, labelOf(x), cellSpan(l))
  })
  return { number, serial: body[s], cells, from: s, to: end }
}

/**
 * A row of a table whose cells each end in their bar (`城管局 |`), as a progress report prints it: the
 * serial, then its cells up to a bar line of its own (`|`, `||`), the next serial or the end of the text
 * (an excerpt cut in its last row). Read left to right; a row holding fewer cells than the header has
 * columns lacks the column after the task when that is a column not read (the rows print 主要任务 and
 * 全年目标任务 as one cell), and the last columns when cut. Null unless every cell is barred, every role
 * column gets a cell and no cell is left over.
 *
 * @example
 * // 序号 | / 主要任务 | / 全年目标任务 | / 牵头单位 | / 进展情况 | / 24 | / 新建中转站8个。 | / 城管局 | / 已完成。 | / | → row 24
 */
function barRow(body: Line[], text: string, s: number, number: number, after: Column[], heads: string[]): CellRow | null {
  if (!isPipeCell(body[s])) return null
  let e = s + 1
  while (e < body.length && e - s <= after.length && !isBorder(body[e]) && serialOf(body[e]) !== number + 1) e++
  if (e < body.length && !isBorder(body[e]) && serialOf(body[e]) !== number + 1) return null
  const lines = body.slice(s + 1, e)
  if (lines.length === 0 || !lines.every((l) => isPipeCell(l) && canBeCell(l, text))) return null
  let cols = after.map((c, i) => ({ c, label: heads[i] }))
  const task = cols.findIndex((x) => x.c.kind === 'task')
  if (task < 0) return null
  if (lines.length < cols.length && cols[task + 1]?.c.kind === 'other') cols = [...cols.slice(0, task + 1), ...cols.slice(task + 2)]
  const lastRole = cols.map((x) => x.c.kind).lastIndexOf('role')
  if (lines.length > cols.length || lines.length <= lastRole || lines.length <= task) return null
  const cells: TableCell[] = lines.map((l, x) => {
    const col = cols[x].c
    return columnCell(col, cols[x].label, cellSpan(l))
  })
  return { number, serial: body[s], cells, from: s, to: e < body.length && isBorder(body[e]) ? e + 1 : e }
}

/**
 * A row whose cells do not come one per column: a role column listing several units one per line, or
 * a second task line sharing the row's units (`开工建设老年养护楼。/县民政局/5月底前动工/开工建设老年大学。/12月底前`).
 * The row runs to the next serial; the last row of the table to its last deadline cell. Each line is
 * classed by its look (cellKind): sentences are task cells, short time phrases deadline cells, other
 * short lines units of the role column — so the columns must be tasks first, one role column (or as
 * many unit lines as role columns, in order) and at most one deadline column. Null when the lines do
 * not fit that shape.
 */
function elasticRow(body: Line[], text: string, s: number, number: number, after: Column[], labelOf: (c: number) => string): CellRow | null {
  const roleCols = after.map((c, i) => ({ c, i })).filter((x) => x.c.kind === 'role')
  const deadlineCol = after.findIndex((c) => c.kind === 'deadline')
  const taskCol = after.findIndex((c) => c.kind === 'task')
  if (taskCol !== 0 || after.some((c) => c.kind === 'other') || roleCols.length === 0) return null
  let end = s + 1
  while (end < body.length && serialOf(body[end]) !== number + 1 && canBeCell(body[end], text)) end++
  const last = end >= body.length || serialOf(body[end]) !== number + 1
  const lines = body.slice(s + 1, end)
  const kinds = lines.map((l) => cellKind(squeeze(l.text)))
  let n = lines.length
  if (last) {
    // the table's last row: up to its last deadline cell (a deadline column is needed to see its end)
    if (deadlineCol < 0) return null
    n = kinds.lastIndexOf('deadline') + 1
  }
  if (n < 2 || n > 12 || kinds[0] !== 'task') return null
  const units = kinds.slice(0, n).filter((k) => k === 'unit').length
  if (!units || (roleCols.length > 1 && units !== roleCols.length)) return null
  if (deadlineCol < 0 && kinds.slice(0, n).includes('deadline')) return null
  let u = 0
  const cells: TableCell[] = lines.slice(0, n).map((l, x) => {
    const kind = kinds[x]
    if (kind === 'task') return { kind: 'task', label: labelOf(taskCol), ...cellSpan(l) }
    if (kind === 'deadline') return { kind: 'deadline', label: labelOf(deadlineCol), ...cellSpan(l) }
    const col = roleCols[Math.min(u++, roleCols.length - 1)]
    return { kind: 'role', role: (col.c as { role: string }).role, label: labelOf(col.i), ...cellSpan(l) }
  })
  return { number, serial: body[s], cells, from: s, to: s + 1 + n }
}

/** A border line of a table printed one cell per line: only bars and spaces (`|`, `||`, `|||||`), or blank once the bars are cleared as boilerplate. */
const isBorder = (line: Line) => /^[\s|｜]*$/.test(line.text)
/** A cell line of such a table: text closed by its right border (` 县考核办  | `). */
const isPipeCell = (line: Line) => /[|｜]\s*$/.test(line.text) && squeeze(line.text) !== ''
/** A merged-away or empty cell printed as a dash (`——`, `/`, `无`). */
const isDash = (t: string) => /^(?:[—\-－–─/／]+|无)$/.test(t)
/** A serial number standing inside the task cell: `1.`, `2.学习型机关创建(20分)`, `3、…`. */
const INNER_SERIAL = /^[\s|｜]*(\d{1,2})\s*[.、．]\s*/

/** A row of a bordered table with merged cells, and the category cell (（一）重点工作) it opens under. */
export interface SpanRow extends CellRow {
  /** The line of a category cell printed in this row (it spans the rows after it). */
  category?: Line
  /** Where the serial stands when it shares its line with other cells (a row printed on one line). */
  serialAt?: { start: number; end: number }
}

/** The `|`-separated cells of a line printed as a row (`| (一)… | 1.… | | 区商务局 |`), empty ones kept in place. */
function pipeCells(line: Line): Array<{ text: string; start: number; end: number }> | null {
  const t = line.text
  if (!/^\s*[|｜]/.test(t) || !/[|｜]\s*$/.test(t)) return null
  const out: Array<{ text: string; start: number; end: number }> = []
  const bars = [...t.matchAll(/[|｜]/g)].map((m) => m.index)
  for (let b = 0; b + 1 < bars.length; b++) {
    const raw = t.slice(bars[b] + 1, bars[b + 1])
    const lead = raw.length - raw.trimStart().length
    const start = line.start + bars[b] + 1 + lead
    out.push({ text: raw.trim(), start, end: start + raw.trim().length })
  }
  return out
}
const RULE = /^\s*[|｜]?(?:\s*:?-{2,}:?\s*[|｜])+\s*$/

/**
 * The same tables printed one row per line, as Markdown converters print them (`| 考核项目 | | 评分办法 |
 * 总牵头单位 | 考核责任单位 |`): a merged cell is an empty cell in its place (a header cell left empty goes
 * with the column word before it), so every cell is read by its column; a category cell opens the row's
 * line. A row needs as many cells as the header; the table ends at the first line that is no such row.
 */
function pipeRowTables(body: Line[], text: string): Array<{ from: number; to: number; rows: SpanRow[] }> {
  const out: Array<{ from: number; to: number; rows: SpanRow[] }> = []
  for (let i = 0; i < body.length; i++) {
    const head = pipeCells(body[i])
    if (!head || head.length < 3) continue
    const cols: Array<Column | undefined> = []
    let known = true
    for (const h of head) {
      const col = h.text ? COLUMN.get(squeeze(h.text)) : cols[cols.length - 1]
      if (!col) known = false
      cols.push(col)
    }
    if (!known || cols[0]?.kind !== 'task' || cols.some((c) => c?.kind === 'serial') || !cols.some((c) => c?.kind === 'role')) continue
    const rows: SpanRow[] = []
    let k = i + 1
    let end = k
    while (k < body.length && RULE.test(body[k].text)) k++
    for (; k < body.length; k++) {
      const cells = pipeCells(body[k])
      if (!cells || cells.length !== head.length) break
      end = k + 1
      let x = 0
      while (x < cells.length && !INNER_SERIAL.test(cells[x].text)) x++
      if (x >= cells.length || cols[x]?.kind !== 'task') continue
      const category =
        x > 0 &&
        cells[0].text &&
        (() => {
          const m = markerAt(text, cells[0].start, false)
          return m && !m.weak && m.style !== 'arabic'
        })()
      const serial = INNER_SERIAL.exec(cells[x].text)!
      const out2: TableCell[] = []
      const taskStart = cells[x].start + serial[0].length
      if (cells[x].end > taskStart) out2.push({ kind: 'task', label: squeeze(head[0].text), start: taskStart, end: cells[x].end })
      for (let y = x + 1; y < cells.length; y++) {
        const col = cols[y]!
        if (!cells[y].text || isDash(squeeze(cells[y].text)) || col.kind === 'task') continue
        const label = squeeze(head[y].text)
        out2.push(columnCell(col, label, { start: cells[y].start, end: cells[y].end }))
      }
      if (!out2.some((c) => c.kind === 'role')) continue
      const serialEnd = cells[x].start + serial[0].trimEnd().length - (serial[0].length - serial[0].trimStart().length)
      rows.push({ number: Number(serial[1]), serial: body[k], cells: out2, category: category ? body[k] : undefined, serialAt: { start: cells[x].start, end: serialEnd }, from: k, to: k + 1 })
    }
    if (rows.length) {
      out.push({ from: i, to: end, rows })
      i = end - 1
    }
  }
  return out
}

/**
 * Bordered task tables whose cells merge across rows, printed one cell per line with each row closed by
 * a border line of bars (`|` / `||` / `|||||`, or the blank line left where they were cleared), each cell
 * closed by its bar, as sites print a 考核项目表: a header run of column words
 * without a serial column (项目名称及分值 / 赋分办法 / 总牵头单位 / 考核责任单位), rows whose serial stands
 * inside the task cell (`1.学习型机关创建(20分)`), a category cell (`(一)重点工作 (500分)`) printed only in
 * the first row it spans, and rows that print only the cells that change. A row with a cell for every
 * column after the task (dashes and extra cells allowed) is read from the right, so the role columns at
 * the table's end take the last cells; a shorter row's unit cells are the first role columns' (the cells
 * it leaves out are merged from above and not repeated). A row without a role cell is no row.
 *
 * @example
 * // | / 项目名称 | / 牵头单位 | / 责任单位 | / || / (一)重点工作 | / 1.学法 | / 县司法局 | / 县考核办 | / | → row 1 under (一)
 */
export function findSpanTables(body: Line[], text: string): Array<{ from: number; to: number; rows: SpanRow[] }> {
  // a border stands before line k: a bar line, or a blank line left in the text between two lines
  const bordered = (k: number) => k === 0 || isBorder(body[k - 1]) || /\n[ \t\u3000|｜]*\n/.test(text.slice(body[k - 1].end, body[k].start))
  const out = [...pipeRowTables(body, text), ...barCellTables(body, text, bordered)]
  const taken = new Set(out.flatMap((t) => body.slice(t.from, t.to)))
  for (let i = 0; i < body.length; i++) {
    // (the line's own bar first: almost no line ends in one, and the border test slices the text between lines)
    if (!isPipeCell(body[i]) || taken.has(body[i]) || !(bordered(i) || !isPipeCell(body[i - 1])) || !columnOf(body[i])) continue
    let j = i
    const cols: Column[] = []
    while (j < body.length && isPipeCell(body[j]) && columnOf(body[j]) && (j === i || !bordered(j))) cols.push(columnOf(body[j++])!)
    if (j >= body.length || !bordered(j) || cols[0]?.kind !== 'task' || cols.some((c) => c.kind === 'serial') || !cols.some((c) => c.kind === 'role')) continue
    const labelOf = (c: number) => squeeze(body[i + c].text)
    const roleCols = cols.map((c, x) => ({ c, x })).filter((r) => r.c.kind === 'role')
    const rows: SpanRow[] = []
    let k = j
    let end = j
    let pending: Line | undefined
    while (k < body.length) {
      while (k < body.length && isBorder(body[k])) k++
      if (k >= body.length || !isPipeCell(body[k]) || !bordered(k)) break
      let e = k + 1
      while (e < body.length && isPipeCell(body[e]) && !bordered(e)) e++
      const group = body.slice(k, e)
      const from = k
      end = e
      k = e
      let c = 0
      const first = group[0]
      const lead = first.start + (first.text.length - first.text.replace(/^[\s|｜]+/, '').length)
      const m = markerAt(text, lead, false)
      if (m && !m.weak && m.style !== 'arabic' && squeeze(first.text).length <= CATEGORY_MAX + 8) {
        pending = first
        c = 1
      }
      const serial = c < group.length ? INNER_SERIAL.exec(group[c].text) : null
      if (!serial) continue
      const rest = group.slice(c + 1)
      const after = cols.length - 1
      const cells: TableCell[] = []
      const taskStart = group[c].start + serial[0].length
      const taskSpan = cellSpan(group[c])
      if (taskSpan.end > taskStart) cells.push({ kind: 'task', label: labelOf(0), start: taskStart, end: taskSpan.end })
      if (rest.length >= after) {
        rest.slice(rest.length - after).forEach((l, x) => {
          const col = cols[x + 1]
          if (isDash(squeeze(l.text))) return
          cells.push(columnCell(col, labelOf(x + 1), cellSpan(l)))
        })
      } else {
        const printed = rest.filter((l) => !isDash(squeeze(l.text)))
        if (printed.length > roleCols.length || printed.some((l) => cellKind(squeeze(l.text)) !== 'unit')) continue
        printed.forEach((l, x) => cells.push({ kind: 'role', role: (roleCols[x].c as { role: string }).role, label: labelOf(roleCols[x].x), ...cellSpan(l) }))
      }
      if (!cells.some((x) => x.kind === 'role')) continue
      rows.push({ number: Number(serial[1]), serial: group[c], cells, category: pending, from, to: end })
      pending = undefined
    }
    if (rows.length) {
      out.push({ from: i, to: end, rows })
      i = end - 1
    }
  }
  return out
}

/** A cell of a table whose cells stand between bar lines: its lines [from, to) in the body, its text squeezed. */
interface BarCell {
  from: number
  to: number
  text: string
}

/**
 * Task tables printed one cell per bar: every cell (one line or several — a wrapped unit list, a
 * category `(一)` over five lines) closed by a line of its own holding only its bar, the bars cleared
 * to blank lines, no line between rows: `类别` / `序号` / `任务名称` / `责任部门(加*号为牵头部门,其余为参与部门)`
 * / `责任街镇` / `完成时间节点`, then per row a category cell where it changes, the serial and one cell per
 * column. A header needs a serial, a task and a role column; a row is taken only with every cell, so a
 * row cut by the excerpt ends the table. The category cell opens its clause (`（一）`) over its rows.
 *
 * @example
 * // 类别 ⏎⏎ 序号 ⏎⏎ 任务名称 ⏎⏎ 责任部门 ⏎⏎ 完成时限 ⏎⏎ (一)示范村 ⏎⏎ 1 ⏎⏎ 建设示范村 ⏎⏎ 区农委 ⏎⏎ 12月底 → row 1 under (一)
 */
function barCellTables(body: Line[], text: string, bordered: (k: number) => boolean): Array<{ from: number; to: number; rows: SpanRow[] }> {
  // A table needs a serial header cell (序号, 序号（…）): the squeezed text of its first line opens with
  // a serial word's first unit. A body with no such line holds none, and its cells are not built.
  if (tableGate.enabled && !body.some((line) => SERIAL_FIRST[firstKept(line.text)] === 1)) return []
  const cells: BarCell[] = []
  for (let k = 0; k < body.length; k++) {
    if (isBorder(body[k])) continue
    const last = cells[cells.length - 1]
    if (last && last.to === k && !bordered(k)) {
      last.to = k + 1
      last.text += squeeze(body[k].text)
    } else cells.push({ from: k, to: k + 1, text: squeeze(body[k].text) })
  }
  const span = (c: BarCell) => ({ start: cellSpan(body[c.from]).start, end: cellSpan(body[c.to - 1]).end })
  const isCategory = (c: BarCell) => {
    const first = body[c.from]
    const m = markerAt(text, first.start + (first.text.length - first.text.trimStart().length), false)
    return !!m && !m.weak && m.style !== 'arabic' && c.text.length <= CATEGORY_MAX * 2
  }
  const serialOfCell = (c: BarCell) => (c.to - c.from === 1 ? serialOf(body[c.from]) : null)
  const out: Array<{ from: number; to: number; rows: SpanRow[] }> = []
  for (let i = 0; i < cells.length; i++) {
    const head: Array<ReturnType<typeof headerOf> & {}> = []
    let j = i
    for (let h = headerOf(cells[j]?.text ?? ''); h && j < cells.length; h = headerOf(cells[++j]?.text ?? '')) head.push(h)
    const at = head.findIndex((h) => h.col.kind === 'serial')
    const after = head.slice(at + 1)
    if (head.length < 3 || at < 0 || !after.some((h) => h.col.kind === 'task') || !after.some((h) => h.col.kind === 'role')) continue
    const rows: SpanRow[] = []
    let k = j
    for (;;) {
      let s = k
      let category: number | undefined
      if (at > 0 && s < cells.length && serialOfCell(cells[s]) === null && isCategory(cells[s])) category = s++
      if (s >= cells.length || serialOfCell(cells[s]) !== rows.length + 1 || s + after.length >= cells.length) break
      const row = cells.slice(s + 1, s + 1 + after.length)
      if (row.some((c) => serialOfCell(c) === rows.length + 2 || !canBeCell(body[c.from], text))) break
      const label = (x: number) => cells[i + at + 1 + x].text
      rows.push({
        number: rows.length + 1,
        serial: body[cells[s].from],
        cells: row.map((c, x) => {
          const { col, marked } = after[x]
          const cell = columnCell(col, label(x).replace(/[（(].*$/, ''), span(c))
          return marked ? { ...cell, marked } : cell
        }),
        category: category !== undefined ? body[cells[category].from] : undefined,
        from: cells[category ?? s].from,
        to: row[row.length - 1].to,
      })
      k = s + 1 + after.length
    }
    if (rows.length) {
      out.push({ from: cells[i].from, to: rows[rows.length - 1].to, rows })
      i = k - 1
    }
  }
  return out
}

/** A task table's header printed above numbered items, with one role column and no serial column. */
export interface ColumnHeader {
  /** Index in the body of the line after the header run. */
  to: number
  /** The role column's name and role (`责任单位`, responsible). */
  label: string
  role: string
  /** The columns after the role column, in order: what the lines after an item's unit line are. */
  after: Array<Column['kind']>
}

/** Fewest header cells for a column header over items: a task column, the role column and one more. */
const COLUMN_HEADER_MIN = 3

/**
 * A table a converted document prints as a header run of column words (重点工作 / 主要 ⏎ 任务 / 工作措施 /
 * 责任单位 / 备注), each alone on a line, over items that keep their own markers (一、 (一) 2.) instead of a
 * serial column: each item's text is its task cell, and a line after it holds the role column's cell.
 * The first such header in `body` that has a task column and exactly one role column, and no serial
 * column (findCellTables reads those); null when there is none. Bar-closed cells are left to the
 * bordered-table readers.
 *
 * @example
 * // 主要任务 / 工作措施 / 责任单位 / 备注 / (一)… → { label: '责任单位', role: 'responsible', after: ['other'] }
 */
export function findColumnHeader(body: Line[], text: string): ColumnHeader | null {
  for (let i = 0; i < body.length; i++) {
    if (!columnOf(body[i]) || isPipeCell(body[i])) continue
    const { cols, heads, end: j } = headerRun(body, i)
    const roles = cols.flatMap((c, x) => (c.kind === 'role' ? [x] : []))
    const next = body[j]
    // (an item opens the table: a marked line, not a row's serial)
    const opensItem = next !== undefined && markerAt(text, next.start + (next.text.length - next.text.trimStart().length), false) !== null && serialOf(next) === null
    if (cols.length >= COLUMN_HEADER_MIN && roles.length === 1 && cols.some((c) => c.kind === 'task') && !cols.some((c) => c.kind === 'serial') && opensItem) {
      const role = cols[roles[0]] as { kind: 'role'; role: string }
      return { to: j, label: heads[roles[0]], role: role.role, after: cols.slice(roles[0] + 1).map((c) => c.kind) }
    }
    i = j - 1
  }
  return null
}
