/**
 * scanRoles: who leads, who is responsible, who takes part, in the text of one clause (or any
 * range of a document), as offset-based matches. Pure: no state survives a call except what the
 * caller passes back in `rules`.
 *
 * Reading order:
 * 1. the range is cut into regions: the top level and the inside of each （…） (each read at its
 *    own depth, nested brackets being atoms), then into sentences (。；！？ and line ends);
 * 2. in a sentence, labelled lists (牵头单位：…，责任单位：…) are read first; a list runs to the
 *    next label, a non-role `X：`, or the first piece that is not a unit;
 * 3. the rest of the sentence is read as prose, clause by clause (，): 由 UNITS VERB, UNITS VERB,
 *    会同 UNITS; the verb decides the role (grammars/roles/verbs.json);
 * 4. document rules (列第一位者为牵头单位，下同) turn the first unit of a responsible list in a
 *    parenthesis into its lead, from the parenthesis holding the rule on, and for the caller's
 *    later calls through the returned `rules`;
 * 5. every role-label occurrence that is not inside a role is returned in `nonAssignments`.
 *
 * This file holds the entry and the document-wide passes; the readers live beside it:
 * sentences.ts (2, 3: one sentence, labels then prose), labelled-lists.ts (2), prose.ts (3),
 * carried-subjects.ts (a subject carried to a later clause), role-verbs.ts (which word is a role
 * verb), unit-lists.ts (the units of a span), clause-edges.ts (lead-ins, fillers, sentence starts),
 * document-rules.ts (4) and non-assignments.ts (5); context.ts is the state one call shares.
 */
import { canonicalUnit, type AliasTable } from './canonical.js'
import { grammar } from './grammar.js'
import { findFirstListedRules, splitFirstListed } from './rules.js'
import { findStandingRules } from './standing.js'
import { Brackets, foldPunctuation, hanAt } from './text.js'
import type { Jurisdiction, RoleMatch, RoleRules, ScanResult, Span, UnitMatch } from './types.js'
import { CueSet } from '../../text/cues.js'
import type { Region, Ctx } from './context.js'
import { mostlyUnits, strictUnits } from './unit-lists.js'
import { ruledBareList, ruleParenStart, leadBeside } from './document-rules.js'
import { sentences, readSentence } from './sentences.js'
import { unledJoin } from './role-verbs.js'
import { findNonAssignments } from './non-assignments.js'

export { opensWithRoleVerb } from './role-verbs.js'

export interface ScanOptions {
  /** Start of the range to read (default 0). */
  from?: number
  /** End of the range to read (default text.length). */
  to?: number
  /** Rules carried from earlier parts of the document (the `rules` of a previous call). */
  rules?: RoleRules
  /** When given (or `aliases` is), units get a `canonical` name. */
  jurisdiction?: Jurisdiction
  aliases?: AliasTable
  /** Use the word segmenter for prose units without a left boundary (default true). */
  segmenter?: boolean
}

/**
 * Find role assignments in `text` (or in [from, to) of it).
 *
 * @example
 * scanRoles('由市司法局牵头，市法院、市财政局等单位配合。').roles
 * // → [{ role: 'lead', label: '牵头', units: [{ name: '市司法局', kind: 'organ', … }], … },
 * //    { role: 'participant', label: '配合', units: [市法院, 市财政局], … }]
 */
export function scanRoles(text: string, options: ScanOptions = {}): ScanResult {
  return scanRolesAsked(text, options, false)
}

/**
 * `scanRoles` for a caller that has asked the range's gate (`mayHoldRoleIn`, or the one cue pass of
 * extract/range-cues.ts) and got yes: `asked` true skips asking it again over the same range.
 */
export function scanRolesAsked(text: string, options: ScanOptions, asked: boolean): ScanResult {
  const from = clamp(options.from ?? 0, 0, text.length)
  const to = clamp(options.to ?? text.length, from, text.length)
  // Every role, rule phrase, non-assignment and diagnostic starts at a label, a role verb or a
  // first-listed-lead label: a range holding none of their first units (most clauses) has none.
  if (!asked && FOLD_SAFE && !mayHoldRole(text, from, to)) return { roles: [], rules: { ...(options.rules ?? {}) }, nonAssignments: [], diagnostics: [] }
  // Work on a folded copy of the range; shift offsets back by `from` at the end.
  const t = foldPunctuation(text.slice(from, to))
  const n = t.length
  const br = new Brackets(t, 0, n)
  const rulePhrases = findFirstListedRules(t, 0, n)
  const ctx: Ctx = { t, br, roles: [], diagnostics: [], emptyLabels: new Set(), segmenter: options.segmenter !== false, rulePhrases, frameCloses: undefined }

  const rules: RoleRules = { ...(options.rules ?? {}) }
  if (rulePhrases.length > 0) {
    const r = rulePhrases[0]
    rules.firstListedLead = true
    rules.firstListedLeadAt ??= { index: r.index + from, end: r.end + from, text: r.text }
    for (const p of rulePhrases)
      ctx.diagnostics.push({
        severity: 'info',
        code: 'role-rule-first-listed',
        message: `document rule “${p.text}”: the first unit of later responsible lists leads`,
        index: p.index,
        end: p.end,
      })
  }

  const regions: Region[] = [{ start: 0, end: n, paren: false }]
  for (const [o, c] of br.parens()) regions.push({ start: o + 1, end: c, paren: true })
  // 〔责任单位：…〕: some plans bracket their assignments with 〔〕 instead of （）.
  for (const [o, c] of tortoiseShells(t, br)) regions.push({ start: o + 1, end: c, paren: true })

  const parenRoles = new Set<RoleMatch>()
  for (const region of regions) {
    const before = ctx.roles.length
    const timeSpans: Span[] = []
    // A sentence outside brackets that holds no cue word reads nothing (most sentences of a range
    // that passed the gate); one inside a parenthesis may still hand its time text to the roles.
    for (const [s, e] of sentences(t, br, region)) if (region.paren || mayHoldRole(t, s, e)) readSentence(ctx, s, e, region, timeSpans)
    if (region.paren && ctx.roles.length === before) ruledBareList(ctx, region)
    if (ctx.roles.length === before) continue
    const ruleOn = options.rules?.firstListedLead === true || (rulePhrases.length > 0 && rulePhrases[0].index < region.end)
    if (!region.paren) {
      // 责任单位：A（首位单位为牵头单位，下同）、B on a line of its own: the rule reads labelled lists too.
      if (ruleOn && !ctx.roles.slice(before).some((r) => r.role === 'lead')) {
        const own = ctx.roles.splice(before)
        for (const r of own) ctx.roles.push(...(r.form === 'labelled' ? splitFirstListed(r) : [r]))
      }
      continue
    }
    const regionRoles = ctx.roles.splice(before)
    // Time text inside the same parenthesis travels with its roles.
    const time = timeSpans[0]
    if (time) for (const r of regionRoles) r.timeText = time
    // First-listed-lead, for lists with no explicit lead of their own.
    const hasLead = regionRoles.some((r) => r.role === 'lead')
    for (const r of regionRoles)
      for (const x of ruleOn && !hasLead ? splitFirstListed(r) : [r]) {
        ctx.roles.push(x)
        parenRoles.add(x)
      }
  }
  // (…等部门按照各自职责，协同实施本条例 in an article that names nobody leading or responsible: the units act
  // together under the rule — the unled-cooperation convention; beside the article's 主管 they take part)
  if (!ctx.roles.some((r) => r.role === 'lead' || r.role === 'responsible')) ctx.roles = ctx.roles.filter((r) => !unledJoin(t, r))
  // First-listed-lead on labelled lines too (责任单位：A、B、C, as city 责任分解 lists print it),
  // when nothing in the range names a lead of its own.
  const ruled = (r: RoleMatch) => options.rules?.firstListedLead === true || rulePhrases.some((p) => p.index < r.index || ruleParenStart(ctx, r.end, p.end) <= r.end + 1)
  ctx.roles = ctx.roles.flatMap((r) => (r.form === 'labelled' && !parenRoles.has(r) && ruled(r) && !leadBeside(ctx, r) ? splitFirstListed(r) : [r]))
  // 由吴继德副市长负责，市环保局牵头: the official in charge of the item (verbs.json officerLeader)
  ctx.roles.push(...officerLeaders(t))
  // 由县民政局负责的第1件、县发改局负责的第4件…进展滞后: the owner of each item a report names
  ctx.roles.push(...itemOwners(t, br))
  // Standing assignments (以下均需X落实，不再列出): the caller hands them on to later tasks.
  for (const st of findStandingRules(t, 0, n)) {
    // (a label list the rule closes, `责任单位：A，各县市区，以下均需各县市区落实，不再逐一列出`: its words are no units)
    for (const r of ctx.roles) r.units = r.units.filter((u) => u.end <= st.index || u.index >= st.closer.end)
    ctx.roles = ctx.roles.filter((r) => r.units.length > 0)
    // (the rule's frame says it lists units: a list mostly of known ones is read whole, `各县（市、区）人民政府、赣州经开区、
    // 蓉江新区管委会负责`, outside251 01)
    const units =
      strictUnits(t, br, st.units.index, st.units.end) ??
      (st.firstPiece ? strictUnits(t, br, st.firstPiece.index, st.firstPiece.end) : null) ??
      mostlyUnits(ctx, st.units.index, st.units.end, 'in a standing rule')
    if (units) ctx.roles.push({ role: 'responsible', label: '', units, index: st.index, end: st.end, labelSpan: st.closer, form: 'prose', rule: 'standing' })
  }
  // Prose 配合/协助/参加/会同 with nobody leading or responsible in the range is cooperation, not an
  // assignment (交通运输主管部门应当参加验收; 各级地震部门要积极配合有关部门).
  if (!ctx.roles.some((r) => r.role === 'lead' || r.role === 'responsible')) ctx.roles = ctx.roles.filter((r) => r.role !== 'participant' || r.form !== 'prose' || parenRoles.has(r))

  ctx.roles.sort((a, b) => a.index - b.index || a.end - b.end)

  const nonAssignments = findNonAssignments(ctx, rulePhrases)
  // Names, labels and scopes as printed: sliced from the caller's text, not the folded copy.
  const src = from === 0 && to === text.length ? text : text.slice(from, to)
  for (const r of ctx.roles) {
    r.label = src.slice(r.labelSpan.index, r.labelSpan.end)
    if (r.scopeSpan) r.scope = src.slice(r.scopeSpan.index, r.scopeSpan.end)
    for (const u of r.units) u.name = u.parts ? u.parts.map((p) => src.slice(p.index, p.end)).join('') : src.slice(u.index, u.end)
  }
  for (const n of nonAssignments) n.label = src.slice(n.index, n.end)
  if (options.jurisdiction || options.aliases) {
    for (const r of ctx.roles)
      for (const u of r.units) {
        if (u.kind === 'person') continue
        const c = canonicalUnit(foldPunctuation(u.name), options.jurisdiction, options.aliases)
        if (c !== undefined) u.canonical = c
      }
    for (const r of ctx.roles) shareLevel(r.units)
  }
  return shift({ roles: ctx.roles, rules, nonAssignments, diagnostics: ctx.diagnostics }, from)
}

/**
 * `由` + a name of at most `nameMax` Han characters + an official's title + `负责`, the title touching
 * the verb (grammars/roles/verbs.json officerLeader): a leader, the person as printed (name and title).
 */
function officerLeaders(t: string): RoleMatch[] {
  const f = grammar.officerLeader
  const out: RoleMatch[] = []
  for (let i = t.indexOf(f.open); i >= 0; i = t.indexOf(f.open, i + 1)) {
    for (let k = 0; k <= f.nameMax; k++) {
      const s = i + f.open.length + k
      if (k > 0 && !hanAt(t, s - 1)) break
      const title = f.titles.matchAt(t, s)
      const verb = title && f.verbs.matchAt(t, s + title.length)
      if (!title || !verb) continue
      const e = s + title.length
      out.push({
        role: 'leader',
        label: verb,
        units: [{ name: '', kind: 'person', index: i + f.open.length, end: e }],
        index: i,
        end: e + verb.length,
        labelSpan: { index: e, end: e + verb.length },
        form: 'prose',
      })
      break
    }
  }
  return out
}

/** Numbers of an item reference (第17、18件). */
const ITEM_NUMBER = /[0-9一二三四五六七八九十百、]/

/**
 * Units + 负责 + 的第 + numbers + 件/项 (grammars/roles/verbs.json itemOwner), each owner of a 、-joined
 * list of such references: responsible. The units run back to the previous 、 / ， / 由 or sentence start.
 */
function itemOwners(t: string, br: Brackets): RoleMatch[] {
  const f = grammar.itemOwner
  const out: RoleMatch[] = []
  // (every clause's text comes through here: most hold no 的第 and need no walk)
  if (!t.includes(f.joiner + f.ordinal)) return out
  let floor = 0
  for (let i = 0; i < t.length; i++) {
    const verb = f.verbs.matchAt(t, i)
    if (!verb) continue
    let k = i + verb.length
    if (!t.startsWith(f.joiner + f.ordinal, k)) continue
    k += f.joiner.length + f.ordinal.length
    const digits = k
    while (k < t.length && ITEM_NUMBER.test(t[k])) k++
    const counter = k > digits ? f.counters.matchAt(t, k) : undefined
    if (!counter) continue
    let s = i
    while (s > floor && !'、，,。；;\n由'.includes(t[s - 1])) s--
    const units = strictUnits(t, br, s, i)
    floor = k + counter.length
    if (!units) continue
    const by = s > 0 && t[s - 1] === '由' ? s - 1 : s
    out.push({ role: 'responsible', label: verb, units, index: by, end: i + verb.length, labelSpan: { index: i, end: i + verb.length }, form: 'prose' })
    i = floor - 1
  }
  return out
}

/**
 * A level printed once before a list of departments belongs to each (grammars/roles/verbs.json
 * `sharedLevel`): 国务院人力资源社会保障行政部门、教育行政部门 → the second's canonical 国务院教育行政部门.
 */
function shareLevel(units: UnitMatch[]): void {
  if (units.length < 2) return
  const f = grammar.sharedLevel
  const first = foldPunctuation(units[0].name)
  const level = f.prefixes.matchAt(first, 0)
  if (!level || !f.heads.some((h) => first.endsWith(h)) || first.length <= level.length + 2) return
  for (const u of units.slice(1)) {
    const name = foldPunctuation(u.name)
    if (!f.heads.some((h) => name.endsWith(h)) || f.notBefore.matchAt(name, 0) || name.length <= 4) continue
    u.canonical = level + (u.canonical ?? name)
  }
}

/** Every label, role verb, duty prefix, duty-list verb or head and first-listed-lead label: the role gate's words. */
export const ROLE_CUE_WORDS: readonly string[] = [
  grammar.labels,
  grammar.verbs,
  grammar.firstListedLabels,
  grammar.standingClosers,
  grammar.dutyPrefixes,
  grammar.dutyOpeners,
  grammar.dutyListVerbs,
  grammar.dutyListHeads,
  grammar.objectFrame.verbs,
  grammar.responsibleSubject.labels,
].flatMap((lex) => [...lex.words])

/**
 * The duty openers (按照, 依照, 根据, 依据) that are no other gate word: alone they start nothing — a written-out
 * duty phrase (role-verbs.ts openDuty) needs one of `dutyOpen.closers` to start within `maxInside` code units
 * after the opener and to end inside the clause. Most sentences holding 根据 or 按照 have no such closer (根据
 * …规定 / 按照…要求): the gate counts an opener only where a closer follows it within that reach and the range.
 */
export const WEAK_ROLE_CUES: readonly string[] = grammar.dutyOpeners.words.filter((w) => ROLE_CUE_WORDS.filter((x) => x === w).length === 1)

/** Does a duty closer start in [end, end + maxInside) and end by `to` (openDuty's condition, over the range)? */
function closerFollows(text: string, end: number, to: number): boolean {
  if (!roleGate.openerNeedsCloser) return true
  const closers = grammar.dutyClosers
  const limit = Math.min(to, end + grammar.maxDutyInside)
  for (let q = closers.nextStart(text, end, limit); q < limit; q = closers.nextStart(text, q + 1, limit)) if (closers.matchAt(text, q, to) !== undefined) return true
  return false
}

/** The role gate's words as one matcher (an opener counting only before a closer). */
export const ROLE_CUES = new CueSet(ROLE_CUE_WORDS, { words: WEAK_ROLE_CUES, holds: closerFollows })
/** Folding punctuation (( → （) makes or breaks no such word (none holds either form), so the raw range can be tested. */
const FOLD_SAFE = ROLE_CUES.words.every((w) => ![...('():,;' + foldPunctuation('():,;'))].some((c) => w.includes(c)))

/**
 * False when `scanRoles(text, { from, to, … })` finds no role, rule, non-assignment or diagnostic
 * whatever its options (its own gate, asked before the call): a caller that reads many ranges can skip
 * the call and the empty result it would build.
 */
export function mayHoldRoleIn(text: string, from: number, to: number): boolean {
  const start = clamp(from, 0, text.length)
  return !FOLD_SAFE || mayHoldRole(text, start, clamp(to, start, text.length))
}

/**
 * Is the role gate the cue words read on the raw range (on, and folding can make or break no word)? When
 * not, `mayHoldRoleIn` says yes to every range.
 */
export function roleGateReadsRaw(): boolean {
  return FOLD_SAFE && roleGate.enabled
}

/** Does the range hold a whole start word (not just its first unit: 负 is common, 负责 is a cue)? */
function mayHoldRole(text: string, from: number, to: number): boolean {
  return !roleGate.enabled || ROLE_CUES.has(text, from, to)
}

/**
 * Turns the cue gate off, for tests that check it never changes what is read (like timeGate); `openerNeedsCloser`
 * false counts a duty opener alone, as the gate did before the closer check. @internal
 */
export const roleGate = { enabled: true, openerNeedsCloser: true }

/** The 〔…〕 pairs of `t` that can hold an assignment: longer than a year (〔2023〕 is a 字号's year). */
function* tortoiseShells(t: string, br: Brackets): Generator<[number, number]> {
  for (let i = t.indexOf('〔'); i !== -1; i = t.indexOf('〔', i + 1)) {
    if (!br.opensAt(i)) continue
    const c = br.partnerOf(i)
    if (c > i + 5) yield [i, c]
  }
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Math.floor(x)))
}

function shift(r: ScanResult, by: number): ScanResult {
  if (by === 0) return r
  const s = <T extends Span>(x: T): T => ({ ...x, index: x.index + by, end: x.end + by })
  return {
    roles: r.roles.map((role) => ({
      ...s(role),
      labelSpan: s(role.labelSpan),
      units: role.units.map((u) => ({ ...s(u), ...(u.parts ? { parts: u.parts.map(s) } : {}) })),
      ...(role.timeText ? { timeText: s(role.timeText) } : {}),
      ...(role.scopeSpan ? { scopeSpan: s(role.scopeSpan) } : {}),
    })),
    rules: r.rules,
    nonAssignments: r.nonAssignments.map(s),
    diagnostics: r.diagnostics.map(s),
  }
}
