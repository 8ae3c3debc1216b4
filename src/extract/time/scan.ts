import type { Deadline } from '../../schema/time.js'
import { PRECISIONS as SCHEMA_PRECISIONS } from '../../schema/precision.js'
import { addDuration, bounds, dayBefore, iso, toDate, type Unit } from './calendar.js'
import { canonicalize, endOf, startOf } from './canon.js'
import { openReaders, isTimeStart, mayHoldTime, mayHoldTimeRaw, type RuleId } from './grammar/registry.js'
import type { AnchorDate, Expr, NounYear, Point, ReadAt } from './grammar/types.js'
import { isAsciiDigitCode, isCnNumeralCode, lexicon } from './lexicon.js'
import { rocDocument, scanningRoc, whileScanningRoc } from './grammar/units.js'

export type { RuleId } from './grammar/registry.js'

export interface ScanOptions {
  /** Scan only `text[from, to)`; offsets stay in `text`. */
  from?: number
  to?: number
  /** Fallback for years and `立即` when nothing better is known (ISO date). */
  referenceDate?: string | Date
  /** The plan's first year (from its title), used for yearless dates before the document year. */
  planYear?: number
  /**
   * The plan year when working it out costs a pass over the document: asked only when a yearless
   * date needs it (at most once per scan; the caller remembers the answer). `planYear` wins when set.
   * @internal
   */
  planYearOf?: () => number | undefined
  /** The document's date (成文日期 / issue date), ISO. */
  documentDate?: string | Date
  /** The publication date when it differs (发布之日), ISO; defaults to documentDate. */
  publishedDate?: string | Date
  /** The date the text takes effect (本条例施行之日), ISO; defaults to documentDate. */
  effectiveDate?: string | Date
  /**
   * The text names its parent law 本法 (`…法（以下簡稱本法）`): an anchor on 本法 is that law's
   * 施行 or 公布, which the text does not date (grammars/time/lexicon.json `anchors.parentLaw`).
   */
  parentLaw?: boolean
}

export interface TimeDiagnostic {
  severity: 'error' | 'warning' | 'info'
  code: string
  message: string
  index: number
  end: number
}

/** One time expression found in the text. */
export interface TimeMatch {
  deadline: Omit<Deadline, 'position'>
  /** Offsets in the scanned `text` (end exclusive). */
  index: number
  end: number
  /** The grammar rule that matched (grammars/time/rules.json). */
  rule: RuleId
  /**
   * The whole calendar span the expression names, when it names one (2013年 → 2013-01-01…
   * 2013-12-31, 2015年6月底前 → 2015-06-01…2015-06-30): stages use it.
   */
  period?: { start: string | null; end: string | null }
  /** Named period without a cue (（2013年）, 2015年6月): read as "during" by stages. */
  bare?: boolean
  /** What made it a time (see `Expr.basis`); undefined for phrases, anchors, plans, recurring: a cue. */
  basis?: 'cue' | 'target' | 'follower' | 'bare'
  /** The target word before it (到, 至, 于 …) when that decided. */
  target?: string
}

export interface ScanResult {
  matches: TimeMatch[]
  diagnostics: TimeDiagnostic[]
}

/** What a range that holds no time gives: one frozen value, read and never written by the callers. */
const NO_TIME: ScanResult = Object.freeze({ matches: Object.freeze([]) as unknown as TimeMatch[], diagnostics: Object.freeze([]) as unknown as TimeDiagnostic[] })

type YearSource = NonNullable<NonNullable<Deadline['inferred']>['year']>

type Precision = Deadline['precision']
/** Precisions finest first, as the schema lists them. */
const PRECISIONS: readonly Precision[] = SCHEMA_PRECISIONS

/**
 * Find and resolve the time expressions of a policy text: deadlines (2015年6月底前), starts
 * (2015年1月启动), ranges (2014—2015年, 十三五期间), recurring dates (每年2月底前), ongoing
 * (长期坚持) and immediate (立即) work, relative anchors (自印发之日起). Works on raw or
 * normalized text; linear in the scanned length.
 *
 * A date without a year (12月底前) takes the nearest earlier explicit year in the scanned range
 * (`inferred.year = 'item'`), else `planYear` ('plan'), else the document date's year
 * ('document'), else the reference date's ('reference').
 *
 * @example
 * scanTime('2015年6月底前完成准备工作，12月底前启动运行').matches.map((m) => m.deadline.date)
 * // → ['2015-06-30', '2015-12-31']
 */
export function scanTime(text: string, options: ScanOptions = {}): ScanResult {
  const found = scan(text, options, timeGate.enabled, options.from ?? 0, options.to ?? text.length)
  // (a caller of the public function gets arrays of its own, as before)
  return found === NO_TIME ? { matches: [], diagnostics: [] } : found
}

/**
 * `scanTime(text, { from, to, ...options })` for a caller that asks about many ranges with the same
 * options (the extract step, once per clause range): no options object per range, and one frozen
 * empty result for the ranges the gate skips (most of them). `options.from` and `options.to` are not read.
 * `raw`: what `mayHoldTimeRaw(text, from, to)` answers, when the caller has read it (null: not read).
 */
export function scanTimeIn(text: string, from: number, to: number, options: ScanOptions, raw: boolean | undefined | null = null): ScanResult {
  return scan(text, options, timeGate.enabled, from, to, raw)
}

/**
 * The years the text prints as noun modifiers (《2005年环保专项行动工作总结》, 2014年度…), in order,
 * with their offsets in `text`: no times, but a dateless excerpt of one year's plan names its year so.
 */
export function nounYearsOf(text: string, from = 0, to = text.length): Array<{ year: number; index: number }> {
  const canon = canonicalize(text, from, to)
  const canonical = canon.text
  if (timeGate.enabled && !mayHoldTime(canonical)) return []
  const years: Array<{ year: number; index: number }> = []
  // (the signal put back after: a lazy plan year is read in the middle of another scan)
  whileScanningRoc(canonical, rocDocument(text), () =>
    walkExpressions(canonical, openReaders(canonical), (result, offset) => {
      if ('noun' in result) years.push({ year: result.year, index: startOf(canon, offset) })
    }),
  )
  return years
}

/**
 * Hands each expression the readers find in `canonical`, left to right, to `visit` with the offset it
 * starts at, and goes on after it. A number run that matched nothing is skipped whole (so 100k digits
 * cost one pass).
 */
function walkExpressions(canonical: string, read: ReadAt, visit: (result: Expr | NounYear, offset: number) => void): void {
  const length = canonical.length
  let offset = 0
  while (offset < length) {
    const code = canonical.charCodeAt(offset)
    if (!isTimeStart(code)) {
      offset++
      continue
    }
    const result = read(offset)
    if (result) {
      visit(result, offset)
      offset = Math.max(result.end, offset + 1)
    } else if (isAsciiDigitCode(code)) {
      let end = offset + 1
      while (end < length && isAsciiDigitCode(canonical.charCodeAt(end))) end++
      offset = end
    } else if (isCnNumeralCode(code)) {
      let end = offset + 1
      while (end < length && isCnNumeralCode(canonical.charCodeAt(end)) && !lexicon.plans.len(canonical, end)) end++
      offset = end
    } else offset++
  }
}

/** Turns the gate off for a benchmark of parse() with and without it, in one process. @internal */
export const timeGate = { enabled: true }

/** scanTime without the gate: every range is read (tests check the gate against it). @internal */
export function scanTimeUngated(text: string, options: ScanOptions = {}): ScanResult {
  return scan(text, options, false, options.from ?? 0, options.to ?? text.length)
}

/**
 * False when `scanTime(text, { from, to })` finds nothing whatever its options: the gate's test,
 * for callers that can skip work around a scan that cannot match (a stage heading's bracket).
 */
export function mayHoldTimeIn(text: string, from: number, to: number): boolean {
  return !timeGate.enabled || (mayHoldTimeRaw(text, from, to) ?? mayHoldTime(canonicalize(text, from, to).text))
}

// (from and to apart from the options, so a caller with one options object for many ranges need not copy it per range)
// (`known`: the raw gate's answer when the caller read it already, in the one cue pass over a clause range
// that the role gate shares, extract/range-cues.ts; null when it did not)
function scan(text: string, options: ScanOptions, gated: boolean, from: number, to: number, known: boolean | undefined | null = null): ScanResult {
  // most clauses hold no time: one pass for the readers' necessary words skips them (registry.ts),
  // read on the input while it is its own canon, so most skip without a canonical copy
  const raw = gated ? (known === null ? mayHoldTimeRaw(text, from, to) : known) : undefined
  if (raw === false) return NO_TIME
  const canon = canonicalize(text, from, to)
  if (gated && raw === undefined && !mayHoldTime(canon.text)) return NO_TIME
  const context = new Context(options)
  const canonical = canon.text
  // a range of a Taiwan document reads its bare years as ROC ones: the signal is the whole text's
  scanningRoc(canonical, rocDocument(text))
  const found: Array<{ expr: Expr; years: Years }> = []
  const diagnostics: TimeDiagnostic[] = []
  // where the item year was last printed: 当年 / 同年 take it only from their own sentence
  let lastYearEnd = 0
  walkExpressions(canonical, openReaders(canonical), (result) => {
    // a noun year (2015年度…) is no time, but its year is the item's year
    if ('noun' in result) {
      // 国务院一九八〇年223号文件: the year of a cited document's number dates that document, not the items after it
      if (serialAfter(canonical, result.end)) return
      context.lastYear = result.year
      lastYearEnd = result.end
      return
    }
    // …一百零九年起，每年…申報。但公司於當年度一月一日…: past a full stop, 当年 is some event's year, not the year printed before
    // (a bare 年内 likewise: 对2020年前…作出部署。年内要… is the text's year, as 今年内)
    const acrossSentence = (Boolean(result.from?.sameYear) || bareWithinYear(result.from)) && context.lastYear !== null && SAME_YEAR_BREAK.test(canonical.slice(lastYearEnd, result.start))
    // 2003年以来…检查，要于7月15日前报: a year the text looks back from is past, not the year of
    // the dates after it (they keep the earlier year, else the plan's or the document's)
    const before = context.lastYear
    if (acrossSentence) context.lastYear = null
    const years = context.resolve(result)
    if (context.lastYear === null) context.lastYear = before
    else if (context.lastYear !== before || result.from?.explicitYear || result.until?.explicitYear) lastYearEnd = result.end
    if (result.kind === 'start' && result.note === 'since') context.lastYear = before
    // 当年 with no printed year before it is some event's year (取得证书的当年), not a date
    if (!(result.from?.sameYear && years.source !== 'item')) found.push({ expr: result, years })
  })

  yearsFromListEnd(canonical, found)
  const matches: TimeMatch[] = []
  for (let k = 0; k < found.length; k++) {
    const { expr, years } = found[k]
    const index = startOf(canon, expr.start)
    const end = endOf(canon, expr.start, expr.end)
    const match = build(text.slice(index, end), expr, years, context)
    match.index = index
    match.end = end
    if (expr.repaired) diagnostics.push({ severity: 'warning', code: 'time-repaired', message: `Repaired a corrupt date: ${expr.repaired}`, index, end })
    if (expr.invalid) diagnostics.push({ severity: 'warning', code: 'time-invalid', message: `Unreadable date "${match.deadline.raw}": ${expr.invalid}`, index, end })
    if (years.unknown) diagnostics.push({ severity: 'info', code: 'time-year-unknown', message: `No year for "${match.deadline.raw}": no earlier year, plan, document or reference date`, index, end })
    // 2020年起，每年2月底前: the start bounds the recurring date (one expression when only a
    // comma separates them; 从2019年起，各有关部门于每年2月底前: the start is attached)
    const previous = matches[matches.length - 1]
    if (match.deadline.kind === 'recurring' && previous && previous.deadline.kind === 'start' && previous.deadline.start) {
      const gap = canonical.slice(found[k - 1].expr.end, expr.start)
      if (gap === '' || gap === '，') {
        match.deadline = startLast(match.deadline, previous.deadline.start)
        match.deadline.raw = text.slice(previous.index, end)
        match.index = previous.index
        matches.pop()
      } else if (gap.length <= 12 && !/[。；\n]/.test(gap)) match.deadline = startLast(match.deadline, previous.deadline.start)
    }
    // 即日起至2009年12月20日 (征集时间): a period from the start to the date, not a due date
    if (match.deadline.kind === 'due' && match.deadline.date && previous && previous.deadline.kind === 'start') {
      const gap = canonical.slice(found[k - 1].expr.end, expr.start)
      if (lexicon.rangeTo.has(gap)) {
        match.deadline = { ...match.deadline, raw: text.slice(previous.index, end), kind: 'range', start: previous.deadline.start ?? null, end: match.deadline.date, date: null }
        match.index = previous.index
        matches.pop()
      }
    }
    matches.push(match)
  }
  return { matches, diagnostics }
}

/** Separators of a date list (6月27日、9月30日、2009年1月5日前). */
const LIST_SEPARATORS = new Set(['、', '和', '及'])

/**
 * A date list whose last item prints its year (分别于6月27日、9月30日、2009年1月5日前) dates the
 * yearless items before it: the same year when they come before it in the calendar, else the year
 * before (the list runs in order into the next year). A printed year earlier in the text (source
 * 'item') is kept: only guesses from the plan, document or reference date give way.
 */
function yearsFromListEnd(text: string, found: Array<{ expr: Expr; years: Years }>): void {
  for (let k = found.length - 1; k > 0; k--) {
    const last = found[k].expr.from
    if (!last?.explicitYear || last.unit.year === null || found[k].expr.until || last.unit.month === undefined) continue
    let next = last.unit
    let year = last.unit.year
    for (let j = k - 1; j >= 0; j--) {
      const { expr, years } = found[j]
      const point = expr.from
      if (!LIST_SEPARATORS.has(text.slice(expr.end, found[j + 1].expr.start))) break
      if (!point || point.explicitYear || expr.until || point.unit.month === undefined || years.source === 'item') break
      if (point.yearRel !== undefined || point.monthRel !== undefined || point.quarterRel !== undefined || point.sameYear) break
      if (point.unit.month > next.month! || (point.unit.month === next.month && (point.unit.day ?? 0) > (next.day ?? 31))) year--
      years.from = year
      years.source = 'item'
      years.unknown = undefined
      next = point.unit
    }
  }
}

interface Years {
  from: number | null
  until: number | null
  source?: YearSource
  unknown?: boolean
}

const SERIAL_DIGIT = /[0-9０-９〇零一二三四五六七八九十百]/u

/** Does a serial number and its mark (lexicon.json serialYear: 223号) follow `end`? */
function serialAfter(text: string, end: number): boolean {
  let cursor = end
  while (cursor < text.length && SERIAL_DIGIT.test(text[cursor])) cursor++
  return cursor > end && lexicon.serialMarks.has(text[cursor])
}

/** A full stop between a printed year and a later 当年 / 同年 (a line break is not one: a wrapped bracket). */
const SAME_YEAR_BREAK = /[。！？；!?;]/u

/** 年内 with no year of its own (not 2020年内, 今年内, 本世纪内). */
function bareWithinYear(point: Point | undefined): boolean {
  return Boolean(point?.within) && point?.unit.precision === 'year' && point.unit.year === null && point.yearRel === undefined && point.centuryRel === undefined
}

/** Year inference and the dates relative anchors bind to. */
class Context {
  lastYear: number | null = null
  // undefined: not asked yet (options.planYearOf may cost a pass over the document)
  private plan: number | null | undefined
  // Dates are built when first asked for: most clauses hold no date that needs them, and a
  // local-time Date costs more than scanning a short clause (undefined: not built yet).
  private refDate: Date | null | undefined
  private docDate: Date | null | undefined
  private pubDate: Date | null | undefined
  private effDate: Date | null | undefined

  constructor(private readonly options: ScanOptions) {}

  get planYear(): number | null {
    if (this.plan === undefined) {
      const year = this.options.planYear ?? this.options.planYearOf?.()
      this.plan = typeof year === 'number' && Number.isFinite(year) ? year : null
    }
    return this.plan
  }

  get reference(): Date | null {
    if (this.refDate === undefined) this.refDate = toDate(this.options.referenceDate)
    return this.refDate
  }

  get document(): Date | null {
    if (this.docDate === undefined) this.docDate = toDate(this.options.documentDate)
    return this.docDate
  }

  get published(): Date | null {
    if (this.pubDate === undefined) this.pubDate = toDate(this.options.publishedDate)
    return this.pubDate
  }

  get parentLaw(): boolean {
    return this.options.parentLaw === true
  }

  get effective(): Date | null {
    if (this.effDate === undefined) this.effDate = toDate(this.options.effectiveDate)
    return this.effDate
  }

  /** Year of the document, else of the reference date, for 今年 / 立即. */
  baseDate(): { date: Date; source: YearSource } | null {
    if (this.document) return { date: this.document, source: 'document' }
    if (this.reference) return { date: this.reference, source: 'reference' }
    return null
  }

  inferYear(): { year: number; source: YearSource } | null {
    if (this.lastYear !== null) return { year: this.lastYear, source: 'item' }
    if (this.planYear !== null) return { year: this.planYear, source: 'plan' }
    const base = this.baseDate()
    return base ? { year: base.date.getFullYear(), source: base.source } : null
  }

  /** Resolve the years of an expression's points and update the item year. */
  resolve(expr: Expr): Years {
    const out: Years = { from: null, until: null }
    const first = expr.from
    if (!first) return out
    const firstYear = this.yearOf(first, out)
    out.from = firstYear
    const second = expr.until
    if (second) {
      if (second.explicitYear || second.yearRel !== undefined || second.monthRel !== undefined || second.quarterRel !== undefined) out.until = this.yearOf(second, out)
      else if (firstYear !== null) {
        out.until = firstYear
        // 2013年11月至3月: the second month is in the next year
        if (endsBefore(second.unit, first.unit, firstYear)) out.until = firstYear + 1
      }
    }
    const last = second && out.until !== null && second.explicitYear ? out.until : first.explicitYear && firstYear !== null ? firstYear : null
    if (last !== null && !first.invalid) this.lastYear = last
    return out
  }

  private yearOf(point: Point, out: Years): number | null {
    if (point.unit.year !== null) return point.unit.year
    if ((point.invalid || point.placeholder) && point.explicitYear) return null
    if (point.sameYear && this.lastYear !== null) {
      out.source = 'item'
      return this.lastYear
    }
    if (point.monthRel !== undefined || point.quarterRel !== undefined) {
      // 本月 / 上个季度: counted from the document's month
      const base = this.baseDate()
      if (!base) {
        out.unknown = true
        return null
      }
      out.source = base.source
      const step = point.monthRel !== undefined ? 1 : 3
      const baseMonth = base.date.getMonth()
      const firstMonth = point.monthRel !== undefined ? baseMonth : baseMonth - (baseMonth % 3)
      const months = base.date.getFullYear() * 12 + firstMonth + (point.monthRel ?? point.quarterRel!) * step
      const month = (months % 12) + 1
      point.unit = point.monthRel !== undefined ? { ...point.unit, month: month } : { ...point.unit, part: (month + 2) / 3 }
      return Math.floor(months / 12)
    }
    if (point.centuryRel !== undefined) {
      // the century of the document's year (a year printed before may be a target of the next one: 二零一零年)
      const base = this.baseDate()
      if (!base) {
        out.unknown = true
        return null
      }
      out.source = base.source
      return (Math.floor((base.date.getFullYear() - 1) / 100) + 1 + point.centuryRel) * 100
    }
    if (point.yearRel !== undefined) {
      const base = this.baseDate()
      if (!base) {
        out.unknown = true
        return null
      }
      out.source = base.source
      return base.date.getFullYear() + point.yearRel
    }
    const inferred = this.inferYear()
    if (!inferred) {
      out.unknown = true
      return null
    }
    out.source = inferred.source
    return inferred.year
  }
}

/** Does `second` end before `first` starts, both in year `year`? */
function endsBefore(second: Unit, first: Unit, year: number): boolean {
  if (second.precision === 'year' || first.precision === 'year') return false
  return bounds(second, year).last < bounds(first, year).first
}

function finer(left: Precision, right: Precision): Precision {
  return PRECISIONS.indexOf(left) <= PRECISIONS.indexOf(right) ? left : right
}

/** Turn a parsed, year-resolved expression into a Deadline. */
/** The recurring deadline with the start it takes from the expression before it, printed last as it always was. */
function startLast(deadline: TimeMatch['deadline'], start: string | null): TimeMatch['deadline'] {
  const { start: _start, ...rest } = deadline
  return { ...rest, start }
}

function build(raw: string, expr: Expr, years: Years, context: Context): TimeMatch {
  // Every field in one literal, in the order the cases below fill them: one hidden class for all
  // deadlines and matches, so the readers of `match.deadline.kind` stay monomorphic (fields added
  // later made a map per case and deopted scan, timeIn, effectiveDates). Undefined fields are
  // left out of the JSON, so the output keeps its key order.
  const deadline: Omit<Deadline, 'position'> = {
    raw,
    kind: expr.kind,
    precision: 'none',
    date: undefined,
    start: undefined,
    end: undefined,
    recurrence: undefined,
    inferred: undefined,
  }
  const match: TimeMatch = { deadline, index: 0, end: 0, rule: expr.rule as RuleId, period: undefined, bare: undefined, basis: undefined, target: undefined }
  const inferred: NonNullable<Deadline['inferred']> = {}
  if (years.source) inferred.year = years.source
  const notes: string[] = []
  if (expr.note) notes.push(expr.note)
  if (expr.repaired) notes.push('repaired')
  const first = expr.from
  const second = expr.until
  // a recurring date names no single span (every year's February)
  const firstSpan = first && expr.kind !== 'recurring' && years.from !== null && !first.invalid ? bounds(first.unit, years.from) : null
  const secondSpan = second && years.until !== null && !second.invalid ? bounds(second.unit, years.until) : null
  if (first) deadline.precision = second ? finer(first.unit.precision, second.unit.precision) : first.unit.precision
  if (firstSpan) match.period = { start: iso(firstSpan.first), end: iso((secondSpan ?? firstSpan).last) }
  if (expr.bare) match.bare = true
  if (expr.basis) match.basis = expr.basis
  if (expr.target) match.target = expr.target

  switch (expr.kind) {
    case 'due': {
      if (expr.rule === 'near-term') {
        deadline.date = null
        break
      }
      if (expr.anchor) {
        const anchor = anchorDate(expr.anchor, context, notes)
        deadline.date = anchor && expr.anchor.count ? iso(addDuration(anchor, expr.anchor.count, expr.anchor.unit!)) : null
        deadline.precision = 'day'
        break
      }
      const span = secondSpan ?? firstSpan
      if (!span) deadline.date = null
      else deadline.date = iso(expr.edge === 'before' ? dayBefore(span.first) : span.last)
      break
    }
    case 'start': {
      if (expr.anchor) {
        const anchor = anchorDate(expr.anchor, context, notes)
        deadline.date = anchor ? iso(anchor) : null
        deadline.start = deadline.date
        deadline.precision = 'day'
        break
      }
      const startDay = firstSpan ? iso(first!.endFlag ? firstSpan.last : firstSpan.first) : null
      deadline.date = startDay
      deadline.start = startDay
      break
    }
    case 'range':
    case 'ongoing': {
      if (expr.anchor?.count) {
        // 今后5年: from the document date to the day before the same date 5 years on; 近三个月: back to it
        const anchor = anchorDate(expr.anchor, context, notes)
        if (anchor) {
          const { count, unit, back } = expr.anchor
          deadline.start = iso(back ? addDuration(anchor, -count, unit!) : anchor)
          deadline.end = iso(back ? anchor : addDuration(anchor, count, unit!, 'validity'))
        } else {
          deadline.start = null
          deadline.end = null
        }
        deadline.precision = 'day'
        break
      }
      if (firstSpan) {
        deadline.start = iso(first!.endFlag && second ? firstSpan.last : firstSpan.first)
        deadline.end = iso((secondSpan ?? firstSpan).last)
      } else if (first) {
        // (20XX年8月1日-2018年4月1日): an unknown start, a known end
        deadline.start = null
        deadline.end = first.placeholder && secondSpan ? iso(secondSpan.last) : null
      }
      break
    }
    case 'recurring':
      deadline.recurrence = expr.recurrence
      delete inferred.year
      break
    case 'immediate': {
      const base = context.baseDate()
      deadline.date = base ? iso(base.date) : null
      if (base) notes.push(`date is the ${base.source} date`)
      break
    }
  }
  if (notes.length) inferred.note = notes.join('; ')
  if (inferred.year || inferred.note) deadline.inferred = inferred
  return match
}

function anchorDate(anchor: NonNullable<Expr['anchor']>, context: Context, notes: string[]): Date | null {
  const kind: AnchorDate = anchor.date
  // 自本法施行之日起 in a regulation that names its parent law 本法: that law's day, not printed here
  if (context.parentLaw && anchor.subject && kind !== 'document' && lexicon.parentLawSubjects.includes(anchor.subject)) {
    notes.push("anchor is the parent law's, which the text does not date")
    return null
  }
  // 自本法修正施行之日起: an amendment's day, and the text does not say which amendment
  if (kind === 'amendment') {
    notes.push('anchor is an amendment the text does not date')
    return null
  }
  if (kind === 'published' && context.published) return context.published
  // 自本条例施行之日起六个月内: from the day it takes effect, not the day it was signed
  if (kind === 'effective' && context.effective) return context.effective
  if (context.document) {
    if (kind === 'published') notes.push('publication date taken as the document date')
    return context.document
  }
  if (context.reference) {
    notes.push('anchor taken as the reference date')
    return context.reference
  }
  notes.push('anchor date unknown')
  return null
}
