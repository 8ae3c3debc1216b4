import { lexicon } from './lexicon.js'

/** A canonical copy of `text[from, to)` for matching, with the `text` offset of every unit. */
export interface Canon {
  readonly s: string
  /** origin[i] = offset in the input of canonical unit i; origin[s.length] = `to`. */
  readonly origin: Int32Array
  readonly from: number
  readonly to: number
  /** `s` is `text.slice(from, to)` unchanged: origin[i] = from + i (built only when read). */
  readonly identity?: boolean
}

/** The canon of a range that needs no change: no copy, and no origin map unless one is asked for. */
class IdentityCanon implements Canon {
  readonly identity = true
  private map: Int32Array | undefined

  constructor(
    readonly s: string,
    readonly from: number,
    readonly to: number,
  ) {}

  get origin(): Int32Array {
    if (!this.map) {
      this.map = new Int32Array(this.s.length + 1)
      for (let i = 0; i <= this.s.length; i++) this.map[i] = this.from + i
    }
    return this.map
  }
}

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

// code unit → canonical code unit (0xffff: whitespace), built once from the lexicon
const MAP = new Uint16Array(65536)
for (let i = 0; i < 65536; i++) MAP[i] = i
for (let c = 0xff01; c <= 0xff5e; c++) MAP[c] = c - 0xfee0
for (const ch of lexicon.raw.canonical.keepFullWidth) MAP[ch.charCodeAt(0)] = ch.charCodeAt(0)
// then the lexicon's map, applied after the width fold (～ → ~ → ～, ( → （)
for (let i = 0; i < 65536; i++) {
  const to = lexicon.canonChars.get(String.fromCharCode(MAP[i]))
  if (to !== undefined) MAP[i] = to.charCodeAt(0)
}
const WS = 0xffff
for (const ch of lexicon.whitespace) MAP[ch.charCodeAt(0)] = WS
const COLON = ':'.charCodeAt(0)
// 1 where a code unit is kept as it is: not folded, not whitespace, not a surrogate (the
// decoder below would turn a lone one into U+FFFD). A range of only these is its own canon.
const SAME = new Uint8Array(65536)
for (let i = 0; i < 65536; i++) SAME[i] = MAP[i] === i && i !== WS && i !== COLON && (i < 0xd800 || i > 0xdfff) ? 1 : 0
const UTF16 = new TextDecoder('utf-16le')

/**
 * Light canonicalization so the grammar works on raw input as well as on the pipeline's
 * normalized text: full-width ASCII → half-width (２０１５ → 2015), half-width CJK punctuation
 * → full-width, the few traditional characters the grammar reads → simplified, and spaces
 * dropped unless they separate two ASCII letters/digits (`2025 年底前` → `2025年底前`).
 * Linear in the range length.
 *
 * @example canonicalize('２０２５ 年底前').s === '2025年底前'
 */
export function canonicalize(text: string, from = 0, to = text.length): Canon {
  from = Math.max(0, Math.min(from, text.length))
  to = Math.max(from, Math.min(to, text.length))
  // The pipeline's text is already normalized: most ranges need no change, only a slice.
  let k = from
  while (k < to && SAME[text.charCodeAt(k)] === 1) k++
  if (k === to) return new IdentityCanon(text.slice(from, to), from, to)
  const units = new Uint16Array(to - from)
  const origin = new Int32Array(to - from + 1)
  let n = 0
  let lastKept = -1
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    let out = MAP[code]
    if (out === WS) {
      // keep one space only between two ASCII alphanumerics (e.g. "ISO 9001")
      let j = i + 1
      while (j < to && MAP[text.charCodeAt(j)] === WS) j++
      const next = j < to ? MAP[text.charCodeAt(j)] : -1
      if (isAsciiAlnum(lastKept) && isAsciiAlnum(next)) {
        units[n] = 32
        origin[n++] = i
        lastKept = 32
      }
      i = j - 1
      continue
    }
    // `:` after a digit is a clock time (17:00), keep it
    if (code === COLON && isAsciiAlnum(lastKept)) out = COLON
    units[n] = out
    origin[n++] = i
    lastKept = out
  }
  // native decode of the code units (a lone surrogate becomes U+FFFD: same length, offsets kept)
  const s = UTF16.decode(units.subarray(0, n))
  const o = n === to - from ? origin : origin.slice(0, n + 1)
  o[n] = to
  return { s, origin: o, from, to }
}

/** Offset in the input of canonical start `i`. */
export function startOf(c: Canon, i: number): number {
  if (c.identity) return c.from + Math.max(0, Math.min(i, c.s.length))
  return c.origin[Math.max(0, Math.min(i, c.s.length))]
}

/** Offset in the input just past canonical range ending at `end` (exclusive). */
export function endOf(c: Canon, start: number, end: number): number {
  if (end <= start) return startOf(c, start)
  if (c.identity) return end > 0 && c.s.length > 0 ? c.from + Math.min(end, c.s.length) : NaN
  return c.origin[Math.min(end, c.s.length) - 1] + 1
}

/** Canonical index of the first unit at or after input offset `off` (binary search). */
export function toCanon(c: Canon, off: number): number {
  if (c.identity) return off > c.from ? Math.min(Math.ceil(off - c.from), c.s.length) : 0
  let lo = 0
  let hi = c.s.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (c.origin[mid] < off) lo = mid + 1
    else hi = mid
  }
  return lo
}
