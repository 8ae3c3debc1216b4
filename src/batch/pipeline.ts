import type { Enumerated } from './inputs.js'
import type { WorkerPool } from './pool.js'
import { failure } from './process.js'
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
  /** Emit in input order, holding at most `window` finished results back. */
  ordered?: boolean
  window?: number
  /** Keys already done (resume): not run, emitted with `result: null`. */
  skip?: (key: string) => boolean
  signal?: AbortSignal
  rows?: boolean
}

/**
 * Runs enumerated inputs through the pool and yields their outcomes as they finish (or in input
 * order). Bounded: it pulls the next input only while fewer than `maxInFlight` are running and,
 * when ordered, fewer than `window` results wait for a slower one ahead of them — so memory does
 * not grow with the number of inputs, and a slow consumer (the output file) slows the reading.
 */
export async function* runPipeline(entries: AsyncIterable<Enumerated>, pool: WorkerPool, options: PipelineOptions): AsyncGenerator<PipelineItem> {
  const it = entries[Symbol.asyncIterator]()
  const ordered = options.ordered ?? false
  const window = Math.max(options.window ?? options.maxInFlight * 4, options.maxInFlight)
  const waiting = new Map<number, PipelineItem>()
  const fifo: PipelineItem[] = []
  let exhausted = false
  let inFlight = 0
  let seq = 0
  let nextEmit = 0
  let error: unknown = null
  let wake: (() => void) | null = null

  const complete = (item: PipelineItem) => {
    if (ordered) waiting.set(item.seq, item)
    else fifo.push(item)
    wake?.()
  }
  const canFill = () => !exhausted && inFlight < options.maxInFlight && (!ordered || seq - nextEmit < window) && fifo.length < options.maxInFlight

  const onAbort = () => wake?.()
  options.signal?.addEventListener('abort', onAbort, { once: true })
  try {
    for (;;) {
      options.signal?.throwIfAborted()
      if (error) throw error
      while (canFill()) {
        const r = await it.next()
        if (r.done) {
          exhausted = true
          break
        }
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
            },
            (err) => {
              inFlight--
              error = err
              wake?.()
            },
          )
        }
      }
      if (ordered) {
        while (waiting.has(nextEmit)) {
          const item = waiting.get(nextEmit)!
          waiting.delete(nextEmit)
          nextEmit++
          yield item
        }
      } else {
        while (fifo.length) yield fifo.shift()!
      }
      if (error) throw error
      if (exhausted && inFlight === 0 && waiting.size === 0 && fifo.length === 0) return
      const emitable = ordered ? waiting.has(nextEmit) : fifo.length > 0
      if (!emitable && !canFill()) {
        await new Promise<void>((resolve) => {
          wake = resolve
        })
        wake = null
      }
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort)
    await it.return?.()
  }
}
