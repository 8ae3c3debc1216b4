import { addDays, addMonths, addWeeks, addYears, isValid, lastDayOfMonth, parseISO } from 'date-fns'
import type { Precision } from './lexicon.js'

/**
 * A calendar unit named by the text, before its year is known: a year, a half, a quarter, a
 * month, a xun (ten-day third of a month), a day, or a five-year plan (years y…yEnd).
 */
export interface Unit {
  precision: Exclude<Precision, 'none'>
  y: number | null
  /** Month 1–12 (month, xun, day). */
  m?: number
  /** Day of month (day). */
  d?: number
  /** Half 1–2, quarter 1–4, xun 1–3. */
  part?: number
  /** Last year of a plan period. */
  yEnd?: number
  /** Last month of a span of months (前五个月 → m 1, mEnd 5; 年初 → 1…2). */
  mEnd?: number
  /** Last day of a span of days in a month (月初 → d 1, dEnd 5). */
  dEnd?: number
}

export type Iso = string

/** Local-calendar date → `YYYY-MM-DD`. */
export function iso(d: Date): Iso {
  const y = d.getFullYear()
  const m = d.getMonth() + 1
  const day = d.getDate()
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`
}

/** Date string → local [year, month index, day] (null: not a date); each call gets a new Date. */
const parsed = new Map<string, [number, number, number] | null>()

/** `YYYY-MM-DD` (or a full ISO timestamp, or a Date) → Date at local midnight, or null. */
export function toDate(v: string | Date | undefined | null): Date | null {
  if (v === undefined || v === null) return null
  if (typeof v === 'string') {
    // the same few document dates are read for every clause: parse each string once
    let ymd = parsed.get(v)
    if (ymd === undefined) {
      const d = parseISO(v.length >= 10 ? v.slice(0, 10) : v)
      ymd = isValid(d) ? [d.getFullYear(), d.getMonth(), d.getDate()] : null
      if (parsed.size >= 256) parsed.clear()
      parsed.set(v, ymd)
    }
    return ymd ? new Date(ymd[0], ymd[1], ymd[2]) : null
  }
  return isValid(v) ? new Date(v.getFullYear(), v.getMonth(), v.getDate()) : null
}

/** Is y-m-d a real calendar day? */
export function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  return d <= lastDayOfMonth(new Date(y, m - 1, 1)).getDate()
}

/** First and last day of a unit whose year is known. */
export function bounds(u: Unit, y: number): { first: Date; last: Date } {
  switch (u.precision) {
    case 'year':
      return { first: new Date(y, 0, 1), last: new Date(y, 11, 31) }
    case 'plan-period':
      return { first: new Date(y, 0, 1), last: new Date(u.yEnd ?? y, 11, 31) }
    case 'half': {
      const m0 = (u.part! - 1) * 6
      return { first: new Date(y, m0, 1), last: lastDayOfMonth(new Date(y, m0 + 5, 1)) }
    }
    case 'quarter': {
      const m0 = (u.part! - 1) * 3
      return { first: new Date(y, m0, 1), last: lastDayOfMonth(new Date(y, m0 + 2, 1)) }
    }
    case 'month':
      return { first: new Date(y, u.m! - 1, 1), last: lastDayOfMonth(new Date(y, (u.mEnd ?? u.m!) - 1, 1)) }
    case 'xun': {
      const first = new Date(y, u.m! - 1, (u.part! - 1) * 10 + 1)
      const last = u.part === 3 ? lastDayOfMonth(first) : new Date(y, u.m! - 1, u.part! * 10)
      return { first, last }
    }
    case 'day': {
      const d = new Date(y, u.m! - 1, u.d!)
      return { first: d, last: u.dEnd ? new Date(y, u.m! - 1, u.dEnd) : d }
    }
  }
}

/** The day before. */
export function dayBefore(d: Date): Date {
  return addDays(d, -1)
}

/** The day after. */
export function dayAfter(d: Date): Date {
  return addDays(d, 1)
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
export function addDuration(
  anchor: Date,
  n: number,
  unit: 'day' | 'workday' | 'week' | 'month' | 'year',
  mode: 'deadline' | 'validity' = 'deadline',
): Date {
  let d: Date
  switch (unit) {
    case 'day':
    case 'workday':
      d = addDays(anchor, n)
      break
    case 'week':
      d = addWeeks(anchor, n)
      break
    case 'month':
      d = addMonths(anchor, n)
      break
    case 'year':
      d = addYears(anchor, n)
      break
  }
  return mode === 'validity' ? addDays(d, -1) : d
}

/** Compare two units with known years by first day (for ranges). */
export function firstDayOf(u: Unit, y: number): Date {
  return bounds(u, y).first
}
