/**
 * Browser twin of batch/index.ts: batches need worker threads and files, which a browser has not.
 * The types stay; parseBatch says where it runs instead of failing on a missing module.
 */
export type { BatchErrorCode, BatchInput, BatchRecord, ScriptOption, ParseFn, ParseOptions } from './types.js'
export type { ParseBatchOptions } from './index.js'

/** Not available in the browser build: call `parse()` per document instead. */
// biome-ignore lint/correctness/useYield: the same signature as the Node parseBatch, which it stands in for; it only throws
export async function* parseBatch(): AsyncGenerator<never> {
  throw new Error('gongwen: parseBatch needs Node (worker threads, files); in the browser call parse() per document')
}
