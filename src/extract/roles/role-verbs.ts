/**
 * Which word of a clause is its role verb (负责, 牵头, 配合 …, grammars/roles/verbs.json): duty phrases
 * (按职责分工配合), appointments (为…牵头单位), and the words that make a verb a noun or a modifier.
 */
import { grammar } from './grammar.js'
import { type Brackets, hanAt, nextStop, SENTENCE_END, spaceAt } from './text.js'
import type { RoleKind, RoleMatch } from './types.js'
import { unitPrefix } from './units.js'
import { COMMA } from './clause-edges.js'

/** 、 between formulas of one duty (各负其责、密切配合). */
const ENUM_COMMA = 0x3001

/** How far into the next clause a duty phrase looks for its action (…按照各自职责，共同做好). */
const MAX_DUTY_REACH = 12

/** Does [s, e) hold a role verb (X负责…的部门: the clause is about another body)? */
export function holdsVerb(t: string, s: number, e: number): boolean {
  // (a verb after `notAfter` is none: 按照“谁推荐、谁负责”的原则 is an adverbial holding a slogan, polroles1 row 26)
  for (let k = nextStop(t, s, e, grammar.verbs); k < e; k = nextStop(t, k + 1, e, grammar.verbs))
    if (grammar.verbs.matchAt(t, k, e) && !grammar.verbNotAfter.some((w) => k - w.length >= s && t.endsWith(w, k))) return true
  return false
}

export function looksLikeRole(t: string, br: Brackets, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    k = nextStop(t, k, e, grammar.verbs)
    if (k >= e) break
    if (br.opensAt(k)) k = br.partnerOf(k)
    else if (grammar.verbs.matchAt(t, k, e)) return true
  }
  return false
}

export interface VerbHit {
  index: number
  end: number
  verb: string
  role: RoleKind
}

/** Does the word at `after` make the verb before it a noun (负责人, 牵头单位, 负责制 but not 牵头制定)? */
export function notAVerb(t: string, after: number, e: number): boolean {
  if (grammar.verbNotBefore.matchAt(t, after, e) !== undefined && grammar.verbNotBeforeExcept.matchAt(t, after, e) === undefined) return true
  return pastEvent(t, after, e)
}

/** Does the action after the verb end in the past marker (牵头组织编制了《…》: an event reported, not a duty)? */
function pastEvent(t: string, after: number, e: number): boolean {
  for (let k = after + 1; k < e && k <= after + grammar.pastWithin; k++) {
    if (!hanAt(t, k - 1)) return false
    if (t[k] === grammar.pastMarker) return grammar.pastNotWords.matchAt(t, k, e) === undefined
  }
  return false
}

/**
 * A duty phrase at k followed by a role verb or a duty action (按职责分工配合 → participant,
 * 按照各自职责做好 → responsible); alone it is no verb.
 */
function dutyVerb(t: string, k: number, e: number): VerbHit | undefined {
  const pre = grammar.dutyPrefixes.matchAt(t, k, e)
  // (a fixed phrase may open a longer written-out one: 按照各自职责 in 按照各自职责和任务分工开展…)
  const len = Math.max(pre?.length ?? 0, openDuty(t, k, e))
  if (!len) return undefined
  const j = k + len
  // 按照职责分工，各负其责，密切配合，共同做好…: formulas of the same duty may stand before the action (各负其责，密切配合
  // is no participant's 配合); when no action follows them, the clause right after the phrase is read as below
  // (各司其职，加强协作，相互配合，通过…: 加强 is the action)
  const chained = afterDutyChain(t, j, pre !== undefined && grammar.dutyShares.matchAt(t, k, e) !== undefined)
  const after = chained > j && t.charCodeAt(chained) === COMMA ? actionAfter(t, k, chained + 1, clauseEnd(t, chained + 1)) : undefined
  if (after) return after
  // 等部门按照各自职责，共同做好…: the action may follow in the next clause.
  return j === e && t.charCodeAt(j) === COMMA ? actionAfter(t, k, j + 1, clauseEnd(t, j + 1)) : actionAfter(t, k, j, e)
}

/** How far the clause opening at `j` is read for a duty phrase's action (MAX_DUTY_REACH, up to its comma). */
function clauseEnd(t: string, j: number): number {
  let e = j
  while (e < t.length && e - j < MAX_DUTY_REACH && t.charCodeAt(e) !== COMMA && SENTENCE_END[t.charCodeAt(e)] !== 1) e++
  return e
}

/** The role a duty phrase at k takes from what stands at j: a role verb, a join word or a duty action (after fillers). */
function actionAfter(t: string, k: number, j: number, e: number): VerbHit | undefined {
  j += grammar.fillers.matchAt(t, j, e)?.length ?? 0
  const v = grammar.verbs.matchAt(t, j, e)
  if (v && !notAVerb(t, j + v.length, e)) return { index: k, end: j + v.length, verb: t.slice(k, j + v.length), role: grammar.verb.get(v)!.role }
  const join = grammar.dutyJoinActions.matchAt(t, j, e)
  if (join) return { index: k, end: j + join.length, verb: t.slice(k, j + join.length), role: 'participant' }
  const a = grammar.dutyActions.matchAt(t, j, e)
  if (a) return { index: k, end: j + a.length, verb: t.slice(k, j + a.length), role: 'responsible' }
  return undefined
}

/**
 * Where the duty formulas after a duty phrase end (its comma before the action, or `j` when there are none):
 * `，各负其责` clauses are skipped, and after one of them (or when the phrase itself is one) a cooperation
 * formula (`，密切配合`), each only when a comma follows it (verbs.json `dutyChain`).
 */
function afterDutyChain(t: string, j: number, shared: boolean): number {
  for (;;) {
    if (t.charCodeAt(j) !== COMMA && t.charCodeAt(j) !== ENUM_COMMA) return j
    const formula = grammar.dutyShares.matchAt(t, j + 1, t.length) ?? (shared ? grammar.dutyCooperation.matchAt(t, j + 1, t.length) : undefined)
    if (!formula) return j
    const next = t.charCodeAt(j + 1 + formula.length)
    if (next !== COMMA && next !== ENUM_COMMA) return j
    shared ||= grammar.dutyShares.matchAt(t, j + 1, t.length) !== undefined
    j += 1 + formula.length
  }
}

/**
 * A participant of a duty phrase whose join word is followed by the duty itself, not by the body it joins
 * (…等部门按照各自职责，协同实施本条例 / 协同做好…工作, against 协同卫生行政部门做好…): taking part with
 * nobody named to lead — no assignment unless its clause names a lead or a responsible body (scanRoles).
 */
export function unledJoin(t: string, r: RoleMatch): boolean {
  if (r.role !== 'participant' || r.form !== 'prose') return false
  const at = r.labelSpan.end
  const join = grammar.dutyJoinActions.words.find((w) => t.endsWith(w, at))
  return join !== undefined && grammar.dutyActions.matchAt(t, at, t.length) !== undefined
}

/** Length of a written-out duty phrase at k (依照…确定的职责分工), or 0. */
function openDuty(t: string, k: number, e: number): number {
  const open = grammar.dutyOpeners.matchAt(t, k, e)
  if (!open) return 0
  const limit = Math.min(e, k + open.length + grammar.maxDutyInside)
  for (let q = k + open.length; q < limit; q++) {
    if (SENTENCE_END[t.charCodeAt(q)] === 1) return 0
    const close = grammar.dutyClosers.matchAt(t, q, e)
    if (close) return q + close.length - k
  }
  return 0
}

/** First role verb at own depth in [s, e) that is not followed by a word that makes it a noun. */
export function findVerb(t: string, br: Brackets, s: number, e: number): VerbHit | undefined {
  for (let k = s; k < e; k++) {
    k = nextStop(t, k, e, grammar.verbs, grammar.dutyPrefixes)
    if (k >= e) break
    if (br.opensAt(k)) {
      k = br.partnerOf(k)
      continue
    }
    const duty = dutyVerb(t, k, e)
    if (duty && duty.end - duty.index > (grammar.verbs.matchAt(t, k, e)?.length ?? 0)) return duty
    const named = appointment(t, k, e)
    if (named) return named
    const v = grammar.verbs.matchAt(t, k, e)
    if (!v) continue
    const after = k + v.length
    // (所负责之政策: a relative clause names what one is responsible for, it assigns nothing)
    // (主管本行政区域的…工作: after a verb that ends in its scope, 的 opens the object, not a noun head)
    const scoped = extendsWord(v, grammar.inChargeVerbs)
    const noun = scoped ? pastEvent(t, after, e) : notAVerb(t, after, e)
    if (endsWithin(t, s, k, grammar.verbNotAfter) || noun || attributive(t, br, after, e) || insideUnitName(t, br, s, e, k, after)) {
      k += v.length - 1
      continue
    }
    return { index: k, end: after, verb: v, role: grammar.verb.get(v)!.role }
  }
  return undefined
}

// (plain loops, not .some(w => …) over k and s: a closure over the loop's `let k` makes V8 give every
// iteration of findVerb's scan its own context object — ≈ 6 MB per corpus pass, read by nobody)
/** Is `v` one of `words` with more after it (主管 → 主管本…)? */
function extendsWord(v: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (v.length > words[i].length && v.startsWith(words[i])) return true
  return false
}

/** Does one of `words` end at `k` and start at or after `s`? */
function endsWithin(t: string, s: number, k: number, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (k - words[i].length >= s && t.endsWith(words[i], k)) return true
  return false
}

/**
 * `为[…的]牵头责任单位` at `k` (grammars/roles/verbs.json `appointment`): the units before it hold the
 * label's role. The object between, when printed, ends in 的 (为该议案办理工作的牵头责任单位).
 */
function appointment(t: string, k: number, e: number): VerbHit | undefined {
  const f = grammar.appointment
  if (!t.startsWith(f.open, k)) return undefined
  const from = k + f.open.length
  for (let at = from; at < e && at - from <= f.maxInside; at++) {
    if (at > from && !f.objectEnds.some((w) => t.endsWith(w, at))) continue
    const label = f.labels.matchAt(t, at, e)
    if (label) return { index: k, end: at + label.length, verb: t.slice(k, at + label.length), role: grammar.label.get(label)!.role }
    if (/[，。；：、\n（）]/.test(t[at])) break
  }
  return undefined
}

/**
 * Does the verb phrase from `after` modify a head noun (负责征兵工作的机构，… / 负责…管理的部门的设置)?
 * True when the clause reaches 的 + an attributive head that ends the clause or is followed by 的.
 */
function attributive(t: string, br: Brackets, after: number, e: number): boolean {
  for (let k = after; k < e; k++) {
    if (br.opensAt(k)) {
      k = br.partnerOf(k)
      continue
    }
    if (t[k] !== '的') continue
    // (由交通部负责施工的，有… / …由上级人民政府负责调查的，…: a headless noun phrase or a condition)
    if (k + 1 === e && grammar.nominalBefore.has(t[e])) return true
    const head = grammar.attributiveHeads.matchAt(t, k + 1, e)
    const h = k + 1 + (head?.length ?? 0)
    if (head && (h === e || t[h] === '的' || grammar.attributiveNext.matchAt(t, h, e))) return true
  }
  return false
}

/**
 * Is the verb at [k, after) part of a unit name (市政协办公厅 holds 协办)? True when the longest
 * unit starting at the list piece holding it (after the last separator) runs past its start.
 */
function insideUnitName(t: string, br: Brackets, s: number, e: number, k: number, after: number): boolean {
  const max = grammar.maxUnitLength
  let a = k
  while (a > s && k - a < max && grammar.separatorCodes[t.charCodeAt(a - 1)] !== 1) a--
  let b = after
  while (b < e && b - after < max && grammar.separatorCodes[t.charCodeAt(b)] !== 1) b++
  if (a > s && grammar.separatorCodes[t.charCodeAt(a - 1)] !== 1) return false
  return unitPrefix(t, a, b, br, k) !== undefined
}

/** The label as printed: the verb, plus a short verb tail (负责落实、推进). */
export function verbLabel(t: string, v: VerbHit, e: number): { label: string; end: number } {
  let end = v.end
  for (;;) {
    if (t[end] !== '、') break
    let k = end + 1
    while (k < e && k - end <= 4 && hanAt(t, k) && t[k] !== '、') k++
    if (k === end + 1 || (k < e && t[k] !== '、')) break
    end = k
  }
  return { label: t.slice(v.index, end), end }
}

/** Does the text at `k` (spaces skipped) open with a role verb (an item 负责民办非企业单位的…登记)? */
export function opensWithRoleVerb(text: string, k: number, end = text.length): boolean {
  while (k < end && spaceAt(text, k)) k++
  const v = grammar.verbs.matchAt(text, k, end)
  return v !== undefined && !notAVerb(text, k + v.length, end)
}
