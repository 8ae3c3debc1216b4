/**
 * Calendar points: a year and what follows it (全年, a half, a quarter, a month, a day, 底/末,
 * 年内 …), the yearless forms (12月底, 上半年, 第三季度, 年底, 本月), and the numeric dates of
 * headers (2013.03.15). A point becomes an expression in dates.ts, with its cues (cues.ts).
 */
import { validDay } from '../calendar.js'
import { isAsciiDigit, lexicon } from '../lexicon.js'
import { readAsciiDigits, readSmallNumber } from '../numerals.js'
import { targetBefore } from './cues.js'
import type { NounYear, Point } from './types.js'
import { readDay, readMonth, readQuarter, readYear, runStart, skipClock, validYear } from './units.js'

/**
 * After a month (its unit read up to `offset`): a day (+ clock), a xun, 底/末, or 初.
 * Fills `point` and returns the new end.
 */
export function afterMonth(text: string, point: Point, offset: number): number {
  const day = readDay(text, offset)
  if (day) {
    point.unit = { ...point.unit, precision: 'day', day: day.day }
    if (!point.invalid && point.unit.year !== null && !validDay(point.unit.year, point.unit.month!, day.day)) point.invalid = `day ${point.unit.month}月${day.day}日 does not exist`
    if (!point.invalid && (day.day < 1 || day.day > 31)) point.invalid = `day ${day.day} does not exist`
    return skipClock(text, day.end)
  }
  const xun = lexicon.xun.longestAt(text, offset)
  if (xun) {
    point.unit = { ...point.unit, precision: 'xun', part: xun[1] }
    return withEndWord(text, point, offset + xun[0].length)
  }
  const monthEnd = lexicon.endAfterMonth.len(text, offset)
  if (monthEnd) {
    point.endFlag = true
    return offset + monthEnd
  }
  // 8月初, 本月初: the first days (not 初步 / 初见)
  const monthStart = lexicon.monthStart.len(text, offset)
  if (monthStart && !lexicon.notAfterYearStart.has(text[offset + monthStart])) {
    point.unit = { ...point.unit, precision: 'day', day: 1, dayEnd: lexicon.monthStartLastDay }
    return offset + monthStart
  }
  return offset
}

/** 末 / 底 after a xun, a half or a quarter ending at `offset`: marks the point's end, returns the new end. */
function withEndWord(text: string, point: Point, offset: number): number {
  const endWord = lexicon.endAfterPart.len(text, offset)
  if (!endWord) return offset
  point.endFlag = true
  return offset + endWord
}

/** A quarter or half read as a point, extended over a following 末/底 (`一季度末`): it then names its end. */
function withPartEnd(text: string, point: Point): Point {
  point.end = withEndWord(text, point, point.end)
  return point
}

/** 前五个月, 前两个季度, 后三月 after a year: the first / last months of it. */
function readMonthSpan(text: string, point: Point, offset: number): number | undefined {
  const direction = text[offset] === '前' ? 1 : text[offset] === '后' ? -1 : 0
  if (!direction) return undefined
  const count = readSmallNumber(text, offset + 1)
  if (!count || count.overflow || count.value < 1) return undefined
  const unit = lexicon.spanUnits.longestAt(text, count.end)
  if (!unit) return undefined
  const months = count.value * unit[1]
  if (months > 12) return undefined
  point.unit = direction > 0 ? { ...point.unit, precision: 'month', month: 1, monthEnd: months } : { ...point.unit, precision: 'month', month: 13 - months, monthEnd: 12 }
  return count.end + unit[0].length
}

/** 年初 / 初 / 伊始 / 年中 at `offset` (after a year or alone): a span of months, or undefined. */
function readYearPart(text: string, offset: number): { month: number; monthEnd: number; end: number } | undefined {
  const start = lexicon.yearStart.longestAt(text, offset)
  if (start && !lexicon.notAfterYearStart.has(text[offset + start[0].length])) return { month: start[1][0], monthEnd: start[1][1], end: offset + start[0].length }
  const middle = lexicon.yearMiddle.longestAt(text, offset)
  if (middle) {
    const end = offset + middle[0].length
    if (lexicon.yearMiddleNeeds.len(text, end) || end >= text.length) return { month: middle[1][0], monthEnd: middle[1][1], end }
  }
  return undefined
}

/** After a year (just past 年): 全年, a half, a quarter, a month…, or 底/年底. */
export function afterYear(text: string, point: Point, offset: number): number {
  const span = readMonthSpan(text, point, offset)
  if (span !== undefined) return span
  const first = lexicon.firstOfYear.longestAt(text, offset)
  if (first) {
    point.unit = first[1] === 'quarter' ? { ...point.unit, precision: 'quarter', part: 1 } : { ...point.unit, precision: 'month', month: 1 }
    return offset + first[0].length
  }
  // 2015年年初, 明年初, 2022年伊始, 2015年中前
  const part = readYearPart(text, offset) ?? (text[offset] === lexicon.yearChar ? readYearPart(text, offset + 1) : undefined)
  if (part) {
    point.unit = { ...point.unit, precision: 'month', month: part.month, monthEnd: part.monthEnd }
    return part.end
  }
  const whole = lexicon.wholeYear.len(text, offset)
  if (whole) {
    point.whole = true
    point.endFlag = false
    return offset + whole
  }
  const half = lexicon.halves.longestAt(text, offset)
  if (half) {
    point.unit = { ...point.unit, precision: 'half', part: half[1] }
    return withEndWord(text, point, offset + half[0].length)
  }
  const quarter = readQuarter(text, offset)
  if (quarter) {
    point.unit = { ...point.unit, precision: 'quarter', part: quarter.quarter }
    return withEndWord(text, point, quarter.end)
  }
  const month = readMonth(text, offset)
  if (month) {
    point.unit = { ...point.unit, precision: 'month', month: month.month }
    if (month.invalid) point.invalid = month.invalid
    return afterMonth(text, point, month.end)
  }
  const yearEnd = lexicon.endAfterYear.len(text, offset)
  if (yearEnd) {
    point.endFlag = true
    return offset + yearEnd
  }
  const within = lexicon.within.len(text, offset)
  if (within && text[offset] === '内') {
    point.within = true
    return offset + within
  }
  const withinYear = lexicon.yearlessWithin.longestAt(text, offset)
  if (withinYear && withinYear[0][0] === lexicon.yearChar) {
    point.within = true
    return offset + withinYear[0].length
  }
  return offset
}

/** A point at `offset` with an optional year (yearless: 12月底, 上半年, 第三季度, 年底, 年内). */
export function readPoint(text: string, offset: number, allowYearless = true): Point | NounYear | undefined {
  const year = runStart(text, offset) ? readYear(text, offset) : undefined
  if (year) {
    if (text.startsWith('度', year.end) && year.year !== null) return { noun: true, year: year.year, end: year.end + 1 }
    const point: Point = {
      start: offset,
      end: year.end,
      unit: { precision: 'year', year: year.year },
      explicitYear: year.relative === undefined,
      yearRel: year.relative,
      roc: year.roc,
      chinese: year.chinese,
      sameYear: year.same,
      invalid: year.invalid,
      garbled: year.garbled,
      leadingZero: year.garbled && text[offset] === '0',
      placeholder: year.placeholder,
    }
    point.end = afterYear(text, point, year.end)
    return point
  }
  if (!allowYearless) return undefined
  const repaired = readLostYearChar(text, offset)
  if (repaired !== undefined) return repaired || undefined
  const monthDay = readLostMonthChar(text, offset)
  if (monthDay) return monthDay
  const century = readCentury(text, offset)
  if (century) return century
  const monthOf = lexicon.monthOf.longestAt(text, offset)
  if (monthOf) {
    const point: Point = { start: offset, end: offset + monthOf[0].length, unit: { precision: 'month', year: null }, explicitYear: false, monthRel: monthOf[1] }
    point.end = afterMonth(text, point, point.end)
    return point
  }
  const quarterOf = lexicon.quarterOf.longestAt(text, offset)
  if (quarterOf) {
    return withPartEnd(text, { start: offset, end: offset + quarterOf[0].length, unit: { precision: 'quarter', year: null }, explicitYear: false, quarterRel: quarterOf[1] })
  }
  // 三年内 counts years; 应当年底前 does not (the 当 of 应当 is no count)
  const yearCounted = lexicon.yearCount.has(text[offset - 1]) && !lexicon.sameYearNotAfter.before(text, offset)
  if (text[offset] === lexicon.yearChar && !yearCounted) {
    const part = readYearPart(text, offset)
    if (part && part.end > offset + 1) return { start: offset, end: part.end, unit: { precision: 'month', year: null, month: part.month, monthEnd: part.monthEnd }, explicitYear: false }
  }
  if (!runStart(text, offset) || text[offset - 1] === lexicon.yearChar) return undefined
  const month = readMonth(text, offset)
  if (month) {
    const point: Point = { start: offset, end: month.end, unit: { precision: 'month', year: null, month: month.month }, explicitYear: false, invalid: month.invalid }
    point.end = afterMonth(text, point, month.end)
    return point
  }
  const half = lexicon.halves.longestAt(text, offset)
  if (half) {
    return withPartEnd(text, { start: offset, end: offset + half[0].length, unit: { precision: 'half', year: null, part: half[1] }, explicitYear: false })
  }
  const quarter = readQuarter(text, offset)
  if (quarter) {
    return withPartEnd(text, { start: offset, end: quarter.end, unit: { precision: 'quarter', year: null, part: quarter.quarter }, explicitYear: false })
  }
  if (text[offset] === lexicon.yearChar && !yearCounted) {
    const yearEnd = lexicon.yearlessEnd.len(text, offset)
    // 纳入年底效能目标考核体系 / 年底逐一绩效对账: 年底 modifies a noun, it sets no date
    const noun = offset + yearEnd + lexicon.yearlessEndAdverbs.len(text, offset + yearEnd)
    if (yearEnd && !lexicon.yearlessEndNotBefore.longestAt(text, noun)) return { start: offset, end: offset + yearEnd, unit: { precision: 'year', year: null }, explicitYear: false, endFlag: true }
  }
  const within = lexicon.yearlessWithin.longestAt(text, offset)
  // (年内分配 / 年内分布: the year's figures spread by month, a statistic's scope, no time)
  if (within && (within[0][0] !== lexicon.yearChar || !yearCounted) && !lexicon.yearlessWithinNotBefore.longestAt(text, offset + within[0].length)) {
    return { start: offset, end: offset + within[0].length, unit: { precision: 'year', year: null }, explicitYear: false, within: true }
  }
  return undefined
}

/**
 * A year and month whose 年 was lost (20133月 → 2013年3月). Undefined: no such digit run here;
 * null: a run of 5–6 digits before 月 that is no year and month (nothing else can start here).
 */
function readLostYearChar(text: string, offset: number): Point | null | undefined {
  const digits = isAsciiDigit(text[offset]) && runStart(text, offset) ? readAsciiDigits(text, offset) : undefined
  if (!digits || (digits.digits !== 5 && digits.digits !== 6) || !lexicon.month.len(text, digits.end)) return undefined
  const printed = text.slice(offset, digits.end)
  const year = Number(printed.slice(0, 4))
  const month = Number(printed.slice(4))
  if (!validYear(year) || month < 1 || month > 12) return null
  const point: Point = {
    start: offset,
    end: digits.end + lexicon.month.len(text, digits.end),
    unit: { precision: 'month', year, month },
    explicitYear: true,
    repaired: `read "${printed}月" as ${year}年${month}月 (a lost 年)`,
  }
  point.end = afterMonth(text, point, point.end)
  return point
}

/**
 * A month and day whose 月 was lost (分别于615日、1215日前 → 6月15日、12月15日前): a run of three or
 * four digits before 日 that splits into exactly one valid month and day (115日 could be 1月15日 or
 * 11月5日: not read), set as a date by a target word before it (于) or a deadline cue after it (前).
 */
function readLostMonthChar(text: string, offset: number): Point | undefined {
  const digits = isAsciiDigit(text[offset]) && runStart(text, offset) ? readAsciiDigits(text, offset) : undefined
  if (!digits || (digits.digits !== 3 && digits.digits !== 4)) return undefined
  const dayUnit = lexicon.day.len(text, digits.end)
  if (!dayUnit) return undefined
  const printed = text.slice(offset, digits.end)
  const splits = [1, 2]
    .map((monthDigits) => ({ month: Number(printed.slice(0, monthDigits)), day: Number(printed.slice(monthDigits)), dayDigits: printed.length - monthDigits }))
    .filter((split) => split.month >= 1 && split.month <= 12 && split.dayDigits <= 2 && split.day >= 1 && split.day <= 31 && validDay(2000, split.month, split.day))
  if (splits.length !== 1) return undefined
  const end = digits.end + dayUnit
  const target = lexicon.target.before(text, offset) && !lexicon.notTarget.before(text, offset)
  if (!target && !lexicon.before.len(text, end)) return undefined
  const { month, day } = splits[0]
  return {
    start: offset,
    end,
    unit: { precision: 'day', year: null, month, day },
    explicitYear: false,
    repaired: `read "${printed}日" as ${month}月${day}日 (a lost 月)`,
  }
}

/**
 * Numeric dates of page headers and metadata: 2013.03.15, 2013-07-15, 2014-4-2, 2013/7/15.
 * The same separator twice, a valid day, and no further digit group after it (not a version
 * number or an IP address).
 */
export const NUMERIC_DATE_SEPARATORS = '.-/'

export function readNumericDate(text: string, offset: number): Point | undefined {
  if (!runStart(text, offset) || ((text[offset - 1] === '.' || text[offset - 1] === '/') && isAsciiDigit(text[offset - 2]))) return undefined
  const year = readAsciiDigits(text, offset)
  if (year?.digits !== 4 || !validYear(year.value)) return undefined
  const separator = text[year.end]
  if (separator === undefined || !NUMERIC_DATE_SEPARATORS.includes(separator)) return undefined
  const month = readAsciiDigits(text, year.end + 1)
  if (!month || month.digits > 2 || text[month.end] !== separator) return undefined
  const day = readAsciiDigits(text, month.end + 1)
  if (!day || day.digits > 2) return undefined
  if ((text[day.end] === separator || text[day.end] === '.') && isAsciiDigit(text[day.end + 1])) return undefined
  if (!validDay(year.value, month.value, day.value)) return undefined
  return { start: offset, end: day.end, unit: { precision: 'day', year: year.value, month: month.value, day: day.value }, explicitYear: true }
}

/**
 * 本世纪末 / 在本世纪内 / 下个世纪末: the last year of a century relative to the text's, due at its end (its year
 * is resolved with the document's, scan.ts). 本世纪中叶 is not read: no end word.
 */
function readCentury(text: string, offset: number): Point | undefined {
  const century = lexicon.centuryOf.longestAt(text, offset)
  // only a target's (到本世纪末, 在本世纪内): 实现本世纪末的宏伟目标 names a goal, not a time
  const target = century ? (targetBefore(text, offset) ?? lexicon.centuryTargets.before(text, offset)?.[0]) : undefined
  // 为在本世纪末实现… / 全面实现到本世纪末的…: a goal served or cited
  if (!century || !target || lexicon.centuryGoals.before(text, offset - target.length)) return undefined
  const endAt = offset + century[0].length
  const end = lexicon.centuryEnds.longestAt(text, endAt)
  if (!end) return undefined
  const point: Point = { start: offset, end: endAt + end[0].length, unit: { precision: 'year', year: null }, explicitYear: false, centuryRel: century[1] }
  if (end[1] === 'within') point.within = true
  else point.endFlag = true
  return point
}

/** The rule id of a point read alone (grammars/time/rules.json). */
export function ruleOfPoint(point: Point): string {
  if (point.centuryRel !== undefined) return 'point.century'
  if (point.monthRel !== undefined) return 'point.relative-month'
  if (point.quarterRel !== undefined) return 'point.relative-quarter'
  if (point.unit.monthEnd !== undefined) return 'point.year-part'
  if (point.unit.dayEnd !== undefined) return 'point.month-start'
  if (point.yearRel !== undefined) return 'point.relative-year'
  if (point.roc) return 'point.roc'
  if (point.chinese) return 'point.cn-numerals'
  switch (point.unit.precision) {
    case 'day':
      return 'point.day'
    case 'month':
      return 'point.month'
    case 'xun':
      return 'point.xun'
    case 'quarter':
      return 'point.quarter'
    case 'half':
      return 'point.half'
    default:
      if (point.whole) return 'point.whole-year'
      if (point.within) return 'point.within-year'
      if (point.endFlag) return 'point.year-end'
      return 'point.year'
  }
}

/** Rule ids the point readers produce. */
export const POINT_RULES = [
  'point.day',
  'point.numeric',
  'point.month',
  'point.year',
  'point.xun',
  'point.quarter',
  'point.half',
  'point.whole-year',
  'point.year-end',
  'point.within-year',
  'point.relative-year',
  'point.century',
  'point.roc',
  'point.cn-numerals',
  'point.year-part',
  'point.month-start',
  'point.relative-month',
  'point.relative-quarter',
  'repair.year-month',
  'repair.month-day',
  'invalid',
] as const
