import { DecodeError } from './errors.js'
import { controlStats, sniffBom, sniffMagic } from './sniff.js'
import { gbCommonShare, gbStats } from './gb.js'
import { plausibility } from './plausibility.js'

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030'

/** A repair made while decoding. `offset` is in the decoded text, `byteOffset` in the input bytes. */
export interface DecodeDiagnostic {
  severity: 'error' | 'warning' | 'info'
  code: string
  message: string
  offset?: number
  byteOffset?: number
}

export interface DecodeResult {
  text: string
  encoding: Encoding
  diagnostics: DecodeDiagnostic[]
}

export interface DecodeOptions {
  /** Refuse inputs longer than this many bytes (`too-large`). Default: no limit. */
  maxBytes?: number
}

/** Control bytes (other than tab/LF/VT/FF/CR) above this share mean "not a text file". */
const MAX_CONTROL_SHARE = 0.01
/** Minimum share of common GB2312 characters for bytes to be accepted as GB18030. */
const MIN_GB_COMMON_SHARE = 0.7
/** Minimum share of plausible code points in the decoded text (see plausibility.ts). */
const MIN_PLAUSIBLE = 0.9
/** At most this share of the non-ASCII characters of a UTF-8 file may be broken bytes. */
const MAX_BROKEN_UTF8_SHARE = 0.01
/** Diagnostics listed one by one before they are summarized. */
const MAX_LISTED = 20

/**
 * Turns the bytes of a document into text, detecting the encoding: UTF-8 with or without BOM,
 * UTF-16 LE/BE with BOM, and GB18030/GBK without being told. Damage that still leaves a readable
 * document (a multi-byte character cut at the end, a few broken bytes) becomes a warning;
 * inputs that are not text throw a {@link DecodeError} (`empty`, `binary`, `invalid-encoding`,
 * `too-large`).
 *
 * @example
 * const { text, encoding } = decode(readFileSync('notice.txt'))
 * // encoding: 'gb18030' for a GBK file, 'utf-8' for most
 */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  if (options.maxBytes !== undefined && bytes.length > options.maxBytes) {
    throw new DecodeError('too-large', `input is ${bytes.length} bytes, more than the limit of ${options.maxBytes}`, options.maxBytes)
  }
  if (bytes.length === 0) throw new DecodeError('empty', 'input is empty', 0)

  const bom = sniffBom(bytes)
  const result = bom?.encoding === 'utf-16le' || bom?.encoding === 'utf-16be' ? decodeUtf16(bytes, bom.encoding, bom.length) : bom ? decodeUtf8(bytes, bom.length, 'utf-8-bom') : decodeUnmarked(bytes)

  if (result.text.trim() === '') throw new DecodeError('empty', 'input holds only a byte-order mark or whitespace', 0)
  rejectControlText(result.text)
  return result
}

function decodeUnmarked(bytes: Uint8Array): DecodeResult {
  const magic = sniffMagic(bytes)
  if (magic) throw new DecodeError('binary', `input is a ${magic} file, not text`, 0)
  const stats = controlStats(bytes)
  if (stats.firstNul >= 0) throw new DecodeError('binary', `input holds a NUL byte at offset ${stats.firstNul}: not a text file`, stats.firstNul)
  if (stats.controls > stats.scanned * MAX_CONTROL_SHARE) {
    throw new DecodeError('binary', `${stats.controls} control bytes in the first ${stats.scanned}: not a text file`, stats.firstControl)
  }
  const utf8 = tryUtf8(bytes, 0, 'utf-8')
  if (utf8) return utf8
  const gb = tryGb18030(bytes)
  if (gb) return gb
  return decodeUtf8(bytes, 0, 'utf-8')
}

/** Strict UTF-8, allowing only a character cut by the end of the input. */
function tryUtf8(bytes: Uint8Array, start: number, encoding: 'utf-8' | 'utf-8-bom'): DecodeResult | null {
  const body = bytes.subarray(start)
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  try {
    return { text: strict.decode(body), encoding, diagnostics: [] }
  } catch {
    // fall through: maybe only the last character is cut
  }
  const cut = incompleteUtf8Tail(body)
  if (cut === 0) return null
  try {
    const text = strict.decode(body.subarray(0, body.length - cut))
    return { text, encoding, diagnostics: [truncated(text.length, bytes.length - cut, cut)] }
  } catch {
    return null
  }
}

/** UTF-8 that may hold broken bytes: accepted when they are rare, else `invalid-encoding`. */
function decodeUtf8(bytes: Uint8Array, start: number, encoding: 'utf-8' | 'utf-8-bom'): DecodeResult {
  const clean = tryUtf8(bytes, start, encoding)
  if (clean) return clean
  const body = bytes.subarray(start)
  const scan = scanUtf8(body)
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body)
  const brokenShare = scan.replaced / Math.max(1, scan.nonAscii)
  if (brokenShare > MAX_BROKEN_UTF8_SHARE || plausibility(text).score < MIN_PLAUSIBLE) {
    const at = start + (scan.broken[0] ?? 0)
    throw new DecodeError('invalid-encoding', `not UTF-8 (invalid byte at offset ${at}), GB18030 or UTF-16 with a byte-order mark`, at)
  }
  const diagnostics: DecodeDiagnostic[] = []
  const offsets = utf8TextOffsets(body, scan.broken)
  for (let k = 0; k < Math.min(scan.broken.length, MAX_LISTED); k++) {
    diagnostics.push({
      severity: 'warning',
      code: 'invalid-bytes',
      message: `invalid UTF-8 bytes replaced with U+FFFD`,
      offset: offsets[k],
      byteOffset: start + scan.broken[k],
    })
  }
  if (scan.broken.length > MAX_LISTED) {
    diagnostics.push({ severity: 'warning', code: 'invalid-bytes', message: `${scan.broken.length - MAX_LISTED} more runs of invalid UTF-8 bytes replaced` })
  }
  return { text, encoding, diagnostics }
}

function tryGb18030(bytes: Uint8Array): DecodeResult | null {
  if (gbCommonShare(gbStats(bytes)) < MIN_GB_COMMON_SHARE) return null
  const strict = new TextDecoder('gb18030', { fatal: true })
  let text: string
  let diagnostics: DecodeDiagnostic[] = []
  try {
    text = strict.decode(bytes)
  } catch {
    // a lead byte cut off at the very end
    if (bytes[bytes.length - 1] < 0x81) return null
    try {
      text = strict.decode(bytes.subarray(0, bytes.length - 1))
      diagnostics = [truncated(text.length, bytes.length - 1, 1)]
    } catch {
      return null
    }
  }
  if (plausibility(text).score < MIN_PLAUSIBLE) return null
  return { text, encoding: 'gb18030', diagnostics }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bomLength: number): DecodeResult {
  let body = bytes.subarray(bomLength)
  const diagnostics: DecodeDiagnostic[] = []
  let cutBytes = 0
  if (body.length % 2 === 1) {
    body = body.subarray(0, body.length - 1)
    cutBytes = 1
  }
  // a high surrogate alone at the end: the second half of the pair was cut off
  const last = body.length >= 2 ? (encoding === 'utf-16le' ? body[body.length - 1] : body[body.length - 2]) : 0
  if (last >= 0xd8 && last <= 0xdb) {
    body = body.subarray(0, body.length - 2)
    cutBytes += 2
  }
  let text: string
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body)
  } catch {
    throw new DecodeError('invalid-encoding', `invalid ${encoding.toUpperCase()} (unpaired surrogate) after a byte-order mark`)
  }
  if (cutBytes) diagnostics.push(truncated(text.length, bomLength + body.length, cutBytes))
  return { text, encoding, diagnostics }
}

/** Decoded text full of control characters (a binary file behind a UTF-16 BOM, say). */
function rejectControlText(text: string): void {
  const n = Math.min(text.length, 64 * 1024)
  let controls = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 0) throw new DecodeError('binary', `decoded text holds a NUL character at ${i}: not a text file`)
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || c === 0x7f) controls++
  }
  if (controls > n * MAX_CONTROL_SHARE) throw new DecodeError('binary', `${controls} control characters in the first ${n}: not a text file`)
}

function truncated(offset: number, byteOffset: number, cut: number): DecodeDiagnostic {
  return {
    severity: 'warning',
    code: 'truncated-input',
    message: `input ends inside a multi-byte character; ${cut} trailing byte(s) dropped`,
    offset,
    byteOffset,
  }
}

/** Number of bytes at the end that start a UTF-8 sequence without finishing it (0 if none). */
export function incompleteUtf8Tail(bytes: Uint8Array): number {
  const n = bytes.length
  let p = n - 1
  while (p >= 0 && n - p <= 3 && (bytes[p] & 0xc0) === 0x80) p--
  if (p < 0) return 0
  const b = bytes[p]
  const need = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 1
  const have = n - p
  return b >= 0xc2 && need > have ? have : 0
}

interface Utf8Scan {
  /** Byte offsets where a run of adjacent invalid sequences starts. */
  broken: number[]
  /** Number of invalid sequences (each one U+FFFD). */
  replaced: number
  /** Characters outside ASCII, valid or not. */
  nonAscii: number
}

/** Walks UTF-8 by the rules of RFC 3629 (no overlongs, no surrogates, ≤ U+10FFFF). */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const broken: number[] = []
  let replaced = 0
  let nonAscii = 0
  let runEnd = -1
  const n = bytes.length
  let i = 0
  while (i < n) {
    const b = bytes[i]
    if (b < 0x80) {
      i++
      continue
    }
    nonAscii++
    const len = sequenceAt(bytes, i)
    if (len < 0) {
      replaced++
      if (i !== runEnd) broken.push(i)
      runEnd = i - len
    }
    i += Math.abs(len)
  }
  return { broken, replaced, nonAscii }
}

/**
 * Length of the valid sequence at `i` (positive), or minus the length of the broken "maximal
 * subpart" there (negative) — the WHATWG decoder replaces each such subpart with one U+FFFD.
 */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]
  let need: number
  let lo = 0x80
  let hi = 0xbf
  if (b >= 0xc2 && b <= 0xdf) need = 2
  else if (b >= 0xe0 && b <= 0xef) {
    need = 3
    if (b === 0xe0) lo = 0xa0
    if (b === 0xed) hi = 0x9f
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 4
    if (b === 0xf0) lo = 0x90
    if (b === 0xf4) hi = 0x8f
  } else return -1
  for (let k = 1; k < need; k++) {
    const x = bytes[i + k]
    const ok = x !== undefined && (k === 1 ? x >= lo && x <= hi : x >= 0x80 && x <= 0xbf)
    if (!ok) return -k
  }
  return need
}

/**
 * Text offsets (UTF-16 code units) of the given byte offsets, each being the start of an
 * invalid byte that the lossy decoder turned into one U+FFFD.
 */
function utf8TextOffsets(bytes: Uint8Array, brokenAt: number[]): number[] {
  const out: number[] = []
  if (!brokenAt.length) return out
  const limit = brokenAt[Math.min(brokenAt.length, MAX_LISTED) - 1]
  let units = 0
  let k = 0
  let i = 0
  while (i <= limit && k < brokenAt.length) {
    if (bytes[i] < 0x80) {
      units++
      i++
      continue
    }
    const len = sequenceAt(bytes, i)
    if (len < 0 && i === brokenAt[k]) {
      out.push(units)
      k++
    }
    units += len === 4 ? 2 : 1
    i += Math.abs(len)
  }
  return out
}
