import { isAsciiDigit, isCnNumeral, lexicon } from './lexicon.js'

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
  if (!isAsciiDigit(s[i])) return undefined
  let j = i
  let v = 0
  while (j < s.length && isAsciiDigit(s[j])) {
    if (j - i < MAX_DIGITS) v = v * 10 + (s.charCodeAt(j) - 48)
    j++
  }
  const overflow = j - i > MAX_DIGITS
  return { value: overflow ? NaN : v, end: j, digits: j - i, form: 'ascii', overflow }
}

/** Digit-by-digit Chinese numeral run at `i` (二〇一五, 一九九八): only digit characters, no 十. */
export function readCnDigits(s: string, i: number): NumberRead | undefined {
  if (!isCnNumeral(s[i])) return undefined
  const first = lexicon.cnDigits.get(s[i])
  if (first === undefined || s[i] === 'O' || s[i] === 'o') return undefined
  let j = i
  let v = 0
  while (j < s.length) {
    const d = lexicon.cnDigits.get(s[j])
    if (d === undefined) break
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
  if (!isCnNumeral(s[i])) return undefined
  let j = i
  let total = 0
  let pending = -1 // digit waiting for a unit
  let sawUnit = false
  const limit = Math.min(s.length, i + 8)
  while (j < limit) {
    const c = s[j]
    if (c === 'O' || c === 'o') break
    const d = lexicon.cnDigits.get(c)
    if (d !== undefined) {
      if (pending >= 0 && d !== 0) break // two digits in a row: not positional
      pending = d === 0 ? -1 : d
      j++
      continue
    }
    const u = lexicon.cnUnits.get(c)
    if (u !== undefined) {
      total += (pending >= 0 ? pending : 1) * u
      pending = -1
      sawUnit = true
      j++
      continue
    }
    const t = lexicon.cnTwenty.get(c)
    if (t !== undefined && j === i) {
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
