import { TABLE_COLUMNS } from '../emit/table-columns.js'

/**
 * Columns of csv/md batch output: the input and its status, then the responsibility table's.
 * Kept apart from the row builders so the batch's main thread loads no parser code.
 */
export const ROW_COLUMNS = ['input', 'ok', 'error', ...TABLE_COLUMNS] as const

export const EMPTY_TASK: readonly string[] = TABLE_COLUMNS.map(() => '')

/** The one row of a failed input. */
export function failureRows(input: string, code: string, message: string): string[][] {
  return [[input, 'false', `${code}: ${message}`, ...EMPTY_TASK]]
}
