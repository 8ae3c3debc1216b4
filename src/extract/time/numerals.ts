import { CN_DIGIT, CN_TWENTY, CN_UNIT, isAsciiDigitCode, isCnNumeralCode } from './lexicon.js'

/** A number read at a position: its value, where it ends, how many characters it had. */
export interface NumberRead {
  value: number
  end: number
  /** Characters (digits) read: for digit runs the run length, used to tell 2015 from 15. */
  digits: number
  /** ASCII digits, digit-by-digit Chinese (二〇一五), positional Chinese (六十二). */
  form: 'ascii' | 'cn-digits' | 'cn-positional'
  /** The run was longer than `max` digits: value is NaN, end is the end of the run. */
  overflow?: boolean
}

const MAX_DIGITS = 12

/**
 * ASCII digit run at `i` (read to its end; value NaN past 12 digits so a 100k-digit run is
 * one linear read and no big number).
 */
export function readAsciiDigits(s: string, i: number): NumberRead | undefined {
  if (!isAsciiDigitCode(s.charCodeAt(i))) return undefined
  let j = i
  let v = 0
  while (j < s.length && isAsciiDigitCode(s.charCodeAt(j))) {
    if (j - i < MAX_DIGITS) v = v * 10 + (s.charCodeAt(j) - 48)
    j++
  }
  const overflow = j - i > MAX_DIGITS
  return { value: overflow ? NaN : v, end: j, digits: j - i, form: 'ascii', overflow }
}

/** Digit-by-digit Chinese numeral run at `i` (二〇一五, 一九九八): only digit characters, no 十. */
const O_UPPER = 79 // O
const O_LOWER = 111 // o

export function readCnDigits(s: string, i: number): NumberRead | undefined {
  const c = s.charCodeAt(i)
  if (!isCnNumeralCode(c)) return undefined
  if (CN_DIGIT[c] < 0 || c === O_UPPER || c === O_LOWER) return undefined
  let j = i
  let v = 0
  while (j < s.length) {
    const d = CN_DIGIT[s.charCodeAt(j)]
    if (d < 0) break
    if (j - i < MAX_DIGITS) v = v * 10 + d
    j++
  }
  const overflow = j - i > MAX_DIGITS
  return { value: overflow ? NaN : v, end: j, digits: j - i, form: 'cn-digits', overflow }
}

/**
 * Positional Chinese numeral at `i` below 1000 (十二, 三十一, 六十二, 一百零一, 廿一). Reads at most
 * 8 characters; returns undefined when there is no unit character (那 is a digit run).
 */
export function readCnPositional(s: string, i: number): NumberRead | undefined {
  if (!isCnNumeralCode(s.charCodeAt(i))) return undefined
  let j = i
  let total = 0
  let pending = -1 // digit waiting for a unit
  let sawUnit = false
  const limit = Math.min(s.length, i + 8)
  while (j < limit) {
    const c = s.charCodeAt(j)
    if (c === O_UPPER || c === O_LOWER) break
    const d = CN_DIGIT[c]
    if (d >= 0) {
      if (pending >= 0 && d !== 0) break // two digits in a row: not positional
      pending = d === 0 ? -1 : d
      j++
      continue
    }
    const u = CN_UNIT[c]
    if (u >= 0) {
      total += (pending >= 0 ? pending : 1) * u
      pending = -1
      sawUnit = true
      j++
      continue
    }
    const t = CN_TWENTY[c]
    if (t >= 0 && j === i) {
      total += t
      sawUnit = true
      j++
      continue
    }
    break
  }
  if (j === i || !sawUnit) return undefined
  if (pending >= 0) total += pending
  return { value: total, end: j, digits: j - i, form: 'cn-positional' }
}

/**
 * A small number at `i` in any form: ASCII digits, positional (十二) or a single Chinese
 * digit (六). Used for months, days, quarters, durations.
 */
export function readSmallNumber(s: string, i: number): NumberRead | undefined {
  const a = readAsciiDigits(s, i)
  if (a) return a
  const p = readCnPositional(s, i)
  if (p) return p
  const d = readCnDigits(s, i)
  if (d && d.digits === 1) return d
  return undefined
}
