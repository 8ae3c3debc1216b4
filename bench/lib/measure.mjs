/**
 * Timing helpers. `throughput()` runs a whole-corpus function through mitata's `measure` with the
 * process CPU clock (robust when other processes share the cores) and records the wall time of
 * each sample alongside, so both can be reported; medians of each.
 */
import { measure } from 'mitata'
import { loadavg } from 'node:os'

const cpuNs = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) * 1000
}

export const MB = 1e6

/**
 * @param {() => void} fn one pass over the whole input
 * @param {number} bytes UTF-8 bytes one pass processes
 * @param {{ quick?: boolean, minSamples?: number, minSeconds?: number }} [o]
 */
export async function throughput(fn, bytes, o = {}) {
  const walls = []
  const timed = () => {
    const t = performance.now()
    fn()
    walls.push(performance.now() - t)
  }
  const stats = await measure(timed, {
    now: cpuNs,
    min_samples: o.minSamples ?? (o.quick ? 3 : 5),
    min_cpu_time: (o.minSeconds ?? (o.quick ? 0.4 : 1.2)) * 1e9,
    max_samples: 200,
  })
  walls.shift() // mitata's first call is its warm-up, not a sample
  const wallMs = median(walls)
  const cpuMs = stats.p50 / 1e6
  return {
    samples: stats.samples.length,
    wallMs,
    cpuMs,
    mbPerSecWall: bytes / MB / (wallMs / 1000),
    mbPerSecCpu: bytes / MB / (cpuMs / 1000),
    load: loadavg()[0],
  }
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[(s.length - 1) >> 1] : NaN
}

/** Runs fn once, returns wall and CPU milliseconds. */
export function once(fn) {
  const c = process.cpuUsage()
  const t = performance.now()
  const value = fn()
  const wallMs = performance.now() - t
  const u = process.cpuUsage(c)
  return { wallMs, cpuMs: (u.user + u.system) / 1000, value }
}
