/**
 * V8 heap sizing for the batch process: a young generation that does not grow on the main thread,
 * and old generations that grow by a fifth past their live data instead of V8's 1.1–4× (chosen
 * from GC and mutator speed).
 *
 * Young generation. The orchestrator allocates steadily (gunzip chunks split into lines, records
 * handed on and written), and V8 doubles a heap's semi-spaces whenever enough bytes have survived
 * scavenges since the last doubling — a running total, so on a long batch the main thread's young
 * generation kept growing (up to 2 × 16 MB) though the thread holds almost nothing: on every 4th
 * bulk document (`--jobs 2`) its heap peaked at 15.5 MB, 9.7–10 MB with the growth stopped, and
 * the batch's peak RSS fell by 12 MB. A young generation that does not grow only means more,
 * shorter scavenges of mostly dead objects on a thread that is idle most of the time.
 *
 * `--max-semi-space-size` would say it directly but is read only when a heap is created, so only
 * the command line can give it; the growth factor is read at every scavenge and can be set from
 * inside the process. Two quirks: V8 flags are per process, and every new isolate (a worker thread
 * starting) puts a growth factor below 2 back to 2 — so the pool and the SQLite sink call
 * `reapplyHeapTuning()` when a thread of theirs comes online and again when it is ready (it may
 * start isolates of its own while loading: tsx's loader thread, from source). The factor would
 * also keep the workers' young generation at its 2 MB start instead of the 4 MB their resource
 * limits allow (twice the scavenges), so new isolates start at that size: `--min-semi-space-size`
 * is read when a heap is created, and the main thread's heap already exists.
 *
 * Old generations. After each full collection V8 lets a heap grow to its live data times a factor
 * it picks from GC and mutator speed (up to 4× on a small heap); `--heap-growing-percent=20` fixes
 * it at 1.2. It is read at every full collection, in every isolate, and a new isolate leaves it
 * alone. Every 4th bulk document, `--jobs 2`: peak RSS 247–248 → 234–237 MB (SQLite 277–278 →
 * 262–264), parse workers' heaps 42–47 → 37–40 MB. (A first version cost ≈ 5–10 % CPU: the
 * growth factor had kept the workers' young generation at 2 MB; with new isolates starting at 4 MB
 * the CPU is back to the old build's — every 8th bulk document, one worker, alternated: 9.7–10.0
 * against 9.7–10.1 CPU-s, RSS 179–182 against 188–190 MB.) 10 % gave the RSS of 20 %, 50 % less.
 *
 * A program importing gongwen/batch keeps its own flags; the CLI's batch command calls
 * `tuneHeapForBatch()` once. A flag of either kind given on the command line (or NODE_OPTIONS) wins.
 */
import { setFlagsFromString } from 'node:v8'

let tuned: boolean | undefined

/** Semi-space of a new isolate (MB): half the 4 MB young generation the pool's workers and the SQLite writer are given. */
const WORKER_SEMI_SPACE_MB = 2

/** Old generations grow this many percent past their live data (V8's `--heap-growing-percent`). */
export const HEAP_GROWING_PERCENT = 20

/** Sets this process's heap sizing for a batch (idempotent; leaves flags given on the command line alone). */
export function tuneHeapForBatch(): void {
  if (tuned !== undefined) return
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? '']
  tuned = !given.some((arg) => /--(max|min)[-_]semi[-_]space[-_]size|--semi[-_]space[-_]growth[-_]factor/.test(arg))
  // workers and the SQLite writer start with the young generation their limits allow (4 MB: two semi-spaces of 2 MB)
  if (tuned) setFlagsFromString(`--min-semi-space-size=${WORKER_SEMI_SPACE_MB}`)
  if (!given.some((arg) => /--heap[-_]growing[-_]percent/.test(arg))) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
  reapplyHeapTuning()
}

/** Sets the growth factor again after a new isolate reset it (no-op unless tuneHeapForBatch() took effect). */
export function reapplyHeapTuning(): void {
  if (tuned) setFlagsFromString('--semi-space-growth-factor=1')
}
