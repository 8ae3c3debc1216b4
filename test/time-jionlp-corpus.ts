import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** One row of test/fixtures/jionlp-time.tsv: a JioNLP test case and its expected first…last day. */
export interface JioRow {
  input: string
  /** The date the case is read against. */
  base: string
  type: string
  /** JioNLP's `accurate` / `blur`. */
  definition: string
  start: string
  end: string
  /** A form a policy document can print. */
  official: boolean
}

export const JIO_FILE = fileURLToPath(new URL('./fixtures/jionlp-time.tsv', import.meta.url))

/** Read the fixture (comment lines start with #, the first other line is the header). */
export function readJioRows(file = JIO_FILE): JioRow[] {
  const rows: JioRow[] = []
  let header = false
  for (const l of readFileSync(file, 'utf8').split('\n')) {
    if (!l.trim() || l.startsWith('#')) continue
    if (!header) {
      header = true
      continue
    }
    const [input, base, type, definition, start, end, official] = l.split('\t')
    rows.push({ input, base, type, definition, start, end, official: official === 'y' })
  }
  return rows
}
