import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** One row of test/fixtures/time-phrases.tsv ('-' cells are null). */
export interface PhraseRow {
  line: number
  input: string
  ref: string
  raw: string | null
  kind: string | null
  date: string | null
  start: string | null
  end: string | null
  precision: string | null
  inferred: string | null
  rule: string | null
  source: string
}

export const PHRASES_FILE = fileURLToPath(new URL('../../fixtures/time-phrases.tsv', import.meta.url))

/** Read the phrase corpus (comment lines start with #, the first other line is the header). */
export function readPhrases(file = PHRASES_FILE): PhraseRow[] {
  const lines = readFileSync(file, 'utf8').split('\n')
  const rows: PhraseRow[] = []
  let header: string[] | null = null
  lines.forEach((l, n) => {
    if (!l.trim() || l.startsWith('#')) return
    const cols = l.split('\t')
    if (!header) {
      header = cols
      return
    }
    const v = (name: string) => {
      const x = cols[header!.indexOf(name)]
      return x === undefined || x === '-' ? null : x
    }
    rows.push({
      line: n + 1,
      input: cols[0],
      ref: cols[1],
      raw: v('raw'),
      kind: v('kind'),
      date: v('date'),
      start: v('start'),
      end: v('end'),
      precision: v('precision'),
      inferred: v('inferred'),
      rule: v('rule'),
      source: v('source') ?? '',
    })
  })
  return rows
}
