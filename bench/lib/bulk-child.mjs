/**
 * One bulk run in its own process, so that its peak RSS is its own: a pool of `workers`
 * worker_threads parses `m` documents of the bulk cache (spread evenly over the set) and this
 * process samples its RSS every few milliseconds. Prints one JSON line with the result.
 *
 * usage: node bulk-child.mjs '{"dist":…,"bin":…,"idx":…,"m":1000,"workers":2}'
 */
import { Worker } from 'node:worker_threads'
import { readFileSync } from 'node:fs'
import { evenSample } from './corpus.mjs'

const opts = JSON.parse(process.argv[2])
const { offsets, lengths, ids } = JSON.parse(readFileSync(opts.idx, 'utf8'))
const sourceOf = (i) => ids[i].split('/')[0] // ids are <source>/<name>
const chosen = evenSample(offsets.length, opts.m)
const CHUNK = opts.chunk ?? 8
const INFLIGHT = 2

let peakRss = process.memoryUsage().rss
const sample = () => {
  const r = process.memoryUsage().rss
  if (r > peakRss) peakRss = r
}
const sampler = setInterval(sample, opts.sampleMs ?? 10)
const rssBeforeWorkers = process.memoryUsage().rss

const tSpawn = performance.now()
const pool = Array.from({ length: opts.workers }, () => new Worker(new URL('./parse-worker.mjs', import.meta.url), { workerData: { dist: opts.dist, bin: opts.bin } }))
await Promise.all(
  pool.map(
    (w) =>
      new Promise((res, rej) => {
        w.once('message', res)
        w.once('error', rej)
      }),
  ),
)
const startupMs = performance.now() - tSpawn // spawning, loading the package and the warm-up parses
sample()
const rssReady = process.memoryUsage().rss

const total = { docs: 0, bytes: 0, parseMs: 0, errors: 0, firstError: null, slowest: [], bySource: {} }
const chunks = []
for (let i = 0; i < chosen.length; i += CHUNK) chunks.push(chosen.slice(i, i + CHUNK).map((d) => [d, offsets[d], lengths[d], sourceOf(d)]))

/** Sends every chunk once through the pool; `into` collects the workers' counts. */
function runPass(into) {
  let next = 0
  return new Promise((resolve, reject) => {
    let outstanding = 0
    const send = (w) => {
      if (next >= chunks.length) return false
      w.postMessage({ type: 'chunk', id: next, items: chunks[next++] })
      outstanding++
      return true
    }
    const onMessage = (w) => (m) => {
      outstanding--
      into.docs += m.docs
      into.bytes += m.bytes
      into.parseMs += m.parseMs
      into.errors += m.errors
      into.firstError ??= m.firstError
      if (m.slowest) into.slowest.push(m.slowest)
      for (const [k, v] of Object.entries(m.bySource)) {
        const t = (into.bySource[k] ??= { docs: 0, bytes: 0, parseMs: 0 })
        t.docs += v.docs
        t.bytes += v.bytes
        t.parseMs += v.parseMs
      }
      sample()
      send(w)
      if (outstanding === 0 && next >= chunks.length) done()
    }
    const handlers = pool.map((w) => {
      const h = onMessage(w)
      w.on('message', h)
      w.on('error', reject)
      return h
    })
    const done = () => {
      pool.forEach((w, k) => {
        w.off('message', handlers[k])
        w.off('error', reject)
      })
      resolve()
    }
    for (const w of pool) for (let k = 0; k < INFLIGHT; k++) send(w)
    if (outstanding === 0) done()
  })
}

const cpu0 = process.cpuUsage()
const t0 = performance.now()
await runPass(total)
const wallMs = performance.now() - t0
const cpu = process.cpuUsage(cpu0)
// Optionally the same documents again in the same, now warm, workers: what the JIT's warm-up cost.
let warm = null
if (opts.warmPass) {
  const again = { docs: 0, bytes: 0, parseMs: 0, errors: 0, firstError: null, slowest: [], bySource: {} }
  const c1 = process.cpuUsage()
  const t1 = performance.now()
  await runPass(again)
  const u = process.cpuUsage(c1)
  warm = { wallMs: performance.now() - t1, cpuMs: (u.user + u.system) / 1000, parseMs: again.parseMs }
}
clearInterval(sampler)
sample()
await Promise.all(pool.map((w) => w.terminate()))

total.slowest.sort((a, b) => b.ms - a.ms)
console.log(
  JSON.stringify({
    workers: opts.workers,
    docs: total.docs,
    bytes: total.bytes,
    wallMs,
    parseMs: total.parseMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    startupMs,
    rssBeforeWorkers,
    rssReady,
    peakRss,
    errors: total.errors,
    firstError: total.firstError,
    slowest: total.slowest.slice(0, 3),
    warm,
    bySource: total.bySource,
  }),
)
