/**
 * Written here or taken from a library? The glob matcher, the CSV reader and writer and the progress
 * bar against the packages people use for them, on the same inputs: features (the cases our tests
 * check), speed and memory. Run: `node --import tsx bench/libraries.ts [--json out.json]`.
 *
 * Inputs: the ids of the bulk corpus (15,362 file names, ../shared/corpus/bulk) for globs; the
 * responsibility tables of corpus/ (seeds + policy) written as CSV and repeated to ~10 MB for CSV.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import cliProgress from 'cli-progress'
import { parse as csvParse } from 'csv-parse/sync'
import { stringify as csvStringify } from 'csv-stringify/sync'
import picomatch from 'picomatch'
import { glob as tinyglob } from 'tinyglobby'
import { parse, responsibilityTable } from '../src/index.js'
import { globMatcher } from '../src/batch/glob.js'
import { enumerate } from '../src/batch/inputs.js'
import { Progress } from '../src/batch/progress.js'
import { csvCell } from '../src/emit/csv-cell.js'
import { rowCells, TABLE_COLUMNS } from '../src/emit/table.js'
import { readCsv } from '../src/validate/csv.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const BULK = join(ROOT, '..', 'shared', 'corpus', 'bulk')
const out: Record<string, unknown> = {}
const log = (s: string) => process.stdout.write(`${s}\n`)

/** Median ms of `runs` timed calls after one warm-up; heap growth of the last call (MB, after a GC when exposed). */
function measure(fn: () => unknown, runs = 5): { ms: number; heapMB: number } {
  fn()
  const times: number[] = []
  let heapMB = 0
  for (let k = 0; k < runs; k++) {
    ;(globalThis as { gc?: () => void }).gc?.()
    const h0 = process.memoryUsage().heapUsed
    const t = performance.now()
    const keep = fn()
    times.push(performance.now() - t)
    heapMB = (process.memoryUsage().heapUsed - h0) / 1e6
    if (keep === Symbol.for('never')) log('')
  }
  times.sort((a, b) => a - b)
  return { ms: Math.round(times[runs >> 1] * 10) / 10, heapMB: Math.round(heapMB * 10) / 10 }
}

/** Installed size of a package and its own dependencies (bytes on disk, files only). */
function installedKB(names: string[]): number {
  const seen = new Set<string>()
  let bytes = 0
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.isFile()) bytes += readFileSync(p).length
    }
  }
  const visit = (name: string) => {
    if (seen.has(name)) return
    seen.add(name)
    const dir = join(ROOT, 'node_modules', name)
    walk(dir)
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }
    for (const d of Object.keys(pkg.dependencies ?? {})) visit(d)
  }
  for (const n of names) visit(n)
  return Math.round(bytes / 1024)
}

// ---------- glob ----------
{
  // the cases of test/batch-glob.test.ts: [pattern, path, expected]
  const GOV = 'corpus/policy/govcn_platform1__38_国务院办公厅关于2019年部分节假日安排的通知.txt'
  const CENTRAL = 'corpus/policy/politic_analysis_2025__central_106.txt'
  const SEED = 'corpus/seeds/001_54176d715e6bf35f.txt'
  const cases: Array<[string, string, boolean]> = [
    ['corpus/*/*.txt', GOV, true],
    ['corpus/*.txt', GOV, false],
    ['corpus/**/*.txt', SEED, true],
    ['**/*.txt', SEED, true],
    ['corpus/**', SEED, true],
    ['corpus/seeds/00?_*.txt', SEED, true],
    ['corpus/seeds/0?_*.txt', SEED, false],
    ['corpus/seeds/00[0-1]_*', SEED, true],
    ['corpus/seeds/00[!1]_*', SEED, false],
    ['corpus/{seeds,policy}/*.txt', CENTRAL, true],
    ['**/*{通知,意见}.txt', GOV, true],
    ['**/*{决定,意见}.txt', GOV, false],
    ['politic_analysis_2025__*', CENTRAL, true],
    ['*.md', CENTRAL, false],
    ['**/*.txt', 'a/.git/x.txt', false],
    ['a/.git/*.txt', 'a/.git/x.txt', true],
  ]
  // picomatch with the options closest to ours: base-name match for patterns without '/' (its
  // `basename` option applied to a pattern with '/' matches nothing), no dot files
  const pm = (p: string) => picomatch(p, { basename: !p.includes('/'), dot: false })
  const wrong = cases.filter(([p, path, want]) => pm(p)(path) !== want).map(([p, path]) => `${p} ~ ${path}`)
  const oursWrong = cases.filter(([p, path, want]) => globMatcher(p)(path) !== want).length

  // the hostile case of the tests, in a child with a time limit: picomatch compiles to a RegExp
  const hostile = (lib: 'ours' | 'picomatch') => {
    const code =
      lib === 'ours'
        ? `const { matchSegment } = await import(${JSON.stringify(join(ROOT, 'src/batch/glob.ts'))}); const t = performance.now(); matchSegment('*a*a*a*a*a*a*a*a*b', 'a'.repeat(N)); console.log(performance.now() - t)`
        : `const pm = (await import('picomatch')).default; const t = performance.now(); pm('*a*a*a*a*a*a*a*a*b')('a'.repeat(N)); console.log(performance.now() - t)`
    const res: Record<string, string> = {}
    for (const n of [25, 30, 35, 20_000]) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `const N = ${n}; ${code}`], { cwd: ROOT, encoding: 'utf8', timeout: 10_000 })
      res[n] = r.status === 0 ? `${Number(r.stdout).toFixed(1)} ms` : r.signal ? 'killed after 10 s' : `failed: ${r.stderr.split('\n')[0]}`
    }
    return res
  }

  // speed: every bulk id (15,362 real file names) against three patterns, 20 passes
  const ids: string[] = []
  for (const f of readdirSync(BULK).filter((f) => f.endsWith('.jsonl.gz'))) {
    for (const line of gunzipSync(readFileSync(join(BULK, f)))
      .toString('utf8')
      .split('\n'))
      if (line) ids.push((JSON.parse(line) as { id: string }).id)
  }
  const patterns = ['**/*{通知,意见}*.txt', 'govcn_platform1/*.txt', '*条例*']
  const run = (make: (p: string) => (s: string) => boolean) => () => {
    let hits = 0
    const ms = patterns.map(make)
    for (let pass = 0; pass < 20; pass++) for (const id of ids) for (const m of ms) if (m(id)) hits++
    return hits
  }
  const hitsOurs = run(globMatcher)()
  const hitsPm = run(pm)()
  const speedOurs = measure(run(globMatcher))
  const speedPm = measure(run(pm))
  const matches = ids.length * patterns.length * 20

  // walking: corpus/**/*.txt with our enumerate() and with tinyglobby
  const walkOurs = async () => {
    let n = 0
    for await (const e of enumerate(['corpus/**/*.txt'])) if (e.kind === 'work') n++
    return n
  }
  const walkTiny = async () => (await tinyglob('corpus/**/*.txt', { cwd: ROOT })).length
  const timeAsync = async (fn: () => Promise<number>) => {
    await fn()
    const t = performance.now()
    const n = await fn()
    return { files: n, ms: Math.round((performance.now() - t) * 10) / 10 }
  }
  const glob = {
    features: { cases: cases.length, oursWrong, picomatchWrong: wrong },
    hostile: { ours: hostile('ours'), picomatch: hostile('picomatch') },
    speed: {
      matches,
      hits: { ours: hitsOurs / 20, picomatch: hitsPm / 20 },
      ours: { ...speedOurs, millionPerSec: Math.round(matches / speedOurs.ms / 10) / 100 },
      picomatch: { ...speedPm, millionPerSec: Math.round(matches / speedPm.ms / 10) / 100 },
    },
    walk: { ours: await timeAsync(walkOurs), tinyglobby: await timeAsync(walkTiny) },
    installedKB: { picomatch: installedKB(['picomatch']), tinyglobby: installedKB(['tinyglobby']) },
  }
  out.glob = glob
  log(`glob: ${JSON.stringify(glob, null, 1)}`)
}

// ---------- CSV ----------
{
  const dirs = ['corpus/seeds', 'corpus/policy']
  const rows: string[][] = []
  for (const d of dirs) for (const f of readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.txt'))) for (const r of responsibilityTable(parse(readFileSync(join(ROOT, d, f))))) rows.push(rowCells(r))
  // formula-like cells, as the hostile CLI test has them
  rows.push(['1', '+市财政局', '@市委宣传部', '=HYPERLINK("x")', '-加强宣传', 'a\nb', 'x"y', '', ''].slice(0, TABLE_COLUMNS.length))
  let big: string[][] = []
  while (big.length * 60 < 10e6) big = big.concat(rows)
  const records = [TABLE_COLUMNS as unknown as string[], ...big]

  const oursWrite = () => `${records.map((r) => r.map(csvCell).join(',')).join('\n')}\n`
  const libWrite = () => csvStringify(records, { escape_formulas: true, record_delimiter: 'unix' })
  const a = oursWrite()
  const b = libWrite()
  const aLines = a.split('\n')
  const bLines = b.split('\n')
  let differing = 0
  for (let k = 0; k < Math.max(aLines.length, bLines.length); k++) if (aLines[k] !== bLines[k]) differing++
  const sample = aLines.findIndex((l, k) => l !== bLines[k])

  const oursRead = () => readCsv(a).records.map((r) => r.fields.map((f) => f.value))
  const libRead = () => csvParse(a, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][]
  const ra = oursRead()
  const rb = libRead()
  let valueDiffs = 0
  for (let k = 0; k < ra.length; k++) if (JSON.stringify(ra[k]) !== JSON.stringify(rb[k])) valueDiffs++
  const csv = {
    input: { records: records.length, MB: Math.round(a.length / 1e5) / 10, uniqueRows: rows.length },
    writer: {
      identicalOutput: a === b,
      differingLines: differing,
      firstDifference: sample >= 0 ? { ours: aLines[sample], lib: bLines[sample] } : null,
      ours: measure(oursWrite),
      csvStringify: measure(libWrite),
    },
    reader: {
      // ours drops the ' that guards a formula cell; csv-parse keeps it
      recordsDiffering: valueDiffs,
      fieldOffsets: { ours: 'start/end offset of every field', csvParse: 'record-level line numbers only (info: true)' },
      ours: measure(oursRead),
      csvParse: measure(libRead),
    },
    installedKB: { csvParse: installedKB(['csv-parse']), csvStringify: installedKB(['csv-stringify']) },
  }
  out.csv = csv
  log(`csv: ${JSON.stringify(csv, null, 1)}`)
}

// ---------- progress ----------
{
  class Sink extends Writable {
    bytes = 0
    columns = 100
    isTTY = true
    _write(chunk: Buffer, _enc: string, cb: () => void) {
      this.bytes += chunk.length
      cb()
    }
  }
  const N = 100_000
  const item = (k: number) => ({ seq: k, key: String(k), bytes: 3000, result: { ok: true, input: String(k), json: new Uint8Array(0), diagnostics: {} } }) as never
  // both redraw on every update (interval 0 / fps unthrottled) so the cost per update shows
  const ours = () => {
    const s = new Sink()
    const p = new Progress(s as never, 'bar', 0)
    p.setTotal(N)
    for (let k = 0; k < N; k++) p.add(item(k))
    p.finish()
    return s.bytes
  }
  const lib = () => {
    const s = new Sink()
    const bar = new cliProgress.SingleBar(
      { stream: s as never, format: '{bar} {value}/{total} files  {speed} MB/s  ETA {eta}s  failed {failed}', fps: 1e6, etaBuffer: 50 },
      cliProgress.Presets.shades_classic,
    )
    bar.start(N, 0, { speed: '0.00', failed: 0 })
    const t0 = Date.now()
    for (let k = 0; k < N; k++) {
      bar.update(k + 1, { speed: ((3000 * (k + 1)) / 1e6 / Math.max((Date.now() - t0) / 1000, 0.001)).toFixed(2), failed: 0 })
      bar.render()
    }
    bar.stop()
    return s.bytes
  }
  const progress = {
    updates: N,
    ours: measure(ours, 3),
    cliProgress: measure(lib, 3),
    features: {
      ours: 'bar on a TTY, a plain line every 5 s off a TTY, quiet; tallies and the summary (failures by code, diagnostics)',
      cliProgress: 'the bar (noTTYOutput for lines); no tallies or summary: Progress would keep those',
    },
    installedKB: { cliProgress: installedKB(['cli-progress']) },
  }
  out.progress = progress
  log(`progress: ${JSON.stringify(progress, null, 1)}`)
}

const at = process.argv.indexOf('--json')
if (at > 0) writeFileSync(process.argv[at + 1], `${JSON.stringify(out, null, 2)}\n`)
