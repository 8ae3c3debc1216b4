import { addDays, addMonths, addWeeks, addYears, isValid, lastDayOfMonth, parseISO } from 'date-fns'
import type { Precision } from './lexicon.js'

/**
 * A calendar unit named by the text, before its year is known: a year, a half, a quarter, a
 * month, a xun (ten-day third of a month), a day, or a five-year plan (years y…yEnd).
 */
export interface Unit {
  precision: Exclude<Precision, 'none'>
  year: number | null
  /** Month 1–12 (month, xun, day). */
  month?: number
  /** Day of month (day). */
  day?: number
  /** Half 1–2, quarter 1–4, xun 1–3. */
  part?: number
  /** Last year of a plan period. */
  yearEnd?: number
  /** Last month of a span of months (前五个月 → m 1, mEnd 5; 年初 → 1…2). */
  monthEnd?: number
  /** Last day of a span of days in a month (月初 → d 1, dEnd 5). */
  dayEnd?: number
}

export type Iso = string

/** Local-calendar date → `YYYY-MM-DD`. */
export function iso(date: Date): Iso {
  const year = date.getFullYear()
  const month = date.getMonth() + 1
  const day = date.getDate()
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
}

/** Date string → local [year, month index, day] (null: not a date); each call gets a new Date. */
const parsed = new Map<string, [number, number, number] | null>()

/** `YYYY-MM-DD` (or a full ISO timestamp, or a Date) → Date at local midnight, or null. */
export function toDate(value: string | Date | undefined | null): Date | null {
  if (value === undefined || value === null) return null
  if (typeof value === 'string') {
    // the same few document dates are read for every clause: parse each string once
    let ymd = parsed.get(value)
    if (ymd === undefined) {
      const parsedDate = parseISO(value.length >= 10 ? value.slice(0, 10) : value)
      ymd = isValid(parsedDate) ? [parsedDate.getFullYear(), parsedDate.getMonth(), parsedDate.getDate()] : null
      if (parsed.size >= 256) parsed.clear()
      parsed.set(value, ymd)
    }
    return ymd ? new Date(ymd[0], ymd[1], ymd[2]) : null
  }
  return isValid(value) ? new Date(value.getFullYear(), value.getMonth(), value.getDate()) : null
}

/** Is y-m-d a real calendar day? */
export function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= lastDayOfMonth(new Date(year, month - 1, 1)).getDate()
}

/** First and last day of a unit whose year is known. */
export function bounds(unit: Unit, year: number): { first: Date; last: Date } {
  switch (unit.precision) {
    case 'year':
      return { first: new Date(year, 0, 1), last: new Date(year, 11, 31) }
    case 'plan-period':
      return { first: new Date(year, 0, 1), last: new Date(unit.yearEnd ?? year, 11, 31) }
    case 'half': {
      const firstMonth = (unit.part! - 1) * 6
      return { first: new Date(year, firstMonth, 1), last: lastDayOfMonth(new Date(year, firstMonth + 5, 1)) }
    }
    case 'quarter': {
      const firstMonth = (unit.part! - 1) * 3
      return { first: new Date(year, firstMonth, 1), last: lastDayOfMonth(new Date(year, firstMonth + 2, 1)) }
    }
    case 'month':
      return { first: new Date(year, unit.month! - 1, 1), last: lastDayOfMonth(new Date(year, (unit.monthEnd ?? unit.month!) - 1, 1)) }
    case 'xun': {
      const first = new Date(year, unit.month! - 1, (unit.part! - 1) * 10 + 1)
      const last = unit.part === 3 ? lastDayOfMonth(first) : new Date(year, unit.month! - 1, unit.part! * 10)
      return { first, last }
    }
    case 'day': {
      const date = new Date(year, unit.month! - 1, unit.day!)
      return { first: date, last: unit.dayEnd ? new Date(year, unit.month! - 1, unit.dayEnd) : date }
    }
  }
}

/** The day before. */
export function dayBefore(date: Date): Date {
  return addDays(date, -1)
}

/** The day after. */
export function dayAfter(date: Date): Date {
  return addDays(date, 1)
}

/**
 * Anchor + a duration. Two conventions of Chinese practice:
 * - `deadline` (自印发之日起30日内): the anchor day is not counted (Civil Code art. 201), so the
 *   period ends n days later, or on the corresponding day n months / years later
 *   (2019-01-01 + 30 日 → 2019-01-31; 2019-01-15 + 3 个月 → 2019-04-15).
 * - `validity` (自2023年2月22日施行，有效期3年): the effective day is the first day, so the last
 *   day is the day before the corresponding date (→ 2026-02-21, as the corpus prints it).
 * Working days are counted as calendar days (no holiday calendar); callers add a note.
 */
export function addDuration(anchor: Date, count: number, unit: 'day' | 'workday' | 'week' | 'month' | 'year', mode: 'deadline' | 'validity' = 'deadline'): Date {
  let result: Date
  switch (unit) {
    case 'day':
    case 'workday':
      result = addDays(anchor, count)
      break
    case 'week':
      result = addWeeks(anchor, count)
      break
    case 'month':
      result = addMonths(anchor, count)
      break
    case 'year':
      result = addYears(anchor, count)
      break
  }
  return mode === 'validity' ? addDays(result, -1) : result
}

/** Compare two units with known years by first day (for ranges). */
export function firstDayOf(unit: Unit, year: number): Date {
  return bounds(unit, year).first
}
