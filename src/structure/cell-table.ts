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
for (const l of labels.labels) if (!('persons' in l && l.persons)) COLUMN.set(l.label, { kind: 'role', role: l.role })

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

/** A flattened table: the body lines it spans [from, to) (header included) and its complete rows. */
export interface CellTable {
  from: number
  to: number
  rows: CellRow[]
}

const squeeze = (s: string) => s.replace(/\s+/g, '')
const columnOf = (line: Line): Column | undefined => COLUMN.get(squeeze(line.text))
const serialOf = (line: Line): number | null => (/^\s*\d{1,3}\s*$/.test(line.text) ? Number(line.text.trim()) : null)

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
    let j = i
    const cols: Column[] = []
    while (j < body.length && columnOf(body[j])) cols.push(columnOf(body[j++])!)
    const at = cols.findIndex((c) => c.kind === 'serial')
    const after = cols.slice(at + 1)
    if (at < 0 || !after.some((c) => c.kind === 'task') || !after.some((c) => c.kind === 'role')) {
      i = j - 1
      continue
    }
    const prefix = at
    const rows: CellRow[] = []
    let k = j
    for (;;) {
      // category cells (分类) stand before a serial only where the category changes
      let s = k
      for (let c = 0; c < prefix && s < body.length && serialOf(body[s]) === null; c++) {
        const t = body[s].text.trim()
        if (t.length > CATEGORY_MAX || /[。；]$/.test(t) || !canBeCell(body[s], text)) break
        s++
      }
      if (s >= body.length || serialOf(body[s]) !== rows.length + 1) break
      if (s + after.length >= body.length) break
      const cellLines = body.slice(s + 1, s + 1 + after.length)
      // a row cut short (the next serial among its cells) or running into a heading ends the table
      if (cellLines.some((l, c) => !canBeCell(l, text) || (c > 0 && serialOf(l) === rows.length + 2 && after[c].kind !== 'other'))) break
      const cells: TableCell[] = cellLines.map((l, c) => {
        const col = after[c]
        return { kind: col.kind === 'serial' ? 'other' : col.kind, role: col.kind === 'role' ? col.role : undefined, label: squeeze(body[j - after.length + c].text), start: l.start, end: l.end }
      })
      rows.push({ number: rows.length + 1, serial: body[s], cells, from: s, to: s + 1 + after.length })
      k = s + 1 + after.length
    }
    if (rows.length) {
      out.push({ from: i, to: rows[rows.length - 1].to, rows })
      i = rows[rows.length - 1].to - 1
    } else i = j - 1
  }
  return out
}
