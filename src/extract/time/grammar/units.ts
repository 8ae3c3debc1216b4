/**
 * The calendar units every construct reads: a year, a month, a day, a clock time, a quarter, and
 * where a number run starts. Each reader looks at a bounded window after `at`.
 */
import { isAsciiDigitCode, isCnNumeralCode, lexicon } from '../lexicon.js'
import { readAsciiDigits, readCnDigits, readCnPositional, readSmallNumber, type NumberRead } from '../numerals.js'

const ASCII_O_UPPER = 79
const ASCII_O_LOWER = 111

export const validYear = (year: number) => year >= lexicon.minYear && year <= lexicon.maxYear

/** Is `at` the start of a number run (the previous unit is not part of the same number)? */
export function runStart(text: string, at: number): boolean {
  const previous = text.charCodeAt(at - 1)
  const code = text.charCodeAt(at)
  if (isAsciiDigitCode(code)) return !isAsciiDigitCode(previous)
  // Chinese digit runs may hold O / o (二O一五)
  if (isCnNumeralCode(code)) return !isCnNumeralCode(previous) && previous !== ASCII_O_UPPER && previous !== ASCII_O_LOWER
  return true
}

export interface YearRead {
  year: number | null
  start: number
  /** Just past 年 (or past 今年). */
  end: number
  relative?: number
  same?: boolean
  roc?: boolean
  cn?: boolean
  invalid?: string
  /** The number had a leading zero or is out of range: a garbled year. */
  garbled?: boolean
}

/** A year at `at`: 2015年, 二〇一五年, 中华民国六十二年, 民国73年, 今年. */
export function readYear(text: string, at: number): YearRead | undefined {
  const relative = lexicon.yearOf.at(text, at)
  if (relative) {
    // 本年度 / 上年度 = 本年 / 上年 (本年度内 is within it)
    const wordEnd = at + relative[0].length
    return { year: null, start: at, end: wordEnd + (text[wordEnd] === '度' ? 1 : 0), relative: relative[1] }
  }
  const same = lexicon.sameYear.at(text, at)
  if (same) return { year: null, start: at, end: at + same[0].length, relative: 0, same: true }
  const roc = lexicon.rocPrefixes.at(text, at)
  if (roc) {
    const numberAt = at + roc[0].length
    const count = readAsciiDigits(text, numberAt) ?? readCnPositional(text, numberAt) ?? readCnDigits(text, numberAt)
    if (count && count.end < text.length && text[count.end] === lexicon.yearChar && count.digits <= 3 && !count.overflow) {
      const year = count.value + lexicon.rocOffset
      const valid = validYear(year)
      return {
        year: valid && count.value > 0 ? year : null,
        start: at,
        end: count.end + 1,
        roc: true,
        invalid: valid ? undefined : `ROC year ${count.value} is out of range`,
      }
    }
    return undefined
  }
  const ascii = readAsciiDigits(text, at)
  if (ascii) {
    if (ascii.digits !== 4 || text[ascii.end] !== lexicon.yearChar) return undefined
    const garbled = text[at] === '0' || !validYear(ascii.value)
    return {
      year: garbled ? null : ascii.value,
      start: at,
      end: ascii.end + 1,
      garbled,
      invalid: garbled ? `"${text.slice(at, ascii.end)}" is not a plausible year` : undefined,
    }
  }
  const chinese = readCnDigits(text, at)
  if (chinese && chinese.digits === 4 && text[chinese.end] === lexicon.yearChar) {
    const garbled = !validYear(chinese.value)
    return {
      year: garbled ? null : chinese.value,
      start: at,
      end: chinese.end + 1,
      cn: true,
      garbled,
      invalid: garbled ? `"${text.slice(at, chinese.end)}" is not a plausible year` : undefined,
    }
  }
  return undefined
}

export interface MonthRead {
  month: number
  end: number
  invalid?: string
  form: NumberRead['form']
}

/** A month number + 月 at `at`; `invalid` when the month does not exist. */
export function readMonth(text: string, at: number): MonthRead | undefined {
  const count = readSmallNumber(text, at)
  if (!count || count.overflow || (count.form === 'ascii' && count.digits > 2)) return undefined
  const unit = lexicon.month.len(text, count.end)
  if (!unit) return undefined
  const month = count.value
  return { month, end: count.end + unit, form: count.form, invalid: month >= 1 && month <= 12 ? undefined : `month ${month} does not exist` }
}

/** A day number + 日/号 at `at`. */
export function readDay(text: string, at: number): { day: number; end: number } | undefined {
  const count = readSmallNumber(text, at)
  if (!count || count.overflow || (count.form === 'ascii' && count.digits > 2)) return undefined
  const unit = lexicon.day.len(text, count.end)
  if (!unit) return undefined
  return { day: count.value, end: count.end + unit }
}

/** An optional clock time after a day (16时, 24时, 17时30分): consumed, ignored. */
export function skipClock(text: string, at: number): number {
  const hours = readSmallNumber(text, at)
  if (!hours || hours.digits > 2 || hours.value > 24) return at
  const hourUnit = lexicon.hour.len(text, hours.end)
  if (!hourUnit) return at
  let end = hours.end + hourUnit
  const minutes = readSmallNumber(text, end)
  if (minutes && minutes.value < 60 && lexicon.minute.len(text, minutes.end)) end = minutes.end + lexicon.minute.len(text, minutes.end)
  return end
}

/** A quarter at `at`: 第三季度, 三季度, 3季度, 一季度. */
export function readQuarter(text: string, at: number): { quarter: number; end: number } | undefined {
  let numberAt = at
  if (text[numberAt] === lexicon.ordinalPrefix) numberAt++
  const count = readSmallNumber(text, numberAt)
  if (!count || count.digits > 1 || count.value < 1 || count.value > 4) return undefined
  const unit = lexicon.quarterUnit.len(text, count.end)
  if (!unit) return undefined
  return { quarter: count.value, end: count.end + unit }
}
