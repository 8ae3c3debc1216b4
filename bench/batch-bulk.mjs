#!/usr/bin/env node
/**
 * Bench: `gongwen batch` over the whole bulk corpus (../shared/corpus/bulk, 15,362 documents)
 * with --jobs 2, through the built CLI (run `npm run build` first). Records wall time, input
 * MB/s, peak RSS of the process (main thread + workers: threads share one RSS, sampled from
 * /proc/<pid>/status every 100 ms, VmHWM included) and outcomes by code into
 * bench/results/batch-bulk.json. Not a timed test: run it by hand.
 *
 *   node bench/batch-bulk.mjs [--jobs 2] [--input ../shared/corpus/bulk] [--ordered]
 */
import { spawn } from 'node:child_process'
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: {
    jobs: { type: 'string', default: '2' },
    input: { type: 'string', default: resolve(repo, '..', 'shared', 'corpus', 'bulk') },
    ordered: { type: 'boolean', default: false },
  },
})
const cli = join(repo, 'dist', 'cli.js')
if (!existsSync(cli)) {
  console.error('dist/cli.js missing: run `npm run build` first')
  process.exit(2)
}
const tmp = join(repo, 'bench', 'results', 'tmp')
mkdirSync(tmp, { recursive: true })
const out = join(tmp, 'batch-bulk.jsonl')

/** kB value of a /proc/<pid>/status field. */
function procStatus(pid, field) {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) * 1024 : 0
  } catch {
    return 0
  }
}

const args = [cli, 'batch', values.input, '--out', out, '--jobs', values.jobs, '--quiet', ...(values.ordered ? ['--ordered'] : [])]
const started = performance.now()
const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] })
let peakRss = 0
let hwm = 0
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, procStatus(child.pid, 'VmRSS'))
  hwm = Math.max(hwm, procStatus(child.pid, 'VmHWM'))
}, 100)
const exitCode = await new Promise((res) => child.on('exit', (code) => res(code)))
clearInterval(sampler)
const wallMs = performance.now() - started

// outcomes, from the output itself
let records = 0
let ok = 0
const failures = {}
const diagnostics = {}
for await (const line of createInterface({ input: createReadStream(out), crlfDelay: Infinity })) {
  if (!line) continue
  records++
  const r = JSON.parse(line)
  if (r.ok) {
    ok++
    for (const d of r.document.diagnostics) diagnostics[d.code] = (diagnostics[d.code] ?? 0) + 1
  } else failures[r.error.code] = (failures[r.error.code] ?? 0) + 1
}

// input size: the documents' text in UTF-8 as the batch read it (uncompressed)
const { createGunzip } = await import('node:zlib')
const { readdirSync } = await import('node:fs')
let inputBytes = 0
let inputChars = 0
for (const f of readdirSync(values.input)
  .filter((n) => n.endsWith('.jsonl.gz'))
  .sort()) {
  const rl = createInterface({ input: createReadStream(join(values.input, f)).pipe(createGunzip()), crlfDelay: Infinity })
  for await (const line of rl) {
    if (!line) continue
    const text = JSON.parse(line).text
    inputChars += text.length
    inputBytes += Buffer.byteLength(text)
  }
}

const parserFailures = (failures['parse-exception'] ?? 0) + (failures['worker-crash'] ?? 0) + (failures.timeout ?? 0)
const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  memoryGB: +(totalmem() / 2 ** 30).toFixed(1),
  command: `node dist/cli.js batch ${values.input} --out … --jobs ${values.jobs} --quiet${values.ordered ? ' --ordered' : ''}`,
  exitCode,
  documents: records,
  ok,
  failed: records - ok,
  failuresByCode: failures,
  parserFailures,
  wallSeconds: +(wallMs / 1000).toFixed(1),
  inputMB: +(inputBytes / 1e6).toFixed(1),
  inputMillionChars: +(inputChars / 1e6).toFixed(1),
  mbPerSecond: +(inputBytes / 1e6 / (wallMs / 1000)).toFixed(2),
  docsPerSecond: +(records / (wallMs / 1000)).toFixed(1),
  peakRssMB: +(Math.max(peakRss, hwm) / 2 ** 20).toFixed(1),
  outputMB: +(statSync(out).size / 1e6).toFixed(1),
  diagnosticsByCode: Object.fromEntries(Object.entries(diagnostics).sort((a, b) => b[1] - a[1])),
}
mkdirSync(join(repo, 'bench', 'results'), { recursive: true })
writeFileSync(join(repo, 'bench', 'results', values.ordered ? 'batch-bulk-ordered.json' : 'batch-bulk.json'), JSON.stringify(result, null, 2) + '\n')
console.log(JSON.stringify(result, null, 2))
const pass = parserFailures === 0 && result.peakRssMB < 300
console.log(pass ? 'target met: 0 parser failures, peak RSS < 300 MB' : 'TARGET MISSED (0 parser failures and peak RSS < 300 MB)')
process.exitCode = pass ? 0 : 1
