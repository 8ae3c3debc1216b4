import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import type { Deadline, Milestone, Stage, TimeEvent } from '../schema/time.js'
import type { ClauseNode, DocumentNode, ParagraphNode } from '../tree/types.js'
import { quotedTitles } from './quoted-titles.js'
import { SpanSet } from '../text/spans.js'
import {
  eventOf,
  findStages,
  RANGE_LINES,
  scanTimeIn,
  STEP_HEAD,
  scheduleLabels,
  splitMilestones,
  standingReading,
  titleYearOf,
  type StageBlock,
  type StageOptions,
  type TimeMatch,
} from './time/index.js'
import { narratedInReview, reviewAt, type ReviewSpan } from './time/review-sections.js'

export interface TimeOptions {
  documentDate?: string
  publishedDate?: string
  /** The date the text takes effect (meta.effectiveDate): 自本条例施行之日起 counts from it. */
  effectiveDate?: string
  /** The text names its parent law 本法 (`ScanOptions.parentLaw`). */
  parentLaw?: boolean
  planYear?: number
  /** The plan year when working it out costs a pass over the document, asked only when a date needs it (`ScanOptions.planYearOf`). */
  planYearOf?: () => number | undefined
  referenceDate?: string
  /** A dateless text's year and genre (`2002年政府工作报告`): see `yearContextOf`. */
  textYear?: number
  yearOfWork?: boolean
  /** The edition year the title prints (`（2025年版）`): see `EventContext.editionYear`. */
  editionYear?: number
  /** A dateless plan's period start (`十四五` → 2021-01-01): see `EventContext.periodStart`. */
  periodStart?: string
  /** A report: see `EventContext.narrative`. */
  narrative?: boolean
  /** A court case: see `EventContext.caseReport`. */
  caseReport?: boolean
  /** A text of articles (a law, a regulation): its dates are read as a standing rule's (`standingReading`). */
  standing?: boolean
  /** The clauses that review past work (一、2022年工作回顾): their dates up to the reviewed year are told. */
  reviews?: ReviewSpan[]
}

function toDeadline(view: MappedText, match: TimeMatch): Deadline {
  return { ...match.deadline, position: view.position(match.index, match.end) }
}

const MAX_SCHEDULE = 2000

/** A range without time or schedule label: one frozen value for all of them (callers read it, never write). */
const NO_CLAUSE_TIME: { deadlines: Deadline[]; events: TimeEvent[]; milestones: Milestone[] } = Object.freeze({
  deadlines: Object.freeze([]) as unknown as Deadline[],
  events: Object.freeze([]) as unknown as TimeEvent[],
  milestones: Object.freeze([]) as unknown as Milestone[],
})

const REFERENCE_ANCHOR = 'anchor taken as the reference date'

/**
 * 两年内基本取消… in a report that prints no date: the scan counted it from the reference date, the
 * first day of the title's year by guess (`yearContextOf`). A count needs a dated anchor (the gold's
 * convention for durations, test/gold/README.md sweep7): still due, with no date.
 */
function undatedCount(match: TimeMatch): TimeMatch {
  const counted = match.deadline
  const notes = counted.inferred?.note?.split('; ') ?? []
  if (!counted.date || !notes.includes(REFERENCE_ANCHOR)) return match
  const note = [...notes.filter((n) => n !== REFERENCE_ANCHOR), 'a count from the year of a dateless text has no dated anchor'].join('; ')
  return { ...match, deadline: { ...counted, date: null, inferred: { ...counted.inferred, note } } }
}

function toEvent(view: MappedText, match: TimeMatch, kind: TimeEvent['kind'], cue: string | undefined): TimeEvent {
  const deadline = match.deadline
  const event: TimeEvent = { raw: deadline.raw, kind, ...(cue ? { cue } : {}), precision: deadline.precision }
  if (deadline.date !== undefined) event.date = deadline.date
  if (deadline.start !== undefined) event.start = deadline.start
  if (deadline.end !== undefined) event.end = deadline.end
  if (deadline.inferred) event.inferred = deadline.inferred
  event.position = view.position(match.index, match.end)
  return event
}

/**
 * Deadlines and events of `view.text[from, until)` and the milestones of its schedule blocks (进度安排：…),
 * with positions in the original input. Time diagnostics go to `diags`. `rawGate`: the time gate's answer
 * on the raw range when the caller read it already (range-cues.ts), null when not.
 */
export function timeIn(
  view: MappedText,
  diags: Diagnostics,
  from: number,
  until: number,
  opts: TimeOptions,
  excluded: Array<[number, number]> = [],
  rawGate: boolean | undefined | null = null,
): { deadlines: Deadline[]; events: TimeEvent[]; milestones: Milestone[] } {
  // (the options as they are, not copied per range: this runs once per clause range, and most hold no time)
  // In a review, a yearless date (年底国家外汇储备达…) is of the reviewed year, not the text's.
  const review = opts.reviews?.length ? reviewAt(opts.reviews, from) : undefined
  const { matches, diagnostics } = scanTimeIn(view.text, from, until, review?.year !== undefined ? { ...opts, planYear: review.year, planYearOf: undefined } : opts, rawGate)
  // the schedule labels of grammars/time/milestones.json (进度安排：, 时间节点： …)
  const labels = scheduleLabels(view.text, from, until)
  // (most ranges: nothing found — one frozen value, which the callers only read, and no closures or arrays built)
  if (!matches.length && !diagnostics.length && !labels.length) return NO_CLAUSE_TIME
  // Not this task's time: dates inside a cited title (《…2014—2016年工作规划》) or a stage heading.
  // (built on the first question: most ranges hold no time, and then nobody asks)
  let skip: SpanSet | undefined
  const own = (offset: number) => !(skip ??= new SpanSet([...excluded.filter(([s, e]) => e > from && s < until), ...quotedTitles(view.text, from, until)])).has(offset)
  for (const diagnostic of diagnostics) if (own(diagnostic.index)) diags.add(view, diagnostic.severity, diagnostic.code, diagnostic.message, diagnostic.index, diagnostic.end)
  // A date the text reports (召开, 印发, 增长, 以来, a past date without a cue) is an event, not a
  // deadline: no scorer, table or rule counts it as one.
  const deadlines: Deadline[] = []
  const events: TimeEvent[] = []
  let yearly: TimeMatch | undefined
  let recurring: TimeMatch | undefined
  for (const raw of matches) {
    if (!own(raw.index)) continue
    const match =
      yearly && sameSentence(view.text, yearly.end, raw.index)
        ? recurringAfter(raw)
        : recurring && bracketAfter(view.text, recurring.end, raw.index)
          ? recurringAfter(raw, 'recurring: an instance of the recurring date before it')
          : raw
    if (match.deadline.kind === 'recurring' && match.deadline.recurrence?.every === 'year') yearly = match
    if (raw.deadline.kind === 'recurring') recurring = raw
    const reading = eventOf(view.text, match, opts.documentDate, {
      textYear: opts.textYear,
      yearOfWork: opts.yearOfWork,
      editionYear: opts.editionYear,
      periodStart: opts.periodStart,
      narrative: opts.narrative,
      caseReport: opts.caseReport,
    })
    const standing = !reading && opts.standing ? standingReading(view.text, match) : undefined
    // a review tells what was done up to its year, whatever the date's cue (6月底前完成了…)
    const told = !reading && !standing && review && narratedInReview(view.text, match, review) ? { kind: 'other' as const, cue: review.cue } : undefined
    const event = reading ?? told ?? (standing && 'event' in standing ? standing.event : undefined)
    if (event) events.push(toEvent(view, match, event.kind, event.cue))
    else deadlines.push(toDeadline(view, standing && 'yearly' in standing ? standing.yearly : match.deadline.kind === 'due' && !opts.documentDate ? undatedCount(match) : match))
  }
  const milestones: Milestone[] = []
  for (let k = 0; k < labels.length; k++) {
    const labelAt = labels[k]
    // A schedule block ends with its line, at the next schedule label, or after MAX_SCHEDULE units:
    // each block is read once, even when a whole document is one line.
    const lineEnd = view.text.indexOf('\n', labelAt)
    const end = Math.min(lineEnd < 0 || lineEnd > until ? until : lineEnd, labels[k + 1] ?? until, labelAt + MAX_SCHEDULE)
    for (const milestone of splitMilestones(view.text, { from: labelAt, to: end, ...opts })) {
      if (milestone.deadline && !own(milestone.deadline.index)) continue
      milestones.push({ deadline: milestone.deadline ? toDeadline(view, milestone.deadline) : null, action: milestone.action, position: view.position(milestone.index, milestone.end) })
    }
  }
  return { deadlines, events, milestones }
}

const SENTENCE_END = /[。；;\n]/

function sameSentence(text: string, from: number, until: number): boolean {
  return !SENTENCE_END.test(text.slice(from, until))
}

/**
 * A yearless date later in the sentence of a yearly one repeats with it: in `于每年3月31日前报送…，
 * 经初审同意后，于5月31日前报送登记管理机关` the second date is every year's 5月31日, not one
 * due day in the year the document was dated.
 */
function recurringAfter(match: TimeMatch, note = 'recurring: with the yearly date before it'): TimeMatch {
  const deadline = match.deadline
  if (deadline.kind !== 'due' || !deadline.inferred?.year || !deadline.date || (deadline.precision !== 'day' && deadline.precision !== 'month')) return match
  const month = Number(deadline.date.slice(5, 7))
  const recurrence = deadline.precision === 'day' ? { every: 'year' as const, month, day: Number(deadline.date.slice(8, 10)) } : { every: 'year' as const, month }
  const { date: _date, inferred: _inferred, ...rest } = deadline
  return { ...match, deadline: { ...rest, kind: 'recurring', recurrence, inferred: { note } } }
}

/**
 * `index` lies in a bracket opened right after `end`: `每季度末(分别在6月、9月和12月底)` spells out
 * the instances of the recurring date before it, each a yearly date (not two due dates).
 */
function bracketAfter(text: string, end: number, index: number): boolean {
  let open = end
  while (open < index && /\s/.test(text[open])) open++
  if (!OPEN_BRACKETS.has(text[open])) return false
  for (let i = open + 1; i < index; i++) if (CLOSE_BRACKETS.has(text[i]) || SENTENCE_END.test(text[i])) return false
  return true
}

const OPEN_BRACKETS = new Set(['（', '('])
const CLOSE_BRACKETS = new Set(['）', ')'])

/**
 * A deadline a clause can be held to: a date, a span, 立即, or a recurring date (每月五日前, which
 * has no single date but is due every month); not a bare 持续推进.
 */
export function isDated(deadline: Deadline): boolean {
  return Boolean(deadline.date || deadline.start || deadline.end) || deadline.kind === 'immediate' || (deadline.kind === 'recurring' && deadline.recurrence !== undefined)
}

/**
 * Blocks for the stage finder, in document order: each clause's marker and first paragraph as
 * one block (at the clause's level, under its parent's heading), its further paragraphs as blocks
 * under its own heading; preamble paragraphs at level 0.
 */
export function stageBlocks(doc: DocumentNode, view: MappedText): StageBlock[] {
  const blocks: StageBlock[] = []
  const para = (paragraph: ParagraphNode, level: number, heading?: string) => blocks.push({ text: paragraph.value, offset: paragraph.data.start, level, ...(heading ? { heading } : {}) })
  const visit = (clause: ClauseNode, parentHeading?: string) => {
    const paras = clause.children.filter((x): x is ParagraphNode => x.type === 'paragraph')
    const first = paras[0]
    const headEnd = first && first.data.start <= clause.data.textEnd ? first.data.end : clause.data.textStart
    blocks.push({
      text: view.text.slice(clause.data.start, headEnd),
      offset: clause.data.start,
      level: clause.level,
      ...(parentHeading ? { heading: parentHeading } : {}),
      ...(midLine(view.text, clause.data.start) ? { midLine: true } : {}),
    })
    for (const child of clause.children) {
      if (child === first) continue
      if (child.type === 'paragraph') para(child, clause.level + 1, clause.heading)
      else visit(child, clause.heading)
    }
  }
  for (const child of doc.children) {
    if (child.type === 'paragraph') para(child, 0)
    else if (child.type === 'clause') visit(child)
  }
  return blocks
}

/** Something other than spaces before `offset` on its line (a marker found after 。). */
function midLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0 && text[i] !== '\n'; i--) if (text[i] !== ' ' && text[i] !== '\u3000' && text[i] !== '\t' && text[i] !== '\r') return true
  return false
}

const STAGE_CUE = /阶段|步骤|[（(](?:19|20)\d{2}(?:年|[-—–至到]|[）)])/

/** The years the stage finder reads with: the plan year, else the title's year (a lazy plan year stays lazy). */
function stageYears(opts: TimeOptions, title: string | null | undefined): StageOptions {
  if (opts.planYear != null || !opts.planYearOf) return { documentDate: opts.documentDate, planYear: opts.planYear ?? titleYearOf(title) }
  const planYearOf = opts.planYearOf
  let year: { value: number | undefined } | undefined
  return { documentDate: opts.documentDate, planYearOf: () => (year ??= { value: planYearOf() ?? titleYearOf(title) }).value }
}

/** Stages of a document, with positions; and a test for "this clause heads a stage". */
export function stagesOf(doc: DocumentNode, view: MappedText, opts: TimeOptions): { stages: Stage[]; headings: Array<[number, number]> } {
  // Stages need a 阶段/步骤 section, a bracketed year heading, a dated line or a numbered step (第一步，); most documents have none.
  const text = view.text.slice(doc.data.start, doc.data.end)
  const found = STAGE_CUE.test(text) || RANGE_LINES.test(text) || STEP_HEAD.test(text) ? findStages(stageBlocks(doc, view), stageYears(opts, doc.data.meta.title)) : []
  const stages = found.filter((s) => !s.narrated).map((s) => ({ ...s.stage, position: view.position(s.index, s.end) }))
  // The heading (name and bracketed period) of each stage: its dates are the stage's own. The
  // slack after the heading stops at its line's end: a body line under it (`（一）…阶段（2010年2月底）`
  // ⏎ `2月底前，完成…`) dates the clause's own work.
  const headings = found.map((match): [number, number] => {
    const headEnd = match.index + match.stage.raw.length
    const lineEnd = view.text.indexOf('\n', headEnd)
    return [match.index, Math.min(match.end, headEnd + 8, lineEnd < 0 ? Number.POSITIVE_INFINITY : lineEnd)]
  })
  return { stages, headings }
}
