/**
 * The time grammar's structure: how years, months, days, parts of years, cues and ranges
 * combine. Every word comes from the lexicon (grammars/time/lexicon.json). All readers look at
 * a bounded window after their start, except digit runs, which are read once to their end and
 * then skipped by the scanner, so a scan is linear in the text length.
 *
 * Positions here are offsets in the canonical copy (see canon.ts).
 */
import type { Unit } from './calendar.js'
import { validDay } from './calendar.js'
import { isAsciiDigit, isAsciiDigitCode, isCnNumeral, isCnNumeralCode, lexicon as L } from './lexicon.js'
import { readAsciiDigits, readCnDigits, readCnPositional, readSmallNumber, type NumberRead } from './numerals.js'

export type Kind = 'due' | 'start' | 'range' | 'recurring' | 'ongoing' | 'immediate'

/** Grammar rule ids (grammars/time/rules.json describes each with an example). */
export type RuleId =
  | 'point.day'
  | 'point.numeric'
  | 'point.month'
  | 'point.year'
  | 'point.xun'
  | 'point.quarter'
  | 'point.half'
  | 'point.whole-year'
  | 'point.year-end'
  | 'point.within-year'
  | 'point.relative-year'
  | 'point.roc'
  | 'point.cn-numerals'
  | 'range.years'
  | 'range.points'
  | 'range.months'
  | 'plan.five-year'
  | 'recurring'
  | 'ongoing'
  | 'immediate'
  | 'near-term'
  | 'anchor'
  | 'anchor.duration'
  | 'point.year-part'
  | 'point.month-start'
  | 'point.relative-month'
  | 'point.relative-quarter'
  | 'range.relative-years'
  | 'span.ahead'
  | 'span.within-years'
  | 'repair.year-month'
  | 'repair.year-range'
  | 'invalid'

/** A calendar point as read: a unit plus how the text qualified it. */
export interface Point {
  start: number
  end: number
  unit: Unit
  /** The year was printed (or repaired), not inferred. */
  explicitYear: boolean
  /** 今年 / 明年 …: offset from the document year. */
  yearRel?: number
  /** 当年 / 同年: the item's year when one is printed before, else the document year (yearRel 0). */
  sameYear?: boolean
  /** 本月 / 上个月 …: offset from the document month (unit.m is set when resolved). */
  monthRel?: number
  /** 本季度 / 上季度 …: offset from the document quarter (unit.part is set when resolved). */
  quarterRel?: number
  /** 底 / 末: the last day of the unit. */
  endFlag?: boolean
  /** 年内: within the unit. */
  within?: boolean
  /** 全年. */
  whole?: boolean
  roc?: boolean
  cn?: boolean
  repaired?: string
  invalid?: string
  /** The year itself is garbled (0402年, 5355年). */
  garbled?: boolean
  /** The garbled year had a leading zero (0402年): surely a broken date, not a count of years. */
  leadingZero?: boolean
}

/** One parsed time expression, not yet resolved to dates. */
export interface Expr {
  rule: RuleId
  kind: Kind
  start: number
  end: number
  a?: Point
  /** End of a range. */
  b?: Point
  /** For `due`: the last day of the unit (`last`) or the day before it starts (`before`: 2015年6月前 → 05-31). */
  edge?: 'last' | 'before'
  note?: string
  recurrence?: { every: 'year' | 'half' | 'quarter' | 'month'; month?: number; day?: number }
  anchor?: { date: 'document' | 'published'; n?: number; unit?: 'day' | 'workday' | 'week' | 'month' | 'year'; back?: boolean }
  /** Named period without a cue (2015年6月, （2013年）): stages read it as the whole period. */
  bare?: boolean
  /**
   * What made it a time: a cue of the grammar (前, 底, 内, 起, 以来, 期间 …), a target word before
   * it (到2020年; `target` holds the word), a follower word after it (2015年完成), or nothing but
   * punctuation (`bare`: 2019年，全市… — an event as often as a deadline).
   */
  basis?: 'cue' | 'target' | 'follower' | 'bare'
  target?: string
  repaired?: string
  invalid?: string
}

/** A year printed as a noun modifier (2015年度…): no expression, but the year counts as context. */
export interface NounYear {
  noun: true
  y: number
  end: number
}

interface YearRead {
  y: number | null
  start: number
  /** Just past 年 (or past 今年). */
  end: number
  rel?: number
  same?: boolean
  roc?: boolean
  cn?: boolean
  invalid?: string
  /** The number had a leading zero or is out of range: a garbled year. */
  garbled?: boolean
}

const validYear = (y: number) => y >= L.minYear && y <= L.maxYear

export class Parser {
  constructor(readonly s: string) {}

  // ---------- small readers ----------

  /** Is `i` the start of a number run (the previous unit is not part of the same number)? */
  runStart(i: number): boolean {
    const p = this.s.charCodeAt(i - 1)
    const c = this.s.charCodeAt(i)
    if (isAsciiDigitCode(c)) return !isAsciiDigitCode(p)
    if (isCnNumeralCode(c)) return !isCnNumeralCode(p) && p !== 79 && p !== 111 // O, o
    return true
  }

  /** A year at `i`: 2015年, 二〇一五年, 中华民国六十二年, 民国73年, 今年. */
  readYear(i: number): YearRead | undefined {
    const s = this.s
    const rel = L.yearOf.at(s, i)
    // 本年度 / 上年度 = 本年 / 上年 (本年度内 is within it)
    if (rel) return { y: null, start: i, end: i + rel[0].length + (s[i + rel[0].length] === '度' ? 1 : 0), rel: rel[1] }
    const same = L.sameYear.at(s, i)
    if (same) return { y: null, start: i, end: i + same[0].length, rel: 0, same: true }
    const roc = L.rocPrefixes.at(s, i)
    if (roc) {
      const j = i + roc[0].length
      const n = readAsciiDigits(s, j) ?? readCnPositional(s, j) ?? readCnDigits(s, j)
      if (n && n.end < s.length && s[n.end] === L.yearChar && n.digits <= 3 && !n.overflow) {
        const y = n.value + L.rocOffset
        return { y: validYear(y) && n.value > 0 ? y : null, start: i, end: n.end + 1, roc: true, invalid: validYear(y) ? undefined : `ROC year ${n.value} is out of range` }
      }
      return undefined
    }
    const a = readAsciiDigits(s, i)
    if (a) {
      if (a.digits !== 4 || s[a.end] !== L.yearChar) return undefined
      const garbled = s[i] === '0' || !validYear(a.value)
      return { y: garbled ? null : a.value, start: i, end: a.end + 1, garbled, invalid: garbled ? `"${s.slice(i, a.end)}" is not a plausible year` : undefined }
    }
    const c = readCnDigits(s, i)
    if (c && c.digits === 4 && s[c.end] === L.yearChar) {
      const garbled = !validYear(c.value)
      return { y: garbled ? null : c.value, start: i, end: c.end + 1, cn: true, garbled, invalid: garbled ? `"${s.slice(i, c.end)}" is not a plausible year` : undefined }
    }
    return undefined
  }

  /** Month number + 月 at `i`: returns month and end, or invalid. */
  private readMonth(i: number): { m: number; end: number; invalid?: string; form: NumberRead['form'] } | undefined {
    const n = readSmallNumber(this.s, i)
    if (!n || n.overflow || (n.form === 'ascii' && n.digits > 2)) return undefined
    const u = L.month.len(this.s, n.end)
    if (!u) return undefined
    const m = n.value
    return { m, end: n.end + u, form: n.form, invalid: m >= 1 && m <= 12 ? undefined : `month ${m} does not exist` }
  }

  /** Day number + 日/号 at `i`. */
  private readDay(i: number): { d: number; end: number } | undefined {
    const n = readSmallNumber(this.s, i)
    if (!n || n.overflow || (n.form === 'ascii' && n.digits > 2)) return undefined
    const u = L.day.len(this.s, n.end)
    if (!u) return undefined
    return { d: n.value, end: n.end + u }
  }

  /** Optional clock time after a day (16时, 24时, 17时30分): consumed, ignored. */
  private skipClock(i: number): number {
    const n = readSmallNumber(this.s, i)
    if (!n || n.digits > 2 || n.value > 24) return i
    const h = L.hour.len(this.s, n.end)
    if (!h) return i
    let j = n.end + h
    const mm = readSmallNumber(this.s, j)
    if (mm && mm.value < 60 && L.minute.len(this.s, mm.end)) j = mm.end + L.minute.len(this.s, mm.end)
    return j
  }

  /** Quarter at `i`: 第三季度, 三季度, 3季度, 一季度. */
  private readQuarter(i: number): { q: number; end: number } | undefined {
    let j = i
    if (this.s[j] === L.ordinalPrefix) j++
    const n = readSmallNumber(this.s, j)
    if (!n || n.digits > 1 || n.value < 1 || n.value > 4) return undefined
    const u = L.quarterUnit.len(this.s, n.end)
    if (!u) return undefined
    return { q: n.value, end: n.end + u }
  }

  /**
   * After a month (its unit read up to `j`): a day (+ clock), a xun, or 底/末.
   * Fills `p` and returns the new end.
   */
  private afterMonth(p: Point, j: number): number {
    const d = this.readDay(j)
    if (d) {
      p.unit = { ...p.unit, precision: 'day', d: d.d }
      if (!p.invalid && p.unit.y !== null && !validDay(p.unit.y, p.unit.m!, d.d)) p.invalid = `day ${p.unit.m}月${d.d}日 does not exist`
      if (!p.invalid && (d.d < 1 || d.d > 31)) p.invalid = `day ${d.d} does not exist`
      return this.skipClock(d.end)
    }
    const x = L.xun.at(this.s, j)
    if (x) {
      p.unit = { ...p.unit, precision: 'xun', part: x[1] }
      j += x[0].length
      const e = L.endAfterPart.len(this.s, j)
      if (e) {
        p.endFlag = true
        j += e
      }
      return j
    }
    const e = L.endAfterMonth.len(this.s, j)
    if (e) {
      p.endFlag = true
      return j + e
    }
    // 8月初, 本月初: the first days (not 初步 / 初见)
    const st = L.monthStart.len(this.s, j)
    if (st && !L.notAfterYearStart.has(this.s[j + st])) {
      p.unit = { ...p.unit, precision: 'day', d: 1, dEnd: L.monthStartLastDay }
      return j + st
    }
    return j
  }

  /** 前五个月, 前两个季度, 后三月 after a year: the first / last months of it. */
  private readMonthSpan(p: Point, j: number): number | undefined {
    const s = this.s
    const dir = s[j] === '前' ? 1 : s[j] === '后' ? -1 : 0
    if (!dir) return undefined
    const n = readSmallNumber(s, j + 1)
    if (!n || n.overflow || n.value < 1) return undefined
    const u = L.spanUnits.at(s, n.end)
    if (!u) return undefined
    const months = n.value * u[1]
    if (months > 12) return undefined
    p.unit = dir > 0 ? { ...p.unit, precision: 'month', m: 1, mEnd: months } : { ...p.unit, precision: 'month', m: 13 - months, mEnd: 12 }
    return n.end + u[0].length
  }

  /** 年初 / 初 / 伊始 / 年中 at `j` (after a year or alone): a span of months, or undefined. */
  /** A quarter or half read as a point, extended over a following 末/底 (`一季度末`): it then names its end. */
  private withPartEnd(p: Point): Point {
    const e = L.endAfterPart.len(this.s, p.end)
    if (e) {
      p.endFlag = true
      p.end += e
    }
    return p
  }

  private readYearPart(j: number): { m: number; mEnd: number; end: number } | undefined {
    const s = this.s
    const st = L.yearStart.at(s, j)
    if (st && !L.notAfterYearStart.has(s[j + st[0].length])) return { m: st[1][0], mEnd: st[1][1], end: j + st[0].length }
    const mid = L.yearMiddle.at(s, j)
    if (mid && (L.yearMiddleNeeds.len(s, j + mid[0].length) || j + mid[0].length >= s.length)) return { m: mid[1][0], mEnd: mid[1][1], end: j + mid[0].length }
    return undefined
  }

  /** After a year (just past 年): 全年, a half, a quarter, a month…, or 底/年底. */
  private afterYear(p: Point, j: number): number {
    const s = this.s
    const span = this.readMonthSpan(p, j)
    if (span !== undefined) return span
    const first = L.firstOfYear.at(s, j)
    if (first) {
      p.unit = first[1] === 'quarter' ? { ...p.unit, precision: 'quarter', part: 1 } : { ...p.unit, precision: 'month', m: 1 }
      return j + first[0].length
    }
    // 2015年年初, 明年初, 2022年伊始, 2015年中前
    const part = this.readYearPart(j) ?? (s[j] === L.yearChar ? this.readYearPart(j + 1) : undefined)
    if (part) {
      p.unit = { ...p.unit, precision: 'month', m: part.m, mEnd: part.mEnd }
      return part.end
    }
    const w = L.wholeYear.len(s, j)
    if (w) {
      p.whole = true
      p.endFlag = false
      return j + w
    }
    const h = L.halves.at(s, j)
    if (h) {
      p.unit = { ...p.unit, precision: 'half', part: h[1] }
      j += h[0].length
      const e = L.endAfterPart.len(s, j)
      if (e) {
        p.endFlag = true
        j += e
      }
      return j
    }
    const q = this.readQuarter(j)
    if (q) {
      p.unit = { ...p.unit, precision: 'quarter', part: q.q }
      j = q.end
      const e = L.endAfterPart.len(s, j)
      if (e) {
        p.endFlag = true
        j += e
      }
      return j
    }
    const mo = this.readMonth(j)
    if (mo) {
      p.unit = { ...p.unit, precision: 'month', m: mo.m }
      if (mo.invalid) p.invalid = mo.invalid
      return this.afterMonth(p, mo.end)
    }
    const e = L.endAfterYear.len(s, j)
    if (e) {
      p.endFlag = true
      return j + e
    }
    const wi = L.within.len(s, j)
    if (wi && s[j] === '内') {
      p.within = true
      return j + wi
    }
    const wy = L.yearlessWithin.at(s, j)
    if (wy && wy[0][0] === L.yearChar) {
      p.within = true
      return j + wy[0].length
    }
    return j
  }

  /** A point at `i` with an optional year (yearless: 12月底, 上半年, 第三季度, 年底, 年内). */
  readPoint(i: number, allowYearless = true): Point | NounYear | undefined {
    const s = this.s
    const y = this.runStart(i) ? this.readYear(i) : undefined
    if (y) {
      if (s.startsWith('度', y.end) && y.y !== null) return { noun: true, y: y.y, end: y.end + 1 }
      const p: Point = {
        start: i,
        end: y.end,
        unit: { precision: 'year', y: y.y },
        explicitYear: y.rel === undefined,
        yearRel: y.rel,
        roc: y.roc,
        cn: y.cn,
        sameYear: y.same,
        invalid: y.invalid,
        garbled: y.garbled,
        leadingZero: y.garbled && s[i] === '0',
      }
      p.end = this.afterYear(p, y.end)
      return p
    }
    if (!allowYearless) return undefined
    // repaired year+month: 20133月 → 2013年3月
    const a = isAsciiDigit(s[i]) && this.runStart(i) ? readAsciiDigits(s, i) : undefined
    if (a && (a.digits === 5 || a.digits === 6) && L.month.len(s, a.end)) {
      const digits = s.slice(i, a.end)
      const yy = Number(digits.slice(0, 4))
      const mm = Number(digits.slice(4))
      if (validYear(yy) && mm >= 1 && mm <= 12) {
        const p: Point = { start: i, end: a.end + L.month.len(s, a.end), unit: { precision: 'month', y: yy, m: mm }, explicitYear: true, repaired: `read "${digits}月" as ${yy}年${mm}月 (a lost 年)` }
        p.end = this.afterMonth(p, p.end)
        return p
      }
      return undefined
    }
    const rm = L.monthOf.at(s, i)
    if (rm) {
      const p: Point = { start: i, end: i + rm[0].length, unit: { precision: 'month', y: null }, explicitYear: false, monthRel: rm[1] }
      p.end = this.afterMonth(p, p.end)
      return p
    }
    const rq = L.quarterOf.at(s, i)
    if (rq) {
      return this.withPartEnd({ start: i, end: i + rq[0].length, unit: { precision: 'quarter', y: null }, explicitYear: false, quarterRel: rq[1] })
    }
    if (s[i] === L.yearChar && !L.yearCount.has(s[i - 1])) {
      const part = this.readYearPart(i)
      if (part && part.end > i + 1) return { start: i, end: part.end, unit: { precision: 'month', y: null, m: part.m, mEnd: part.mEnd }, explicitYear: false }
    }
    if (!this.runStart(i) || s[i - 1] === L.yearChar) return undefined
    const mo = this.readMonth(i)
    if (mo) {
      const p: Point = { start: i, end: mo.end, unit: { precision: 'month', y: null, m: mo.m }, explicitYear: false, invalid: mo.invalid }
      p.end = this.afterMonth(p, mo.end)
      return p
    }
    const h = L.halves.at(s, i)
    if (h) {
      return this.withPartEnd({ start: i, end: i + h[0].length, unit: { precision: 'half', y: null, part: h[1] }, explicitYear: false })
    }
    const q = this.readQuarter(i)
    if (q) {
      return this.withPartEnd({ start: i, end: q.end, unit: { precision: 'quarter', y: null, part: q.q }, explicitYear: false })
    }
    if (s[i] === L.yearChar && !L.yearCount.has(s[i - 1])) {
      const e = L.yearlessEnd.len(s, i)
      if (e) return { start: i, end: i + e, unit: { precision: 'year', y: null }, explicitYear: false, endFlag: true }
    }
    const w = L.yearlessWithin.at(s, i)
    if (w && (w[0][0] !== L.yearChar || !L.yearCount.has(s[i - 1]))) {
      return { start: i, end: i + w[0].length, unit: { precision: 'year', y: null }, explicitYear: false, within: true }
    }
    return undefined
  }

  // ---------- expressions ----------

  /** A date expression at `i` (point, range, cue). Undefined when nothing time-like starts here. */
  readExpr(i: number): Expr | NounYear | undefined {
    const s = this.s
    const numeric = this.readNumericDate(i)
    if (numeric) return this.finish({ rule: 'point.numeric', kind: 'due', start: i, end: numeric.end, a: numeric }, i)
    const range = this.readBareYearRange(i) ?? this.readMonthRange(i)
    if (range) return this.finish(range, range.start)
    const p = this.readPoint(i)
    if (!p) return undefined
    if ('noun' in p) return p
    const days = this.readDayRange(p)
    if (days) return this.finish(days, p.start)
    // range: A (起)? dash B
    let k = p.end
    if (s[k] === '起' && L.rangeTo.len(s, k + 1)) k++
    const dash = L.rangeDash.len(s, k)
    if (dash && !p.invalid && p.unit.precision === 'day') {
      // 9月6日至8日: the second day is in the same month
      const d2 = this.readDay(k + dash)
      if (d2 && d2.d > p.unit.d! && (p.unit.y === null || validDay(p.unit.y, p.unit.m!, d2.d))) {
        const B: Point = { start: k + dash, end: this.skipClock(d2.end), unit: { ...p.unit, d: d2.d }, explicitYear: false }
        return this.finish({ rule: 'range.points', kind: 'range', start: p.start, end: B.end, a: p, b: B }, p.start)
      }
    }
    if (dash && !p.invalid) {
      const q = this.readPoint(k + dash)
      if (q && !('noun' in q) && !q.invalid && (q.explicitYear || q.yearRel !== undefined || p.unit.y !== null || p.yearRel !== undefined || !p.explicitYear)) {
        const e: Expr = { rule: 'range.points', kind: 'range', start: p.start, end: q.end, a: p, b: q }
        if (p.unit.precision === 'year' && q.unit.precision === 'year' && !p.endFlag) e.rule = 'range.years'
        return this.finish(e, p.start)
      }
    }
    const e: Expr = { rule: ruleOfPoint(p), kind: 'due', start: p.start, end: p.end, a: p }
    if (p.invalid) {
      e.invalid = p.invalid
      e.rule = 'invalid'
    }
    if (p.repaired) {
      e.repaired = p.repaired
      e.rule = 'repair.year-month'
    }
    return this.finish(e, p.start)
  }

  /**
   * Numeric dates of page headers and metadata: 2013.03.15, 2013-07-15, 2014-4-2, 2013/7/15.
   * The same separator twice, a valid day, and no further digit group after it (not a version
   * number or an IP address).
   */
  private readNumericDate(i: number): Point | undefined {
    const s = this.s
    if (!this.runStart(i) || ((s[i - 1] === '.' || s[i - 1] === '/') && isAsciiDigit(s[i - 2]))) return undefined
    const y = readAsciiDigits(s, i)
    if (y?.digits !== 4 || !validYear(y.value)) return undefined
    const sep = s[y.end]
    if (sep !== '.' && sep !== '-' && sep !== '/') return undefined
    const m = readAsciiDigits(s, y.end + 1)
    if (!m || m.digits > 2 || s[m.end] !== sep) return undefined
    const d = readAsciiDigits(s, m.end + 1)
    if (!d || d.digits > 2) return undefined
    if ((s[d.end] === sep || s[d.end] === '.') && isAsciiDigit(s[d.end + 1])) return undefined
    if (!validDay(y.value, m.value, d.value)) return undefined
    return { start: i, end: d.end, unit: { precision: 'day', y: y.value, m: m.value, d: d.value }, explicitYear: true }
  }

  /** 2019年9月6-8日, 9月6日至8日: a range of days inside a month. */
  private readDayRange(p: Point): Expr | undefined {
    if (p.unit.precision !== 'month' || p.endFlag || p.invalid) return undefined
    const s = this.s
    const d1 = readSmallNumber(s, p.end)
    if (!d1 || d1.overflow || d1.digits > 2 || d1.value < 1) return undefined
    let j = d1.end
    if (L.day.len(s, j)) j += L.day.len(s, j)
    const dash = L.rangeDash.len(s, j)
    if (!dash) return undefined
    const d2 = this.readDay(j + dash)
    if (!d2) return this.readMonthDayRange(p, d1.value, j, j + dash)
    if (d2.d < d1.value || d2.d > 31) return undefined
    const y = p.unit.y
    if (y !== null && (!validDay(y, p.unit.m!, d1.value) || !validDay(y, p.unit.m!, d2.d))) return undefined
    const A: Point = { ...p, end: j, unit: { ...p.unit, precision: 'day', d: d1.value } }
    const B: Point = { start: j + dash, end: this.skipClock(d2.end), unit: { ...p.unit, precision: 'day', d: d2.d }, explicitYear: false }
    return { rule: 'range.points', kind: 'range', start: p.start, end: B.end, a: A, b: B }
  }

  /** 1月3至2月10: a day without 日, then a later month and day (日 optional). */
  private readMonthDayRange(p: Point, d1: number, endA: number, at: number): Expr | undefined {
    const s = this.s
    const m2 = this.readMonth(at)
    if (!m2 || m2.invalid || m2.m < p.unit.m!) return undefined
    const d2 = readSmallNumber(s, m2.end)
    if (!d2 || d2.overflow || d2.digits > 2 || d2.value < 1 || d2.value > 31) return undefined
    let end = d2.end
    if (L.day.len(s, end)) end += L.day.len(s, end)
    else if (end < s.length && !L.bareBoundaries.has(s[end]) && !L.rangeDash.len(s, end)) return undefined
    const y = p.unit.y
    if (d1 < 1 || d1 > 31 || (y !== null && (!validDay(y, p.unit.m!, d1) || !validDay(y, m2.m, d2.value)))) return undefined
    if (m2.m === p.unit.m && d2.value <= d1) return undefined
    const A: Point = { ...p, end: endA, unit: { ...p.unit, precision: 'day', d: d1 } }
    const B: Point = { start: at, end, unit: { precision: 'day', y: p.unit.y, m: m2.m, d: d2.value }, explicitYear: false }
    return { rule: 'range.points', kind: 'range', start: p.start, end, a: A, b: B }
  }

  /**
   * 2014-2015年, 2008至2009年, 二〇一四—二〇一五年, （2021—2023）, and the repaired 20132022年.
   * The first year has no 年 of its own.
   */
  private readBareYearRange(i: number): Expr | undefined {
    const s = this.s
    if (!this.runStart(i)) return undefined
    const a = readAsciiDigits(s, i) ?? readCnDigits(s, i)
    if (!a || a.overflow) return undefined
    if (a.form === 'ascii' && a.digits === 8 && s[a.end] === L.yearChar) {
      const y1 = Number(s.slice(i, i + 4))
      const y2 = Number(s.slice(i + 4, i + 8))
      if (validYear(y1) && validYear(y2) && y1 <= y2) {
        return {
          rule: 'repair.year-range',
          kind: 'range',
          start: i,
          end: a.end + 1,
          a: { start: i, end: i + 4, unit: { precision: 'year', y: y1 }, explicitYear: true },
          b: { start: i + 4, end: a.end + 1, unit: { precision: 'year', y: y2 }, explicitYear: true },
          repaired: `read "${s.slice(i, a.end)}年" as ${y1}—${y2}年 (a lost dash)`,
        }
      }
      return undefined
    }
    if (a.digits !== 4 || s[a.end] === L.yearChar) return undefined
    const dash = L.rangeDash.len(s, a.end)
    if (!dash || !validYear(a.value)) return undefined
    const j = a.end + dash
    // 1985到89年9月: the second year by its last two digits, in the first one's century
    const short = a.form === 'ascii' ? readAsciiDigits(s, j) : undefined
    if (short && short.digits === 2 && s[short.end] === L.yearChar) {
      const y2 = a.value - (a.value % 100) + short.value
      if (y2 <= a.value) return undefined
      const A: Point = { start: i, end: a.end, unit: { precision: 'year', y: a.value }, explicitYear: true }
      const B: Point = { start: j, end: short.end + 1, unit: { precision: 'year', y: y2 }, explicitYear: true }
      B.end = this.afterYear(B, short.end + 1)
      return { rule: B.unit.precision === 'year' ? 'range.years' : 'range.points', kind: 'range', start: i, end: B.end, a: A, b: B }
    }
    const b = a.form === 'ascii' ? readAsciiDigits(s, j) : readCnDigits(s, j)
    if (b?.digits !== 4 || !validYear(b.value) || b.value < a.value) return undefined
    const A: Point = { start: i, end: a.end, unit: { precision: 'year', y: a.value }, explicitYear: true, cn: a.form !== 'ascii' }
    if (s[b.end] === L.yearChar) {
      const B: Point = { start: j, end: b.end + 1, unit: { precision: 'year', y: b.value }, explicitYear: true }
      B.end = this.afterYear(B, b.end + 1)
      if (B.unit.precision !== 'year') return undefined // 2014-2015年6月: not a year range
      return { rule: 'range.years', kind: 'range', start: i, end: B.end, a: A, b: B }
    }
    // （2021—2023）: both bare, only inside brackets
    if (s[i - 1] === '（' && s[b.end] === '）') {
      const B: Point = { start: j, end: b.end, unit: { precision: 'year', y: b.value }, explicitYear: true }
      return { rule: 'range.years', kind: 'range', start: i, end: b.end, a: A, b: B }
    }
    return undefined
  }

  /** 3-5月, 3至5月, 2015年3-5月 (a month range whose first month has no 月). */
  private readMonthRange(i: number): Expr | undefined {
    const s = this.s
    if (!this.runStart(i)) return undefined
    let y: YearRead | undefined
    let j = i
    const yr = this.readYear(i)
    if (yr) {
      if (yr.garbled || yr.rel !== undefined) return undefined
      y = yr
      j = yr.end
    }
    const m1 = readSmallNumber(s, j)
    if (!m1 || m1.digits > 2 || m1.value < 1 || m1.value > 12 || L.month.len(s, m1.end)) return undefined
    const dash = L.rangeDash.len(s, m1.end)
    if (!dash) return undefined
    const m2 = this.readMonth(m1.end + dash)
    if (!m2 || m2.invalid || m2.m < m1.value) return undefined
    const yv = y ? y.y : null
    const A: Point = { start: i, end: m1.end, unit: { precision: 'month', y: yv, m: m1.value }, explicitYear: !!y, roc: y?.roc, cn: y?.cn }
    const B: Point = { start: m1.end + dash, end: m2.end, unit: { precision: 'month', y: yv, m: m2.m }, explicitYear: !!y }
    B.end = this.afterMonth(B, m2.end)
    return { rule: 'range.months', kind: 'range', start: i, end: B.end, a: A, b: B }
  }

  /**
   * Cues after the expression (前, 底前, 内, 起, 以来, 期间, 持续推进 …) and target / from
   * words before it (到, 至, 截至, 于 / 从, 自) decide its kind; a bare year needs one of
   * them (or punctuation after it) to count as a time at all.
   */
  private finish(e: Expr, start: number): Expr | NounYear | undefined {
    const s = this.s
    const p = e.a!
    const last = e.b ?? p
    let k = e.end
    const cueStart = k
    // look back: 从 / 自 (part of the expression), 到 / 至 / 于 … (context only)
    let fromWord = L.rangeFrom.before(s, start)
    const notFrom = fromWord ? L.notFrom.before(s, start) : undefined
    if (notFrom && notFrom[0].length > fromWord![0].length) fromWord = undefined
    const targetWord = fromWord ? undefined : this.targetBefore(start)
    let cue: 'before' | 'within' | 'from' | 'since' | 'during' | 'ongoing' | undefined
    const approx = L.approximate.len(s, k)
    if (approx) {
      e.note = 'approximate'
      k += approx
    } else if (L.before.len(s, k) && !L.notBefore.len(s, k)) {
      cue = 'before'
      k += L.before.len(s, k)
    } else if (L.within.len(s, k) && !last.within && !L.notWithin.len(s, k)) {
      cue = 'within'
      k += L.within.len(s, k)
    } else if (L.since.len(s, k)) {
      cue = 'since'
      k += L.since.len(s, k)
    } else if (L.during.len(s, k)) {
      cue = 'during'
      k += L.during.len(s, k)
    } else if (L.from.at(s, k)) {
      // 起 is part of the time words (2015年3月起); 开始 / 启动 / 起步 stay with the action
      cue = 'from'
      const w = L.from.at(s, k)![0]
      if (L.fromConsumed.has(w)) {
        k += w.length
        const v = L.effectiveVerbs.len(s, k)
        if (v) k += v
      }
    }
    if (!cue && !approx) {
      const og = L.ongoing.len(s, k)
      if (og) {
        cue = 'ongoing'
        k += og
      }
    }
    e.end = k
    if (fromWord) e.start = start - fromWord[0].length

    if (e.kind === 'range') {
      // a range takes 期间 / 年间, an ongoing verb, or 前; other cues are left to the text
      if (cue === 'ongoing') e.kind = 'ongoing'
      else if (cue === 'before') {
        e.kind = 'due'
        e.edge = 'last'
      } else if (cue !== 'during') e.end = cueStart
      e.basis = cue === 'ongoing' || cue === 'before' || cue === 'during' || fromWord ? 'cue' : targetWord ? 'target' : 'bare'
      if (e.basis === 'target') e.target = targetWord
      return e
    }

    const prec = p.unit.precision
    const periodLike = prec === 'half' || prec === 'quarter' || prec === 'plan-period' || p.whole || p.unit.mEnd !== undefined
    if (cue === 'before') {
      e.kind = 'due'
      if (p.endFlag || p.within || prec === 'day' || p.unit.mEnd !== undefined) e.edge = 'last'
      else if (prec === 'year') {
        e.edge = 'last'
        e.note = 'by-year'
      } else e.edge = 'before'
    } else if (cue === 'within') {
      e.kind = 'due'
      e.edge = 'last'
    } else if (cue === 'from' || cue === 'since') {
      if (!fromWord && prec === 'month' && !p.explicitYear && !this.followedByBoundary(k) && !L.bareFollowers.len(s, k)) return undefined
      e.kind = 'start'
      if (cue === 'since') e.note = 'since'
    } else if (cue === 'during') {
      e.kind = 'range'
    } else if (cue === 'ongoing') {
      e.kind = 'ongoing'
    } else if (L.bareNounAfter.len(s, k) && !p.endFlag && !p.within && (prec === 'year' || prec === 'month')) {
      // 从2006年的18亿元增加到…: a year as a noun
      return p.explicitYear && p.unit.y !== null && !p.invalid ? { noun: true, y: p.unit.y, end: p.end } : undefined
    } else if (fromWord) {
      e.kind = 'start'
    } else if (p.endFlag || p.within) {
      e.kind = 'due'
      e.edge = 'last'
    } else if (targetWord) {
      e.kind = 'due'
      e.edge = 'last'
      e.bare = true
      e.basis = 'target'
      e.target = targetWord
    } else if (periodLike) {
      e.kind = 'range'
      e.basis = L.bareFollowers.len(s, k) ? 'follower' : 'bare'
    } else {
      e.kind = 'due'
      e.edge = 'last'
      e.bare = true
      if (!this.acceptBare(p, k)) {
        // a noun modifier (2014年工作要点) is no time, but its year is the item's year
        return p.explicitYear && p.unit.y !== null && !p.invalid ? { noun: true, y: p.unit.y, end: p.end } : undefined
      }
      e.basis = L.bareFollowers.len(s, k) ? 'follower' : 'bare'
    }
    e.basis ??= 'cue'
    if (p.whole && e.kind !== 'ongoing' && e.rule === 'point.year') e.rule = 'point.whole-year'
    return e
  }

  /** 到 / 至 / 于 / 在 … right before `start`, unless part of a longer word (关于, 存在, 达到). */
  targetBefore(start: number): string | undefined {
    const t = L.target.before(this.s, start)
    if (!t) return undefined
    const not = L.notTarget.before(this.s, start)
    return not && not[0].length > t[0].length ? undefined : t[0]
  }

  /** A bare year or a yearless bare month is a time only with punctuation or a follower word after it. */
  private acceptBare(p: Point, k: number): boolean {
    const prec = p.unit.precision
    if (p.garbled && prec === 'year' && !p.leadingZero) {
      // 5000年文明 is a count of years; 到4544年 / 5355年6月 are broken dates
      return this.targetBefore(p.start) !== undefined
    }
    const needs = (prec === 'year' && !p.whole) || (prec === 'month' && !p.explicitYear && p.yearRel === undefined)
    if (!needs || p.invalid || p.repaired) return true
    if (p.yearRel !== undefined || p.monthRel !== undefined) return (this.followedByBoundary(k) && this.s[k] !== '\n') || L.bareFollowers.len(this.s, k) > 0
    return this.followedByBoundary(k) || L.bareFollowers.len(this.s, k) > 0
  }

  private followedByBoundary(k: number): boolean {
    return k >= this.s.length || L.bareBoundaries.has(this.s[k])
  }

  // ---------- other expressions ----------

  /** 十三五期间, “十三五”, “十四五”末, 第十三个五年规划期间, “十三五”发展规划期间. */
  readPlan(i: number): Expr | undefined {
    const s = this.s
    let j = i
    const quoted = L.quoteOpen.has(s[j])
    if (quoted) j++
    let years: [number, number] | undefined
    const named = L.plans.at(s, j)
    if (named && !isCnNumeral(s[j - 1]) && !isCnNumeral(s[j + named[0].length])) {
      years = named[1]
      j += named[0].length
    } else if (!quoted && s[j] === L.planOrdinalPrefix) {
      const n = readCnPositional(s, j + 1) ?? readSmallNumber(s, j + 1)
      const suf = n ? L.planOrdinalSuffix.len(s, n.end) : 0
      if (!n || !suf) return undefined
      const entry = Object.entries(L.raw.fiveYearPlans.plans).find(([name]) => planNumber(name) === n.value)
      if (!entry) return undefined
      years = entry[1] as [number, number]
      j = n.end + suf
    } else return undefined
    let closed = false
    if (quoted) {
      if (!L.quoteClose.has(s[j])) return undefined
      j++
      closed = true
    }
    const between = L.planBetween.len(s, j)
    const afterBetween = j + between
    const unit: Unit = { precision: 'plan-period', y: years[0], yEnd: years[1] }
    const a: Point = { start: i, end: j, unit, explicitYear: true }
    const during = L.planDuring.len(s, afterBetween)
    if (during) return { rule: 'plan.five-year', kind: 'range', start: i, end: afterBetween + during, a }
    const end = L.planEnd.len(s, afterBetween)
    if (end) return { rule: 'plan.five-year', kind: 'due', edge: 'last', start: i, end: afterBetween + end, a }
    const since = L.planSince.len(s, afterBetween)
    if (since) return { rule: 'plan.five-year', kind: 'start', note: 'since', start: i, end: afterBetween + since, a }
    if (closed && (this.followedByBoundary(j) || L.planAfterQuoted.len(s, j))) return { rule: 'plan.five-year', kind: 'range', start: i, end: j, a }
    return undefined
  }

  /** 每年2月底前, 每年12月31日前, 每季度末, 每月7日前, 每年年底前. */
  readRecurring(i: number): Expr | undefined {
    const s = this.s
    if (s[i] !== L.everyPrefix) return undefined
    const ev = L.every.at(s, i + 1)
    if (!ev) return undefined
    let j = i + 1 + ev[0].length
    const every = ev[1]
    let month: number | undefined
    let day: number | undefined
    let precision: Unit['precision'] = every === 'month' ? 'month' : every
    if (every === 'year') {
      const endY = L.endAfterYear.len(s, j)
      if (endY) {
        month = 12
        precision = 'month'
        j += endY
      } else {
        const mo = this.readMonth(j)
        if (!mo || mo.invalid) return undefined
        month = mo.m
        const p: Point = { start: j, end: mo.end, unit: { precision: 'month', y: 2000, m: mo.m }, explicitYear: false }
        j = this.afterMonth(p, mo.end)
        if (p.invalid) return undefined
        precision = p.unit.precision
        day = p.unit.d
        if (!p.endFlag && precision === 'month' && !L.before.len(s, j)) return undefined
      }
    } else if (every === 'month') {
      const d = this.readDay(j)
      if (d && d.d >= 1 && d.d <= 31) {
        day = d.d
        precision = 'day'
        j = d.end
      } else {
        const x = L.xun.at(s, j)
        const e = L.endAfterMonth.len(s, j)
        if (x) {
          precision = 'xun'
          j += x[0].length
        } else if (e) j += e
        else return undefined
      }
    } else {
      const e = L.endAfterPart.len(s, j)
      if (!e) return undefined
      j += e
    }
    const b = L.before.len(s, j)
    if (b && !L.notBefore.len(s, j)) j += b
    const a: Point = { start: i, end: j, unit: { precision, y: null, m: month, d: day }, explicitYear: false }
    return { rule: 'recurring', kind: 'recurring', start: i, end: j, a, recurrence: { every, month, day } }
  }

  /**
   * 自印发之日起, 自本通知发布之日起施行, 自即日起, 自印发之日起30日内.
   * Between 自 and the event at most 10 characters (自本办法印发之日起).
   */
  readAnchor(i: number): Expr | undefined {
    const s = this.s
    let j = i
    const pre = L.anchorPrefix.len(s, j)
    if (pre) j += pre
    let date: 'document' | 'published' | undefined
    const today = L.anchorToday.len(s, j)
    if (today) {
      date = 'document'
      j += today
    } else {
      // without 自 / 从 the event may be anything's (揭榜名单公布之日起): not the document's
      if (!pre) return undefined
      const limit = Math.min(s.length, j + 10)
      let found = -1
      for (let t = j; t < limit; t++) {
        const c = s[t]
        if (c === '，' || c === '。' || c === '；' || c === '\n') break
        const ev = L.anchorEvents.at(s, t)
        if (ev) {
          const of = L.anchorOf.len(s, t + ev[0].length)
          if (of) {
            date = ev[1]
            found = t + ev[0].length + of
            break
          }
        }
      }
      if (found < 0) return undefined
      j = found
    }
    const suf = L.anchorSuffix.len(s, j)
    if (!suf) return undefined
    j += suf
    const e: Expr = { rule: 'anchor', kind: 'start', start: i, end: j, anchor: { date: date! } }
    const v = L.effectiveVerbs.len(s, j)
    if (v) {
      e.end = j + v
      return e
    }
    const n = readSmallNumber(s, j)
    if (n && !n.overflow && n.value > 0) {
      const u = L.durationUnits.at(s, n.end)
      if (u) {
        const w = L.within.len(s, n.end + u[0].length)
        if (w) {
          e.rule = 'anchor.duration'
          e.kind = 'due'
          e.anchor = { date: date!, n: n.value, unit: u[1] }
          e.end = n.end + u[0].length + w
          if (u[1] === 'workday') e.note = 'working days counted as calendar days'
        }
      }
    }
    return e
  }

  /**
   * 今后5年, 未来两个月(内): from the document date on; 近三个月, 近5年: back to it; and
   * 三年内 / 6个月内 at the start of a sentence: due that long after the document date.
   */
  private readAhead(i: number): Expr | undefined {
    const s = this.s
    const fw = L.aheadForward.len(s, i)
    const bk = fw ? 0 : L.aheadBack.len(s, i)
    const j = i + fw + bk
    // a bare count needs a sentence start before it (企业成立三年内 counts from something else)
    if (!fw && !bk && i > 0 && !L.bareBoundaries.has(s[i - 1]) && !L.sentenceLead.before(s, i)) return undefined
    // 转制为企业后，五年内免征: counted from that event, not from the document
    if (!fw && !bk && i > 1 && L.bareBoundaries.has(s[i - 1]) && L.afterEvent.has(s[i - 2])) return undefined
    const n = this.runStart(j) ? readSmallNumber(s, j) : undefined
    if (!n || n.overflow || n.value < 1 || n.value > 100) return undefined
    const u = L.aheadUnits.at(s, n.end)
    if (!u) return undefined
    let end = n.end + u[0].length
    const w = L.within.len(s, end)
    if (!fw && !bk) {
      if (!w) return undefined
      return { rule: 'span.within-years', kind: 'due', start: i, end: end + w, anchor: { date: 'document', n: n.value, unit: u[1] }, basis: 'cue' }
    }
    if (w) end += w
    const since = bk ? L.since.len(s, end) : 0
    if (since) end += since
    return { rule: 'span.ahead', kind: 'range', start: i, end, anchor: { date: 'document', n: n.value, unit: u[1], back: bk > 0 }, basis: 'cue', note: bk ? 'since' : undefined }
  }

  /** 长期坚持 / 立即 / 近期 … */
  readPhrase(i: number): Expr | undefined {
    const s = this.s
    const ys = L.yearSpans.at(s, i)
    if (ys) {
      const a: Point = { start: i, end: i + ys[0].length, unit: { precision: 'year', y: null }, explicitYear: false, yearRel: ys[1][0] }
      const b: Point = { ...a, yearRel: ys[1][1] }
      return { rule: 'range.relative-years', kind: 'range', start: i, end: a.end, a, b, basis: 'cue' }
    }
    const ahead = this.readAhead(i)
    if (ahead) return ahead
    const og = L.ongoing.len(s, i)
    if (og) return { rule: 'ongoing', kind: 'ongoing', start: i, end: i + og }
    const im = L.immediate.len(s, i)
    if (im) return { rule: 'immediate', kind: 'immediate', start: i, end: i + im }
    const nt = L.nearTerm.len(s, i)
    if (nt && L.nearTermFollowers.len(s, i + nt)) return { rule: 'near-term', kind: 'due', start: i, end: i + nt, note: 'near-term' }
    return undefined
  }
}

function ruleOfPoint(p: Point): RuleId {
  if (p.monthRel !== undefined) return 'point.relative-month'
  if (p.quarterRel !== undefined) return 'point.relative-quarter'
  if (p.unit.mEnd !== undefined) return 'point.year-part'
  if (p.unit.dEnd !== undefined) return 'point.month-start'
  if (p.yearRel !== undefined) return 'point.relative-year'
  if (p.roc) return 'point.roc'
  if (p.cn) return 'point.cn-numerals'
  switch (p.unit.precision) {
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
      if (p.whole) return 'point.whole-year'
      if (p.within) return 'point.within-year'
      if (p.endFlag) return 'point.year-end'
      return 'point.year'
  }
}

/** 十三五 → 13, 六五 → 6 (the plan's ordinal). */
function planNumber(name: string): number {
  const n = readCnPositional(name.slice(0, -1), 0) ?? readCnDigits(name.slice(0, -1), 0)
  return n ? n.value : NaN
}
