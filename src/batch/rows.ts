import { responsibilityTable, TABLE_COLUMNS } from '../emit/table.js'
import type { PolicyDocument } from '../schema/document.js'
import type { ResponsibilityRow } from '../schema/task.js'

/**
 * Table rows for csv/md batch output: the responsibility table (one row per task, as
 * `gongwen table` gives it) with the input and its status in front. An input without tasks
 * still gets one row (task columns empty, `document` = its title) and a failed input one row
 * with its error, so every input shows up in the table.
 */
export const ROW_COLUMNS = ['input', 'ok', 'error', ...TABLE_COLUMNS] as const

const EMPTY_TASK = TABLE_COLUMNS.map(() => '')

export function documentRows(input: string, doc: PolicyDocument): string[][] {
  const rows = responsibilityTable(doc)
  if (!rows.length) {
    const cells = [...EMPTY_TASK]
    cells[TABLE_COLUMNS.indexOf('document')] = doc.meta.title ?? ''
    return [[input, 'true', '', ...cells]]
  }
  return rows.map((r) => [input, 'true', '', ...taskCells(r)])
}

export function failureRows(input: string, code: string, message: string): string[][] {
  return [[input, 'false', `${code}: ${message}`, ...EMPTY_TASK]]
}

/** The cells of one responsibility row, in TABLE_COLUMNS order (units joined with 、). */
function taskCells(row: ResponsibilityRow): string[] {
  const byColumn: Record<(typeof TABLE_COLUMNS)[number], string> = {
    path: row.path.join('/'),
    title: row.title,
    lead: row.lead.join('、'),
    responsible: row.responsible.join('、'),
    participants: row.participants.join('、'),
    leaders: row.leaders.join('、'),
    assessors: (row.assessors ?? []).join('、'),
    deadlines: row.deadlines.join('、'),
    document: row.document ?? '',
    line: row.position ? String(row.position.start.line) : '',
  }
  return TABLE_COLUMNS.map((c) => byColumn[c])
}
