import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../text/diagnostics.js'
import type { ClauseNode, DocumentNode, ParagraphNode, TableCell } from '../tree/types.js'
import type { Role, RoleKind, Task } from '../schema/task.js'
import type { Deadline, Milestone, TimeEvent } from '../schema/time.js'
import documentRules from '../../grammars/roles/document-rules.json' with { type: 'json' }
import { Brackets, firstListedSplit, foldPunctuation, mayHoldRoleIn, opensWithRoleVerb, scanRolesAsked, splitUnitList, type Jurisdiction, type RoleRules } from './roles/index.js'
import { CUES_UNREAD, rangeCues, roleCue, type RangeCues } from './range-cues.js'
import { allUnits } from './roles/units.js'
import { endsWithUnit } from './roles/unit-lists.js'
import { isDated } from './clause-time.js'
import { ownRanges } from '../tree/own.js'
import { dutyItemRole } from './duty-items.js'
import { headingOwnerRole } from './heading-owner.js'
import { SpanSet } from '../text/spans.js'
import { unitsAsLabelled } from './labelled-role.js'
import { bodySetUp, inRoster } from './roster.js'

/** What the task reader carries from clause to clause, in document order: its context. */
export interface TaskContext {
  view: MappedText
  diags: Diagnostics
  jurisdiction: Jurisdiction
  /** Document rules seen so far (列第一位者为牵头单位，下同). */
  rules: RoleRules
  /** The text is a court case (extract/time events.json caseReport): its paragraphs narrate facts, no task outside a clause. */
  caseReport?: boolean
  /** Filled with the paragraphs whose roles make the task outside every clause (path `[]`), for the caller's time reading. */
  outsideParagraphs?: Set<ParagraphNode>
  /** Time expressions of a clause's own text [from, until): deadlines and milestones (`cues`: the range's one cue pass, when read). */
  /** Filled with each paragraph's one cue pass, for the caller's time reading of the same paragraphs. */
  paragraphCues?: Map<ParagraphNode, RangeCues>
  time?: (from: number, until: number, cues?: RangeCues) => { deadlines: Deadline[]; events?: TimeEvent[]; milestones: Milestone[] }
}

/** Roles of `view.text[from, until)`, with positions in the original input (`cues`: the range's one cue pass, when read). */
export function rolesIn(ctx: TaskContext, from: number, until: number, cues: RangeCues = CUES_UNREAD): Role[] {
  const { view } = ctx
  // (most clause ranges hold no cue word: no scan, no empty result and no copy of the rules for them —
  // the scan would hand the rules back unchanged)
  if (cues === CUES_UNREAD ? !mayHoldRoleIn(view.text, from, until) : !roleCue(cues)) return NO_ROLES
  // (the gate said yes: the scan does not ask it again over the same range)
  const scan = scanRolesAsked(view.text, { from, to: until, rules: ctx.rules, jurisdiction: ctx.jurisdiction }, true)
  ctx.rules = scan.rules
  for (const diagnostic of scan.diagnostics) ctx.diags.add(view, diagnostic.severity, diagnostic.code, diagnostic.message, diagnostic.index, diagnostic.end)
  // a name without a unit ending that the end of the input cuts (`牵头单位：省发展改` closing a cut
  // page) is no unit: the scraper stopped inside it
  const cut = scan.diagnostics.find((d) => d.code === 'role-unit-unrecognized' && !view.text.slice(d.end).trim())
  if (cut) {
    ctx.diags.add(view, 'warning', 'role-unit-unrecognized', `“${view.text.slice(cut.index, cut.end)}” ends the input: the text is cut inside this name, no unit taken`, cut.index, cut.end)
    for (const found of scan.roles) found.units = found.units.filter((u) => u.index !== cut.index)
  }
  // (a lead in a body's composition is a roster: 由X牵头，Y…等单位组成; so are the members it
  // joins: X为办公室的牵头部门，会同Y…共同组成办公室)
  // (and a body the clause sets up is described, not assigned: 下设办公室，…。办公室负责…)
  const kept = scan.roles.filter(
    (found) =>
      found.units.length > 0 &&
      ((found.role !== 'lead' && found.role !== 'participant') || !inRoster(view.text, found.index)) &&
      !bodySetUp(
        view.text,
        from,
        found.index,
        found.units.map((u) => view.text.slice(u.index, u.end)),
      ),
  )
  return kept.map((found) => {
    // every field in one literal (undefined when absent: left out of the JSON, same key order), so
    // all roles and units share one hidden class and their readers stay monomorphic
    const role: Role = {
      role: found.role,
      label: found.label,
      units: found.units.map((unit) => ({ name: unit.name, canonical: unit.canonical || undefined, kind: unit.kind, position: view.position(unit.index, unit.end) })),
      scope: found.scope || undefined,
      position: view.position(found.index, found.end),
      inherited: undefined,
    }
    roleAt.set(role, found.index)
    if (found.listHead) listHeads.add(role)
    if (found.rule === 'standing') standingRoles.add(role)
    // (本计画执行机关为X，其任务如下： the point's runner; its items are X's tasks, not handed X again)
    if (found.rule === 'own-runner') heldRoles.add(role)
    return role
  })
}

/** The roles of a range without a cue word: one frozen empty list (the callers read it, never write). */
const NO_ROLES: Role[] = Object.freeze([]) as unknown as Role[]

/**
 * Roles of a flattened table row (structure/cell-table.ts): each role cell is a list labelled by its
 * column name, read with the same unit splitter as a printed `牵头单位：…` list.
 */
function cellRoles(ctx: TaskContext, clause: ClauseNode): Role[] {
  const { view } = ctx
  const out: Role[] = []
  for (const cell of clause.data.cells ?? []) {
    if (cell.kind !== 'role' || !cell.role) continue
    // read as a printed `label：cell` list, line by line (a cell wrapped over lines: 浦江镇、浦锦街道、⏎马桥镇)
    const units = cellLines(view.text, cell.start, cell.end).flatMap(([lineStart, lineEnd]) =>
      unitsAsLabelled(view, ctx.jurisdiction, cell.label, lineStart, lineEnd)
        .filter((r) => r.role === cell.role)
        .flatMap((r) => r.units),
    )
    if (!units.length) continue
    for (const [kind, list] of cell.marked ? markedUnits(view, cell.start, cell.marked, units, cell.role) : [[cell.role, units] as const]) {
      if (!list.length) continue
      const role: Role = {
        role: kind as RoleKind,
        label: cell.label,
        units: list,
        scope: undefined,
        position: view.position(cell.start, cell.end),
        inherited: undefined,
      }
      roleAt.set(role, cell.start)
      out.push(role)
    }
  }
  return out
}

/** The lines of view[start, end): a cell's text wrapped over several lines, each line's span. */
function cellLines(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let lineStart = start
  for (let k = text.indexOf('\n', start); k >= 0 && k < end; k = text.indexOf('\n', k + 1)) {
    if (text.slice(lineStart, k).trim()) out.push([lineStart, k])
    lineStart = k + 1
  }
  if (text.slice(lineStart, end).trim()) out.push([lineStart, end])
  return out
}

/**
 * The units of a cell whose column note singles out the lead by a mark (`区农业农村委*、区规划资源局`,
 * header `(加*号为牵头部门,其余为参与部门)`): the marked ones take the note's role, the others its other
 * role (or the column's), each name without its mark.
 */
function markedUnits(view: MappedText, from: number, marked: NonNullable<TableCell['marked']>, units: Role['units'], column: string): Array<readonly [string, Role['units']]> {
  const { text } = view
  const starred: Role['units'] = []
  const others: Role['units'] = []
  let cursor = from
  for (const unit of units) {
    const found = text.indexOf(unit.name, cursor)
    cursor = found < 0 ? cursor : found + unit.name.length
    const mark = marked.marks.find((m) => unit.name.endsWith(m) || text.slice(cursor).trimStart().startsWith(m))
    if (!mark) others.push(unit)
    else if (!unit.name.endsWith(mark) || found < 0) starred.push(unit)
    else {
      const name = unit.name.slice(0, -mark.length).trimEnd()
      starred.push({ ...unit, name, position: view.position(found, found + name.length) })
    }
  }
  return [
    [marked.role, starred],
    [marked.rest ?? column, others],
  ]
}

/** The label a bare unit line stands for (grammars/roles/document-rules.json `bareUnitLine`). */
const BARE_LINE_LABEL = documentRules.bareUnitLine.as
/** The last line of a clause's own text when it is one parenthesis: `（…）` or `(…)` alone. */
const BARE_LINE = /(?:^|\n)[ \t\u3000]*([（(])([^\n]+)[）)][ \t\u3000]*$/

/**
 * A clause whose own text closes with a line that is only a parenthesised list of units
 * (`1、地区生产总值增长11.5%。` / `（市发改委、财政局，无锡国税局、地税局）`): the units the list hands
 * the item without a label, read as the grammar's `bareUnitLine` label by the labelled-list reader.
 * None unless the parenthesis spans the whole line and every piece in it is a unit.
 */
function bareLineRoles(ctx: TaskContext, ranges: Array<[number, number]>): Role[] {
  const { view } = ctx
  const last = ranges[ranges.length - 1]
  if (!last) return []
  const own = view.text.slice(last[0], last[1]).trimEnd()
  const match = BARE_LINE.exec(own)
  if (!match || match.index === 0) return []
  const open = last[0] + match.index + match[0].indexOf(match[1])
  const inner = match[2]
  const folded = foldPunctuation(`(${inner})`)
  // the opening bracket must close at the line's end: （一）加强领导（县发改局） is a heading, not a list
  if (new Brackets(folded, 0, folded.length).partnerOf(0) !== folded.length - 1) return []
  if (!allUnits(splitUnitList(folded, 1, folded.length - 1, new Brackets(folded, 0, folded.length)))) return []
  const [found] = unitsAsLabelled(view, ctx.jurisdiction, BARE_LINE_LABEL, open + 1, open + 1 + inner.length)
  if (!found) return []
  const role: Role = {
    role: found.role,
    label: '',
    units: found.units,
    scope: undefined,
    position: view.position(open, open + inner.length + 2),
    inherited: undefined,
  }
  const roles = firstListed(ctx, role)
  for (const split of roles) roleAt.set(split, open)
  return roles
}

/**
 * A bare unit list read under the document rule 列第一位者为牵头单位，下同 (排名第一位为牵头单位): its
 * first unit leads, the others are responsible; the list as it is without the rule.
 */
function firstListed(ctx: TaskContext, role: Role): Role[] {
  return ctx.rules.firstListedLead ? firstListedSplit(role) : [role]
}

/** Longest line after an item's unit line read as a later column's cell (`2020年12月`, `已完成`). */
const COLUMN_TAIL_MAX = 16

/**
 * An item under a table header that has no serial column (structure/cell-table.ts findColumnHeader:
 * …/工作措施/责任单位/备注): the line of its own text that is only units, after the task text and before
 * at most one short line per column after the role column, is the role column's cell, read as a
 * `责任单位：…` list. Lines after it in a column not read (备注) are returned as spans time must skip.
 *
 * @example
 * // 2.落实补贴资金。⏎市财政局、市税务局⏎2020年12月 under 工作措施/责任单位/备注 → responsible 市财政局, 市税务局
 */
function columnLineRoles(ctx: TaskContext, clause: ClauseNode, ranges: Array<[number, number]>): { roles: Role[]; unread: Array<[number, number]> } {
  const none = { roles: [], unread: [] }
  const column = clause.data.column
  const last = ranges[ranges.length - 1]
  if (!column || !last) return none
  const { view } = ctx
  const lines = cellLines(view.text, last[0], last[1]).map(([lineStart, lineEnd]): [number, number] => {
    const raw = view.text.slice(lineStart, lineEnd)
    const lead = raw.length - raw.trimStart().length
    return [lineStart + lead, lineStart + lead + raw.trim().length]
  })
  // the first line after the task text that is only units, followed by no more lines than columns after it, each short
  for (let x = Math.max(1, lines.length - 1 - column.after.length); x < lines.length; x++) {
    const after = lines.slice(x + 1)
    if (after.some(([from, to]) => to - from > COLUMN_TAIL_MAX)) continue
    const [start, end] = lines[x]
    const folded = foldPunctuation(view.text.slice(start, end))
    if (/[。；：]$/.test(folded) || !allUnits(splitUnitList(folded, 0, folded.length, new Brackets(folded, 0, folded.length)))) continue
    const units = unitsAsLabelled(view, ctx.jurisdiction, column.label, start, end)
      .filter((r) => r.role === column.role)
      .flatMap((r) => r.units)
    if (!units.length) return none
    const role: Role = { role: column.role as RoleKind, label: column.label, units, scope: undefined, position: view.position(start, end), inherited: undefined }
    roleAt.set(role, start)
    return { roles: [role], unread: after.filter((_, y) => column.after[y] === 'other').map(([y, z]): [number, number] => [view.originalStart(y), view.originalEnd(y, z)]) }
  }
  return none
}

/** The label a sentence's closing unit parenthesis stands for (document-rules.json `sentenceTailUnits`). */
const TAIL_LABEL = documentRules.sentenceTailUnits.as
/** A line's closing parenthesis right after a sentence end: `…进步。(A/B)` (group 1: the bracket). */
const SENTENCE_TAIL = new RegExp(`[${documentRules.sentenceTailUnits.after.join('')}][ \\t\\u3000]*([（(])([^\\n（()）]+)[）)][ \\t\\u3000]*$`, 'gm')
/** A parenthesis closing its sentence before the sentence's end: `…活动（A，B）。` (group 1: the bracket). */
const SENTENCE_CLOSING = new RegExp(`([（(])([^\\n（()）]+)[）)](?=[${documentRules.sentenceTailUnits.before.join('')}])`, 'g')
/** Name endings beyond the unit suffixes that put a body's other name in the parenthesis after them (…装备工业二司（国家重大技术装备办公室）。). */
const NAME_ENDINGS: readonly string[] = documentRules.sentenceTailUnits.nameEndings
/** A parenthesis saying what the words before it include (`（含…）`, `（包括…）`), unless a place opens with that word (`含山县`). */
const INCLUSION = new RegExp(`^(?!${documentRules.sentenceTailUnits.placesOpeningSo.join('|')})(?:${documentRules.sentenceTailUnits.inclusionOpenings.sort((a, b) => b.length - a.length).join('|')})`)
/** Where a sentence's words begin, looking back from a closing parenthesis. */
const SENTENCE_BREAK = new Set(['\n', ...documentRules.sentenceTailUnits.after])

/** Turns the closing-bracket pre-test off, for the test that holds it to matching every clause. @internal */
export const sentenceTailGate = { enabled: true }

/** Clauses that are articles of a rule (第X条) or stand inside one: their parentheses define and include, they assign nothing. */
const inArticle = new WeakSet<ClauseNode>()

/**
 * Units a clause's sentences name in a parenthesis closing their line (`…取得进步。(政务司司长办公室/
 * 劳工及福利局)`, each bullet of a KPI item with its own): one role per parenthesis, read as the
 * grammar's `sentenceTailUnits` label. With `closing`, also a parenthesis closing a sentence before its
 * end (`…宣贯活动（A，B）。`) — not in a rule's articles, whose parentheses say what a word includes
 * (`…体育活动的时间（含体育课）。`) or whom a term covers. None unless every piece in the parenthesis is a unit.
 */
function sentenceTailRoles(ctx: TaskContext, ranges: Array<[number, number]>, closing: boolean): Role[] {
  const { view } = ctx
  const out: Role[] = []
  for (const [from, until] of ranges) {
    const own = view.text.slice(from, until)
    // (every clause that names no role comes here: one without a closing bracket has no tail to match)
    if (sentenceTailGate.enabled && !own.includes('）') && !own.includes(')')) continue
    const tails = [...own.matchAll(SENTENCE_TAIL)].map((m) => ({ open: from + m.index + m[0].indexOf(m[1]), inner: m[2] }))
    const closings = !closing ? [] : [...own.matchAll(SENTENCE_CLOSING)].filter((m) => closesWords(own, m.index)).map((m) => ({ open: from + m.index, inner: m[2] }))
    for (const { open, inner } of [...tails, ...closings]) {
      if (INCLUSION.test(inner)) continue
      const folded = foldPunctuation(`(${inner})`)
      if (!allUnits(splitUnitList(folded, 1, folded.length - 1, new Brackets(folded, 0, folded.length)))) continue
      const [found] = unitsAsLabelled(view, ctx.jurisdiction, TAIL_LABEL, open + 1, open + 1 + inner.length)
      if (!found) continue
      const role: Role = { role: found.role, label: '', units: found.units, scope: undefined, position: view.position(open, open + inner.length + 2), inherited: undefined }
      for (const split of firstListed(ctx, role)) {
        roleAt.set(split, open)
        out.push(split)
      }
    }
  }
  return out
}

/**
 * Does the parenthesis at `open` in `text` close the words of a sentence (`…宣贯活动（A，B）。`)? Not when
 * nothing of the sentence stands before it (a parenthesis right after a sentence end is SENTENCE_TAIL's), nor when those
 * words end with a unit name: the parenthesis then holds that unit's other name (报送市发展改革委（市能源局）。).
 */
function closesWords(text: string, open: number): boolean {
  let start = open
  while (start > 0 && !SENTENCE_BREAK.has(text[start - 1])) start--
  const words = foldPunctuation(text.slice(start, open)).trim()
  if (!words) return false
  if (NAME_ENDINGS.some((end) => words.endsWith(end))) return false
  return !endsWithUnit(words, new Brackets(words, 0, words.length), 0, words.length)
}

/** Heads of duty lists (X履行下列职责：): held when an item opens with a role verb, never inherited. */
const listHeads = new WeakSet<Role>()
/** Roles a clause holds by its heading (X工作职责：), not handed to its items. */
const heldRoles = new WeakSet<Role>()
/** Standing assignments (以下均需X落实，不再列出): held by later tasks of the section too. */
const standingRoles = new WeakSet<Role>()

/**
 * A clause's roles with the standing assignments in force: each standing role (from the clause
 * itself or an earlier one under the same parent) minus the units the clause already names as
 * responsible, in full or short (广东省各地级以上市人民政府落实，以下各项工作均需市人民政府落实: the
 * standing 市人民政府 is the cities the clause names in full); none when all are named.
 */
function withStanding(roles: Role[], standing: Role[]): Role[] {
  // (most clauses: no standing rule at all, and then the roles are the clause's own, as they are)
  if (!standing.length && !roles.some((r) => standingRoles.has(r))) return roles
  const own = roles.filter((r) => !standingRoles.has(r))
  const named = new Set(own.filter((r) => r.role === 'responsible').flatMap((r) => r.units.map((u) => u.name)))
  const out = [...own]
  for (const rule of standing) {
    const units = rule.units.filter((unit) => !named.has(unit.name) && !namesInFull(named, unit.name))
    for (const unit of units) named.add(unit.name)
    if (units.length) out.push({ ...rule, units })
  }
  return out
}

/** Does a name of `named` end with `short`, naming the same bodies in full (广东省各地级以上市人民政府 › 市人民政府)? */
function namesInFull(named: Set<string>, short: string): boolean {
  for (const name of named) if (name.length > short.length && name.endsWith(short)) return true
  return false
}

/** Roles an item takes from its section: every role kind the item does not name itself. */
function inherit(own: Role[], parent: Role[]): Role[] {
  if (!parent.length) return [...own]
  const named = new Set(own.map((r) => r.role))
  return [...own, ...parent.filter((r) => !named.has(r.role)).map((r) => ({ ...r, inherited: true }))]
}

const titleOf = (clause: ClauseNode, view: MappedText) => clause.heading ?? view.text.slice(clause.data.textStart, clause.data.textEnd).trim().slice(0, 40)

/** Prose lead labels a heading holds for its section (grammars/roles/document-rules.json `headingLead`). */
const HEADING_LEADS = new Set(documentRules.headingLead.labels)

/** Where each role was found in the matching copy (view), to tell a heading's role from a provision's. */
const roleAt = new WeakMap<Role, number>()

/**
 * Does `role`, found in `clause`'s own text, cover the clause's items? Only when it stands on the
 * heading line (（一）实施…行动（责任单位：X）) or in the sentence that leads into the items (…由X负责：).
 * A role inside a provision of the clause's own is that provision's: 第六条 …不得转租。（责任单位：Y）
 * over its 申报条件 / 申报材料 sub-sections, X下设办公室，负责日常工作。 under a heading line.
 */
function coversItems(role: Role, clause: ClauseNode, firstItem: number, text: string): boolean {
  const found = roleAt.get(role)
  if (found === undefined) return true
  // a role in the paragraphs after the items (the clause's closing text: 前款规定的…由X负责) is that paragraph's
  if (found >= firstItem) return false
  let start = clause.data.textStart
  while (start < firstItem && /\s/.test(text[start])) start++
  const lineEnd = text.indexOf('\n', start)
  // a heading that holds a comma is a provision's first sentence (第十二条 园区内…的项目，给予…奖励。), not a title
  if (clause.heading && !/[，,]/.test(clause.heading) && found < (lineEnd < 0 || lineEnd > firstItem ? firstItem : lineEnd)) {
    // a section's lead in prose on its heading (一、…（由市科技局牵头）) leads the section, not each item
    return !(role.role === 'lead' && HEADING_LEADS.has(role.label))
  }
  const own = text.slice(start, firstItem).trimEnd()
  if (!/[：:]$/.test(own)) return false
  const lead = Math.max(own.lastIndexOf('。'), own.lastIndexOf('；'), own.lastIndexOf('\n'))
  return found >= start + lead + 1
}

/**
 * Tasks of one document: every clause whose own text carries an assignment or a deadline, plus
 * items that inherit their section's assignment. Preamble paragraphs are read for document rules.
 */
export function extractTasks(doc: DocumentNode, ctx: TaskContext): Task[] {
  const tasks: Task[] = []
  const { view } = ctx
  // Standing assignments in force, with the path of the parent they hold under.
  const standing: Array<{ under: string[]; role: Role }> = []
  // each range's one cue pass (rangeCues), from the role loop of a clause to its time loop
  const cueOf: RangeCues[] = []
  const visit = (clause: ClauseNode, inherited: Role[], parent: ClauseNode | null, siblings: ClauseNode[]) => {
    const ranges = ownRanges(clause)
    const items = clause.children.filter((child): child is ClauseNode => child.type === 'clause')
    // a table row's role cells are read by their column; only its other text by the scanner
    const cells = clause.data.cells
    const scanned = cells ? cells.filter((c) => c.kind !== 'role').map((c): [number, number] => [c.start, c.end]) : ranges
    // (loops and no copies where most clauses have nothing to add or drop: this runs per clause)
    const scannedRoles: Role[] = []
    // (one cue pass per range answers both the role gate and the time gate: the same ranges when the
    // clause is no table row; kept in `cueOf` until the time loop below, before any child is visited)
    const shared = scanned === ranges && ctx.time !== undefined
    cueOf.length = 0
    // (indexed loops over what rolesIn and ctx.time give: most give one frozen empty value, and a for…of
    // over a frozen array builds an iterator per loop)
    for (let r = 0; r < scanned.length; r++) {
      const range = scanned[r]
      const cues = shared ? rangeCues(view.text, range[0], range[1]) : CUES_UNREAD
      if (shared) cueOf.push(cues)
      const read = rolesIn(ctx, range[0], range[1], cues)
      for (let k = 0; k < read.length; k++) scannedRoles.push(read[k])
    }
    const lineRoles = !cells && !scannedRoles.length ? bareLineRoles(ctx, ranges) : []
    const article = clause.style === 'article' || (parent !== null && inArticle.has(parent))
    if (article) inArticle.add(clause)
    const bare = lineRoles.length || cells || scannedRoles.length ? lineRoles : sentenceTailRoles(ctx, ranges, !article)
    const column = cells || !clause.data.column ? null : columnLineRoles(ctx, clause, ranges)
    const all = bare.length || cells || column?.roles.length ? [...scannedRoles, ...bare, ...(cells ? cellRoles(ctx, clause) : []), ...(column?.roles ?? [])] : scannedRoles
    let found = all.some((role) => listHeads.has(role)) ? all.filter((role) => !listHeads.has(role) || items.some((item) => opensWithRoleVerb(view.text, item.data.textStart, item.data.textEnd))) : all
    // an item handed to a unit by its place in a duty list (成员单位职责 › X：…, …：X。, X工作职责：)
    const duty = !found.length && !cells ? dutyItemRole(view, ctx.jurisdiction, clause, parent, siblings) : null
    if (duty) {
      roleAt.set(duty.role, clause.data.textStart)
      if (duty.held) heldRoles.add(duty.role)
      found = [duty.role]
    }
    // a breakdown's section heading naming only its owner (（一）省监察厅牵头的工作): held, not handed down
    // (its items' labels below, 协同单位：…, are the clause's too: the owner stands beside them)
    const owner = cells || found.some((role) => role.role === 'lead' || role.role === 'leader' || role.role === 'responsible') ? null : headingOwnerRole(view, ctx.jurisdiction, clause)
    if (owner) {
      roleAt.set(owner.role, owner.offset)
      heldRoles.add(owner.role)
      found = [owner.role, ...found]
    }
    for (const role of found) if (standingRoles.has(role)) standing.push({ under: clause.path.slice(0, -1), role })
    // (a leaf under the parent of a standing rule's clause holds it; sections pass it down by inheritance)
    const inForce = items.length || !standing.length ? [] : standing.filter((rule) => rule.under.every((part, i) => clause.path[i] === part)).map((rule) => rule.role)
    const own = items.length ? found.filter((role) => !standingRoles.has(role)) : withStanding(found, inForce)
    const roles = inherit(own, inherited)
    // (the milestone and event lists made only when one is found: most clauses have none, and they were two
    // arrays and a holder object per clause that nobody read)
    const deadlines: Deadline[] = []
    let milestones: Milestone[] | undefined
    let events: TimeEvent[] | undefined
    if (ctx.time) {
      // (a table row's columns not read, grammars/table-columns.json `other`: its progress and remarks cells tell
      // what was done, not when it is due — the row is still scanned whole, so its task cell's year dates its deadline cell)
      const unreadCells = cells?.filter((cell) => cell.kind === 'other').map((cell): [number, number] => [view.originalStart(cell.start), view.originalEnd(cell.start, cell.end)])
      const unread = (unreadCells || column?.unread.length) && new SpanSet([...(unreadCells ?? []), ...(column?.unread ?? [])])
      const read = (deadline: Deadline) => !unread || !deadline.position || !unread.has(deadline.position.start.offset)
      for (let r = 0; r < ranges.length; r++) {
        const [start, end] = ranges[r]
        const clauseTime = ctx.time(start, end, shared ? cueOf[r] : CUES_UNREAD)
        // (loops, not push(...xs): a huge clause can hold more items than a call takes arguments)
        const got = clauseTime
        for (let k = 0; k < got.deadlines.length; k++) if (read(got.deadlines[k])) deadlines.push(got.deadlines[k])
        for (let k = 0; k < got.milestones.length; k++) if (!got.milestones[k].deadline || read(got.milestones[k].deadline!)) (milestones ??= []).push(got.milestones[k])
        if (got.events) for (let k = 0; k < got.events.length; k++) (events ??= []).push(got.events[k])
      }
    }
    clause.data.roles = own
    clause.data.deadlines = deadlines
    if (events) clause.data.events = events
    if (roles.length || deadlines.some(isDated)) {
      tasks.push({
        path: clause.path,
        title: titleOf(clause, view),
        roles,
        deadlines,
        ...(milestones ? { milestones } : {}),
        ...(events ? { events } : {}),
        position: view.position(clause.data.start, clause.data.end),
      })
    }
    const firstItem = items[0]?.data.start ?? clause.data.end
    const handed = items.length ? roles.filter((role) => !listHeads.has(role) && !heldRoles.has(role) && (role.inherited || coversItems(role, clause, firstItem, view.text))) : []
    for (const child of items) visit(child, handed, clause, items)
  }
  const top = doc.children.filter((child): child is ClauseNode => child.type === 'clause')
  // roles in the text outside every clause (a notice's unnumbered body, a page cut before its first marker)
  let outside: { roles: Role[]; paragraphs: ParagraphNode[] } | undefined
  for (const child of doc.children) {
    if (child.type === 'clause') visit(child, [], null, top)
    else if (child.type === 'paragraph') {
      const paragraph = child as ParagraphNode
      const { start, end } = paragraph.data
      const cues = ctx.paragraphCues ? rangeCues(view.text, start, end) : CUES_UNREAD
      ctx.paragraphCues?.set(paragraph, cues)
      const roles = rolesIn(ctx, start, end, cues)
      if (!roles.length || ctx.caseReport) continue
      outside ??= { roles: [], paragraphs: [] }
      for (let k = 0; k < roles.length; k++) outside.roles.push(roles[k])
      outside.paragraphs.push(paragraph)
    }
  }
  if (outside) tasks.unshift(outsideTask(ctx, outside.roles, outside.paragraphs))
  return tasks
}

/**
 * The task of the text outside every clause, path `[]`: the roles its paragraphs name (由市水务局牵头，市应急局
 * 配合，于5月底前完成… in a notice with no numbered item). Its paragraphs go to `ctx.outsideParagraphs`: the caller
 * reads their time once, for the document's time, and hands this task their deadlines.
 */
function outsideTask(ctx: TaskContext, roles: Role[], paragraphs: ParagraphNode[]): Task {
  const { view } = ctx
  for (const paragraph of paragraphs) ctx.outsideParagraphs?.add(paragraph)
  const first = paragraphs[0].data
  return {
    path: [],
    title: view.text.slice(first.start, first.end).trim().slice(0, 40),
    roles,
    deadlines: [],
    position: view.position(first.start, paragraphs[paragraphs.length - 1].data.end),
  }
}
