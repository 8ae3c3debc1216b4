import type { BatchErrorCode, BatchRecord, WorkResult } from './types.js'
import { failureRows } from './columns.js'

const encoder = new TextEncoder()

/** The record of an input that could not be parsed (used by the pool and the pipeline too). */
export function failure(input: string, code: BatchErrorCode, message: string, options: { rows?: boolean } = {}): WorkResult {
  const record: BatchRecord = { input, ok: false, error: { code, message } }
  return { input, ok: false, errorCode: code, json: encoder.encode(JSON.stringify(record)), rows: options.rows ? failureRows(input, code, message) : undefined }
}
