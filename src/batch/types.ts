import type { PolicyDocument } from '../schema/document.js'
import type { InputFormat } from '../formats/index.js'

/** Why an input produced no document. */
export type BatchErrorCode = 'empty' | 'binary' | 'invalid-encoding' | 'too-large' | 'read-error' | 'not-a-file' | 'parse-exception' | 'invalid-json' | 'no-text' | 'worker-crash' | 'timeout'

/**
 * One line of batch output: exactly one per input. `file` appears only in directory output, when
 * the record's mirrored file name was taken and it went to another (see DirSink).
 */
export type BatchRecord = { input: string; file?: string; ok: true; document: PolicyDocument } | { input: string; file?: string; ok: false; error: { code: BatchErrorCode; message: string } }

/** A document handed to {@link parseBatch} directly instead of a path. */
export interface BatchInput {
  /** Shown as the record's `input`; also part of the resume key. */
  id: string
  text?: string
  bytes?: Uint8Array
  format?: InputFormat
}

export type ScriptOption = 'auto' | 'keep' | 'simplified'

export interface ParseOptions {
  script?: ScriptOption
  format?: InputFormat
  path?: string
}

export type ParseFn = (input: string | Uint8Array, options?: ParseOptions) => PolicyDocument

/**
 * A unit of work as the main thread sends it to a worker. Files arrive as bytes (decoded by the
 * worker), JSON Lines documents as the raw line's bytes (decoded and parsed by the worker, which also
 * finds `id`): the main thread never decodes or copies document text.
 */
export type WorkUnit =
  | { kind: 'bytes'; input: string; path: string; format: InputFormat; bytes: Uint8Array }
  | { kind: 'json-line'; input: string; path: string; line: Uint8Array }
  | { kind: 'text'; input: string; path: string; format: InputFormat; text: string }

/** What a worker sends back: the record already serialized, plus what the summary needs. */
export interface WorkResult {
  input: string
  ok: boolean
  /** The record as one line of JSON in UTF-8 (no newline); bytes so threads hand it over without copying. */
  json: Uint8Array
  errorCode?: BatchErrorCode
  /** Diagnostics of the document by code. */
  diagnostics?: Record<string, number>
  /** Table rows for csv/md output, when asked for. */
  rows?: string[][]
  /** The document's SQLite archive rows, encoded (see sqlite/rows.ts), when asked for. */
  archive?: Uint8Array
}
