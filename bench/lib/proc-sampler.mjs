/**
 * The one sampler of a child process the batch benches share (batch-bulk.mjs, batch-bulk-sqlite.mjs):
 * peak RSS (VmRSS and VmHWM of /proc/<pid>/status — one process, its threads share it), CPU
 * seconds of the whole process and of each of its threads (/proc/<pid>/task/<tid>/stat, utime +
 * stime), sampled every `intervalMs` until the child exits. Linux only; elsewhere the figures are 0.
 *
 * Threads are all named "node", so the caller tells them apart by what the batch reports itself
 * (GONGWEN_BATCH_PROFILE: each worker's and the writer's tid); `threads` keeps every tid seen with
 * its last CPU figure, so a thread that ended before the child still counts.
 *
 * @example
 * const s = sampleProcess(child.pid)
 * await once(child, 'exit')
 * const { peakRssMB, cpuSeconds, threads } = s.stop()
 */
import { readdirSync, readFileSync } from 'node:fs'

const TICK = 100 // USER_HZ: /proc times are in 1/100 s on Linux

/** A kB field of /proc/<pid>/status, in bytes (0 when the process is gone). */
export function procStatus(pid, field) {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/** utime + stime in seconds from a /proc stat line (fields after the command name). */
function statCpu(path) {
  try {
    const f = readFileSync(path, 'utf8').split(') ')[1].split(' ')
    return (Number(f[11]) + Number(f[12])) / TICK
  } catch {
    return -1
  }
}

/**
 * @param {number} pid
 * @param {number} [intervalMs]
 * @returns {{ stop(): { peakRssMB: number, cpuSeconds: number, threads: Map<number, number> } }}
 */
export function sampleProcess(pid, intervalMs = 100) {
  let peak = 0
  let cpu = 0
  const threads = new Map()
  const sample = () => {
    peak = Math.max(peak, procStatus(pid, 'VmRSS'), procStatus(pid, 'VmHWM'))
    const c = statCpu(`/proc/${pid}/stat`)
    if (c >= 0) cpu = Math.max(cpu, c)
    let tids = []
    try {
      tids = readdirSync(`/proc/${pid}/task`)
    } catch {
      return
    }
    for (const t of tids) {
      const tc = statCpu(`/proc/${pid}/task/${t}/stat`)
      if (tc >= 0) threads.set(Number(t), Math.max(threads.get(Number(t)) ?? 0, tc))
    }
  }
  const timer = setInterval(sample, intervalMs)
  sample()
  return {
    stop() {
      clearInterval(timer)
      return { peakRssMB: +(peak / 2 ** 20).toFixed(1), cpuSeconds: +cpu.toFixed(1), threads }
    },
  }
}
