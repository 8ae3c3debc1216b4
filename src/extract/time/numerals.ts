import { CN_DIGIT, CN_TWENTY, CN_UNIT, isAsciiDigitCode, isCnNumeralCode, lexicon } from './lexicon.js'

/** Every character a number read here can end with: an ASCII digit, a Chinese digit, 十/百, 廿/卅. */
export const NUMBER_END_CHARS = ['0123456789', ...lexicon.cnDigits.keys(), ...lexicon.cnUnits.keys(), ...lexicon.cnTwenty.keys()].join('')

/**
 * Each of `words` after each character a number can end with: the words a number read up to a unit
 * holds (5年, 三个月, 十二月), for the scan gate's necessary words (TimeReader.needs).
 *
 * @example numberThen(['年']).includes('5年') // true
 */
export function numberThen(words: Iterable<string>): string[] {
  const list = [...words]
  return [...NUMBER_END_CHARS].flatMap((char) => list.map((word) => char + word))
}

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
 * ASCII digit run at `offset` (read to its end; value NaN past 12 digits so a 100k-digit run is
 * one linear read and no big number).
 */
export function readAsciiDigits(text: string, offset: number): NumberRead | undefined {
  if (!isAsciiDigitCode(text.charCodeAt(offset))) return undefined
  let end = offset
  let value = 0
  while (end < text.length && isAsciiDigitCode(text.charCodeAt(end))) {
    if (end - offset < MAX_DIGITS) value = value * 10 + (text.charCodeAt(end) - 48)
    end++
  }
  const overflow = end - offset > MAX_DIGITS
  return { value: overflow ? NaN : value, end: end, digits: end - offset, form: 'ascii', overflow }
}

/** Digit-by-digit Chinese numeral run at `offset` (二〇一五, 一九九八): only digit characters, no 十. */
const O_UPPER = 79 // O
const O_LOWER = 111 // o

export function readCnDigits(text: string, offset: number): NumberRead | undefined {
  const code = text.charCodeAt(offset)
  if (!isCnNumeralCode(code)) return undefined
  if (CN_DIGIT[code] < 0 || code === O_UPPER || code === O_LOWER) return undefined
  let end = offset
  let value = 0
  while (end < text.length) {
    const digit = CN_DIGIT[text.charCodeAt(end)]
    if (digit < 0) break
    if (end - offset < MAX_DIGITS) value = value * 10 + digit
    end++
  }
  const overflow = end - offset > MAX_DIGITS
  return { value: overflow ? NaN : value, end: end, digits: end - offset, form: 'cn-digits', overflow }
}

/**
 * Positional Chinese numeral at `offset` below 1000 (十二, 三十一, 六十二, 一百零一, 廿一). Reads at most
 * 8 characters; returns undefined when there is no unit character (那 is a digit run).
 */
export function readCnPositional(text: string, offset: number): NumberRead | undefined {
  if (!isCnNumeralCode(text.charCodeAt(offset))) return undefined
  let end = offset
  let total = 0
  let pending = -1 // digit waiting for a unit
  let sawUnit = false
  const limit = Math.min(text.length, offset + 8)
  while (end < limit) {
    const code = text.charCodeAt(end)
    if (code === O_UPPER || code === O_LOWER) break
    const digit = CN_DIGIT[code]
    if (digit >= 0) {
      if (pending >= 0 && digit !== 0) break // two digits in a row: not positional
      pending = digit === 0 ? -1 : digit
      end++
      continue
    }
    const unit = CN_UNIT[code]
    if (unit >= 0) {
      total += (pending >= 0 ? pending : 1) * unit
      pending = -1
      sawUnit = true
      end++
      continue
    }
    const twenty = CN_TWENTY[code]
    if (twenty >= 0 && end === offset) {
      total += twenty
      sawUnit = true
      end++
      continue
    }
    break
  }
  if (end === offset || !sawUnit) return undefined
  if (pending >= 0) total += pending
  return { value: total, end: end, digits: end - offset, form: 'cn-positional' }
}

/**
 * A small number at `offset` in any form: ASCII digits, positional (十二) or a single Chinese
 * digit (六). Used for months, days, quarters, durations.
 */
export function readSmallNumber(text: string, offset: number): NumberRead | undefined {
  const ascii = readAsciiDigits(text, offset)
  if (ascii) return ascii
  const positional = readCnPositional(text, offset)
  if (positional) return positional
  const cnDigits = readCnDigits(text, offset)
  if (cnDigits && cnDigits.digits === 1) return cnDigits
  return undefined
}
