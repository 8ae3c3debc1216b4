/** What the audits by blind sampling share (scripts/audit-deadlines.ts, scripts/audit-roles.ts): excerpts, judgment files, rates. */
import { readFileSync } from 'node:fs'

/** A count of successes `k` in `n` trials (a recall or a precision). */
export interface Rate {
  k: number
  n: number
}

/** A text flattened into one TSV cell: tabs to spaces, line breaks to ⏎. */
export const flat = (s: string) => s.replace(/\t/g, ' ').replace(/\r?\n/g, '⏎')

/**
 * The text a reader judges an expression by: `width` characters either side and its line (cut to 400
 * characters around it when longer), tabs and line breaks flattened so each fits a TSV cell.
 */
export function excerptAround(text: string, offset: number, length: number, width: number): { before: string; after: string; line: string } {
  const ls = text.lastIndexOf('\n', offset - 1) + 1
  let le = text.indexOf('\n', offset + length)
  if (le < 0) le = text.length
  const line = text.slice(ls, le)
  return {
    before: flat(text.slice(Math.max(0, offset - width), offset)),
    after: flat(text.slice(offset + length, offset + length + width)),
    line: flat(line.length > 400 ? text.slice(Math.max(ls, offset - 200), Math.min(le, offset + 200)) : line),
  }
}

/** A judgment file: a header row, then one record per non-blank row, keyed by the header's names. */
export function readTsv(file: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n')
  const keys = head.split('\t')
  return rows.filter((r) => r.trim()).map((r) => Object.fromEntries(r.split('\t').map((v, i) => [keys[i], v])))
}

/** Wilson 95 % interval of k successes in n. */
export function wilson(k: number, n: number): [number, number] {
  if (n === 0) return [0, 1]
  const z = 1.96
  const p = k / n
  const d = 1 + (z * z) / n
  const c = p + (z * z) / (2 * n)
  const h = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))
  return [(c - h) / d, (c + h) / d]
}

/** `0.878 (36/41; 95 % 0.74–0.95)`. */
export function formatRate(x: Rate): string {
  const [lo, hi] = wilson(x.k, x.n)
  return `${(x.k / Math.max(1, x.n)).toFixed(3)} (${x.k}/${x.n}; 95 % ${lo.toFixed(2)}–${hi.toFixed(2)})`
}

/**
 * The recall on A and precision on B of a score that fall below those recorded in `recordFile` (at its top
 * level, or under `key` — a later round of an audit), as messages; none when it holds.
 */
export function ratesBelowRecord(score: Record<'recallA' | 'precisionB', Rate>, recordFile: string, key?: string): string[] {
  const file = JSON.parse(readFileSync(recordFile, 'utf8'))
  const rec = (key ? file[key] : file) as Record<'recallA' | 'precisionB', Rate>
  const out: string[] = []
  for (const key of ['recallA', 'precisionB'] as const) {
    const now = score[key].k / Math.max(1, score[key].n)
    const was = rec[key].k / rec[key].n
    if (now < was - 1e-9) out.push(`${key} ${now.toFixed(3)} (${score[key].k}/${score[key].n}) is below the recorded ${was.toFixed(3)} (${rec[key].k}/${rec[key].n})`)
  }
  return out
}
