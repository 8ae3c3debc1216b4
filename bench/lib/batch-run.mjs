/**
 * One `gongwen batch` run of the built CLI as the batch benches measure it: wall time, CPU seconds
 * of the whole process, peak RSS (bench/lib/proc-sampler.mjs), the load average at start and end,
 * and — from the batch's own profile (GONGWEN_BATCH_PROFILE, src/batch/profile.ts) joined with the
 * sampler's per-thread CPU — where the CPU went: the main thread (the orchestrator: reading,
 * gunzip's callbacks, handing units out, writing JSON Lines), each parse worker (CPU per document,
 * share of its life spent waiting for work), the SQLite writer, and every other thread of the
 * process (V8's GC and compiler helpers, libuv's pool where gunzip runs).
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { loadavg } from 'node:os'
import { sampleProcess } from './proc-sampler.mjs'

/**
 * @param {string} cli path of dist/cli.js
 * @param {string[]} args arguments after `batch`
 * @param {{ profile: string, env?: Record<string, string>, nodeArgs?: string[] }} o profile: a scratch file for the batch's profile lines
 */
export async function runBatch(cli, args, o) {
  rmSync(o.profile, { force: true })
  const loadBefore = loadavg()[0]
  const started = performance.now()
  const child = spawn(process.execPath, [...(o.nodeArgs ?? []), cli, 'batch', ...args], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...o.env, GONGWEN_BATCH_PROFILE: o.profile },
  })
  const sampler = sampleProcess(child.pid)
  const exitCode = await new Promise((res) => child.on('exit', (code) => res(code)))
  const wallSeconds = (performance.now() - started) / 1000
  const { peakRssMB, cpuSeconds, threads } = sampler.stop()
  const lines = existsSync(o.profile)
    ? readFileSync(o.profile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : []
  rmSync(o.profile, { force: true })
  return {
    exitCode,
    wallSeconds: +wallSeconds.toFixed(1),
    cpuSeconds,
    peakRssMB,
    load: [+loadBefore.toFixed(1), +loadavg()[0].toFixed(1)],
    threads: threadBreakdown(lines, threads, cpuSeconds, child.pid),
  }
}

/** The profile lines by role, with the sampler's CPU for threads the profile does not name. */
function threadBreakdown(lines, sampled, total, pid) {
  const own = (l) => (l.cpuSeconds >= 0 ? l.cpuSeconds : (sampled.get(l.tid) ?? 0))
  const main = lines.find((l) => l.role === 'main')
  const workers = lines.filter((l) => l.role === 'worker')
  const writer = lines.find((l) => l.role === 'sqlite-writer')
  const segmenter = lines.find((l) => l.role === 'segmenter')
  const named = new Set(lines.map((l) => l.tid))
  named.add(pid)
  let other = 0
  const others = []
  for (const [tid, cpu] of sampled) {
    if (named.has(tid)) continue
    other += cpu
    others.push([tid - pid, cpu])
  }
  const docs = workers.reduce((n, w) => n + w.units, 0)
  const workerCpu = workers.reduce((n, w) => n + own(w), 0)
  return {
    // the main thread: the pid's own task (the sampler sees it to the end, after the profile line)
    mainCpuSeconds: +(sampled.get(pid) ?? (main ? own(main) : 0)).toFixed(2),
    mainHeapPeakMB: main?.heapPeakMB ?? null,
    workers: workers.map((w) => ({
      units: w.units,
      cpuSeconds: w.cpuSeconds,
      startCpuSeconds: w.startCpuSeconds,
      cpuMsPerDocument: w.units ? +((own(w) / w.units) * 1000).toFixed(2) : null,
      busySeconds: w.busySeconds,
      waitSeconds: w.waitSeconds,
      // of the time between its first unit and its last, how much it waited for the next one
      idleShare: w.busySeconds + w.waitSeconds > 0 ? +(w.waitSeconds / (w.busySeconds + w.waitSeconds)).toFixed(3) : null,
      // busy wall time per CPU second: above 1 when the thread waited for a core (load)
      busyPerCpu: own(w) > 0 ? +(w.busySeconds / own(w)).toFixed(2) : null,
      heapPeakMB: w.heapPeakMB,
      externalPeakMB: w.externalPeakMB,
      outputMB: +(w.bytesOut / 1e6).toFixed(1),
      // questions to the main thread's shared jieba (src/batch/segmenter-link.ts) and the time spent waiting for answers
      segmenterCalls: w.segmenterCalls ?? null,
      segmenterWaitSeconds: w.segmenterWaitSeconds ?? null,
    })),
    workerCpuSeconds: +workerCpu.toFixed(2),
    cpuMsPerDocument: docs ? +((workerCpu / docs) * 1000).toFixed(2) : null,
    writer: writer
      ? { cpuSeconds: writer.cpuSeconds, busySeconds: writer.busySeconds, records: writer.units, heapPeakMB: writer.heapPeakMB, externalPeakMB: writer.externalPeakMB, steps: writer.steps }
      : null,
    // the shared word segmenter's thread (src/batch/segmenter-thread.ts): its CPU and the questions it answered
    segmenter: segmenter ? { cpuSeconds: own(segmenter), answered: segmenter.answered } : null,
    // V8's helper threads (GC, compilers), libuv's pool (gunzip, file I/O), threads of replaced workers
    otherThreadsCpuSeconds: +other.toFixed(2),
    // [tid − pid (creation order), CPU s] of the busiest unnamed threads: V8's platform threads are created right after the main one
    otherThreads: others.sort((a, b) => b[1] - a[1]).slice(0, 8),
    totalCpuSeconds: total,
  }
}
