import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import type { Deadline, Milestone, Stage, TimeEvent } from '../schema/time.js'
import type { ClauseNode, DocumentNode, ParagraphNode } from '../tree/types.js'
import { eventOf, findStages, scanTime, scheduleLabels, splitMilestones, type StageBlock, type TimeMatch } from './time/index.js'

export interface TimeOptions {
  documentDate?: string
  publishedDate?: string
  planYear?: number
  referenceDate?: string
  /** A dateless text's year and genre (`2002年政府工作报告`): see `yearContextOf`. */
  textYear?: number
  yearOfWork?: boolean
}

function toDeadline(view: MappedText, m: TimeMatch): Deadline {
  return { ...m.deadline, position: view.position(m.index, m.end) }
}

const MAX_SCHEDULE = 2000

/** Sorted, merged spans with a binary-search membership test (linear in matches, not quadratic). */
class SpanSet {
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  constructor(spans: Array<[number, number]>) {
    spans.sort((a, b) => a[0] - b[0])
    for (const [s, e] of spans) {
      const last = this.ends.length - 1
      if (last >= 0 && s <= this.ends[last]) this.ends[last] = Math.max(this.ends[last], e)
      else {
        this.starts.push(s)
        this.ends.push(e)
      }
    }
  }
  has(i: number): boolean {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (this.starts[mid] > i) hi = mid - 1
      else if (this.ends[mid] <= i) lo = mid + 1
      else return true
    }
    return false
  }
}

function toEvent(view: MappedText, m: TimeMatch, kind: TimeEvent['kind'], cue: string | undefined): TimeEvent {
  const d = m.deadline
  const e: TimeEvent = { raw: d.raw, kind, ...(cue ? { cue } : {}), precision: d.precision }
  if (d.date !== undefined) e.date = d.date
  if (d.start !== undefined) e.start = d.start
  if (d.end !== undefined) e.end = d.end
  if (d.inferred) e.inferred = d.inferred
  e.position = view.position(m.index, m.end)
  return e
}

/**
 * Deadlines and events of `view.text[from, to)` and the milestones of its schedule blocks (进度安排：…),
 * with positions in the original input. Time diagnostics go to `diags`.
 */
export function timeIn(
  view: MappedText,
  diags: Diagnostics,
  from: number,
  to: number,
  opts: TimeOptions,
  excluded: Array<[number, number]> = [],
): { deadlines: Deadline[]; events: TimeEvent[]; milestones: Milestone[] } {
  const { matches, diagnostics } = scanTime(view.text, { from, to, ...opts })
  // Not this task's time: dates inside a cited title (《…2014—2016年工作规划》) or a stage heading.
  const skip = new SpanSet([...excluded.filter(([s, e]) => e > from && s < to), ...quotedTitles(view.text, from, to)])
  const own = (i: number) => !skip.has(i)
  for (const d of diagnostics) if (own(d.index)) diags.add(view, d.severity, d.code, d.message, d.index, d.end)
  // A date the text reports (召开, 印发, 增长, 以来, a past date without a cue) is an event, not a
  // deadline: no scorer, table or rule counts it as one.
  const deadlines: Deadline[] = []
  const events: TimeEvent[] = []
  let yearly: TimeMatch | undefined
  for (const raw of matches) {
    if (!own(raw.index)) continue
    const m = yearly && sameSentence(view.text, yearly.end, raw.index) ? recurringAfter(raw) : raw
    if (m.deadline.kind === 'recurring' && m.deadline.recurrence?.every === 'year') yearly = m
    const ev = eventOf(view.text, m, opts.documentDate, { textYear: opts.textYear, yearOfWork: opts.yearOfWork })
    if (ev) events.push(toEvent(view, m, ev.kind, ev.cue))
    else deadlines.push(toDeadline(view, m))
  }
  const milestones: Milestone[] = []
  // the schedule labels of grammars/time/milestones.json (进度安排：, 时间节点： …)
  const labels = scheduleLabels(view.text, from, to)
  for (let k = 0; k < labels.length; k++) {
    const at = labels[k]
    // A schedule block ends with its line, at the next schedule label, or after MAX_SCHEDULE units:
    // each block is read once, even when a whole document is one line.
    const nl = view.text.indexOf('\n', at)
    const end = Math.min(nl < 0 || nl > to ? to : nl, labels[k + 1] ?? to, at + MAX_SCHEDULE)
    for (const m of splitMilestones(view.text, { from: at, to: end, ...opts })) {
      if (m.deadline && !own(m.deadline.index)) continue
      milestones.push({ deadline: m.deadline ? toDeadline(view, m.deadline) : null, action: m.action, position: view.position(m.index, m.end) })
    }
  }
  return { deadlines, events, milestones }
}

const SENTENCE_END = /[。；;\n]/

function sameSentence(t: string, from: number, to: number): boolean {
  return !SENTENCE_END.test(t.slice(from, to))
}

/**
 * A yearless date later in the sentence of a yearly one repeats with it: in `于每年3月31日前报送…，
 * 经初审同意后，于5月31日前报送登记管理机关` the second date is every year's 5月31日, not one
 * due day in the year the document was dated.
 */
function recurringAfter(m: TimeMatch): TimeMatch {
  const d = m.deadline
  if (d.kind !== 'due' || !d.inferred?.year || !d.date || (d.precision !== 'day' && d.precision !== 'month')) return m
  const month = Number(d.date.slice(5, 7))
  const recurrence = d.precision === 'day' ? { every: 'year' as const, month, day: Number(d.date.slice(8, 10)) } : { every: 'year' as const, month }
  const { date: _date, inferred: _inferred, ...rest } = d
  return { ...m, deadline: { ...rest, kind: 'recurring', recurrence, inferred: { note: 'recurring: with the yearly date before it' } } }
}

/** Spans of 《…》 in [from, to) (nested 〈〉 inside), found with one scan. */
function quotedTitles(t: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  // search the range only (a slice is a view, not a copy): indexOf on the whole text would
  // scan to the end of the document for every clause that cites nothing
  const r = t.slice(from, to)
  let open = -1
  for (let i = r.indexOf('《'); i !== -1; ) {
    if (open < 0) open = i
    const close = r.indexOf('》', i + 1)
    const next = r.indexOf('《', i + 1)
    if (close < 0) break
    if (next !== -1 && next < close) {
      i = next
      continue
    }
    out.push([from + open, from + close + 1])
    open = -1
    i = r.indexOf('《', close + 1)
  }
  return out
}

/**
 * A deadline a clause can be held to: a date, a span, 立即, or a recurring date (每月五日前, which
 * has no single date but is due every month); not a bare 持续推进.
 */
export function isDated(d: Deadline): boolean {
  return Boolean(d.date || d.start || d.end) || d.kind === 'immediate' || (d.kind === 'recurring' && d.recurrence !== undefined)
}

/**
 * Blocks for the stage finder, in document order: each clause's marker and first paragraph as
 * one block (at the clause's level, under its parent's heading), its further paragraphs as blocks
 * under its own heading; preamble paragraphs at level 0.
 */
export function stageBlocks(doc: DocumentNode, view: MappedText): StageBlock[] {
  const blocks: StageBlock[] = []
  const para = (p: ParagraphNode, level: number, heading?: string) => blocks.push({ text: p.value, offset: p.data.start, level, ...(heading ? { heading } : {}) })
  const visit = (c: ClauseNode, parentHeading?: string) => {
    const paras = c.children.filter((x): x is ParagraphNode => x.type === 'paragraph')
    const first = paras[0]
    const headEnd = first && first.data.start <= c.data.textEnd ? first.data.end : c.data.textStart
    blocks.push({ text: view.text.slice(c.data.start, headEnd), offset: c.data.start, level: c.level, ...(parentHeading ? { heading: parentHeading } : {}) })
    for (const child of c.children) {
      if (child === first) continue
      if (child.type === 'paragraph') para(child, c.level + 1, c.heading)
      else visit(child, c.heading)
    }
  }
  for (const child of doc.children) {
    if (child.type === 'paragraph') para(child, 0)
    else if (child.type === 'clause') visit(child)
  }
  return blocks
}

const STAGE_CUE = /阶段|步骤|[（(](?:19|20)\d{2}(?:年|[-—–至到]|[）)])/

/** Stages of a document, with positions; and a test for "this clause heads a stage". */
export function stagesOf(doc: DocumentNode, view: MappedText, opts: TimeOptions): { stages: Stage[]; headings: Array<[number, number]> } {
  // Stages need a 阶段/步骤 section or a bracketed year heading; most documents have neither.
  const text = view.text.slice(doc.data.start, doc.data.end)
  const found = STAGE_CUE.test(text) ? findStages(stageBlocks(doc, view), { documentDate: opts.documentDate }) : []
  const stages = found.map((s) => ({ ...s.stage, position: view.position(s.index, s.end) }))
  // The heading (name and bracketed period) of each stage: its dates are the stage's own.
  const headings = found.map((s): [number, number] => [s.index, Math.min(s.end, s.index + s.stage.raw.length + 8)])
  return { stages, headings }
}
