/**
 * The gold-free corpus sweeps (src/eval/sweep.ts) over the whole corpus: corpus/seeds and
 * corpus/policy (260 documents) and the bulk set (../shared/corpus/bulk/*.jsonl.gz, 15,362).
 * Prints a table per sweep and class, writes the counts to bench/results/sweep.json and a
 * deterministic sample of unexplained cues (30 per sweep) to bench/results/sweep-unexplained.md,
 * to be read by hand.
 *
 *   node --import tsx scripts/sweep.ts [--bulk DIR] [--no-bulk] [--limit N] [--sample 30] [--seed N] [--keep 4]
 *                                      [--write-levels test/eval/sweep-levels.json] [--check]
 *
 * `--write-levels` records the unexplained share of the 260 corpus documents, which
 * test/eval/sweep.test.ts holds (it may go down, not up).
 */
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createGunzip } from 'node:zlib'
import { parse } from '../src/index.js'
import { simplifiedCopy } from './sweep/simplified.js'
import { addCounts, emptyTotals, SWEEPS, sweepDocument, unexplainedShare, type SweepName, type SweepResult, type UnexplainedCue } from '../src/eval/sweep.js'

const { values } = parseArgs({
  options: {
    bulk: { type: 'string', default: fileURLToPath(new URL('../../shared/corpus/bulk', import.meta.url)) },
    'no-bulk': { type: 'boolean', default: false },
    limit: { type: 'string' },
    sample: { type: 'string', default: '30' },
    seed: { type: 'string', default: '20261130' },
    keep: { type: 'string', default: '4' },
    out: { type: 'string', default: 'bench/results' },
    'write-levels': { type: 'string' },
    check: { type: 'boolean', default: false },
  },
})
const LIMIT = values.limit ? Number(values.limit) : Infinity
const SAMPLE = Number(values.sample)
/** The sample's seed: a new one each time the cases are read again, so a reading sees fresh cases. */
const SEED = Number(values.seed)
/** How many unexplained cues of one document the sample may draw from (all of them: `--keep Infinity`). */
const KEEP = Number(values.keep)

interface Case extends UnexplainedCue {
  id: string
}

const bySource = new Map<string, Record<SweepName, SweepResult>>()
const cases: Record<SweepName, Case[]> = { roles: [], markers: [], dates: [] }
let documents = 0

function visit(id: string, source: string, text: string) {
  const doc = parse(text)
  const result = sweepDocument(text, doc, KEEP, doc.source?.script === 'traditional' ? simplifiedCopy(text) : text)
  if (!bySource.has(source)) bySource.set(source, emptyTotals())
  addCounts(bySource.get(source)!, result)
  for (const name of SWEEPS) for (const c of result[name].unexplained) cases[name].push({ ...c, id })
  documents++
}

const root = fileURLToPath(new URL('../corpus/', import.meta.url))
for (const folder of ['seeds', 'policy']) {
  for (const f of readdirSync(join(root, folder))
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    if (documents >= LIMIT) break
    visit(`corpus/${folder}/${f}`, 'corpus', readFileSync(join(root, folder, f), 'utf8'))
  }
}
const corpusOnly = bySource.get('corpus') ?? emptyTotals()

if (!values['no-bulk'] && existsSync(values.bulk)) {
  for (const f of readdirSync(values.bulk)
    .filter((n) => n.endsWith('.jsonl.gz'))
    .sort()) {
    const lines = createInterface({ input: createReadStream(join(values.bulk, f)).pipe(createGunzip()), crlfDelay: Infinity })
    for await (const line of lines) {
      if (documents >= LIMIT) break
      if (!line.trim()) continue
      const record = JSON.parse(line) as { id: string; text: string }
      visit(record.id, `bulk/${f.replace(/\.jsonl\.gz$/, '')}`, record.text)
    }
  }
}

const all = emptyTotals()
for (const totals of bySource.values()) addCounts(all, totals)

/** A deterministic sample: a fixed-seed shuffle, so two runs on the same parser read the same cases. */
function sample<T>(items: T[], n: number): T[] {
  let seed = SEED
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy.slice(0, n)
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`
const lines: string[] = [`${documents} documents`, '']
for (const name of SWEEPS) {
  const r = all[name]
  lines.push(`### ${name}: ${r.total} cues, unexplained ${r.classes.unexplained ?? 0} (${pct(unexplainedShare(r))})`, '', '| class | cues | share |', '| :-- | --: | --: |')
  for (const [cls, n] of Object.entries(r.classes).sort((a, b) => b[1] - a[1])) lines.push(`| ${cls} | ${n} | ${pct(n / r.total)} |`)
  lines.push('')
}
lines.push('| source | documents share unexplained: roles | markers | dates |', '| :-- | --: | --: | --: |')
for (const [source, totals] of [...bySource].sort()) {
  lines.push(`| ${source} | ${SWEEPS.map((n) => `${pct(unexplainedShare(totals[n]))} of ${totals[n].total}`).join(' | ')} |`)
}
console.log(lines.join('\n'))

mkdirSync(values.out, { recursive: true })
// the whole corpus is not in a fresh clone, so no test can hold its levels: `--check` compares this run with the
// sweep.json it replaces (the last committed run) and exits 1 when a sweep's unexplained count rose
const recordedFile = join(values.out, 'sweep.json')
const recorded = existsSync(recordedFile) ? (JSON.parse(readFileSync(recordedFile, 'utf8')) as { documents: number; all: Record<SweepName, { classes: Record<string, number> }> }) : null
const counts = Object.fromEntries([...bySource].map(([s, t]) => [s, Object.fromEntries(SWEEPS.map((n) => [n, { total: t[n].total, classes: t[n].classes }]))]))
writeFileSync(
  join(values.out, 'sweep.json'),
  JSON.stringify({ documents, all: Object.fromEntries(SWEEPS.map((n) => [n, { total: all[n].total, classes: all[n].classes }])), bySource: counts }, null, 2) + '\n',
)
const md = ['# Unexplained cues, a fixed-seed sample per sweep', '', 'Written by `scripts/sweep.ts`; read by hand to find the families the parser does not know yet.', '']
for (const name of SWEEPS) {
  md.push(`## ${name}`, '', '| document | line | context |', '| :-- | --: | :-- |')
  for (const c of sample(cases[name], SAMPLE)) md.push(`| ${c.id.replace(/\|/g, '\\|')} | ${c.line} | ${c.context.replace(/\|/g, '\\|')} |`)
  md.push('')
}
writeFileSync(join(values.out, 'sweep-unexplained.md'), md.join('\n'))

if (values.check) {
  if (!recorded || recorded.documents !== documents) {
    console.error(`--check: no recorded run over the same ${documents} documents in ${recordedFile}`)
    process.exit(2)
  }
  let rose = false
  for (const n of SWEEPS) {
    const before = recorded.all[n].classes.unexplained ?? 0
    const now = all[n].classes.unexplained ?? 0
    console.error(`${n}: unexplained ${before} → ${now}${now > before ? '  ROSE' : ''}`)
    rose ||= now > before
  }
  if (rose) process.exitCode = 1
}

if (values['write-levels']) {
  const levels = Object.fromEntries(
    SWEEPS.map((n) => [n, { total: corpusOnly[n].total, unexplained: corpusOnly[n].classes.unexplained ?? 0, share: Number(unexplainedShare(corpusOnly[n]).toFixed(4)) }]),
  )
  writeFileSync(values['write-levels'], JSON.stringify(levels, null, 2) + '\n')
  console.error(`levels of corpus/ written to ${values['write-levels']}`)
}
