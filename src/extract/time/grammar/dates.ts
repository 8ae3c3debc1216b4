/**
 * The date reader: a point (2015年6月底前, 12月底, 上半年, 本月), a range (2014—2015年,
 * 2013年7月—2014年6月, 3-5月, 9月6日至8日) or a numeric date (2013.03.15), with the cues that
 * make it a deadline, a start, a range or nothing (cues.ts).
 */
import { isAsciiDigitCode, isCnNumeralCode, lexicon, WordList } from '../lexicon.js'
import { numberThen } from '../numerals.js'
import { applyCues } from './cues.js'
import { NUMERIC_DATE_SEPARATORS, POINT_RULES, readNumericDate, readPoint, ruleOfPoint } from './points.js'
import { RANGE_RULES, readBareYearRange, readDayRange, readMonthRange, readPointRange } from './ranges.js'
import type { Expr, NounYear, TimeReader } from './types.js'

/** A date expression at `offset`; undefined when nothing time-like starts here. */
export function readDate(text: string, offset: number): Expr | NounYear | undefined {
  const numeric = readNumericDate(text, offset)
  if (numeric) return applyCues(text, { rule: 'point.numeric', kind: 'due', start: offset, end: numeric.end, from: numeric }, offset)
  const range = readBareYearRange(text, offset) ?? readMonthRange(text, offset)
  if (range) return applyCues(text, range, range.start)
  const point = readPoint(text, offset)
  if (!point) return undefined
  if ('noun' in point) return point
  const pointRange = readDayRange(text, point) ?? readPointRange(text, point)
  if (pointRange) return applyCues(text, pointRange, point.start)
  const expr: Expr = { rule: ruleOfPoint(point), kind: 'due', start: point.start, end: point.end, from: point }
  if (point.invalid) {
    expr.invalid = point.invalid
    expr.rule = 'invalid'
  }
  if (point.repaired) {
    expr.repaired = point.repaired
    expr.rule = point.explicitYear ? 'repair.year-month' : 'repair.month-day'
  }
  return applyCues(text, expr, point.start)
}

// Words a date can begin with besides a number: 第 / 年 / a relative year / an ROC prefix / a
// half / a within-year word / 当年 / 本月 / 本季度.
const startWords = [
  ...lexicon.yearOf.words,
  ...lexicon.centuryOf.words,
  ...lexicon.rocPrefixes.words,
  ...lexicon.placeholderYears.words,
  ...lexicon.halves.words,
  ...lexicon.yearlessWithin.words,
  ...lexicon.sameYear.words,
  ...lexicon.monthOf.words,
  ...lexicon.monthNames.words,
  ...lexicon.quarterOf.words,
  lexicon.ordinalPrefix,
  lexicon.yearChar,
]
// Away from a number, every date path (readPoint, readMonthRange) begins by reading one of these
// words whole at its start (a year word, 本月, 上半年, 年内 …; 第 and 年 are words of one
// character), so a start character alone (上级, 本地, 当前) is not enough to try the reader.
const START_WORDS = WordList.fromWords(startWords)
// After a number (read to the end of its run) must come 年, a month or quarter unit, a range
// dash, or (ASCII) a numeric-date separator; anything else cannot start a date.
const AFTER_NUMBER = new Uint8Array(65536)
for (const list of [lexicon.month, lexicon.quarterUnit, lexicon.rangeDash]) for (const word of list.words) AFTER_NUMBER[word.charCodeAt(0)] = 1
AFTER_NUMBER[lexicon.yearChar.charCodeAt(0)] = 1
// After an ASCII run also a numeric-date separator (1), and two followers that only one form reads,
// each with a test of its own at the run (see canStart): a day unit (LOST_MONTH) and a line break (WRAPPED_YEAR).
const AFTER_ASCII = AFTER_NUMBER.slice()
const LOST_MONTH = 2
const WRAPPED_YEAR = 3
const NUMERIC_DATE = 4
// 2013.03.15: a separator no other form reads (. /) opens a numeric date only after a four-digit year
for (const separator of NUMERIC_DATE_SEPARATORS) if (AFTER_ASCII[separator.charCodeAt(0)] === 0) AFTER_ASCII[separator.charCodeAt(0)] = NUMERIC_DATE
// 615日: a month and day whose 月 was lost (points.ts readLostMonthChar), three or four digits
for (const word of lexicon.day.words) if (AFTER_ASCII[word.charCodeAt(0)] === 0) AFTER_ASCII[word.charCodeAt(0)] = LOST_MONTH
// 2022⏎年底: a year cut from its 年 by one line break (units.ts readYear)
const LINE_BREAK = '\n'.charCodeAt(0)
if (AFTER_ASCII[LINE_BREAK] === 0) AFTER_ASCII[LINE_BREAK] = WRAPPED_YEAR
const YEAR_CHAR = lexicon.yearChar.charCodeAt(0)
// Chinese digit runs may hold O / o (二O一五)
const IN_CN_RUN = new Uint8Array(65536)
for (let code = 0; code < 65536; code++) if (isCnNumeralCode(code)) IN_CN_RUN[code] = 1
for (const digit of lexicon.cnDigits.keys()) IN_CN_RUN[digit.charCodeAt(0)] = 1

/**
 * Could a date start at `offset`? False means surely not. Remembers the end of the last number run,
 * so asking at every position of one run (十三五十三五…, where the scan stops at each plan name)
 * stays linear.
 */
export class DateGate {
  private asciiEnd = -1
  private cnEnd = -1

  constructor(private readonly text: string) {}

  canStart(offset: number): boolean {
    const text = this.text
    const code = text.charCodeAt(offset)
    if (isAsciiDigitCode(code)) {
      if (offset >= this.asciiEnd) {
        let end = offset + 1
        while (end < text.length && isAsciiDigitCode(text.charCodeAt(end))) end++
        this.asciiEnd = end
      }
      // 20XX年: a template's placeholder year (units.ts readYear)
      return this.afterAscii(offset) || lexicon.placeholderYears.longestAt(text, offset) !== undefined
    }
    if (isCnNumeralCode(code)) {
      if (offset >= this.cnEnd) {
        let end = offset + 1
        while (end < text.length && IN_CN_RUN[text.charCodeAt(end)] === 1) end++
        this.cnEnd = end
      }
      return this.cnEnd < text.length && AFTER_NUMBER[text.charCodeAt(this.cnEnd)] === 1
    }
    return START_WORDS.longestAt(text, offset) !== undefined
  }

  /**
   * Can the code unit after the ASCII run that `offset` lies in continue a date begun at `offset`? A day
   * unit only after a run of three or four digits from `offset` (615日), a line break only before 年
   * (2022⏎年底), a point or slash only after four digits and before a digit (2013.03.15, not 1.5倍);
   * most digit runs a break ends are a page's numbers (469⏎⏎), read by no reader.
   */
  private afterAscii(offset: number): boolean {
    const text = this.text
    const end = this.asciiEnd
    if (end >= text.length) return false
    const follower = AFTER_ASCII[text.charCodeAt(end)]
    if (follower === LOST_MONTH) return end - offset === 3 || end - offset === 4
    if (follower === WRAPPED_YEAR) return text.charCodeAt(end + 1) === YEAR_CHAR
    if (follower === NUMERIC_DATE) return end - offset === 4 && isAsciiDigitCode(text.charCodeAt(end + 1))
    return follower === 1
  }
}

// Every date holds one of these whole, inside its span (units.ts, points.ts, ranges.ts):
// - a year is a number read up to 年 (2015年, 二〇一五年, 民国七十三年, 20132022年, 1985到89年) or a
//   relative / same-year word (今年, 当年);
// - a month is a number read up to a month unit (6月, 十二月份) or a word (本月, 元月 …); a quarter a
//   number up to 季度 (第三季度) or a word (本季度 …);
// - the yearless forms are words (上半年, 年内, 年底) or start at 年 (年初, 年中);
// - a numeric date is a valid four-digit year then its separator (2013.03.15); a bare year range a
//   valid year then a dash (2014—2015年, （2021—2023）), in ASCII or Chinese digits.
// Every other date form (ranges, days, parts, cues) extends one of these points.
const years = Array.from({ length: lexicon.maxYear - lexicon.minYear + 1 }, (_, k) => String(lexicon.minYear + k))
const needs = [
  ...numberThen([lexicon.yearChar]),
  // (2022⏎年: an ASCII year cut from its 年 by a line break, which AFTER_ASCII lets the gate read)
  ...[...'0123456789'].map((digit) => `${digit}\n${lexicon.yearChar}`),
  ...lexicon.yearOf.words,
  ...lexicon.centuryOf.words.flatMap((century) => lexicon.centuryEnds.words.map((end) => century + end)),
  ...lexicon.sameYear.words,
  // (20XX年: a template's placeholder year)
  ...lexicon.placeholderYears.words.map((word) => word + lexicon.yearChar),
  ...numberThen(lexicon.month.words),
  // (615日: a month and day whose 月 was lost, in ASCII digits)
  ...[...'0123456789'].flatMap((digit) => lexicon.day.words.map((word) => digit + word)),
  ...lexicon.monthOf.words,
  ...lexicon.monthNames.words,
  ...numberThen(lexicon.quarterUnit.words),
  ...lexicon.quarterOf.words,
  ...lexicon.halves.words,
  ...lexicon.yearlessWithin.words,
  ...lexicon.yearlessEnd.words,
  ...[...lexicon.yearStart.words, ...lexicon.yearMiddle.words].filter((word) => word.startsWith(lexicon.yearChar)),
  ...years.flatMap((year) => [...NUMERIC_DATE_SEPARATORS, ...lexicon.rangeDash.words].map((after) => year + after)),
  ...[...lexicon.cnDigits.keys()].flatMap((digit) => lexicon.rangeDash.words.map((dash) => digit + dash)),
]

export const dates = {
  name: 'dates',
  rules: [...POINT_RULES, ...RANGE_RULES],
  startWords,
  startsAtNumbers: true,
  needs,
  open(text) {
    const gate = new DateGate(text)
    return (at) => (gate.canStart(at) ? readDate(text, at) : undefined)
  },
} satisfies TimeReader
