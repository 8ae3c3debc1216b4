/**
 * Gold-free sweeps: every cue of a kind in the input — a role word, a marker-shaped line start, a
 * date — must be explained by the parsed document (a role, a clause, a deadline … that covers it)
 * or fall in a named class of `sweep-classes.json` (负责人 is a person, `2019年以来` a since-date).
 * What neither explains is `unexplained`: the cases a person reads to find the families the parser
 * does not know yet. No annotation is needed, so a sweep runs over the whole corpus.
 *
 * @example
 * const result = sweepDocument(text, parse(text))
 * result.roles.classes.role        // cues inside an extracted role
 * result.dates.unexplained[0]      // { offset: 812, cue: '2019年', context: '…⟦2019年⟧底前完成…' }
 */
import type { Clause } from '../schema/clause.js'
import type { PolicyDocument } from '../schema/document.js'
import type { Position } from '../schema/position.js'
import grammar from './sweep-classes.json' with { type: 'json' }

/** The three sweeps. */
export const SWEEPS = ['roles', 'markers', 'dates'] as const
export type SweepName = (typeof SWEEPS)[number]

/** A span kind the parsed document gives; the sweeps' `explainedBy` and `spanClasses` name them. */
export type SpanKind =
  | 'role'
  | 'clause'
  | 'deadline'
  | 'milestone'
  | 'stage'
  | 'period'
  | 'event'
  | 'history'
  | 'header'
  | 'signature'
  | 'title'
  | 'attachment'
  | 'imprint'
  | 'reference'
  | 'quoted-title'
  | 'addressee'
  | 'removed'

/** One cue nobody explained, with its context (`⟦…⟧` marks the cue). */
export interface UnexplainedCue {
  offset: number
  line: number
  cue: string
  context: string
}

export interface SweepResult {
  /** Cues per class: explaining span kinds (`role`, `deadline` …), named classes, `unexplained`. */
  classes: Record<string, number>
  total: number
  unexplained: UnexplainedCue[]
}

interface SweepGrammar {
  explainedBy: SpanKind[]
  spanClasses: Record<string, SpanKind[]>
  classes: Record<string, RegExp>
  /** How far past the cue a class's pattern may read, where it is not `CLASS_WINDOW`. */
  reach: Record<string, number>
}

const CONTEXT = 24
/** How far around a cue a class pattern may start and end. */
const CLASS_WINDOW = 40

function compile(section: { explainedBy: string[]; spanClasses: Record<string, string[]>; classes: Record<string, string>; reach?: Record<string, number> }): SweepGrammar {
  return {
    explainedBy: section.explainedBy as SpanKind[],
    spanClasses: section.spanClasses as Record<string, SpanKind[]>,
    classes: Object.fromEntries(Object.entries(section.classes).map(([name, source]) => [name, new RegExp(source, 'gmu')])),
    reach: section.reach ?? {},
  }
}

const ROLES = compile(grammar.roles)
const MARKERS = compile(grammar.markers)
const DATES = compile(grammar.dates)
const ROLE_CUE = new RegExp(grammar.roles.cues.join('|'), 'g')
const MARKER_SHAPE = new RegExp(grammar.markers.shapes, 'gmu')
/** A 一是 line: outside any clause it is prose by the 一是 rule (test/gold/README.md), the class `list-outside-clause`. */
const OUTSIDE_CLAUSE = new RegExp(grammar.markers.outsideClause, 'u')
const DATE_CUE = new RegExp(grammar.dates.patterns, 'gu')
/** A date followed by 前 / 底前 / 完成 … has the shape of a deadline: only the parser may explain it. */
const DEADLINE_SHAPE = new RegExp(grammar.dates.deadlineShape, 'u')
/** Diagnostics whose position is text the parser left out of the document on purpose. */
const REMOVING_CODES = new Set(['boilerplate-removed', 'toc-skipped'])
const QUOTED_TITLE = /《[^《》\n]{1,120}》/g
/** A duty-list head's role (登记管理机关履行下列监督管理职责：, Taiwan X课掌理下列事项：): it stands for its items' 负责 (the blind gold's convention). */
const LIST_HEAD = /(?:(?:履行|承担|行使|负有)(?:下列|以下)[^：:]{0,8}(?:职责|职权)|(?:职责|职权|权责|职掌)(?:是|为|如下|如左)|掌理(?:下列|左列|以下)事项)$/
/** An item opening with a role verb after its marker (（一）负责…, 十、配合…，负责…: the head's duty done in step with another's). */
const ITEM_VERB = /^[ \t\u3000]*(负责|牵头|配合)/
/** A later clause of an item opening with a role verb, after fillers only (，并负责…, ；具体负责…). */
const ITEM_CLAUSE_VERB = /[，；,;][ \t\u3000]*(?:并且|并|同时|具体|统一|另)?(负责|牵头)/g
/**
 * A later duty of a role's own subject in its sentence (X负责…，组织…，并负责… / X负责…，并按照职责分工负责…): a
 * clause opening with the verb, or with a basis phrase and no other body (由, 会同 …) before it (lawroles5).
 */
/** A sentence opening with the role verb, after fillers only: its subject is the sentence's before (markLaterDuties). */
const SENTENCE_DUTY = /^[ \t\u3000]*(?:并且|同时|另|还|具体|统一)?(负责)/
const LATER_DUTY = /[，；,;][ \t\u3000]*(?:并且|并|同时|具体|统一|另|还)?(?:(?:按照|依照|根据)[^，。；：,;:\n由会与和及]{1,24}?)?(负责|牵头)/g

/**
 * Which span kinds cover each offset of the input: one bit per kind, from every value of the
 * document and its nested documents that carries a position.
 */
export class SpanIndex {
  private readonly bits: Uint32Array
  private static readonly KINDS: SpanKind[] = [
    'role',
    'clause',
    'deadline',
    'milestone',
    'stage',
    'period',
    'event',
    'history',
    'header',
    'signature',
    'title',
    'attachment',
    'imprint',
    'reference',
    'quoted-title',
    'addressee',
    'removed',
  ]
  /** Offsets where a clause marker starts. */
  readonly clauseStarts = new Set<number>()
  /** Where the duty-list heads read as roles end (at their colon). */
  private readonly listHeads: number[] = []

  constructor(
    readonly text: string,
    doc: PolicyDocument,
  ) {
    this.bits = new Uint32Array(text.length + 1)
    this.addDocument(doc)
    for (const m of text.matchAll(QUOTED_TITLE)) this.mark('quoted-title', m.index, m.index + m[0].length)
  }

  has(offset: number, kind: SpanKind): boolean {
    return (this.bits[offset] & (1 << SpanIndex.KINDS.indexOf(kind))) !== 0
  }

  private mark(kind: SpanKind, start: number, end: number) {
    const bit = 1 << SpanIndex.KINDS.indexOf(kind)
    const stop = Math.min(end, this.text.length)
    for (let i = Math.max(0, start); i < stop; i++) this.bits[i] |= bit
  }

  private markPosition(kind: SpanKind, position: Position | null | undefined) {
    if (position) this.mark(kind, position.start.offset, position.end.offset)
  }

  private addDocument(doc: PolicyDocument) {
    const meta = doc.meta as PolicyDocument['meta'] & {
      history?: Array<{ position?: Position }>
      printedPosition?: Position
    }
    this.markPosition('header', meta.header?.position)
    this.markPosition('header', meta.docNumber?.position)
    this.markPosition('period', meta.period?.position)
    for (const entry of meta.history ?? []) this.markPosition('history', entry.position)
    this.markPosition('signature', doc.signature?.position)
    for (const a of doc.addressees) this.markPosition('addressee', a.position)
    for (const d of doc.diagnostics) if (REMOVING_CODES.has(d.code)) this.markPosition('removed', d.position)
    for (const a of doc.attachments) this.markPosition('attachment', a.position)
    for (const r of doc.references) this.markPosition('reference', r.position)
    for (const s of doc.stages) this.markPosition('stage', s.position)
    if (meta.title) this.markTitle(meta.title)
    for (const task of doc.tasks) {
      const extra = task as typeof task & { events?: Array<{ position?: Position }> }
      for (const role of task.roles) {
        this.markPosition('role', role.position)
        const end = role.position?.end.offset ?? -1
        if (end > 0) this.markLaterDuties(end)
        if (end > 0 && /[：:]/.test(this.text[end] ?? '') && LIST_HEAD.test(this.text.slice(Math.max(0, end - 24), end))) this.listHeads.push(end)
      }
      for (const d of task.deadlines) this.markPosition('deadline', d.position)
      for (const m of task.milestones ?? []) this.markPosition('milestone', m.deadline?.position ?? m.position)
      for (const e of extra.events ?? []) this.markPosition('event', e.position)
    }
    for (const d of doc.documentTime?.deadlines ?? []) this.markPosition('deadline', d.position)
    for (const e of doc.documentTime?.events ?? []) this.markPosition('event', e.position)
    this.addClauses(doc.clauses)
    this.markInheritedItems(doc)
    for (const nested of doc.documents) this.addDocument(nested)
  }

  /**
   * Items that carry the role of their list's head (X负责…工作，履行下列职责： › （四）负责…): the task of the item holds a
   * role whose position lies in the parent clause, before the item. The head's role stands for the item's opening verb,
   * as under a head the sweep finds by its colon (markItemVerbs); here the head's own role ends elsewhere in its
   * sentence, and its items were counted unexplained although the parser gave them their unit (lawroles3).
   */
  private markInheritedItems(doc: PolicyDocument) {
    const byPath = new Map<string, Clause>()
    const walk = (cs: Clause[]) => {
      for (const c of cs) {
        byPath.set(c.path.join('\u0000'), c)
        walk(c.children)
      }
    }
    walk(doc.clauses)
    for (const task of doc.tasks) {
      if (task.path.length < 2) continue
      const item = byPath.get(task.path.join('\u0000'))
      const parent = byPath.get(task.path.slice(0, -1).join('\u0000'))
      if (!item || !parent) continue
      const start = item.position.start.offset
      const inherited = task.roles.some((r) => r.position && r.position.start.offset >= parent.position.start.offset && r.position.end.offset <= start)
      if (inherited) this.markItemVerb(item)
    }
  }

  private addClauses(clauses: Clause[]) {
    for (const c of clauses) {
      this.clauseStarts.add(c.position.start.offset)
      this.markPosition('clause', c.position)
      this.markItemVerbs(c)
      for (const e of c.events ?? []) this.markPosition('event', e.position)
      this.addClauses(c.children)
    }
  }

  /**
   * Items under a duty-list head the parser read (X履行下列职责： › （一）负责…): the role is the head's,
   * held on the clause, so each item's opening 负责 is explained by it.
   */
  private markItemVerbs(c: Clause) {
    if (!c.children.length || !this.listHeads.length) return
    const start = c.position.start.offset
    const firstChild = c.children[0].position.start.offset
    if (!this.listHeads.some((h) => h > start && h < firstChild)) return
    for (const item of c.children) this.markItemVerb(item)
  }

  /**
   * The role verb opening an item after its marker (（一）负责…), or opening a later clause of the item's line with no
   * unit before it (（一）贯彻执行…法规，负责本条例的实施): the head's duty either way, marked as inside a role.
   */
  private markItemVerb(item: Clause) {
    const at = this.text.indexOf(item.marker, item.position.start.offset)
    if (at < 0 || at > item.position.start.offset + 4) return
    const from = at + item.marker.length
    const m = ITEM_VERB.exec(this.text.slice(from, from + 8))
    if (m) this.mark('role', from + m[0].length - m[1].length, from + m[0].length)
    const lineEnd = this.text.indexOf('\n', from)
    const line = this.text.slice(from, lineEnd < 0 ? item.position.end.offset : Math.min(lineEnd, item.position.end.offset))
    for (const c of line.matchAll(ITEM_CLAUSE_VERB)) this.mark('role', from + c.index + c[0].length - c[1].length, from + c.index + c[0].length)
  }

  /**
   * The later duties of a role's subject in the rest of its sentence (to 。 or the line's end), as inside the role;
   * and on through a 。 when the next sentence of the line opens with the verb and no subject of its own (…管委会负责…。
   * 负责对区级相关政策…: the subject carried, polroles1 rows 18, 73).
   */
  private markLaterDuties(end: number) {
    for (let from = end, sentences = 0; sentences < 4; sentences++) {
      const stop = this.text.slice(from, from + 400).search(/[。！？\n]/)
      const rest = this.text.slice(from, stop < 0 ? from + 400 : from + stop)
      for (const c of rest.matchAll(LATER_DUTY)) this.mark('role', from + c.index + c[0].length - c[1].length, from + c.index + c[0].length)
      if (stop < 0 || this.text[from + stop] !== '。') return
      const next = SENTENCE_DUTY.exec(this.text.slice(from + stop + 1, from + stop + 12))
      if (!next) return
      from += stop + 1 + next[0].length
      this.mark('role', from - next[1].length, from)
    }
  }

  /** The title carries no position: mark where it is printed among the first lines. */
  private markTitle(title: string) {
    const at = this.text.indexOf(title)
    if (at >= 0 && at < 4000) this.mark('title', at, at + title.length)
  }
}

/**
 * Runs the three sweeps over one document.
 *
 * @param input the input as parsed (positions are offsets into it)
 * @param doc   `parse(input)`
 * @param keep  how many unexplained cues to keep with their context
 * @param text  the copy cues are matched in, offset for offset the same as `input` (a
 *              traditional text converted to simplified, so the cues and classes match it)
 * @param trace called with every role cue's class (to sample a class, not only the unexplained)
 */
export function sweepDocument(input: string, doc: PolicyDocument, keep = Infinity, text = input, trace?: CueTrace): Record<SweepName, SweepResult> {
  if (text.length !== input.length) throw new RangeError('sweepDocument: the matching copy must keep every offset of the input')
  const spans = new SpanIndex(text, doc)
  return {
    roles: sweepCues(text, spans, ROLE_CUE, ROLES, keep, undefined, trace),
    markers: sweepMarkers(text, spans, keep),
    dates: sweepCues(text, spans, DATE_CUE, DATES, keep, (offset, cue) => DEADLINE_SHAPE.test(text.slice(offset + cue.length, offset + cue.length + 6))),
  }
}

function emptyResult(): SweepResult {
  return { classes: {}, total: 0, unexplained: [] }
}

function count(result: SweepResult, cls: string) {
  result.classes[cls] = (result.classes[cls] ?? 0) + 1
  result.total++
}

/** Receives each role cue with the class the sweep gave it (`role`, a class name, `unexplained`). */
export type CueTrace = (cls: string, offset: number, cue: string) => void

function sweepCues(text: string, spans: SpanIndex, cue: RegExp, sweep: SweepGrammar, keep: number, onlyParser?: (offset: number, cue: string) => boolean, trace?: CueTrace): SweepResult {
  const result = emptyResult()
  for (const m of text.matchAll(cue)) {
    const offset = m.index
    const explained = sweep.explainedBy.find((kind) => spans.has(offset, kind))
    if (explained) {
      count(result, explained)
      trace?.(explained, offset, m[0])
      continue
    }
    const named = onlyParser?.(offset, m[0]) ? undefined : classify(text, offset, m[0].length, sweep, spans)
    trace?.(named ?? 'unexplained', offset, m[0])
    if (named) count(result, named)
    else unexplained(result, text, offset, m[0], keep)
  }
  return result
}

/** A 专栏 box's header line: the numbered lines after it are its content, not clauses (by design). */
const BOX_HEADER = /^[ \t\u3000]*专栏\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})/gm

function sweepMarkers(text: string, spans: SpanIndex, keep: number): SweepResult {
  const result = emptyResult()
  const boxes = [...text.matchAll(BOX_HEADER)].map((m) => m.index)
  // a box runs from its header to the next line that opens a clause
  let lastClause = -1
  const inBox = (at: number) => boxes.some((b) => b > lastClause && b < at)
  for (const m of text.matchAll(MARKER_SHAPE)) {
    const lineStart = m.index
    let markerAt = lineStart
    while (markerAt < text.length && /[ \t\u3000]/.test(text[markerAt])) markerAt++
    if (spans.clauseStarts.has(markerAt)) {
      count(result, 'clause')
      lastClause = markerAt
      continue
    }
    const explained = MARKERS.explainedBy.find((kind) => kind !== 'clause' && spans.has(markerAt, kind))
    if (explained) {
      count(result, explained)
      continue
    }
    const lineEnd = text.indexOf('\n', lineStart)
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)
    const named =
      classifyLine(line, spans, markerAt) ?? (inBox(markerAt) ? 'box-content' : undefined) ?? (OUTSIDE_CLAUSE.test(line) && !spans.has(markerAt, 'clause') ? 'list-outside-clause' : undefined)
    if (named) count(result, named)
    else unexplained(result, text, markerAt, m[0].trim(), keep)
  }
  return result
}

function classifyLine(line: string, spans: SpanIndex, offset: number): string | undefined {
  for (const [name, pattern] of Object.entries(MARKERS.classes)) {
    pattern.lastIndex = 0
    if (pattern.test(line)) return name
  }
  return spanClass(MARKERS, spans, offset)
}

/**
 * The first named class whose pattern overlaps the cue (starts before its end, ends after its
 * start), else a span class. Overlap, not cover: a date class reads from the date's 年 on
 * (`年以来`, `年…增长`), which lies inside the cue `2019年`.
 */
function classify(text: string, offset: number, cueLength: number, sweep: SweepGrammar, spans: SpanIndex): string | undefined {
  const from = Math.max(0, offset - CLASS_WINDOW)
  const window = text.slice(from, offset + cueLength + CLASS_WINDOW)
  const at = offset - from
  for (const [name, pattern] of Object.entries(sweep.classes)) {
    pattern.lastIndex = 0
    // a class whose evidence lies further on (a history piece's closing words) reads a longer window
    const reach = sweep.reach[name]
    const read = reach ? text.slice(from, offset + cueLength + reach) : window
    for (const m of read.matchAll(pattern)) {
      if (m.index >= at + cueLength) break
      if (m.index + m[0].length > at) return name
    }
  }
  return spanClass(sweep, spans, offset)
}

function spanClass(sweep: SweepGrammar, spans: SpanIndex, offset: number): string | undefined {
  for (const [name, kinds] of Object.entries(sweep.spanClasses)) if (kinds.some((k) => spans.has(offset, k))) return name
  return undefined
}

function unexplained(result: SweepResult, text: string, offset: number, cue: string, keep: number) {
  count(result, 'unexplained')
  if (result.unexplained.length >= keep) return
  const before = text.slice(Math.max(0, offset - CONTEXT), offset)
  const after = text.slice(offset + cue.length, offset + cue.length + CONTEXT)
  result.unexplained.push({
    offset,
    line: lineOf(text, offset),
    cue,
    context: `${before}⟦${cue}⟧${after}`.replace(/\s+/g, ' '),
  })
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** Adds one document's counts into a running total (unexplained cases are not carried). */
export function addCounts(total: Record<SweepName, SweepResult>, one: Record<SweepName, SweepResult>) {
  for (const name of SWEEPS) {
    total[name].total += one[name].total
    for (const [cls, n] of Object.entries(one[name].classes)) total[name].classes[cls] = (total[name].classes[cls] ?? 0) + n
  }
}

/** Empty totals for `addCounts`. */
export function emptyTotals(): Record<SweepName, SweepResult> {
  return { roles: emptyResult(), markers: emptyResult(), dates: emptyResult() }
}

/** The unexplained share of a sweep, 0…1 (0 when it found no cue). */
export function unexplainedShare(result: SweepResult): number {
  return result.total ? (result.classes.unexplained ?? 0) / result.total : 0
}
