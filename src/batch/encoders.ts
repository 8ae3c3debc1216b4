import { ROW_COLUMNS } from './rows.js'
import type { WorkResult } from './types.js'

export type OutputFormat = 'jsonl' | 'json' | 'csv' | 'md'

/** How records are laid out in one output file: a header, one chunk per record, a footer. */
export interface Encoder {
  header(): string
  /** `index` is the record's position in the file (0 for the first). */
  record(result: WorkResult, index: number): string
  footer(): string
  /** Whether workers must produce table rows. */
  rows: boolean
}

export function encoder(format: OutputFormat): Encoder {
  switch (format) {
    case 'jsonl':
      return { rows: false, header: () => '', record: (r) => r.json + '\n', footer: () => '' }
    case 'json':
      return { rows: false, header: () => '[\n', record: (r, i) => (i > 0 ? ',\n' : '') + r.json, footer: () => '\n]\n' }
    case 'csv':
      return {
        rows: true,
        // the BOM lets spreadsheet programs read the Chinese text as UTF-8
        header: () => '\ufeff' + ROW_COLUMNS.join(',') + '\r\n',
        record: (r) => (r.rows ?? []).map((row) => row.map(csvCell).join(',') + '\r\n').join(''),
        footer: () => '',
      }
    case 'md':
      return {
        rows: true,
        header: () => `| ${ROW_COLUMNS.join(' | ')} |\n|${ROW_COLUMNS.map(() => ' --- |').join('')}\n`,
        record: (r) => (r.rows ?? []).map((row) => `| ${row.map(mdCell).join(' | ')} |\n`).join(''),
        footer: () => '',
      }
  }
}

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
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
