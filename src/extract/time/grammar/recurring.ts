/** Recurring dates: 每年2月底前, 每年12月31日前, 每年年底前, 每季度末, 每半年末, 每月7日前, 每月上旬, 每周五前. */
import type { Unit } from '../calendar.js'
import { lexicon, WordList } from '../lexicon.js'
import { afterMonth } from './points.js'
import type { Expr, Point, Recurrence, TimeReader } from './types.js'
import { readDay, readMonth, readQuarter } from './units.js'

interface DueInPeriod {
  precision: Unit['precision']
  month?: number
  day?: number
  weekday?: number
  end: number
}

const weekdays = WordList.map<number>(lexicon.raw.recurring.weekdays)

const joiners = WordList.fromWords(lexicon.raw.recurring.joiners)

const halfYearPairs = WordList.fromWords(lexicon.raw.recurring.halfYearPairs)

/** 年中和年末 (在年中和年末向国务院报告): due every half year, at mid-year and at year-end. */
function readHalfYearPair(text: string, offset: number): Expr | undefined {
  const pair = halfYearPairs.len(text, offset)
  if (!pair) return undefined
  const end = offset + pair
  const from: Point = { start: offset, end, unit: { precision: 'half', year: null }, explicitYear: false }
  return { rule: 'recurring', kind: 'recurring', start: offset, end, from, recurrence: { every: 'half' } }
}

/** 2月底, 12月31日, 年底, 第一季度 after 每年; a month alone needs 前 after it. */
function readYearly(text: string, offset: number): DueInPeriod | undefined {
  const yearEnd = lexicon.endAfterYear.len(text, offset)
  if (yearEnd) return { precision: 'month', month: 12, end: offset + yearEnd }
  // 每年第一季度（末）: by the quarter's last month, every year
  const quarter = readQuarter(text, offset)
  if (quarter) return { precision: 'quarter', month: quarter.quarter * 3, end: quarter.end + lexicon.endAfterPart.len(text, quarter.end) }
  const month = readMonth(text, offset)
  if (!month || month.invalid) return undefined
  const point: Point = { start: offset, end: month.end, unit: { precision: 'month', year: 2000, month: month.month }, explicitYear: false }
  const end = afterMonth(text, point, month.end)
  if (point.invalid) return undefined
  if (!point.endFlag && point.unit.precision === 'month' && !lexicon.before.len(text, end)) return undefined
  return { precision: point.unit.precision, month: month.month, day: point.unit.day, end }
}

/** 7日, 上旬, 底 after 每月. */
function readMonthly(text: string, offset: number): DueInPeriod | undefined {
  const day = readDay(text, offset)
  if (day && day.day >= 1 && day.day <= 31) return { precision: 'day', day: day.day, end: day.end }
  const xun = lexicon.xun.longestAt(text, offset)
  if (xun) return { precision: 'xun', end: offset + xun[0].length }
  const monthEnd = lexicon.endAfterMonth.len(text, offset)
  return monthEnd ? { precision: 'month', end: offset + monthEnd } : undefined
}

/** 五前 after 每周 / 每星期: a weekday and 前 (每周五 alone is a meeting day more often than a deadline). */
function readWeekly(text: string, offset: number): DueInPeriod | undefined {
  const weekday = weekdays.longestAt(text, offset)
  if (!weekday) return undefined
  const end = offset + weekday[0].length
  if (!lexicon.before.len(text, end) || lexicon.notBefore.len(text, end)) return undefined
  return { precision: 'day', weekday: weekday[1], end }
}

/** The last day of a yearly window after its first day (每年1月1日⟨至6月30日⟩), or undefined. */
function yearlyWindowEnd(text: string, from: number): DueInPeriod | undefined {
  const dash = lexicon.rangeDash.len(text, from)
  if (!dash) return undefined
  const last = readYearly(text, from + dash)
  return last?.precision === 'day' ? last : undefined
}

const RULE_OF: Record<Recurrence['every'], string> = { year: 'recurring', half: 'recurring', quarter: 'recurring', month: 'recurring.monthly', week: 'recurring.weekly' }

/** 末 / 底 after 每季度 / 每半年. */
function readPartEnd(text: string, offset: number, every: 'quarter' | 'half'): DueInPeriod | undefined {
  const partEnd = lexicon.endAfterPart.len(text, offset)
  return partEnd ? { precision: every, end: offset + partEnd } : undefined
}

export function readRecurring(text: string, offset: number): Expr | undefined {
  if (text[offset] !== lexicon.everyPrefix) return undefined
  const period = lexicon.every.longestAt(text, offset + 1)
  if (!period) return undefined
  const every = period[1]
  const afterPeriod = offset + 1 + period[0].length
  const dueAt = afterPeriod + joiners.len(text, afterPeriod)
  const first = every === 'year' ? readYearly(text, dueAt) : every === 'month' ? readMonthly(text, dueAt) : every === 'week' ? readWeekly(text, dueAt) : readPartEnd(text, dueAt, every)
  if (!first) return undefined
  // 每年1月1日至6月30日（报送年度报告）: a window every year, due on its last day
  const due = (every === 'year' && first.precision === 'day' && yearlyWindowEnd(text, first.end)) || first
  let end = due.end
  if (lexicon.before.len(text, end) && !lexicon.notBefore.len(text, end)) end += lexicon.before.len(text, end)
  const recurrence: Recurrence = { every, month: due.month, day: due.day, weekday: due.weekday }
  const from: Point = { start: offset, end, unit: { precision: due.precision, year: null, month: due.month, day: due.day }, explicitYear: false }
  return { rule: RULE_OF[every], kind: 'recurring', start: offset, end, from, recurrence }
}

export const recurring = {
  name: 'recurring',
  rules: ['recurring', 'recurring.monthly', 'recurring.weekly'] as const,
  startWords: [lexicon.everyPrefix, ...halfYearPairs.words.map((w) => w[0])],
  // a recurring date starts with 每 and its period (每年, 每季度, 每周 …), or is a pair 年中和年末
  needs: [...lexicon.every.words.map((period) => lexicon.everyPrefix + period), ...halfYearPairs.words],
  open: (text) => (at) => readRecurring(text, at) ?? readHalfYearPair(text, at),
} satisfies TimeReader
