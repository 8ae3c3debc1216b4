/**
 * The batch's main thread keeps V8's young generation at its starting size. The orchestrator
 * allocates steadily (gunzip chunks split into lines, records handed on and written), and V8
 * doubles a heap's semi-spaces whenever enough bytes have survived scavenges since the last
 * doubling — a running total, so on a long batch the main thread's young generation always reached
 * its ceiling, 2 × 16 MB, and its heap stood at ≈ 51 MB though it holds almost nothing. A young
 * generation that does not grow only means more, shorter scavenges of mostly dead objects on a
 * thread that is idle most of the time.
 *
 * `--max-semi-space-size` would say it directly but is read only when a heap is created, so only
 * the command line can give it; the growth factor is read at every scavenge and can be set from
 * inside the process. Two quirks: V8 flags are per process, and every new isolate (a worker thread
 * starting) puts a growth factor below 2 back to 2 — so the pool and the SQLite sink call
 * `reapplyHeapTuning()` when a thread of theirs comes online. Workers have their own small young
 * generation (their resource limits), which the factor only keeps from growing further.
 *
 * A program importing gongwen/batch keeps its own flags; the CLI's batch command calls
 * `tuneHeapForBatch()` once. A young-generation flag given on the command line wins.
 */
import { setFlagsFromString } from 'node:v8'

let tuned: boolean | undefined

/** Stops V8 from growing the young generation of this process's heaps (idempotent; leaves explicit flags alone). */
export function tuneHeapForBatch(): void {
  if (tuned !== undefined) return
  tuned = ![...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) => /--(max|min)[-_]semi[-_]space[-_]size|--semi[-_]space[-_]growth[-_]factor/.test(arg))
  reapplyHeapTuning()
}

/** Sets the growth factor again after a new isolate reset it (no-op unless tuneHeapForBatch() took effect). */
export function reapplyHeapTuning(): void {
  if (tuned) setFlagsFromString('--semi-space-growth-factor=1')
}
