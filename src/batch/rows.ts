import { responsibilityTable, rowCells } from '../emit/table.js'
import { TABLE_COLUMNS } from '../emit/table-columns.js'
import type { PolicyDocument } from '../schema/document.js'
import { EMPTY_TASK } from './columns.js'

export { ROW_COLUMNS, failureRows } from './columns.js'

/**
 * Table rows for csv/md batch output: the responsibility table (one row per task, as
 * `gongwen table` gives it) with the input and its status in front. An input without tasks
 * still gets one row (task columns empty, `document` = its title) and a failed input one row
 * with its error, so every input shows up in the table.
 */
export function documentRows(input: string, doc: PolicyDocument): string[][] {
  const rows = responsibilityTable(doc)
  if (!rows.length) {
    const cells = [...EMPTY_TASK]
    cells[TABLE_COLUMNS.indexOf('document')] = doc.meta.title ?? ''
    return [[input, 'true', '', ...cells]]
  }
  return rows.map((r) => [input, 'true', '', ...rowCells(r)])
}
