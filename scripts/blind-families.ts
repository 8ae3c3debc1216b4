/**
 * Per-family scores of the blind development gold (issue #11): reads the JSON report of
 * `gongwen eval test/gold/blind --format json` and test/gold/blind/SAMPLE.tsv, prints a markdown
 * table of micro-averaged F1 per family (metadata = the six meta fields pooled).
 *
 *   node dist/cli.js eval test/gold/blind --format json > /tmp/blind.json
 *   node --import tsx scripts/blind-families.ts /tmp/blind.json
 *
 * A second argument names another set's sample table (its index and family columns come first):
 *   node --import tsx scripts/blind-families.ts /tmp/blind-c.json test/gold/blind-c/SAMPLE.tsv
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

interface Counts {
  tp: number
  fp: number
  fn: number
}
interface Report {
  files: { name: string; fields: Record<string, Counts> }[]
}

const REPO = new URL('..', import.meta.url).pathname
const META = ['title', 'docType', 'docNumber', 'signedDate', 'publishedDate', 'issuers']
const COLUMNS: [string, string[]][] = [
  ['metadata', META],
  ['roles', ['roles']],
  ['deadlines', ['deadlines']],
  ['stages', ['stages']],
]

const report = JSON.parse(readFileSync(process.argv[2] ?? '/dev/stdin', 'utf8')) as Report
const familyOf = new Map<string, string>()
for (const line of readFileSync(process.argv[3] ?? join(REPO, 'test/gold/blind/SAMPLE.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)) {
  const [index, family] = line.split('\t')
  familyOf.set(index!, family!)
}
const f1 = (c: Counts): string => {
  if (c.tp + c.fp + c.fn === 0) return '—'
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0
  return `${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)} (${c.tp}/${c.tp + c.fp}/${c.tp + c.fn})`
}
const groups = new Map<string, { docs: number; sums: Counts[] }>()
for (const file of report.files) {
  const family = familyOf.get(file.name.split('-')[0]!) ?? 'unknown'
  for (const key of [family, 'all']) {
    const g = groups.get(key) ?? { docs: 0, sums: COLUMNS.map(() => ({ tp: 0, fp: 0, fn: 0 })) }
    g.docs++
    COLUMNS.forEach(([, fields], i) => {
      for (const f of fields) for (const k of ['tp', 'fp', 'fn'] as const) g.sums[i]![k] += file.fields[f]?.[k] ?? 0
    })
    groups.set(key, g)
  }
}
const out = ['| family | docs | ' + COLUMNS.map(([c]) => `${c} F1 (tp/parsed/gold)`).join(' | ') + ' |', '| --- | --: |' + COLUMNS.map(() => ' --: |').join('')]
for (const [name, g] of [...groups].sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a < b ? -1 : 1))) {
  out.push(`| ${name} | ${g.docs} | ${g.sums.map(f1).join(' | ')} |`)
}
process.stdout.write(out.join('\n') + '\n')
