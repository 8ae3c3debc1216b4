import { decode, DecodeError } from '../decode/index.js'
import { formatFromPath, type InputFormat } from '../formats/index.js'
import type { PolicyDocument } from '../schema/document.js'
import type { BatchRecord, ParseFn, ScriptOption, WorkResult, WorkUnit } from './types.js'
import { documentRows } from './rows.js'
import { failure } from './failure.js'
import { encodedRowsFor } from './sqlite/rows.js'

export { failure }

const utf8 = new TextDecoder('utf-8', { fatal: true })
// TextEncoder gives each result its own ArrayBuffer (Buffer.from may share a pool), so it can be transferred
const encoder = new TextEncoder()

export interface ProcessOptions {
  script?: ScriptOption
  maxBytes?: number
  /** Also produce table rows (csv/md output). */
  rows?: boolean
  /** Also produce SQLite archive rows (SQLite output): built here, beside the parse, not by the single writer. */
  archive?: boolean
}

/**
 * Turns one unit into its record: decode (files), read the JSON line (JSON Lines), parse.
 * Never throws: every failure becomes an `ok: false` record with a code.
 */
export function processUnit(unit: WorkUnit, parse: ParseFn, options: ProcessOptions = {}): WorkResult {
  let input = unit.input
  try {
    let payload: string | Uint8Array
    let format: InputFormat = 'text'
    if (unit.kind === 'bytes') {
      format = unit.format
      try {
        decode(unit.bytes, { maxBytes: options.maxBytes })
      } catch (e) {
        if (e instanceof DecodeError) return failure(input, e.code, e.message, options)
        throw e
      }
      payload = unit.bytes
    } else if (unit.kind === 'text') {
      format = unit.format
      if (unit.text.trim() === '') return failure(input, 'empty', 'input is empty', options)
      payload = unit.text
    } else {
      let line: string
      try {
        line = utf8.decode(unit.line)
      } catch {
        return failure(input, 'invalid-encoding', 'line is not valid UTF-8', options)
      }
      let obj: unknown
      try {
        obj = JSON.parse(line)
      } catch (e) {
        return failure(input, 'invalid-json', `line is not JSON: ${(e as Error).message}`, options)
      }
      const rec = (obj && typeof obj === 'object' ? obj : {}) as { id?: unknown; text?: unknown; format?: unknown }
      if (typeof rec.id === 'string' || typeof rec.id === 'number') input = `${unit.path}#${rec.id}`
      if (typeof rec.text !== 'string') return failure(input, 'no-text', 'line has no string field "text"', options)
      if (rec.text.trim() === '') return failure(input, 'empty', 'field "text" is empty', options)
      format = rec.format === 'markdown' || rec.format === 'html' || rec.format === 'text' ? rec.format : typeof rec.id === 'string' ? formatFromPath(rec.id) : 'text'
      payload = rec.text
    }
    let document: PolicyDocument
    try {
      document = parse(payload, { script: options.script, format, path: input })
    } catch (e) {
      if (e instanceof DecodeError) return failure(input, e.code, e.message, options)
      return failure(input, 'parse-exception', describe(e), options)
    }
    const record: BatchRecord = { input, ok: true, document }
    return {
      input,
      ok: true,
      json: encoder.encode(JSON.stringify(record)),
      diagnostics: countDiagnostics(document),
      rows: options.rows ? documentRows(input, document) : undefined,
      archive: options.archive ? encodedRowsFor(input, document) : undefined,
    }
  } catch (e) {
    return failure(input, 'parse-exception', describe(e), options)
  }
}

function countDiagnostics(doc: PolicyDocument): Record<string, number> {
  const out: Record<string, number> = {}
  for (const d of doc.diagnostics ?? []) out[d.code] = (out[d.code] ?? 0) + 1
  return out
}

/** First line of the message and the innermost frame: enough to file a bug, short enough for a record. */
function describe(e: unknown): string {
  if (!(e instanceof Error)) return String(e)
  const frame = e.stack
    ?.split('\n')
    .find((l) => l.trim().startsWith('at '))
    ?.trim()
  return `${e.name}: ${e.message.split('\n')[0]}${frame ? ` (${frame})` : ''}`
}
