import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { scanTime } from '../../../src/extract/time/scan.js'

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

export const JIO_FILE = fileURLToPath(new URL('../../fixtures/jionlp-time.tsv', import.meta.url))

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

/**
 * gongwen's reading of a row: what it shows, and whether it is right: one of the readings its
 * output states is the expected span — the named period (2023年 → 2023-01-01…12-31), a range's
 * start…end, a start's date…base (二〇一九年5月8日起), a due date's base…date (年底前); or a due
 * date on the expected last day when JioNLP calls the first day vague (blur: 2018年10月底).
 */
export function gongwenReads(r: JioRow): { shown: string; right: boolean } {
  const { matches } = scanTime(r.input, { referenceDate: r.base })
  if (!matches.length) return { shown: '—', right: false }
  const m = matches.reduce((a, b) => (b.end - b.index > a.end - a.index ? b : a))
  const d = m.deadline
  const want = `${r.start}…${r.end}`
  const readings = new Set<string>()
  if (m.period?.start && m.period.end) readings.add(`${m.period.start}…${m.period.end}`)
  if ((d.kind === 'range' || d.kind === 'ongoing') && d.start && d.end) readings.add(`${d.start}…${d.end}`)
  if (d.kind === 'start' && d.start) readings.add(`${d.start}…${r.base}`)
  if (d.kind === 'due' && d.date) readings.add(`${r.base}…${d.date}`)
  const right = readings.has(want) || (d.kind === 'due' && d.date === r.end && r.definition === 'blur')
  const key = d.start && d.end ? `${d.start}…${d.end}` : (d.date ?? d.start ?? '')
  return { shown: `${d.raw} ${d.kind} ${key} (${d.precision})`, right }
}
