#!/usr/bin/env node
/**
 * Bench: `gongwen batch` over the bulk corpus into JSON Lines and into an SQLite archive, back to
 * back in the same script (so both see the same machine load; which goes first alternates by round),
 * `--rounds` times. Per run (bench/lib/batch-run.mjs, the sampler batch-bulk.mjs uses too): wall time, CPU
 * seconds (all threads), peak RSS (VmRSS/VmHWM of the process — one process, its threads share it —
 * sampled every 100 ms), load average, exit code, and CPU by thread (main, each worker, the SQLite
 * writer with its end-of-batch steps: search index, citations, checkpoint); per round the row
 * counts the two outputs must agree on (documents, failures, tasks, roles, deadlines — JSON Lines
 * counted over nested documents too) and the archive's size. Writes
 * bench/results/batch-bulk-sqlite.json. Run `npm run build` first; not a timed test.
 *
 *   node bench/batch-bulk-sqlite.mjs [--jobs 2] [--rounds 2] [--input ../shared/corpus/bulk] [--skip-later] [--env MALLOC_ARENA_MAX=2]
 */
import { spawn } from 'node:child_process'
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { runBatch } from './lib/batch-run.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: {
    jobs: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '2' },
    input: { type: 'string', default: resolve(repo, '..', 'shared', 'corpus', 'bulk') },
    // leave out the --search-index later run and its index build (a round in half the time)
    'skip-later': { type: 'boolean', default: false },
    // add this run's rounds to those already in the results file (a bench done in parts)
    append: { type: 'boolean', default: false },
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
const Database = createRequire(import.meta.url)('better-sqlite3')
const tmp = join(repo, 'bench', 'results', 'tmp')
mkdirSync(tmp, { recursive: true })

async function run(out, extra = []) {
  for (const x of ['', '-wal', '-shm', '.progress']) rmSync(out + x, { force: true })
  const r = await runBatch(cli, [values.input, '--out', out, '--jobs', values.jobs, '--quiet', ...extra], { env: batchEnv, profile: `${out}.profile` })
  return { ...r, outputMB: +(statSync(out).size / 1e6).toFixed(1) }
}

async function jsonlCounts(file) {
  const c = { documents: 0, failures: 0, tasks: 0, roles: 0, deadlines: 0 }
  const walk = (d) => {
    c.documents++
    for (const t of d.tasks) {
      c.tasks++
      c.roles += t.roles.length
      c.deadlines += t.deadlines.length
    }
    for (const sub of d.documents) walk(sub)
  }
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line) continue
    const r = JSON.parse(line)
    if (r.ok) walk(r.document)
    else c.failures++
  }
  return c
}

function sqliteCounts(file) {
  const db = new Database(file, { readonly: true })
  const n = (t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()
  const c = {
    documents: n('documents'),
    failures: n('failures'),
    tasks: n('tasks'),
    roles: n('roles'),
    deadlines: n('deadlines'),
    clauses: n('clauses'),
    units: n('units'),
    citations: n('citations'),
    resolvedCitations: db.prepare('SELECT count(*) FROM citations WHERE cited_id IS NOT NULL').pluck().get(),
  }
  db.close()
  return c
}

const resultsFile = join(repo, 'bench', 'results', 'batch-bulk-sqlite.json')
const rounds = values.append && existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')).rounds : []
const first = rounds.length
for (let i = first; i < first + Number(values.rounds); i++) {
  const jsonlOut = join(tmp, 'bulk.jsonl')
  const sqliteOut = join(tmp, 'bulk.sqlite')
  // alternate which output goes first, so neither always meets the same moment of the machine's load
  let jsonl
  let sqlite
  if (i % 2 === 0) {
    jsonl = await run(jsonlOut)
    sqlite = await run(sqliteOut)
  } else {
    sqlite = await run(sqliteOut)
    jsonl = await run(jsonlOut)
  }
  // --search-index later: the batch without the index, then the first search builds it
  let later = null
  if (!values['skip-later']) {
    const laterOut = join(tmp, 'bulk-later.sqlite')
    later = await run(laterOut, ['--search-index', 'later'])
    const t0 = performance.now()
    const search = spawn(process.execPath, [cli, 'search', laterOut, '河长制', '--limit', '1'], { stdio: ['ignore', 'ignore', 'inherit'] })
    await new Promise((res) => search.on('exit', res))
    later.indexBuildSeconds = +((performance.now() - t0) / 1000).toFixed(1)
    rmSync(laterOut, { force: true })
  }
  const jc = await jsonlCounts(jsonlOut)
  const sc = sqliteCounts(sqliteOut)
  const equal = ['documents', 'failures', 'tasks', 'roles', 'deadlines'].every((k) => jc[k] === sc[k])
  const round = {
    jsonl: { ...jsonl, counts: jc },
    sqlite: { ...sqlite, counts: sc },
    sqliteIndexLater: later,
    wallRatio: +(sqlite.wallSeconds / jsonl.wallSeconds).toFixed(2),
    wallRatioIndexLater: later ? +(later.wallSeconds / jsonl.wallSeconds).toFixed(2) : null,
    cpuRatio: +(sqlite.cpuSeconds / jsonl.cpuSeconds).toFixed(2),
    countsEqual: equal,
  }
  console.log(JSON.stringify(round))
  rounds.push(round)
  save()
}

/** Written after every round, so an interrupted bench keeps the rounds it finished. */
function save() {
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    command: `${values.env.join(' ')}${values.env.length ? ' ' : ''}node dist/cli.js batch ${values.input} --out bulk.{jsonl,sqlite} --jobs ${values.jobs} --quiet${values['skip-later'] ? '' : ' [--search-index later]'}`,
    loadAverage: loadavg(),
    rounds,
    pass: rounds.every((r) => r.jsonl.exitCode === 0 && r.sqlite.exitCode === 0 && r.sqlite.counts.failures === 0 && r.wallRatio <= 1.25 && r.sqlite.peakRssMB < 300 && r.countsEqual),
  }
  writeFileSync(resultsFile, JSON.stringify(result, null, 2) + '\n')
  return result
}
const result = save()
const fmt = (xs) => xs.join(', ')
console.log(
  [
    `SQLite / JSON Lines wall: ${fmt(rounds.map((r) => r.wallRatio))} (target ≤ 1.25); CPU: ${fmt(rounds.map((r) => r.cpuRatio))}`,
    `  with --search-index later: ${fmt(rounds.map((r) => r.wallRatioIndexLater ?? '—'))}`,
    `peak RSS SQLite: ${fmt(rounds.map((r) => r.sqlite.peakRssMB))} MB (target < 300); JSON Lines: ${fmt(rounds.map((r) => r.jsonl.peakRssMB))} MB`,
    `writer thread CPU s: ${fmt(rounds.map((r) => r.sqlite.threads.writer?.cpuSeconds ?? '—'))}; end-of-batch steps (s): ${fmt(rounds.map((r) => JSON.stringify(r.sqlite.threads.writer?.steps ?? {})))}`,
    `failures ${fmt(rounds.map((r) => r.sqlite.counts.failures))}; row counts equal: ${fmt(rounds.map((r) => r.countsEqual))}`,
    `load average (start→end) JSON Lines ${fmt(rounds.map((r) => r.jsonl.load.join('→')))}, SQLite ${fmt(rounds.map((r) => r.sqlite.load.join('→')))} (wall ratios mean little above ~1)`,
    result.pass ? 'target met: 0 failures, wall ≤ 1.25× JSON Lines, peak RSS < 300 MB, equal row counts' : 'TARGET MISSED',
  ].join('\n'),
)
