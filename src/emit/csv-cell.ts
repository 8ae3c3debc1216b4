/**
 * One CSV cell (RFC 4180 quoting), safe to open in a spreadsheet: a cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return would be run as a formula (OWASP "CSV injection"), so it gets
 * a leading `'` and is quoted. Kept free of parser imports: the batch's main thread uses it.
 *
 * @example
 * csvCell('市司法局') // '市司法局'
 * csvCell('=HYPERLINK("http://x")') // '"\'=HYPERLINK(""http://x"")"'
 */
export function csvCell(s: string): string {
  const cell = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s
  return cell !== s || /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
}

/** UTF-8 byte-order mark that CSV files written by the CLI start with, so Excel reads the Chinese text as UTF-8. */
export const CSV_BOM = '\ufeff'
