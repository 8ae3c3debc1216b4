/**
 * Ranges: two years (2014—2015年), two months (3-5月), two days of a month (9月6日至8日), and
 * two points joined by a dash word (2013年7月—2014年6月). Cues are applied by the date reader.
 */
import { validDay } from '../calendar.js'
import { lexicon } from '../lexicon.js'
import { readAsciiDigits, readCnDigits, readSmallNumber } from '../numerals.js'
import { afterMonth, afterYear, readPoint } from './points.js'
import type { Expr, Point } from './types.js'
import { readDay, readingRocRangeEnd, readMonth, readYear, rocYears, runStart, skipClock, validYear, type YearRead } from './units.js'

/** Rule ids the range readers produce. */
export const RANGE_RULES = ['range.years', 'range.points', 'range.months', 'repair.year-range'] as const

/** 2019年9月6-8日, 9月6日至8日: a range of days inside a month. */
export function readDayRange(text: string, point: Point): Expr | undefined {
  if (point.unit.precision !== 'month' || point.endFlag || point.invalid) return undefined
  const firstDay = readSmallNumber(text, point.end)
  if (!firstDay || firstDay.overflow || firstDay.digits > 2 || firstDay.value < 1) return undefined
  let firstEnd = firstDay.end
  if (lexicon.day.len(text, firstEnd)) firstEnd += lexicon.day.len(text, firstEnd)
  const dash = lexicon.rangeDash.len(text, firstEnd)
  if (!dash) return undefined
  const lastDay = readDay(text, firstEnd + dash)
  if (!lastDay) return readMonthDayRange(text, point, firstDay.value, firstEnd, firstEnd + dash)
  if (lastDay.day < firstDay.value || lastDay.day > 31) return undefined
  const year = point.unit.year
  if (year !== null && (!validDay(year, point.unit.month!, firstDay.value) || !validDay(year, point.unit.month!, lastDay.day))) return undefined
  const from: Point = { ...point, end: firstEnd, unit: { ...point.unit, precision: 'day', day: firstDay.value } }
  const until: Point = { start: firstEnd + dash, end: skipClock(text, lastDay.end), unit: { ...point.unit, precision: 'day', day: lastDay.day }, explicitYear: false }
  return { rule: 'range.points', kind: 'range', start: point.start, end: until.end, from, until: until }
}

/** 1月3至2月10: a day without 日, then a later month and day (日 optional). */
function readMonthDayRange(text: string, point: Point, firstDay: number, firstEnd: number, offset: number): Expr | undefined {
  const month = readMonth(text, offset)
  if (!month || month.invalid || month.month < point.unit.month!) return undefined
  const lastDay = readSmallNumber(text, month.end)
  if (!lastDay || lastDay.overflow || lastDay.digits > 2 || lastDay.value < 1 || lastDay.value > 31) return undefined
  let end = lastDay.end
  if (lexicon.day.len(text, end)) end += lexicon.day.len(text, end)
  else if (end < text.length && !lexicon.bareBoundaries.has(text[end]) && !lexicon.rangeDash.len(text, end)) return undefined
  const year = point.unit.year
  if (firstDay < 1 || firstDay > 31 || (year !== null && (!validDay(year, point.unit.month!, firstDay) || !validDay(year, month.month, lastDay.value)))) return undefined
  if (month.month === point.unit.month && lastDay.value <= firstDay) return undefined
  const from: Point = { ...point, end: firstEnd, unit: { ...point.unit, precision: 'day', day: firstDay } }
  const until: Point = { start: offset, end, unit: { precision: 'day', year: point.unit.year, month: month.month, day: lastDay.value }, explicitYear: false }
  return { rule: 'range.points', kind: 'range', start: point.start, end, from, until: until }
}

/**
 * 2014-2015年, 2008至2009年, 二〇一四—二〇一五年, （2021—2023）, and the repaired 20132022年.
 * The first year has no 年 of its own.
 */
export function readBareYearRange(text: string, offset: number): Expr | undefined {
  if (!runStart(text, offset)) return undefined
  const first = readAsciiDigits(text, offset) ?? readCnDigits(text, offset)
  if (!first || first.overflow) return undefined
  if (first.form === 'ascii' && first.digits === 8 && text[first.end] === lexicon.yearChar) return readLostDash(text, offset, first.end)
  if (first.form === 'ascii' && (first.digits === 2 || first.digits === 3)) return readRocYearRange(text, offset, first.value, first.end)
  if (first.digits !== 4 || text[first.end] === lexicon.yearChar) return undefined
  const dash = lexicon.rangeDash.len(text, first.end)
  if (!dash || !validYear(first.value)) return undefined
  const secondAt = first.end + dash
  // 1985到89年9月: the second year by its last two digits, in the first one's century
  const short = first.form === 'ascii' ? readAsciiDigits(text, secondAt) : undefined
  if (short && short.digits === 2 && text[short.end] === lexicon.yearChar) {
    const secondYear = first.value - (first.value % 100) + short.value
    if (secondYear <= first.value) return undefined
    const from: Point = { start: offset, end: first.end, unit: { precision: 'year', year: first.value }, explicitYear: true }
    const until: Point = { start: secondAt, end: short.end + 1, unit: { precision: 'year', year: secondYear }, explicitYear: true }
    until.end = afterYear(text, until, short.end + 1)
    return { rule: until.unit.precision === 'year' ? 'range.years' : 'range.points', kind: 'range', start: offset, end: until.end, from, until: until }
  }
  const second = first.form === 'ascii' ? readAsciiDigits(text, secondAt) : readCnDigits(text, secondAt)
  if (second?.digits !== 4 || !validYear(second.value) || second.value < first.value) return undefined
  const from: Point = { start: offset, end: first.end, unit: { precision: 'year', year: first.value }, explicitYear: true, chinese: first.form !== 'ascii' }
  if (text[second.end] === lexicon.yearChar) {
    const until: Point = { start: secondAt, end: second.end + 1, unit: { precision: 'year', year: second.value }, explicitYear: true }
    until.end = afterYear(text, until, second.end + 1)
    if (until.unit.precision !== 'year') return undefined // 2014-2015年6月: not a year range
    return { rule: 'range.years', kind: 'range', start: offset, end: until.end, from, until: until }
  }
  // （2021—2023）: both bare, only inside brackets
  if (text[offset - 1] === '（' && text[second.end] === '）') {
    const until: Point = { start: secondAt, end: second.end, unit: { precision: 'year', year: second.value }, explicitYear: true }
    return { rule: 'range.years', kind: 'range', start: offset, end: second.end, from, until: until }
  }
  return undefined
}

/**
 * 105至108年, 104-107年 in a Taiwan document: two bare ROC years (the same bounds and signal as a
 * bare 114年, `units.ts`), the first without its 年. Without this the second year alone read as a
 * target year (108年 → due 2019-12-31) where the text names a span.
 */
function readRocYearRange(text: string, offset: number, firstValue: number, firstEnd: number): Expr | undefined {
  if (text[offset] === '0' || !rocBareYear(firstValue)) return undefined
  const dash = lexicon.rangeDash.len(text, firstEnd)
  if (!dash) return undefined
  const secondAt = firstEnd + dash
  const second = readAsciiDigits(text, secondAt)
  if (!second || second.digits < 2 || second.digits > 3 || text[secondAt] === '0' || !rocBareYear(second.value)) return undefined
  if (second.value < firstValue || text[second.end] !== lexicon.yearChar || !rocYears(text)) return undefined
  const from: Point = { start: offset, end: firstEnd, unit: { precision: 'year', year: firstValue + lexicon.rocOffset }, explicitYear: true, roc: true }
  const until: Point = { start: secondAt, end: second.end + 1, unit: { precision: 'year', year: second.value + lexicon.rocOffset }, explicitYear: true, roc: true }
  until.end = afterYear(text, until, second.end + 1)
  if (until.unit.precision !== 'year') return undefined // 104至107年6月: not a year range
  return { rule: 'range.years', kind: 'range', start: offset, end: until.end, from, until: until }
}

const rocBareYear = (value: number) => value >= lexicon.rocBareMin && value <= lexicon.rocBareMax

/** 20132022年: two years whose dash was lost. */
function readLostDash(text: string, offset: number, digitsEnd: number): Expr | undefined {
  const firstYear = Number(text.slice(offset, offset + 4))
  const secondYear = Number(text.slice(offset + 4, offset + 8))
  if (!validYear(firstYear) || !validYear(secondYear) || firstYear > secondYear) return undefined
  return {
    rule: 'repair.year-range',
    kind: 'range',
    start: offset,
    end: digitsEnd + 1,
    from: { start: offset, end: offset + 4, unit: { precision: 'year', year: firstYear }, explicitYear: true },
    until: { start: offset + 4, end: digitsEnd + 1, unit: { precision: 'year', year: secondYear }, explicitYear: true },
    repaired: `read "${text.slice(offset, digitsEnd)}年" as ${firstYear}—${secondYear}年 (a lost dash)`,
  }
}

/** 3-5月, 3至5月, 2015年3-5月 (a month range whose first month has no 月). */
export function readMonthRange(text: string, offset: number): Expr | undefined {
  if (!runStart(text, offset)) return undefined
  let year: YearRead | undefined
  let monthAt = offset
  const printed = readYear(text, offset)
  if (printed) {
    if (printed.garbled || printed.relative !== undefined) return undefined
    year = printed
    monthAt = printed.end
  }
  const firstMonth = readSmallNumber(text, monthAt)
  if (!firstMonth || firstMonth.digits > 2 || firstMonth.value < 1 || firstMonth.value > 12 || lexicon.month.len(text, firstMonth.end)) return undefined
  const dash = lexicon.rangeDash.len(text, firstMonth.end)
  if (!dash) return undefined
  const lastMonth = readMonth(text, firstMonth.end + dash)
  if (!lastMonth || lastMonth.invalid || lastMonth.month < firstMonth.value) return undefined
  const yearValue = year ? year.year : null
  const from: Point = {
    start: offset,
    end: firstMonth.end,
    unit: { precision: 'month', year: yearValue, month: firstMonth.value },
    explicitYear: !!year,
    roc: year?.roc,
    chinese: year?.chinese,
  }
  const until: Point = { start: firstMonth.end + dash, end: lastMonth.end, unit: { precision: 'month', year: yearValue, month: lastMonth.month }, explicitYear: !!year }
  until.end = afterMonth(text, until, lastMonth.end)
  return { rule: 'range.months', kind: 'range', start: offset, end: until.end, from, until: until }
}

/**
 * A point followed by a dash word and a second point (2013年7月—2014年6月, 2015年1月起至6月,
 * 9月6日至8日). Undefined when no range starts at the point.
 */
export function readPointRange(text: string, point: Point): Expr | undefined {
  let dashAt = point.end
  if (text[dashAt] === '起' && lexicon.rangeTo.len(text, dashAt + 1)) dashAt++
  const dash = lexicon.rangeDash.len(text, dashAt)
  if (!dash || point.invalid) return undefined
  const secondAt = dashAt + dash
  if (point.unit.precision === 'day') {
    // 9月6日至8日: the second day is in the same month
    const secondDay = readDay(text, secondAt)
    if (secondDay && secondDay.day > point.unit.day! && (point.unit.year === null || validDay(point.unit.year, point.unit.month!, secondDay.day))) {
      const until: Point = { start: secondAt, end: skipClock(text, secondDay.end), unit: { ...point.unit, day: secondDay.day }, explicitYear: false }
      return { rule: 'range.points', kind: 'range', start: point.start, end: until.end, from: point, until: until }
    }
  }
  let second = point.roc ? readingRocRangeEnd(() => readPoint(text, secondAt)) : readPoint(text, secondAt)
  // a carried era gives no end before the start (民国八十年至七十年 is no range)
  if (point.roc && second && !('noun' in second) && second.roc && second.unit.year !== null && point.unit.year !== null && second.unit.year < point.unit.year) second = undefined
  if (second && !('noun' in second) && !second.invalid && (second.explicitYear || second.yearRel !== undefined || point.unit.year !== null || point.yearRel !== undefined || !point.explicitYear)) {
    const expr: Expr = { rule: 'range.points', kind: 'range', start: point.start, end: second.end, from: point, until: second }
    if (point.unit.precision === 'year' && second.unit.precision === 'year' && !point.endFlag) expr.rule = 'range.years'
    return expr
  }
  return undefined
}
