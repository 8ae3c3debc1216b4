import { lexicon } from './lexicon.js'

/** A canonical copy (`text`) of `input[from, end)` for matching, with the input offset of every unit. */
export interface Canon {
  readonly text: string
  /** origin[i] = offset in the input of canonical unit i; origin[text.length] = `end`. */
  readonly origin: Int32Array
  readonly from: number
  readonly end: number
  /** `text` is `input.slice(from, end)` unchanged: origin[i] = from + i (built only when read). */
  readonly identity?: boolean
}

/** The canon of a range that needs no change: no copy, and no origin map unless one is asked for. */
class IdentityCanon implements Canon {
  readonly identity = true
  private map: Int32Array | undefined

  constructor(
    readonly text: string,
    readonly from: number,
    readonly end: number,
  ) {}

  get origin(): Int32Array {
    if (!this.map) {
      this.map = new Int32Array(this.text.length + 1)
      for (let i = 0; i <= this.text.length; i++) this.map[i] = this.from + i
    }
    return this.map
  }
}

const isAsciiAlnum = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)

// code unit → canonical code unit (0xffff: whitespace), built once from the lexicon
const MAP = new Uint16Array(65536)
for (let i = 0; i < 65536; i++) MAP[i] = i
for (let c = 0xff01; c <= 0xff5e; c++) MAP[c] = c - 0xfee0
for (const char of lexicon.raw.canonical.keepFullWidth) MAP[char.charCodeAt(0)] = char.charCodeAt(0)
// then the lexicon's map, applied after the width fold (～ → ~ → ～, ( → （)
for (let i = 0; i < 65536; i++) {
  const mapped = lexicon.canonChars.get(String.fromCharCode(MAP[i]))
  if (mapped !== undefined) MAP[i] = mapped.charCodeAt(0)
}
const WHITESPACE = 0xffff
for (const char of lexicon.whitespace) MAP[char.charCodeAt(0)] = WHITESPACE
const COLON = ':'.charCodeAt(0)
// 1 where a code unit is kept as it is: not folded, not whitespace, not a surrogate (the
// decoder below would turn a lone one into U+FFFD). A range of only these is its own canon.
export const SAME = new Uint8Array(65536)
for (let i = 0; i < 65536; i++) SAME[i] = MAP[i] === i && i !== WHITESPACE && i !== COLON && (i < 0xd800 || i > 0xdfff) ? 1 : 0
const UTF16 = new TextDecoder('utf-16le')

/**
 * 1 for every code unit whose canonical form is one of `chars` (single BMP characters): a range none of
 * whose units is marked holds none of them in its canon, so a gate that needs one of them can be asked
 * on the input before any canonical copy is made (stages' block gate).
 */
export function canonPreimage(chars: string): Uint8Array {
  const wanted = new Set([...chars].map((c) => c.charCodeAt(0)))
  const out = new Uint8Array(65536)
  for (let i = 0; i < 65536; i++) if (wanted.has(MAP[i]) || (i === COLON && wanted.has(COLON))) out[i] = 1
  return out
}

/**
 * Light canonicalization so the grammar works on raw input as well as on the pipeline's
 * normalized text: full-width ASCII → half-width (２０１５ → 2015), half-width CJK punctuation
 * → full-width, the few traditional characters the grammar reads → simplified, and spaces
 * dropped unless they separate two ASCII letters/digits (`2025 年底前` → `2025年底前`).
 * Linear in the range length.
 *
 * @example canonicalize('２０２５ 年底前').text === '2025年底前'
 */
export function canonicalize(text: string, from = 0, until = text.length): Canon {
  from = Math.max(0, Math.min(from, text.length))
  until = Math.max(from, Math.min(until, text.length))
  // The pipeline's text is already normalized: most ranges need no change, only a slice.
  let cursor = from
  while (cursor < until && SAME[text.charCodeAt(cursor)] === 1) cursor++
  if (cursor === until) return new IdentityCanon(text.slice(from, until), from, until)
  const units = new Uint16Array(until - from)
  const origin = new Int32Array(until - from + 1)
  let length = 0
  let lastKept = -1
  for (let i = from; i < until; i++) {
    const code = text.charCodeAt(i)
    let out = MAP[code]
    if (out === WHITESPACE) {
      // keep one space only between two ASCII alphanumerics (e.g. "ISO 9001")
      let runEnd = i + 1
      while (runEnd < until && MAP[text.charCodeAt(runEnd)] === WHITESPACE) runEnd++
      const next = runEnd < until ? MAP[text.charCodeAt(runEnd)] : -1
      if (isAsciiAlnum(lastKept) && isAsciiAlnum(next)) {
        units[length] = 32
        origin[length++] = i
        lastKept = 32
      }
      i = runEnd - 1
      continue
    }
    // `:` after a digit is a clock time (17:00), keep it
    if (code === COLON && isAsciiAlnum(lastKept)) out = COLON
    units[length] = out
    origin[length++] = i
    lastKept = out
  }
  // native decode of the code units (a lone surrogate becomes U+FFFD: same length, offsets kept)
  const canonical = UTF16.decode(units.subarray(0, length))
  const originMap = length === until - from ? origin : origin.slice(0, length + 1)
  originMap[length] = until
  return { text: canonical, origin: originMap, from, end: until }
}

/** Offset in the input of canonical start `offset`. */
export function startOf(canon: Canon, offset: number): number {
  if (canon.identity) return canon.from + Math.max(0, Math.min(offset, canon.text.length))
  return canon.origin[Math.max(0, Math.min(offset, canon.text.length))]
}

/** Offset in the input just past canonical range ending at `end` (exclusive). */
export function endOf(canon: Canon, start: number, end: number): number {
  if (end <= start) return startOf(canon, start)
  if (canon.identity) return end > 0 && canon.text.length > 0 ? canon.from + Math.min(end, canon.text.length) : NaN
  return canon.origin[Math.min(end, canon.text.length) - 1] + 1
}

/** Canonical index of the first unit at or after input offset `offset` (binary search). */
export function toCanon(canon: Canon, offset: number): number {
  if (canon.identity) return offset > canon.from ? Math.min(Math.ceil(offset - canon.from), canon.text.length) : 0
  let low = 0
  let high = canon.text.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (canon.origin[mid] < offset) low = mid + 1
    else high = mid
  }
  return low
}
