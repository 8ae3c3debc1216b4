/**
 * End to end over the bulk set: parse() with 1 worker at 1k, 5k and all documents (the scaling
 * curve), and with 2 workers and all cores at all documents (the speed-up), each run in its own process (bulk-child.mjs) so its peak RSS is its own; plus the
 * bulk ceiling (gunzip + JSON.parse + one regex scan, in one thread).
 */
import { spawnSync } from 'node:child_process'
import { availableParallelism, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { prepareBulk, readJsonlGz, repeatedCorpus, BULK_DIR, BULK_DOCS } from './corpus.mjs'
import { CEILING_REGEX } from './peers.mjs'
import { MB } from './measure.mjs'

const CHILD = fileURLToPath(new URL('./bulk-child.mjs', import.meta.url))

export async function measureBulk({ quick = false, dist, log = () => {} }) {
  const tPrep = performance.now()
  const bulk = await prepareBulk()
  log(`  ${bulk.docs} documents, ${(bulk.bytes / MB).toFixed(1)} MB, ${(bulk.chars / 1e6).toFixed(1)} M chars — ${bulk.source} (cache ready in ${((performance.now() - tPrep) / 1000).toFixed(1)} s)`)

  const ceiling = await bulkCeiling(bulk)
  log(`  ceiling (read .jsonl.gz + JSON.parse + regex scan): ${ceiling.mbPerSecWall.toFixed(1)} MB/s wall`)

  const cores = availableParallelism()
  const workerCounts = [...new Set([1, Math.min(2, cores), cores])]
  // Scaling (1k, 5k, all) with one worker; more workers at the largest size only, which is what
  // the speed-up compares — the whole matrix would not fit the run's time budget on 2 cores.
  const sizes = quick ? [1000, 5000] : [1000, 5000, bulk.docs]
  const runs = []
  for (const workers of workerCounts) {
    for (const m of workers === 1 ? sizes : sizes.slice(-1)) {
      const load = loadavg()[0]
      // The smallest 1-worker run parses its documents a second time, warm, to show the JIT's warm-up.
      const warmPass = workers === 1 && m === sizes[0]
      const r = spawnSync(process.execPath, [CHILD, JSON.stringify({ dist, bin: bulk.bin, idx: bulk.bin.replace(/\.bin$/, '.json'), m, workers, warmPass })], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
        timeout: 600_000,
      })
      if (r.status !== 0) {
        runs.push({ workers, m, error: r.stderr.slice(-500) })
        log(`  ${workers} worker(s) ${m} docs: FAILED ${r.stderr.slice(-300)}`)
        continue
      }
      const res = JSON.parse(r.stdout.trim().split('\n').pop())
      for (const s of res.slowest) s.id = bulk.ids[s.doc]
      const row = {
        ...res,
        m,
        loadBefore: load,
        mbPerSec: res.bytes / MB / (res.wallMs / 1000),
        docsPerSec: res.docs / (res.wallMs / 1000),
        mbPerSecPerCoreCpu: res.bytes / MB / (res.cpuMs / 1000),
        msPerMB: res.wallMs / (res.bytes / MB),
      }
      if (res.warm) row.warm = { ...res.warm, msPerMB: res.warm.wallMs / (res.bytes / MB), mbPerSecPerCoreCpu: res.bytes / MB / (res.warm.cpuMs / 1000) }
      runs.push(row)
      log(
        `  ${workers} worker(s) ${String(res.docs).padStart(6)} docs ${(res.bytes / MB).toFixed(1).padStart(6)} MB ${(res.wallMs / 1000).toFixed(2).padStart(7)} s  ${row.mbPerSec.toFixed(1).padStart(6)} MB/s ${row.docsPerSec.toFixed(0).padStart(6)} docs/s  peak RSS ${(res.peakRss / 1e6).toFixed(0)} MB  errors ${res.errors}`,
      )
    }
  }
  return { source: bulk.source, docs: bulk.docs, bytes: bulk.bytes, chars: bulk.chars, cores, workerCounts, sizes, ceiling, runs }
}

/** The bulk ceiling: read and decode every document and run one regex over it, nothing else. */
async function bulkCeiling(bulk) {
  const re = new RegExp(CEILING_REGEX, 'g')
  let n = 0,
    bytes = 0
  const c = process.cpuUsage()
  const t = performance.now()
  const docs = bulk.files.length ? readJsonlGz(BULK_DIR) : repeatedCorpus(BULK_DOCS)
  for await (const d of docs) {
    bytes += Buffer.byteLength(d.text)
    re.lastIndex = 0
    while (re.exec(d.text)) n++
  }
  const wallMs = performance.now() - t
  const u = process.cpuUsage(c)
  const cpuMs = (u.user + u.system) / 1000
  return {
    what: bulk.files.length ? 'gunzip + split lines + JSON.parse + one regex scan' : 'one regex scan over the repeated corpus',
    matches: n,
    bytes,
    wallMs,
    cpuMs,
    mbPerSecWall: bytes / MB / (wallMs / 1000),
    mbPerSecCpu: bytes / MB / (cpuMs / 1000),
  }
}
