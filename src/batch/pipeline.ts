import type { Enumerated } from './inputs.js'
import type { WorkerPool } from './pool.js'
import { failure } from './failure.js'
import type { WorkResult } from './types.js'

/** One input's outcome, with its place in input order. `result` is null when resume skipped it. */
export interface PipelineItem {
  seq: number
  key: string
  /** Content bytes of the input (UTF-8 size for text). */
  bytes: number
  result: WorkResult | null
}

export interface PipelineOptions {
  /** Units sent ahead to the pool (default 2 × pool size). */
  maxInFlight: number
  /**
   * Emit in input order. Finished results wait behind a slower one ahead of them, at most
   * `window` of them and `windowBytes` of serialized records (default 1024 and 32 MB).
   */
  ordered?: boolean
  window?: number
  windowBytes?: number
  /** Keys already done (resume): not run, emitted with `result: null`. */
  skip?: (key: string) => boolean
  signal?: AbortSignal
  rows?: boolean
}

/**
 * Runs enumerated inputs through the pool and yields their outcomes as they finish (or in input
 * order). Bounded: it pulls the next input only while fewer than `maxInFlight` are running and,
 * when ordered, the results waiting for a slower one ahead of them stay within the window — so memory does
 * not grow with the number of inputs, and a slow consumer (the output file) slows the reading.
 */
export async function* runThroughPool(entries: AsyncIterable<Enumerated>, pool: WorkerPool, options: PipelineOptions): AsyncGenerator<PipelineItem> {
  const it = entries[Symbol.asyncIterator]()
  const ordered = options.ordered ?? false
  const window = Math.max(options.window ?? 1024, options.maxInFlight)
  const windowBytes = options.windowBytes ?? 32 * 1024 * 1024
  let waitingBytes = 0
  const waiting = new Map<number, PipelineItem>()
  const fifo: PipelineItem[] = []
  let exhausted = false
  let inFlight = 0
  let seq = 0
  let nextEmit = 0
  let error: unknown = null
  let wake: (() => void) | null = null

  const complete = (item: PipelineItem) => {
    if (ordered) {
      waiting.set(item.seq, item)
      waitingBytes += item.result?.json.length ?? 0
    } else fifo.push(item)
    wake?.()
  }
  const canFill = () => !exhausted && inFlight < options.maxInFlight && fifo.length < options.maxInFlight && (!ordered || (seq - nextEmit < window && waitingBytes < windowBytes))

  const onAbort = () => wake?.()
  options.signal?.addEventListener('abort', onAbort, { once: true })

  // Filling runs on its own, started again by every completion: while the consumer awaits its write
  // (a file write, an fsync of the journal, a full SQLite queue) the workers still get their next
  // units. Before, the generator filled only when resumed, so each record's write left the
  // workers without work (idle 18–29 % of their time on the bulk set at load 15).
  let filling = false
  /** Set when the generator ends: a read still pending then hands nothing more to the pool. */
  let stopped = false
  const fill = async (): Promise<void> => {
    if (filling) return
    filling = true
    try {
      while (canFill() && !error && !stopped && !options.signal?.aborted) {
        // an input that blocks (a stuck read) must not outlive Ctrl-C: the abort wins the race
        const r = await raceAbort(it.next(), options.signal)
        if (r.done) {
          exhausted = true
          break
        }
        if (stopped) break
        const e = r.value
        const s = seq++
        if (options.skip?.(e.key)) complete({ seq: s, key: e.key, bytes: e.bytes, result: null })
        else if (e.kind === 'failed') complete({ seq: s, key: e.key, bytes: e.bytes, result: failure(e.input, e.code, e.message, { rows: options.rows }) })
        else {
          inFlight++
          pool.run(e.unit).then(
            (result) => {
              inFlight--
              complete({ seq: s, key: e.key, bytes: e.bytes, result })
              void fill()
            },
            (err) => {
              inFlight--
              error ??= err
              wake?.()
            },
          )
        }
      }
    } catch (e) {
      error ??= e
    } finally {
      filling = false
      wake?.()
    }
  }

  try {
    void fill()
    for (;;) {
      options.signal?.throwIfAborted()
      if (error) throw error
      if (ordered) {
        while (waiting.has(nextEmit)) {
          const item = waiting.get(nextEmit)!
          waiting.delete(nextEmit)
          waitingBytes -= item.result?.json.length ?? 0
          nextEmit++
          yield item
        }
      } else {
        while (fifo.length) yield fifo.shift()!
      }
      // taking items out may have made room (fifo bound, ordered window)
      void fill()
      if (error) throw error
      if (exhausted && !filling && inFlight === 0 && waiting.size === 0 && fifo.length === 0) return
      const emitable = ordered ? waiting.has(nextEmit) : fifo.length > 0
      if (!emitable) {
        await new Promise<void>((resolve) => {
          wake = resolve
        })
        wake = null
      }
    }
  } finally {
    stopped = true
    options.signal?.removeEventListener('abort', onAbort)
    // after an abort the enumeration may be stuck in a read: closing it would wait for that read
    if (options.signal?.aborted) void it.return?.()?.catch(() => undefined)
    else await it.return?.()
  }
}

/** `p`, or a rejection with the signal's reason as soon as it aborts. */
function raceAbort<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return p
  signal.throwIfAborted()
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort)
        resolve(v)
      },
      (e) => {
        signal.removeEventListener('abort', onAbort)
        reject(e)
      },
    )
  })
}
