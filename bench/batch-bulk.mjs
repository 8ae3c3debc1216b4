#!/usr/bin/env node
/**
 * Bench: `gongwen batch` over the whole bulk corpus (../shared/corpus/bulk, 15,362 documents) into
 * JSON Lines with `--jobs 1` and `--jobs 2`, back to back (the order alternates by round, so neither
 * always meets the same moment of the machine's load), through the built CLI (`npm run build`
 * first). Per run (bench/lib/batch-run.mjs): wall time, CPU seconds, peak RSS, load average, and
 * where the CPU went — main thread, each worker (CPU ms per document, idle share), V8/libuv helper
 * threads. Per round: the speed-up of 2 workers over 1 (wall, the #14 target ≥ 1.7×) and their CPU
 * ratio. Outcomes by code from the output. Writes bench/results/batch-bulk.json after every round.
 * Not a timed test: run it by hand, on a quiet machine for the wall-time ratio.
 *
 *   node bench/batch-bulk.mjs [--jobs 1,2] [--rounds 1] [--input ../shared/corpus/bulk] [--ordered] [--env MALLOC_ARENA_MAX=2]
 */
import { createReadStream, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createGunzip } from 'node:zlib'
import { runBatch } from './lib/batch-run.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: {
    jobs: { type: 'string', default: '1,2' },
    rounds: { type: 'string', default: '1' },
    input: { type: 'string', default: resolve(repo, '..', 'shared', 'corpus', 'bulk') },
    ordered: { type: 'boolean', default: false },
    // environment of the batch process, e.g. --env MALLOC_ARENA_MAX=2 (repeatable)
    env: { type: 'string', multiple: true, default: [] },
  },
})
const cli = join(repo, 'dist', 'cli.js')
const batchEnv = Object.fromEntries(values.env.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]))
if (!existsSync(cli)) {
  console.error('dist/cli.js missing: run `npm run build` first')
  process.exit(2)
}
const jobsList = values.jobs.split(',').map(Number)
const tmp = join(repo, 'bench', 'results', 'tmp')
mkdirSync(tmp, { recursive: true })
const outOf = (jobs) => join(tmp, `batch-bulk-j${jobs}.jsonl`)

/** Records, failures by code, diagnostics by code, from a JSON Lines output. */
async function outcomes(file) {
  const o = { records: 0, ok: 0, failures: {}, diagnostics: {} }
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line) continue
    o.records++
    const r = JSON.parse(line)
    if (r.ok) {
      o.ok++
      for (const d of r.document.diagnostics) o.diagnostics[d.code] = (o.diagnostics[d.code] ?? 0) + 1
    } else o.failures[r.error.code] = (o.failures[r.error.code] ?? 0) + 1
  }
  return o
}

// input size: the documents' text in UTF-8 as the batch reads it (uncompressed)
let inputBytes = 0
let inputChars = 0
for (const f of readdirSync(values.input)
  .filter((n) => n.endsWith('.jsonl.gz'))
  .sort()) {
  for await (const line of createInterface({ input: createReadStream(join(values.input, f)).pipe(createGunzip()), crlfDelay: Infinity })) {
    if (!line) continue
    const text = JSON.parse(line).text
    inputChars += text.length
    inputBytes += Buffer.byteLength(text)
  }
}

const rounds = []
let last = null
for (let i = 0; i < Number(values.rounds); i++) {
  const order = i % 2 === 0 ? [...jobsList].reverse() : jobsList
  const runs = {}
  for (const jobs of order) {
    const args = [values.input, '--out', outOf(jobs), '--jobs', String(jobs), '--quiet', ...(values.ordered ? ['--ordered'] : [])]
    const r = await runBatch(cli, args, { env: batchEnv, profile: join(tmp, `batch-bulk-j${jobs}.profile`) })
    r.mbPerSecond = +(inputBytes / 1e6 / r.wallSeconds).toFixed(2)
    r.outputMB = +(statSync(outOf(jobs)).size / 1e6).toFixed(1)
    runs[jobs] = r
    console.log(JSON.stringify({ round: i + 1, jobs, ...r }))
  }
  const round = { order, runs }
  if (runs[1] && runs[2]) {
    // the #14 target: 2 workers ≥ 1.7× the speed of 1 (wall time, meaningful only on idle cores)
    round.speedup2over1 = +(runs[1].wallSeconds / runs[2].wallSeconds).toFixed(2)
    round.cpuRatio2over1 = +(runs[2].cpuSeconds / runs[1].cpuSeconds).toFixed(2)
    round.workerCpuPerDocRatio2over1 = +(runs[2].threads.cpuMsPerDocument / runs[1].threads.cpuMsPerDocument).toFixed(2)
  }
  rounds.push(round)
  last = await outcomes(outOf(order.at(-1)))
  save()
}

function save() {
  const ok = last?.ok ?? 0
  const f = last?.failures ?? {}
  const parserFailures = (f['parse-exception'] ?? 0) + (f['worker-crash'] ?? 0) + (f.timeout ?? 0)
  const two = rounds.map((r) => r.runs[2]).filter(Boolean)
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    memoryGB: +(totalmem() / 2 ** 30).toFixed(1),
    loadAverage: loadavg(),
    command: `${values.env.join(' ')}${values.env.length ? ' ' : ''}node dist/cli.js batch ${values.input} --out … --jobs {${jobsList}} --quiet${values.ordered ? ' --ordered' : ''}`,
    inputMB: +(inputBytes / 1e6).toFixed(1),
    inputMillionChars: +(inputChars / 1e6).toFixed(1),
    documents: last?.records ?? 0,
    ok,
    failed: (last?.records ?? 0) - ok,
    failuresByCode: f,
    parserFailures,
    rounds,
    speedups2over1: rounds.map((r) => r.speedup2over1).filter((x) => x !== undefined),
    peakRssMB2: two.map((r) => r.peakRssMB),
    diagnosticsByCode: Object.fromEntries(Object.entries(last?.diagnostics ?? {}).sort((a, b) => b[1] - a[1])),
  }
  mkdirSync(join(repo, 'bench', 'results'), { recursive: true })
  writeFileSync(join(repo, 'bench', 'results', values.ordered ? 'batch-bulk-ordered.json' : 'batch-bulk.json'), JSON.stringify(result, null, 2) + '\n')
  return result
}

const result = save()
const speedOk = result.speedups2over1.length ? result.speedups2over1.every((s) => s >= 1.7) : null
const rssOk = result.peakRssMB2.every((m) => m < 250)
console.log(
  [
    `documents ${result.documents}, parser failures ${result.parserFailures}`,
    `jobs 2 / jobs 1 speed-up (wall): ${result.speedups2over1.join(', ') || '—'} (target ≥ 1.7)${speedOk === null ? '' : speedOk ? ' met' : ' MISSED'}`,
    `CPU ratio jobs 2 / jobs 1: ${rounds.map((r) => r.cpuRatio2over1).join(', ')}; worker CPU per document ratio: ${rounds.map((r) => r.workerCpuPerDocRatio2over1).join(', ')}`,
    `peak RSS with 2 workers: ${result.peakRssMB2.join(', ')} MB (target < 250)${rssOk ? ' met' : ' MISSED'}`,
    `load average during the runs: ${rounds.flatMap((r) => Object.values(r.runs).map((x) => x.load.join('→'))).join(', ')} (wall-time ratios mean little above ~1)`,
  ].join('\n'),
)
process.exitCode = result.parserFailures === 0 && speedOk !== false && rssOk ? 0 : 1
