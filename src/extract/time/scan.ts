import type { Deadline } from '../../schema/time.js'
import type { SpanDiagnostic } from '../../text/diagnostics.js'
import { addDuration, bounds, dayBefore, iso, toDate, type Unit } from './calendar.js'
import { canonicalize, endOf, startOf } from './canon.js'
import { ExprGate, isAsciiDigitCode, isCnNumeralCode, isStarter, lexicon as L, type Precision } from './lexicon.js'
import { Parser, type Expr, type Point, type RuleId } from './parse.js'

export interface ScanOptions {
  /** Scan only `text[from, to)`; offsets stay in `text`. */
  from?: number
  to?: number
  /** Fallback for years and `立即` when nothing better is known (ISO date). */
  referenceDate?: string | Date
  /** The plan's first year (from its title), used for yearless dates before the document year. */
  planYear?: number
  /** The document's date (成文日期 / issue date), ISO. */
  documentDate?: string | Date
  /** The publication date when it differs (发布之日), ISO; defaults to documentDate. */
  publishedDate?: string | Date
}

/** A time scanner's diagnostic: the one scanner shape, `[index, end)` in the scanned string. */
export type TimeDiagnostic = SpanDiagnostic

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

type YearSource = NonNullable<NonNullable<Deadline['inferred']>['year']>

const RANK: Record<Precision, number> = { day: 0, xun: 1, month: 2, quarter: 3, half: 4, year: 5, 'plan-period': 6, none: 7 }

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
  const canon = canonicalize(text, options.from ?? 0, options.to ?? text.length)
  const ctx = new Context(options)
  const parser = new Parser(canon.s)
  const s = canon.s
  const gate = new ExprGate(s)
  const found: Array<{ e: Expr; years: Years }> = []
  const diagnostics: TimeDiagnostic[] = []
  const n = s.length
  let i = 0
  while (i < n) {
    if (!isStarter(s.charCodeAt(i))) {
      i++
      continue
    }
    const ch = s[i]
    let e: Expr | undefined
    if (ch === '自' || ch === '从' || L.anchorToday.len(s, i) || L.anchorEvents.len(s, i)) e = parser.readAnchor(i)
    if (!e && ch === L.everyPrefix) e = parser.readRecurring(i)
    if (!e && (L.quoteOpen.has(ch) || L.plans.len(s, i) || ch === L.planOrdinalPrefix)) e = parser.readPlan(i)
    if (!e && gate.canStart(i)) {
      const r = parser.readExpr(i)
      if (r && 'noun' in r) {
        ctx.lastYear = r.y
        i = r.end
        continue
      }
      e = r
    }
    if (!e) e = parser.readPhrase(i)
    if (e) {
      const years = ctx.resolve(e)
      // 当年 with no printed year before it is some event's year (取得证书的当年), not a date
      if (e.a?.sameYear && years.source !== 'item') {
        i = Math.max(e.end, i + 1)
        continue
      }
      found.push({ e, years })
      i = Math.max(e.end, i + 1)
      continue
    }
    // skip a whole number run that matched nothing (so 100k digits cost one pass)
    const code = s.charCodeAt(i)
    if (isAsciiDigitCode(code)) {
      let j = i + 1
      while (j < n && isAsciiDigitCode(s.charCodeAt(j))) j++
      i = j
    } else if (isCnNumeralCode(code)) {
      let j = i + 1
      while (j < n && isCnNumeralCode(s.charCodeAt(j)) && !L.plans.len(s, j)) j++
      i = j
    } else i++
  }

  const matches: TimeMatch[] = []
  for (let k = 0; k < found.length; k++) {
    const { e, years } = found[k]
    const index = startOf(canon, e.start)
    const end = endOf(canon, e.start, e.end)
    const m = build(text.slice(index, end), e, years, ctx)
    m.index = index
    m.end = end
    if (e.repaired) diagnostics.push({ severity: 'warning', code: 'time-repaired', message: `Repaired a corrupt date: ${e.repaired}`, index, end })
    if (e.invalid) diagnostics.push({ severity: 'warning', code: 'time-invalid', message: `Unreadable date "${m.deadline.raw}": ${e.invalid}`, index, end })
    if (years.unknown) diagnostics.push({ severity: 'info', code: 'time-year-unknown', message: `No year for "${m.deadline.raw}": no earlier year, plan, document or reference date`, index, end })
    // 2020年起，每年2月底前: the start bounds the recurring date (one expression when only a
    // comma separates them; 从2019年起，各有关部门于每年2月底前: the start is attached)
    const prev = matches[matches.length - 1]
    if (m.deadline.kind === 'recurring' && prev && prev.deadline.kind === 'start' && prev.deadline.start) {
      const gap = canon.s.slice(found[k - 1].e.end, e.start)
      if (gap === '' || gap === '，') {
        m.deadline.start = prev.deadline.start
        m.deadline.raw = text.slice(prev.index, end)
        m.index = prev.index
        matches.pop()
      } else if (gap.length <= 12 && !/[。；\n]/.test(gap)) m.deadline.start = prev.deadline.start
    }
    matches.push(m)
  }
  return { matches, diagnostics }
}

interface Years {
  a: number | null
  b: number | null
  source?: YearSource
  unknown?: boolean
}

/** Year inference and the dates relative anchors bind to. */
class Context {
  lastYear: number | null = null
  readonly planYear: number | null
  // Dates are built when first asked for: most clauses hold no date that needs them, and a
  // local-time Date costs more than scanning a short clause (undefined: not built yet).
  private refDate: Date | null | undefined
  private docDate: Date | null | undefined
  private pubDate: Date | null | undefined

  constructor(private readonly o: ScanOptions) {
    this.planYear = typeof o.planYear === 'number' && Number.isFinite(o.planYear) ? o.planYear : null
  }

  get ref(): Date | null {
    if (this.refDate === undefined) this.refDate = toDate(this.o.referenceDate)
    return this.refDate
  }

  get doc(): Date | null {
    if (this.docDate === undefined) this.docDate = toDate(this.o.documentDate)
    return this.docDate
  }

  get pub(): Date | null {
    if (this.pubDate === undefined) this.pubDate = toDate(this.o.publishedDate)
    return this.pubDate
  }

  /** Year of the document, else of the reference date, for 今年 / 立即. */
  baseDate(): { d: Date; source: YearSource } | null {
    if (this.doc) return { d: this.doc, source: 'document' }
    if (this.ref) return { d: this.ref, source: 'reference' }
    return null
  }

  inferYear(): { y: number; source: YearSource } | null {
    if (this.lastYear !== null) return { y: this.lastYear, source: 'item' }
    if (this.planYear !== null) return { y: this.planYear, source: 'plan' }
    const b = this.baseDate()
    return b ? { y: b.d.getFullYear(), source: b.source } : null
  }

  /** Resolve the years of an expression's points and update the item year. */
  resolve(e: Expr): Years {
    const out: Years = { a: null, b: null }
    const pa = e.a
    if (!pa) return out
    const ya = this.yearOf(pa, out)
    out.a = ya
    if (e.b) {
      if (e.b.explicitYear || e.b.yearRel !== undefined || e.b.monthRel !== undefined || e.b.quarterRel !== undefined) out.b = this.yearOf(e.b, out)
      else if (ya !== null) {
        out.b = ya
        // 2013年11月至3月: the second month is in the next year
        if (sameYearBefore(e.b.unit, pa.unit, ya)) out.b = ya + 1
      }
    }
    const last = e.b && out.b !== null && e.b.explicitYear ? out.b : pa.explicitYear && ya !== null ? ya : null
    if (last !== null && !pa.invalid) this.lastYear = last
    return out
  }

  private yearOf(p: Point, out: Years): number | null {
    if (p.unit.y !== null) return p.unit.y
    if (p.invalid && p.explicitYear) return null
    if (p.sameYear && this.lastYear !== null) {
      out.source = 'item'
      return this.lastYear
    }
    if (p.monthRel !== undefined || p.quarterRel !== undefined) {
      // 本月 / 上个季度: counted from the document's month
      const b = this.baseDate()
      if (!b) {
        out.unknown = true
        return null
      }
      out.source = b.source
      const step = p.monthRel !== undefined ? 1 : 3
      const m0 = p.monthRel !== undefined ? b.d.getMonth() : b.d.getMonth() - (b.d.getMonth() % 3)
      const k = b.d.getFullYear() * 12 + m0 + (p.monthRel ?? p.quarterRel!) * step
      const y = Math.floor(k / 12)
      const m = (k % 12) + 1
      p.unit = p.monthRel !== undefined ? { ...p.unit, m } : { ...p.unit, part: (m + 2) / 3 }
      return y
    }
    if (p.yearRel !== undefined) {
      const b = this.baseDate()
      if (!b) {
        out.unknown = true
        return null
      }
      out.source = b.source
      return b.d.getFullYear() + p.yearRel
    }
    const inf = this.inferYear()
    if (!inf) {
      out.unknown = true
      return null
    }
    out.source = inf.source
    return inf.y
  }
}

function sameYearBefore(b: Unit, a: Unit, y: number): boolean {
  if (b.precision === 'year' || a.precision === 'year') return false
  return bounds(b, y).last < bounds(a, y).first
}

function finer(a: Precision, b: Precision): Precision {
  return RANK[a] <= RANK[b] ? a : b
}

/** Turn a parsed, year-resolved expression into a Deadline. */
function build(raw: string, e: Expr, years: Years, ctx: Context): TimeMatch {
  const d: Omit<Deadline, 'position'> = { raw, kind: e.kind, precision: 'none' }
  const m: TimeMatch = { deadline: d, index: 0, end: 0, rule: e.rule }
  const inferred: NonNullable<Deadline['inferred']> = {}
  if (years.source) inferred.year = years.source
  const notes: string[] = []
  if (e.note) notes.push(e.note)
  if (e.repaired) notes.push('repaired')
  const a = e.a
  const A = a && years.a !== null && !a.invalid ? bounds(a.unit, years.a) : null
  const B = e.b && years.b !== null && !e.b.invalid ? bounds(e.b.unit, years.b) : null
  if (a) d.precision = e.b ? finer(a.unit.precision, e.b.unit.precision) : a.unit.precision
  if (A) m.period = { start: iso(A.first), end: iso((B ?? A).last) }
  if (e.bare) m.bare = true
  if (e.basis) m.basis = e.basis
  if (e.target) m.target = e.target

  switch (e.kind) {
    case 'due': {
      if (e.rule === 'near-term') {
        d.date = null
        break
      }
      if (e.anchor) {
        const at = anchorDate(e.anchor.date, ctx, notes)
        d.date = at && e.anchor.n ? iso(addDuration(at, e.anchor.n, e.anchor.unit!)) : null
        d.precision = 'day'
        break
      }
      const P = B ?? A
      if (!P) d.date = null
      else d.date = iso(e.edge === 'before' ? dayBefore(P.first) : P.last)
      break
    }
    case 'start': {
      if (e.anchor) {
        const at = anchorDate(e.anchor.date, ctx, notes)
        d.date = at ? iso(at) : null
        d.start = d.date
        d.precision = 'day'
        break
      }
      const first = A ? iso(a!.endFlag ? A.last : A.first) : null
      d.date = first
      d.start = first
      break
    }
    case 'range':
    case 'ongoing': {
      if (e.anchor?.n) {
        // 今后5年: from the document date to the day before the same date 5 years on; 近三个月: back to it
        const at = anchorDate(e.anchor.date, ctx, notes)
        if (at) {
          const from = e.anchor.back ? addDuration(at, -e.anchor.n, e.anchor.unit!) : at
          const to = e.anchor.back ? at : addDuration(at, e.anchor.n, e.anchor.unit!, 'validity')
          d.start = iso(from)
          d.end = iso(to)
        } else {
          d.start = null
          d.end = null
        }
        d.precision = 'day'
        break
      }
      if (A) {
        d.start = iso(a!.endFlag && e.b ? A.last : A.first)
        d.end = iso((B ?? A).last)
      } else if (a) {
        d.start = null
        d.end = null
      }
      break
    }
    case 'recurring':
      d.recurrence = e.recurrence
      delete inferred.year
      break
    case 'immediate': {
      const b = ctx.baseDate()
      d.date = b ? iso(b.d) : null
      if (b) notes.push(`date is the ${b.source} date`)
      break
    }
  }
  if (notes.length) inferred.note = notes.join('; ')
  if (inferred.year || inferred.note) d.inferred = inferred
  return m
}

function anchorDate(kind: 'document' | 'published', ctx: Context, notes: string[]): Date | null {
  if (kind === 'published' && ctx.pub) return ctx.pub
  if (ctx.doc) {
    if (kind === 'published') notes.push('publication date taken as the document date')
    return ctx.doc
  }
  if (ctx.ref) {
    notes.push('anchor taken as the reference date')
    return ctx.ref
  }
  notes.push('anchor date unknown')
  return null
}
