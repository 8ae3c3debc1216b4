/**
 * `gongwen/batch` (Node only): many inputs — files, folders, globs, archives, JSON Lines — parsed
 * on a pool of worker threads, one record per input, as an async iterable.
 *
 * @example
 * import { parseBatch } from 'gongwen/batch'
 * for await (const r of parseBatch(['corpus/'], { jobs: 4 })) if (!r.ok) console.error(r.input, r.error.code)
 * @packageDocumentation
 */
export { parseBatch, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type ParseBatchOptions } from '../batch/index.js'
export type { BatchErrorCode, BatchInput, BatchRecord, ScriptOption } from '../batch/index.js'
