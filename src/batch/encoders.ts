import { ROW_COLUMNS } from './columns.js'
import { CSV_BOM, csvCell } from '../emit/csv-cell.js'
import type { WorkResult } from './types.js'

export type OutputFormat = 'jsonl' | 'json' | 'csv' | 'md'

/** How records are laid out in one output file: a header, chunks per record, a footer. */
export interface Encoder {
  header(): Uint8Array
  /** `index` is the record's position in the file (0 for the first). */
  record(result: WorkResult, index: number): Uint8Array[]
  footer(): Uint8Array
  /** Whether workers must produce table rows. */
  rows: boolean
}

const bytes = (s: string) => Buffer.from(s, 'utf8')
const NONE = bytes('')
const NL = bytes('\n')
const COMMA_NL = bytes(',\n')

export function encoder(format: OutputFormat): Encoder {
  switch (format) {
    case 'jsonl':
      return { rows: false, header: () => NONE, record: (r) => [r.json, NL], footer: () => NONE }
    case 'json':
      return { rows: false, header: () => bytes('[\n'), record: (r, i) => (i > 0 ? [COMMA_NL, r.json] : [r.json]), footer: () => bytes('\n]\n') }
    case 'csv':
      return {
        rows: true,
        // the BOM lets spreadsheet programs read the Chinese text as UTF-8
        header: () => bytes(CSV_BOM + ROW_COLUMNS.join(',') + '\r\n'),
        record: (r) => [bytes((r.rows ?? []).map((row) => row.map(csvCell).join(',') + '\r\n').join(''))],
        footer: () => NONE,
      }
    case 'md':
      return {
        rows: true,
        header: () => bytes(`| ${ROW_COLUMNS.join(' | ')} |\n|${ROW_COLUMNS.map(() => ' --- |').join('')}\n`),
        record: (r) => [bytes((r.rows ?? []).map((row) => `| ${row.map(mdCell).join(' | ')} |\n`).join(''))],
        footer: () => NONE,
      }
  }
}

function mdCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>')
}

export function formatFromOut(path: string): OutputFormat | null {
  const p = path.toLowerCase()
  if (p.endsWith('.jsonl') || p.endsWith('.ndjson')) return 'jsonl'
  if (p.endsWith('.json')) return 'json'
  if (p.endsWith('.csv')) return 'csv'
  if (p.endsWith('.md') || p.endsWith('.markdown')) return 'md'
  return null
}
