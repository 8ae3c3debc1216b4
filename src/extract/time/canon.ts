import { lexicon } from './lexicon.js'

/** A canonical copy of `text[from, to)` for matching, with the `text` offset of every unit. */
export interface Canon {
  readonly s: string
  /** origin[i] = offset in the input of canonical unit i; origin[s.length] = `to`. */
  readonly origin: Int32Array
  readonly from: number
  readonly to: number
}

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

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
  const out: string[] = []
  const origin: number[] = []
  let lastKept = -1 // char code of the last unit written
  for (let i = from; i < to; i++) {
    let ch = text[i]
    let code = text.charCodeAt(i)
    if (code >= 0xff01 && code <= 0xff5e && ch !== '（' && ch !== '）' && ch !== '：' && ch !== '，' && ch !== '；') {
      code -= 0xfee0
      ch = String.fromCharCode(code)
    }
    if (lexicon.whitespace.has(ch)) {
      // keep one space only between two ASCII alphanumerics (e.g. "ISO 9001")
      let j = i + 1
      while (j < to && lexicon.whitespace.has(text[j])) j++
      const next = j < to ? text.charCodeAt(j) : -1
      const nextAscii = next >= 0xff10 && next <= 0xff5e ? next - 0xfee0 : next
      if (isAsciiAlnum(lastKept) && isAsciiAlnum(nextAscii)) {
        out.push(' ')
        origin.push(i)
        lastKept = 32
      }
      i = j - 1
      continue
    }
    const mapped = lexicon.canonChars.get(ch)
    if (mapped !== undefined) {
      // `:` between digits is a clock time (17:00), keep it
      const keepColon = ch === ':' && isAsciiAlnum(lastKept)
      ch = keepColon ? ch : mapped
    }
    out.push(ch)
    origin.push(i)
    lastKept = ch.charCodeAt(0)
  }
  const s = out.join('')
  const o = new Int32Array(s.length + 1)
  for (let i = 0; i < origin.length; i++) o[i] = origin[i]
  o[s.length] = to
  return { s, origin: o, from, to }
}

/** Offset in the input of canonical start `i`. */
export function startOf(c: Canon, i: number): number {
  return c.origin[Math.max(0, Math.min(i, c.s.length))]
}

/** Offset in the input just past canonical range ending at `end` (exclusive). */
export function endOf(c: Canon, start: number, end: number): number {
  if (end <= start) return startOf(c, start)
  return c.origin[Math.min(end, c.s.length) - 1] + 1
}

/** Canonical index of the first unit at or after input offset `off` (binary search). */
export function toCanon(c: Canon, off: number): number {
  let lo = 0
  let hi = c.s.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (c.origin[mid] < off) lo = mid + 1
    else hi = mid
  }
  return lo
}
