import { decode, type DecodeDiagnostic } from './decode.js'
import { DecodeError } from './errors.js'

export interface DecodedInput {
  text: string
  /** `string` when the caller passed text; else the detected encoding (`unknown` when none fits). */
  encoding: string
  diagnostics: DecodeDiagnostic[]
}

/**
 * The parse pipeline's entry: strings pass through, bytes are decoded with detection. Never
 * throws: bytes that are not text give empty text (or, for an unknown encoding, a lossy UTF-8
 * reading) and an `error` diagnostic whose code is the {@link DecodeError} code
 * (`empty`, `binary`, `invalid-encoding`, `too-large`).
 *
 * @example
 * decodeInput(readFileSync('gbk-notice.txt')).encoding // 'gb18030'
 */
export function decodeInput(value: unknown, options: { maxBytes?: number } = {}): DecodedInput {
  if (typeof value === 'string') return { text: value, encoding: 'string', diagnostics: [] }
  const bytes = value instanceof Uint8Array ? value : new Uint8Array()
  try {
    return decode(bytes, options)
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e
    const diagnostic: DecodeDiagnostic = { severity: 'error', code: e.code, message: e.message, ...(e.offset !== undefined ? { byteOffset: e.offset } : {}) }
    if (e.code === 'invalid-encoding') {
      const text = new TextDecoder('utf-8').decode(bytes)
      return { text, encoding: 'unknown', diagnostics: [diagnostic] }
    }
    return { text: '', encoding: 'unknown', diagnostics: [diagnostic] }
  }
}
