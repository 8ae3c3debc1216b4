/**
 * A small RFC 4180 CSV reader that remembers where every field came from, so that table findings
 * can point at the cell: quoted fields, `""` escapes, commas and line breaks inside quotes,
 * CRLF / LF / CR record ends, a leading BOM. Linear in the input; never throws. A cell that starts
 * with `'` before `=`, `+`, `-`, `@`, tab or CR is read without the `'`: that is how gongwen's own CSV
 * output (and spreadsheets) keep such a cell from being run as a formula.
 */

export interface CsvField {
  value: string
  /** Offset in the input of the field's first character (after the opening quote, if quoted). */
  start: number
  /** Offset just past the field's last character (before the closing quote, if quoted). */
  end: number
  /** True when `value` is exactly `input.slice(start, end)` (no `""` escapes), so sub-ranges map 1:1. */
  exact: boolean
}

export interface CsvRecord {
  /** 1-based record number (the header is record 1); blank lines count, as in a spreadsheet. */
  row: number
  fields: CsvField[]
}

export interface CsvProblem {
  message: string
  offset: number
  row: number
}

/**
 * Reads CSV text into records.
 * @example readCsv('a,b\n"x, y",2').records[1].fields[0].value // 'x, y'
 */
export function readCsv(input: string): { records: CsvRecord[]; problems: CsvProblem[] } {
  const records: CsvRecord[] = []
  const problems: CsvProblem[] = []
  const n = input.length
  let i = input.charCodeAt(0) === 0xfeff ? 1 : 0
  let row = 1
  let fields: CsvField[] = []

  const endRecord = () => {
    // A blank line is one empty field: keep its number, drop it.
    if (!(fields.length === 1 && fields[0].value === '' && fields[0].start === fields[0].end)) records.push({ row, fields })
    fields = []
    row++
  }

  while (i <= n) {
    if (i === n) {
      // Input ends: close a record that has begun (a trailing line break leaves nothing open).
      if (fields.length > 0) endRecord()
      break
    }
    if (input.charCodeAt(i) === 34 /* " */) {
      const start = i + 1
      let j = start
      let exact = true
      let closed = false
      while (j < n) {
        const c = input.charCodeAt(j)
        if (c === 34) {
          if (input.charCodeAt(j + 1) === 34) {
            exact = false
            j += 2
            continue
          }
          closed = true
          break
        }
        j++
      }
      const end = j
      const value = exact ? input.slice(start, end) : input.slice(start, end).replace(/""/g, '"')
      if (!closed) problems.push({ message: 'unterminated quoted field', offset: i, row })
      fields.push(unescapeFormula({ value, start, end, exact }))
      i = closed ? end + 1 : n
      // Anything between the closing quote and the next separator is kept out of the value.
      const after = i
      while (i < n && !isSeparator(input.charCodeAt(i))) i++
      if (i > after) problems.push({ message: 'characters after a closing quote', offset: after, row })
    } else {
      const start = i
      while (i < n && !isSeparator(input.charCodeAt(i))) i++
      const value = input.slice(start, i)
      if (value.includes('"')) problems.push({ message: 'a quote inside an unquoted field', offset: start + value.indexOf('"'), row })
      fields.push(unescapeFormula({ value, start, end: i, exact: true }))
    }
    if (i >= n) {
      endRecord()
      break
    }
    const c = input.charCodeAt(i)
    if (c === 44 /* , */) {
      i++
      // A separator at the very end of the input still opens one more (empty) field.
      if (i === n) {
        fields.push({ value: '', start: i, end: i, exact: true })
        endRecord()
        break
      }
      continue
    }
    // Record end: CRLF, LF or CR.
    i += c === 13 && input.charCodeAt(i + 1) === 10 ? 2 : 1
    endRecord()
  }
  return { records, problems }
}

function isSeparator(c: number): boolean {
  return c === 44 || c === 10 || c === 13
}

/** `'=SUM(1)` → `=SUM(1)`: drops the quote that guards a formula-like cell (see emit/csv-cell.ts). */
function unescapeFormula(f: CsvField): CsvField {
  return /^'[=+\-@\t\r]/.test(f.value) ? { ...f, value: f.value.slice(1), start: f.start + 1 } : f
}
