import type { Root, Table, TableRow } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import { gfmTableToMarkdown } from 'mdast-util-gfm-table'
import type { PolicyDocument } from '../schema/document.js'
import type { ResponsibilityRow, RoleKind, Task } from '../schema/task.js'
import { TABLE_COLUMNS } from './table-columns.js'
import { csvCell } from './csv-cell.js'

const unitNames = (task: Task, role: RoleKind) => task.roles.filter((r) => r.role === role).flatMap((r) => r.units.map((u) => u.name))

/** Due dates (or ranges) of a task as short strings: `2015-06-30`, `2015-01-01..2015-12-31`, `立即`. */
function deadlineLabels(task: Task): string[] {
  return task.deadlines.map((d) => d.date ?? (d.start || d.end ? `${d.start ?? ''}..${d.end ?? ''}` : d.raw))
}

/**
 * The responsibility table of a document: one row per task that assigns someone (a task with
 * only a deadline is in `tasks` but not here), nested documents included, in document order.
 * @example
 * responsibilityTable(parse(text))[0]
 * // { path: ['二','（一）','1'], title: '平安建设地方立法项目', lead: ['市人大常委会法制工委'], participants: [...], … }
 */
export function responsibilityTable(doc: PolicyDocument): ResponsibilityRow[] {
  const rows: ResponsibilityRow[] = []
  const walk = (d: PolicyDocument) => {
    for (const t of d.tasks) {
      if (t.roles.length === 0) continue
      rows.push({
        path: t.path,
        title: t.title,
        lead: unitNames(t, 'lead'),
        responsible: unitNames(t, 'responsible'),
        participants: unitNames(t, 'participant'),
        leaders: unitNames(t, 'leader'),
        assessors: unitNames(t, 'assessor'),
        deadlines: deadlineLabels(t),
        ...(d.meta.title ? { document: d.meta.title } : {}),
        ...(t.position ? { position: t.position } : {}),
      })
    }
    d.documents.forEach(walk)
  }
  walk(doc)
  return rows
}

export { TABLE_COLUMNS }

/** The cells of one row, in TABLE_COLUMNS order (several units joined with 、). */
export function rowCells(row: ResponsibilityRow): string[] {
  return [
    row.path.join('/'),
    row.title,
    row.lead.join('、'),
    row.responsible.join('、'),
    row.participants.join('、'),
    row.leaders.join('、'),
    (row.assessors ?? []).join('、'),
    row.deadlines.join('、'),
    row.document ?? '',
    row.position ? String(row.position.start.line) : '',
  ]
}

/**
 * RFC 4180 CSV with a header row; multiple units in a cell are joined with 、. Cells that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) get a leading `'`. No byte-order
 * mark: `gongwen table` adds one when it writes the CSV.
 */
export function tableToCsv(rows: ResponsibilityRow[]): string {
  return [TABLE_COLUMNS.join(','), ...rows.map((r) => rowCells(r).map(csvCell).join(','))].join('\n') + '\n'
}

/** A GFM table, built as an mdast tree and serialized by mdast-util-to-markdown. */
export function tableToMarkdown(rows: ResponsibilityRow[]): string {
  const row = (values: string[]): TableRow => ({ type: 'tableRow', children: values.map((v) => ({ type: 'tableCell', children: v ? [{ type: 'text', value: v }] : [] })) })
  const table: Table = { type: 'table', align: TABLE_COLUMNS.map(() => null), children: [row([...TABLE_COLUMNS]), ...rows.map((r) => row(rowCells(r)))] }
  const tree: Root = { type: 'root', children: [table] }
  return toMarkdown(tree, { extensions: [gfmTableToMarkdown()] })
}
