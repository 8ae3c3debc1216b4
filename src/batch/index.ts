/**
 * Batch conversion: many inputs → one record each, on a pool of worker threads.
 * @module
 */
import { availableParallelism } from 'node:os'
import { enumerate, enumerateDirect, type Enumerated } from './inputs.js'
import { WorkerPool } from './pool.js'
import { runThroughPool, type PipelineItem } from './pipeline.js'
import type { BatchInput, BatchRecord, ScriptOption } from './types.js'
import { profileFile, ThreadProfile } from './profile.js'

export type { BatchErrorCode, BatchInput, BatchRecord, ScriptOption, ParseFn, ParseOptions } from './types.js'
export type { BatchSummary } from './progress.js'
export type { OutputFormat } from './encoders.js'

const utf8 = new TextDecoder()

/** Default cap on one input's size: far above any real notice, below what would hurt a worker. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024
/** Default time one input may take before its worker is stopped. */
export const DEFAULT_TIMEOUT_MS = 120_000

export interface ParseBatchOptions {
  /** Worker threads (default and upper bound: available cores; started only as inputs arrive). */
  jobs?: number
  signal?: AbortSignal
  script?: ScriptOption
  /** Yield records in input order (default: as they finish). */
  ordered?: boolean
  /** Globs of files to take from directories (default: known extensions). */
  include?: string[]
  /** Globs of files to leave out. */
  exclude?: string[]
  /** Files or directories never read as input whatever reaches them (the batch's own output). */
  skipPaths?: string[]
  /** Inputs above this size are `too-large` (default 32 MiB). */
  maxBytes?: number
  /** Per-input time limit in ms (default 120 000; 0 = none). */
  timeoutMs?: number
  /** Heap limits for each worker (default: 1 GiB old generation); node:worker_threads' ResourceLimits, spelled out so the types need no @types/node. */
  resourceLimits?: { maxOldGenerationSizeMb?: number; maxYoungGenerationSizeMb?: number; codeRangeSizeMb?: number; stackSizeMb?: number }
  /** URL of a module exporting `parse` to use instead of the library's (testing). */
  parseModule?: string
  /** Worker script to run instead of the built one (testing). */
  workerUrl?: URL
}

/** Internal knobs shared with the CLI. */
export interface BatchRunOptions extends ParseBatchOptions {
  rows?: boolean
  /** Workers also build SQLite archive rows (WorkResult.archive). */
  archive?: boolean
  skip?: (key: string) => boolean
  /** One jieba in this thread for all workers (default: with more than one worker; see segmenter-link.ts). */
  shareSegmenter?: boolean
}

/**
 * Parses many documents in parallel. `inputs` are paths (files, directories walked recursively,
 * globs; `.txt`, `.md`, `.html`, `.jsonl` with a `text` field, any of them `.gz`) or documents
 * given directly. Every input yields exactly one record — the document, or `ok: false` with an
 * error code (`empty`, `binary`, `invalid-encoding`, `too-large`, `read-error`, `not-a-file`, `parse-exception`,
 * `invalid-json`, `no-text`, `worker-crash`, `timeout`); a bad input never stops the batch.
 * Aborting the signal stops the workers and ends the iteration with the signal's reason.
 *
 * @example
 * for await (const rec of parseBatch(['archive/'], { jobs: 2, ordered: true })) {
 *   if (rec.ok) console.log(rec.input, rec.document.meta.title)
 *   else console.error(rec.input, rec.error.code)
 * }
 */
export async function* parseBatch(inputs: string[] | AsyncIterable<BatchInput> | Iterable<BatchInput>, options: ParseBatchOptions = {}): AsyncGenerator<BatchRecord> {
  for await (const item of runBatchItems(inputs, options)) {
    if (item.result) yield JSON.parse(utf8.decode(item.result.json)) as BatchRecord
  }
}

/** The pipeline behind parseBatch and the CLI: outcomes with their keys, records serialized. */
export async function* runBatchItems(inputs: string[] | AsyncIterable<BatchInput> | Iterable<BatchInput>, options: BatchRunOptions = {}): AsyncGenerator<PipelineItem> {
  // more threads than cores only add memory and file handles (--jobs 1000 ran out of descriptors)
  const jobs = Math.max(1, Math.min(availableParallelism(), Math.floor(options.jobs ?? availableParallelism())))
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const entries: AsyncIterable<Enumerated> = isPathList(inputs)
    ? enumerate(inputs, { include: options.include, exclude: options.exclude, maxBytes, skipPaths: options.skipPaths, signal: options.signal })
    : enumerateDirect(inputs)
  options.signal?.throwIfAborted()
  const profile = profileFile ? new ThreadProfile('main') : null
  let items = 0
  const pool = new WorkerPool({
    size: jobs,
    workerData: { parseModule: options.parseModule, options: { script: options.script, maxBytes, rows: options.rows, archive: options.archive } },
    workerUrl: options.workerUrl,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    resourceLimits: options.resourceLimits ?? { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 4 },
    rows: options.rows,
    shareSegmenter: options.shareSegmenter,
  })
  try {
    for await (const item of runThroughPool(entries, pool, {
      maxInFlight: jobs * 2,
      ordered: options.ordered,
      signal: options.signal,
      skip: options.skip,
      rows: options.rows,
    })) {
      items++
      yield item
    }
  } finally {
    await pool.close()
    profile?.write({ jobs, units: items })
  }
}

function isPathList(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((v) => typeof v === 'string')
}
