/**
 * The calendar units every construct reads: a year, a month, a day, a clock time, a quarter, and
 * where a number run starts. Each reader looks at a bounded window after `offset`.
 */
import { isAsciiDigitCode, isCnNumeralCode, lexicon } from '../lexicon.js'
import { readAsciiDigits, readCnDigits, readCnPositional, readSmallNumber, type NumberRead } from '../numerals.js'

const ASCII_O_UPPER = 79
const ASCII_O_LOWER = 111

export const validYear = (year: number) => year >= lexicon.minYear && year <= lexicon.maxYear

/** Is `offset` the start of a number run (the previous unit is not part of the same number)? */
export function runStart(text: string, offset: number): boolean {
  const previous = text.charCodeAt(offset - 1)
  const code = text.charCodeAt(offset)
  if (isAsciiDigitCode(code)) return !isAsciiDigitCode(previous)
  // Chinese digit runs may hold O / o (二O一五)
  if (isCnNumeralCode(code)) return !isCnNumeralCode(previous) && previous !== ASCII_O_UPPER && previous !== ASCII_O_LOWER
  return true
}

let rocText: string | undefined
let rocSeen = false

/**
 * Does the scanned text read as Taiwan's, so a bare 2–3-digit year is an ROC one? Yes when it
 * prints a prefixed ROC year (民國103年) or names a marker (grammars/time/lexicon.json `roc`).
 * Remembered for the last text: every reader of one scan asks about the same string.
 */
export function rocDocument(text: string): boolean {
  if (text === rocText) return rocSeen
  rocText = text
  rocSeen = lexicon.rocMarkers.some((word) => text.includes(word)) || hasPrefixedRocYear(text)
  return rocSeen
}

function hasPrefixedRocYear(text: string): boolean {
  for (const prefix of lexicon.rocPrefixes.words) {
    for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
      const numberAt = at + prefix.length
      const count = readAsciiDigits(text, numberAt) ?? readCnPositional(text, numberAt) ?? readCnDigits(text, numberAt)
      if (count && text[count.end] === lexicon.yearChar) return true
    }
  }
  return false
}

let scanText: string | undefined
let scanSeen = false

/** The range being scanned (its canonical slice) belongs to a text whose signal is `seen`. */
export function scanningRoc(canonical: string, seen: boolean): void {
  scanText = canonical
  scanSeen = seen
}

/**
 * `read()` with the signal set for `canonical`, then the signal before it put back: another text's
 * scan may be under way (a plan year worked out when one of its dates first needs it).
 */
export function whileScanningRoc<T>(canonical: string, seen: boolean, read: () => T): T {
  const text = scanText
  const was = scanSeen
  scanningRoc(canonical, seen)
  try {
    return read()
  } finally {
    scanText = text
    scanSeen = was
  }
}

/** Is a bare 2–3-digit year of `text` an ROC one (the signal of the text being scanned)? */
export const rocYears = (text: string) => (text === scanText ? scanSeen : rocDocument(text))

export interface YearRead {
  year: number | null
  start: number
  /** Just past 年 (or past 今年). */
  end: number
  relative?: number
  same?: boolean
  roc?: boolean
  chinese?: boolean
  invalid?: string
  /** The number had a leading zero or is out of range: a garbled year. */
  garbled?: boolean
  /** A template's placeholder (20XX年): a year is printed, which one is unknown. */
  placeholder?: boolean
}

let rocRangeEnd = false

/**
 * `read()` with the era of an ROC range's first point carried to a bare Chinese-numeral year
 * (自中华民国一百零五年起至一百零九年止: the end prints no 民国; grammars/time/lexicon.json `roc`).
 */
export function readingRocRangeEnd<T>(read: () => T): T {
  const was = rocRangeEnd
  rocRangeEnd = lexicon.rocRangeEnd
  try {
    return read()
  } finally {
    rocRangeEnd = was
  }
}

/** Does a month (一月 … 十二月, 1月 … 12月) start at `offset`? */
function monthAt(text: string, offset: number): boolean {
  const month = readSmallNumber(text, offset)
  return month !== undefined && month.value >= 1 && month.value <= 12 && text[month.end] === '月'
}

/** A year at `offset`: 2015年, 二〇一五年, 中华民国六十二年, 民国73年, 今年. */
export function readYear(text: string, offset: number): YearRead | undefined {
  const relative = lexicon.yearOf.longestAt(text, offset)
  if (relative) {
    // 本年度 / 上年度 = 本年 / 上年 (本年度内 is within it)
    const wordEnd = offset + relative[0].length
    return { year: null, start: offset, end: wordEnd + (text[wordEnd] === '度' ? 1 : 0), relative: relative[1] }
  }
  const same = lexicon.sameYear.longestAt(text, offset)
  // 应当年底前: the 当 belongs to 应当
  if (same && !lexicon.sameYearNotAfter.before(text, offset + 1)) return { year: null, start: offset, end: offset + same[0].length, relative: 0, same: true }
  const roc = lexicon.rocPrefixes.longestAt(text, offset)
  if (roc) {
    const numberAt = offset + roc[0].length
    const count = readAsciiDigits(text, numberAt) ?? readCnPositional(text, numberAt) ?? readCnDigits(text, numberAt)
    // an ROC year has at most three digits, but a positional one may take more characters: 一百十一 (111)
    const short = count && (count.form === 'cn-positional' ? count.value < 1000 : count.digits <= 3)
    if (count && short && count.end < text.length && text[count.end] === lexicon.yearChar && !count.overflow) {
      const year = count.value + lexicon.rocOffset
      const valid = validYear(year)
      return {
        year: valid && count.value > 0 ? year : null,
        start: offset,
        end: count.end + 1,
        roc: true,
        invalid: valid ? undefined : `ROC year ${count.value} is out of range`,
      }
    }
    return undefined
  }
  if (rocRangeEnd && isCnNumeralCode(text.charCodeAt(offset))) {
    const count = readCnPositional(text, offset)
    if (count && !count.overflow && text[count.end] === lexicon.yearChar && count.value >= 1 && count.value <= lexicon.rocBareMax) {
      return { year: count.value + lexicon.rocOffset, start: offset, end: count.end + 1, roc: true }
    }
  }
  // 於一百零五年一月一日至十二月三十一日止: a bare Chinese-numeral ROC year with its month after it, in a text that prints
  // an ROC year (the same gate as the bare digits below); a count of years is never followed by a month
  if (isCnNumeralCode(text.charCodeAt(offset))) {
    const count = readCnPositional(text, offset)
    if (count && !count.overflow && text[count.end] === lexicon.yearChar && count.value >= lexicon.rocBareMin && count.value <= lexicon.rocBareMax && monthAt(text, count.end + 1) && rocYears(text)) {
      return { year: count.value + lexicon.rocOffset, start: offset, end: count.end + 1, roc: true }
    }
  }
  const placeholder = lexicon.placeholderYears.longestAt(text, offset)
  if (placeholder && text[offset + placeholder[0].length] === lexicon.yearChar && !isAsciiDigitCode(text.charCodeAt(offset - 1))) {
    return { year: null, start: offset, end: offset + placeholder[0].length + 1, placeholder: true }
  }
  const ascii = readAsciiDigits(text, offset)
  if (ascii && ascii.digits <= 3 && text[ascii.end] === lexicon.yearChar) {
    // 114年12月31日前 in a Taiwan document: an ROC year without its prefix
    const bare = ascii.value >= lexicon.rocBareMin && ascii.value <= lexicon.rocBareMax && text[offset] !== '0'
    if (!bare || !rocYears(text)) return undefined
    return { year: ascii.value + lexicon.rocOffset, start: offset, end: ascii.end + 1, roc: true }
  }
  if (ascii) {
    // 截至2022⏎年底: a PDF line break between the year's digits and its 年 (spaces before it are
    // already dropped by the canon); only one break, and only after four digits
    const wrapped = ascii.digits === 4 && text[ascii.end] === '\n' && text[ascii.end + 1] === lexicon.yearChar ? 1 : 0
    if (ascii.digits !== 4 || text[ascii.end + wrapped] !== lexicon.yearChar) return undefined
    const garbled = text[offset] === '0' || !validYear(ascii.value)
    return {
      year: garbled ? null : ascii.value,
      start: offset,
      end: ascii.end + wrapped + 1,
      garbled,
      invalid: garbled ? `"${text.slice(offset, ascii.end)}" is not a plausible year` : undefined,
    }
  }
  const chinese = readCnDigits(text, offset)
  if (chinese && chinese.digits === 4 && text[chinese.end] === lexicon.yearChar) {
    const garbled = !validYear(chinese.value)
    return {
      year: garbled ? null : chinese.value,
      start: offset,
      end: chinese.end + 1,
      chinese: true,
      garbled,
      invalid: garbled ? `"${text.slice(offset, chinese.end)}" is not a plausible year` : undefined,
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

/** A month number + 月 at `offset`; `invalid` when the month does not exist. */
export function readMonth(text: string, offset: number): MonthRead | undefined {
  const named = lexicon.monthNames.longestAt(text, offset)
  if (named) return { month: named[1], end: offset + named[0].length, form: 'cn-positional' }
  const count = readSmallNumber(text, offset)
  if (!count || count.overflow || (count.form === 'ascii' && count.digits > 2)) return undefined
  const unit = lexicon.month.len(text, count.end)
  if (!unit) return undefined
  const month = count.value
  // 施行後六月內 / 次日起二月內: months counted from an event, unless a day follows (起七月一日)
  if (lexicon.monthCountAfter.has(text[offset - 1]) && !readDay(text, count.end + unit)) return undefined
  return { month, end: count.end + unit, form: count.form, invalid: month >= 1 && month <= 12 ? undefined : `month ${month} does not exist` }
}

/** A day number + 日/号 at `offset`. */
export function readDay(text: string, offset: number): { day: number; end: number } | undefined {
  const count = readSmallNumber(text, offset)
  if (!count || count.overflow || (count.form === 'ascii' && count.digits > 2)) return undefined
  const unit = lexicon.day.len(text, count.end)
  if (!unit) return undefined
  return { day: count.value, end: count.end + unit }
}

/** An optional clock time after a day (16时, 24时, 17时30分): consumed, ignored. */
export function skipClock(text: string, offset: number): number {
  const hours = readSmallNumber(text, offset)
  if (!hours || hours.digits > 2 || hours.value > 24) return offset
  // 8:00 / 16：00 (a window's hours): exactly two digits of minutes, no digit after
  if (lexicon.clockColon.has(text[hours.end])) {
    const minutesAt = hours.end + 1
    const minutes = readAsciiDigits(text, minutesAt)
    return hours.form === 'ascii' && minutes && minutes.digits === 2 && minutes.value < 60 ? minutes.end : offset
  }
  const hourUnit = lexicon.hour.len(text, hours.end)
  if (!hourUnit) return offset
  let end = hours.end + hourUnit
  const minutes = readSmallNumber(text, end)
  if (minutes && minutes.value < 60 && lexicon.minute.len(text, minutes.end)) end = minutes.end + lexicon.minute.len(text, minutes.end)
  return end
}

/** A quarter at `offset`: 第三季度, 三季度, 3季度, 一季度. */
export function readQuarter(text: string, offset: number): { quarter: number; end: number } | undefined {
  let numberAt = offset
  if (text[numberAt] === lexicon.ordinalPrefix) numberAt++
  const count = readSmallNumber(text, numberAt)
  if (!count || count.digits > 1 || count.value < 1 || count.value > 4) return undefined
  const unit = lexicon.quarterUnit.len(text, count.end)
  if (!unit) return undefined
  return { quarter: count.value, end: count.end + unit }
}
