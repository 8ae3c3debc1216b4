/**
 * `gongwen/grammar`: the role, unit and time grammars on any string, without parsing a document.
 *
 * One coordinate convention, the one `parse()` uses: every match carries a unist `position`
 * (1-based line and column, 0-based UTF-16 `offset`, end exclusive) in the string passed in, so
 * `text.slice(m.position.start.offset, m.position.end.offset)` is the matched text. The scanners
 * underneath work on `index`/`end` offsets; this module converts at the boundary. Options that
 * narrow a scan (`from`, `to`) stay plain offsets into `text`.
 * @packageDocumentation
 */
import { SourceText } from '../text/source.js'
import * as roles from '../extract/roles/index.js'
import * as time from '../extract/time/index.js'
import type { Deadline, Diagnostic, Milestone, Period, Position, RoleKind, Stage } from '../schema/index.js'

export { canonicalUnit, loadAliases, jurisdictionFromIssuer, jurisdictionFromTitle, loadPlaces } from '../extract/roles/index.js'
export type { AliasTable, AliasGroup, Jurisdiction, Places, PlacesInput, UnitKind } from '../extract/roles/index.js'

type Span = { index: number; end: number }
const at = (src: SourceText, s: Span): Position => src.position(s.index, s.end)
const diagnostic = (src: SourceText, d: { severity: Diagnostic['severity']; code: string; message: string } & Span): Diagnostic => ({
  severity: d.severity,
  code: d.code,
  message: d.message,
  position: at(src, d),
})

// ---------- roles ----------

/** One unit of a role list, as printed; `parts` when it was completed from a shared list (市发展改革、教育等部门). */
export interface UnitMatch {
  name: string
  canonical?: string
  kind: roles.UnitKind
  position: Position
  /** The printed pieces a completed name is made of, in order. */
  parts?: Position[]
}

/** One assignment: who leads, is responsible, takes part … */
export interface RoleMatch {
  role: RoleKind
  /** The words as printed: 牵头单位, 责任单位, 配合, 会同 … */
  label: string
  units: UnitMatch[]
  /** The part of the task the role covers (食品安全监管由市食安办牵头 → 食品安全监管). */
  scope?: string
  scopePosition?: Position
  /** The whole role phrase: the label, 由, or the first unit, to the end of the last unit or verb. */
  position: Position
  /** The label or verb itself. */
  labelPosition: Position
  /** A deadline phrase inside the same parenthesis. */
  timePosition?: Position
  form: 'labelled' | 'prose'
  /** Set when a document rule changed the reading (列第一位者为牵头单位), or made the role (以下均需X落实，不再列出: `standing`; 本计画执行机关为X: `own-runner`). */
  rule?: 'first-listed-lead' | 'standing' | 'own-runner'
}

/** A role label that is not an assignment, and why. */
export interface NonAssignment {
  label: string
  position: Position
  reason: roles.NonAssignment['reason']
}

/** Document rules that change how later lists read: pass the `rules` of one call to the next. */
export interface RoleRules {
  /** 列第一位者为牵头单位，下同: the first unit of a responsible list is the lead. */
  firstListedLead?: boolean
  /** Where the rule was stated (in the text of the call that found it). */
  firstListedLeadAt?: { text: string; position: Position }
}

export interface ScanRolesOptions extends Omit<roles.ScanOptions, 'rules'> {
  rules?: RoleRules
}

export interface ScanRolesResult {
  roles: RoleMatch[]
  rules: RoleRules
  nonAssignments: NonAssignment[]
  diagnostics: Diagnostic[]
}

/**
 * The role grammar on one string: labelled lists (牵头单位：市发展改革委), prose (由市教育局牵头，
 * 市财政局配合) and the document rules that change them.
 *
 * @example
 * const { roles } = scanRoles('（牵头单位：市发展改革委；配合单位：市财政局）')
 * roles.map((r) => [r.role, r.units.map((u) => u.name)]) // [['lead', ['市发展改革委']], ['participant', ['市财政局']]]
 * roles[0].units[0].position.start.offset // 6
 */
export function scanRoles(text: string, options: ScanRolesOptions = {}): ScanRolesResult {
  const src = new SourceText(text)
  const given = options.rules
  const rules: roles.RoleRules | undefined = given && {
    ...(given.firstListedLead !== undefined ? { firstListedLead: given.firstListedLead } : {}),
    ...(given.firstListedLeadAt
      ? { firstListedLeadAt: { text: given.firstListedLeadAt.text, index: given.firstListedLeadAt.position.start.offset, end: given.firstListedLeadAt.position.end.offset } }
      : {}),
  }
  const r = roles.scanRoles(text, { ...options, rules })
  const unit = (u: roles.UnitMatch): UnitMatch => ({
    name: u.name,
    ...(u.canonical !== undefined ? { canonical: u.canonical } : {}),
    kind: u.kind,
    position: at(src, u),
    ...(u.parts ? { parts: u.parts.map((p) => at(src, p)) } : {}),
  })
  const { firstListedLeadAt, ...flags } = r.rules
  return {
    roles: r.roles.map((m) => ({
      role: m.role,
      label: m.label,
      units: m.units.map(unit),
      ...(m.scope !== undefined ? { scope: m.scope } : {}),
      ...(m.scopeSpan ? { scopePosition: at(src, m.scopeSpan) } : {}),
      position: at(src, m),
      labelPosition: at(src, m.labelSpan),
      ...(m.timeText ? { timePosition: at(src, m.timeText) } : {}),
      form: m.form,
      ...(m.rule ? { rule: m.rule } : {}),
    })),
    rules: { ...flags, ...(firstListedLeadAt ? { firstListedLeadAt: { text: firstListedLeadAt.text, position: at(src, firstListedLeadAt) } } : {}) },
    nonAssignments: r.nonAssignments.map((n) => ({ label: n.label, position: at(src, n), reason: n.reason })),
    diagnostics: r.diagnostics.map((d) => diagnostic(src, d)),
  }
}

// ---------- time ----------

export type ScanTimeOptions = time.ScanOptions

/** One time expression: the resolved deadline (with its position) and how it was read. */
export interface TimeMatch {
  deadline: Deadline
  position: Position
  /** The grammar rule that matched (grammars/time/rules.json). */
  rule: string
  /** The whole calendar span the expression names, when it names one (2015年6月底前 → 2015-06-01…2015-06-30). */
  period?: { start: string | null; end: string | null }
  /** A named period without a cue (（2013年）, 2015年6月). */
  bare?: boolean
  /** What made it a time expression. */
  basis?: 'cue' | 'target' | 'follower' | 'bare'
  /** The target word before it (到, 至, 于 …) when that decided. */
  target?: string
}

const timeMatch = (src: SourceText, m: time.TimeMatch): TimeMatch => {
  const { deadline, index, end, ...rest } = m
  const position = at(src, { index, end })
  return { deadline: { ...deadline, position }, position, ...rest }
}

/**
 * The time grammar on one string: deadlines, starts, ranges, recurring dates, ongoing and
 * immediate work, relative anchors; years inferred as `parse()` does.
 *
 * @example
 * const { matches } = scanTime('2015年6月底前完成准备工作，12月底前启动运行')
 * matches.map((m) => [m.deadline.date, m.position.start.offset]) // [['2015-06-30', 0], ['2015-12-31', 16]]
 */
export function scanTime(text: string, options: ScanTimeOptions = {}): { matches: TimeMatch[]; diagnostics: Diagnostic[] } {
  const src = new SourceText(text)
  const r = time.scanTime(text, options)
  return { matches: r.matches.map((m) => timeMatch(src, m)), diagnostics: r.diagnostics.map((d) => diagnostic(src, d)) }
}

/** A milestone: its action words, its deadline when dated, and where it is. */
export type MilestoneMatch = Milestone & { position: Position }

/**
 * A schedule sentence split into milestones (时间节点：…前完成…，…前启动…).
 *
 * @example
 * splitMilestones('进度安排：2015年6月底前完成准备工作，12月底前启动运行。').map((m) => [m.deadline?.date, m.action])
 * // [['2015-06-30', '完成准备工作'], ['2015-12-31', '启动运行']]
 */
export function splitMilestones(text: string, options: ScanTimeOptions = {}): MilestoneMatch[] {
  const src = new SourceText(text)
  return time.splitMilestones(text, options).map((m) => ({
    deadline: m.deadline ? timeMatch(src, m.deadline).deadline : null,
    action: m.action,
    position: at(src, m),
  }))
}

/** A stage of a plan, with the position of its heading and goal. */
export type StageMatch = Stage & { position: Position }

/**
 * The stages of a plan (（一）全面实施，初见成效（2013年）。…), one block per line of `text`.
 * `parse()` gives the same stages from the clause tree, where outline levels are known.
 *
 * @example
 * findStages('（一）动员部署阶段（2013年4月至6月）。\n（二）组织实施阶段（2013年7月至12月）。').map((s) => [s.name, s.start, s.end])
 * // [['动员部署阶段', '2013-04-01', '2013-06-30'], ['组织实施阶段', '2013-07-01', '2013-12-31']]
 */
export function findStages(text: string, options: { documentDate?: string } = {}): StageMatch[] {
  const src = new SourceText(text)
  const blocks: time.StageBlock[] = []
  let offset = 0
  for (const line of text.split('\n')) {
    if (line.trim()) blocks.push({ text: line, offset })
    offset += line.length + 1
  }
  return time
    .findStages(blocks, options)
    .filter((s) => !s.narrated)
    .map((s) => ({ ...s.stage, position: at(src, s) }))
}

/**
 * The span a plan covers, from its title (（2013-2022年）, “十四五”…规划); null when the title names none.
 *
 * @example
 * planPeriodFromTitle('创建平安广州推进方案（2013-2022年）')?.period // { start: '2013-01-01', end: '2022-12-31', raw: '2013-2022年', position: … }
 */
export function planPeriodFromTitle(title: string): { period: Period & { position: Position }; diagnostics: Diagnostic[] } | null {
  const r = time.planPeriodFromTitle(title)
  if (!r) return null
  const src = new SourceText(title)
  return { period: { ...r.period, position: at(src, r) }, diagnostics: r.diagnostics.map((d) => diagnostic(src, d)) }
}

export interface EffectiveDates {
  /** First day the document applies (null when printed but unresolvable, absent when not printed). */
  effectiveDate?: string | null
  /** Last day it applies. */
  expiryDate?: string | null
  /** The effective-date words (自印发之日起施行). */
  effective?: { raw: string; position: Position }
  /** The validity words (有效期至2025年12月31日 / 有效期2年). */
  expiry?: { raw: string; position: Position; years?: number; months?: number; days?: number }
  diagnostics: Diagnostic[]
}

/**
 * When a document applies: 自印发之日起施行, 自2016年1月1日起施行, 有效期5年.
 *
 * @example
 * effectiveDates('本办法自2016年1月1日起施行，有效期5年。').effectiveDate // '2016-01-01'
 */
export function effectiveDates(text: string, options: { documentDate?: string; publishedDate?: string } = {}): EffectiveDates {
  const src = new SourceText(text)
  const r = time.effectiveDates(text, options)
  const out: EffectiveDates = { diagnostics: r.diagnostics.map((d) => diagnostic(src, d)) }
  if (r.effectiveDate !== undefined) out.effectiveDate = r.effectiveDate
  if (r.expiryDate !== undefined) out.expiryDate = r.expiryDate
  if (r.effective) out.effective = { raw: r.effective.raw, position: at(src, r.effective) }
  if (r.expiry) {
    const { index, end, ...rest } = r.expiry
    out.expiry = { ...rest, position: at(src, { index, end }) }
  }
  return out
}
