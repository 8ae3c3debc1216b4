/**
 * Per-thread figures of a batch, for the benches (bench/batch-bulk*.mjs): with the environment
 * variable GONGWEN_BATCH_PROFILE=<file>, the main thread, each parse worker and the SQLite writer
 * append one JSON line to the file when the batch ends — CPU seconds of the thread itself
 * (/proc/thread-self/stat, Linux), time busy and time waiting for work, units done, bytes sent,
 * peak heap. Wall-time scaling cannot be measured on a loaded machine; these can (CPU per
 * document per worker, the workers' idle share, the orchestrator's CPU). Off (no cost) otherwise.
 */
import { appendFileSync, readFileSync } from 'node:fs'
import { getHeapStatistics } from 'node:v8'

/** The file named by GONGWEN_BATCH_PROFILE, or null (profiling off). */
export const profileFile: string | null = process.env.GONGWEN_BATCH_PROFILE || null

/** utime + stime of the calling thread, in seconds (-1 where /proc is missing). */
export function threadCpuSeconds(): number {
  try {
    const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ')
    return (Number(f[11]) + Number(f[12])) / 100
  } catch {
    return -1
  }
}

/** The calling thread's id as the kernel knows it (the bench's sampler sees it in /proc/<pid>/task). */
function threadId(): number {
  try {
    return Number(readFileSync('/proc/thread-self/stat', 'utf8').split(' ')[0])
  } catch {
    return -1
  }
}

/**
 * What one thread did: `unit()` around each piece of work (the gap since the last one is waiting),
 * `write()` once at the end.
 */
export class ThreadProfile {
  private readonly born = performance.now()
  private readonly cpu0 = threadCpuSeconds()
  private lastEnd = -1
  private units = 0
  private busyMs = 0
  private waitMs = 0
  private bytesOut = 0
  private heapPeak = 0
  private externalPeak = 0

  constructor(private readonly role: string) {}

  /** Runs one unit of work, timing it; `bytes` (of the returned value) are added to bytesOut. */
  unit<T>(fn: () => T, bytes?: (value: T) => number): T {
    const t0 = performance.now()
    if (this.lastEnd >= 0) this.waitMs += t0 - this.lastEnd
    const value = fn()
    this.lastEnd = performance.now()
    this.busyMs += this.lastEnd - t0
    this.units++
    if (bytes) this.bytesOut += bytes(value)
    // every 16th unit: the heap after a unit is where it peaks between collections
    if ((this.units & 15) === 1) this.sampleHeap()
    return value
  }

  private sampleHeap(): void {
    const h = getHeapStatistics()
    this.heapPeak = Math.max(this.heapPeak, h.total_heap_size)
    this.externalPeak = Math.max(this.externalPeak, h.external_memory + h.malloced_memory)
  }

  /** Appends this thread's line to the profile file (no-op when profiling is off). */
  write(extra: Record<string, unknown> = {}): void {
    if (!profileFile) return
    this.sampleHeap()
    const line = {
      role: this.role,
      tid: threadId(),
      // the thread's whole CPU time, and how much of it went before this profile began (start-up, module load)
      cpuSeconds: +threadCpuSeconds().toFixed(2),
      startCpuSeconds: +this.cpu0.toFixed(2),
      lifeSeconds: +((performance.now() - this.born) / 1000).toFixed(2),
      units: this.units,
      busySeconds: +(this.busyMs / 1000).toFixed(2),
      waitSeconds: +(this.waitMs / 1000).toFixed(2),
      bytesOut: this.bytesOut,
      heapPeakMB: +(this.heapPeak / 2 ** 20).toFixed(1),
      externalPeakMB: +(this.externalPeak / 2 ** 20).toFixed(1),
      ...extra,
    }
    appendFileSync(profileFile, JSON.stringify(line) + '\n')
  }
}
