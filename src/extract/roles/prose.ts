/**
 * Prose assignments, clause by clause: 由 UNITS VERB, UNITS VERB, 会同 UNITS, the frames 以X为主负责 and
 * X对…负责, and duty-list heads (X履行下列职责：). The verb decides the role.
 */
import { grammar } from './grammar.js'
import { mayStartInside } from './left-edge.js'
import { leftBoundary, verbAt } from './segment.js'
import { type Brackets, hanAt, nextStop, SENTENCE_END, spaceAt, trimSpan } from './text.js'
import type { RoleMatch, Span, UnitMatch } from './types.js'
import { rawPieces } from './units.js'
import type { Ctx } from './context.js'
import { COLON, COMMA, indexWithin, skipLeadIn, trimFillers, opensSentence, opensRegionOrSentence } from './clause-edges.js'
import { notAVerb, findVerb, verbLabel } from './role-verbs.js'
import { mostlyUnits, pastPivot, strictUnits, withUnits } from './unit-lists.js'
import { answersTo, bareAfter, truthObjectBefore } from './accountable.js'
import { readResponsibleSubject } from './responsible-subject.js'

/** 由 opening a unit list (not 由于, 理由, 自由 …). */
export function findBy(t: string, br: Brackets, s: number, e: number): number | undefined {
  for (let k = s; k < e; k++) {
    k = nextStop(t, k, e, grammar.by)
    if (k >= e) break
    if (br.opensAt(k)) {
      k = br.partnerOf(k)
      continue
    }
    const b = grammar.by.matchAt(t, k, e)
    if (!b) continue
    if (grammar.byNotBefore.matchAt(t, k + b.length, e) || (grammar.byNotAfter.matchEndingAt(t, k, 0) && !grammar.byAfterWords.matchEndingAt(t, k, 0))) continue
    return k
  }
  return undefined
}

/** Past a pronoun right after 由 (由其户籍所在地…: 其 is no part of the name; 由其他部门 keeps 其他). */
function afterPronoun(t: string, k: number, e: number): number {
  const w = grammar.byPronouns.matchAt(t, k, e)
  return w && k + w.length < e && !grammar.byPronounNotBefore.has(t[k + w.length]) ? k + w.length : k
}

/** The scope before 由, without function words around it (将由… → none), if it is one. */
function scopeSpan(t: string, s: number, e: number): Span | undefined {
  ;[s, e] = trimSpan(t, s, e)
  for (;;) {
    const w = grammar.scopeTrim.matchEndingAt(t, e, s)
    if (!w) break
    e -= w.length
  }
  for (;;) {
    const w = grammar.scopeTrim.matchAt(t, s, e) ?? grammar.leadIn.matchAt(t, s, e)
    if (!w) break
    s += w.length
  }
  ;[s, e] = trimSpan(t, s, e)
  return e - s >= 2 && e - s <= 30 ? { index: s, end: e } : undefined
}

/**
 * Drop a basis phrase (按照本规定, 根据认定规则) that ends a unit list right before its verb, and the
 * fillers before it: 市农业行政管理部门按照本规定负责… → 市农业行政管理部门.
 */
function trimBasis(t: string, s: number, e: number): number {
  for (let k = Math.max(s + 2, e - grammar.maxBasisInside - 2); k < e - 2; k++) {
    const open = grammar.basisOpeners.matchAt(t, k, e)
    if (!open) continue
    // a comma ends the phrase; 对 opens an object (…的约定对建设单位负责: accountability, not a duty)
    if (/[，,、对]/.test(t.slice(k, e))) return e
    return trimFillers(t, s, k)
  }
  return trimScope(t, s, e)
}

/**
 * Drop an adverbial of scope that ends a unit list right before its verb, and the fillers before it
 * (verbs.json `subjectBasis`, the form the next clause's 负责 takes after a comma): 镇人民政府、街道办事处在职责范围内负责… →
 * 镇人民政府、街道办事处.
 */
function trimScope(t: string, s: number, e: number): number {
  for (const f of grammar.subjectBasis) {
    if (!f.closes.some((c) => t.endsWith(c, e))) continue
    for (let k = Math.max(s + 2, e - grammar.maxBasisInside - 2); k < e - 2; k++) {
      if (!f.opens.matchAt(t, k, e) || f.notAfter.has(t[k - 1])) continue
      if (/[，,、对]/.test(t.slice(k, e))) return e
      return trimFillers(t, s, k)
    }
  }
  return e
}

export function readProse(ctx: Ctx, cs: number, ce: number, lastMain: RoleMatch | undefined, regionStart: number, carried?: () => UnitMatch[] | undefined): RoleMatch | undefined {
  const { t, br } = ctx
  ;[cs, ce] = trimSpan(t, cs, ce)
  if (ce <= cs) return undefined
  const p = skipLeadIn(t, cs, ce)

  // 并会同 X、Y …: participants of the lead read just before in the same sentence.
  const w = grammar.with.matchAt(t, p, ce)
  if (w && lastMain && (lastMain.role === 'lead' || !grammar.withNeedsLead)) {
    const units = withUnits(t, br, p + w.length, ce)
    if (units.length > 0) {
      ctx.roles.push(withRole(w, p, units, lastMain.scopeSpan))
    }
    return undefined
  }

  const framed = readFramed(ctx, p, ce) ?? readObjectFramed(ctx, p, ce, regionStart) ?? readResponsibleSubject(ctx, p, ce, regionStart)
  if (framed) return framed.role === 'lead' || framed.role === 'responsible' ? framed : undefined
  const found = findBy(t, br, p, ce)
  // a verb before 由 is the clause's own (湖北省人民政府负责组织建立由…参加的指挥系统)
  const early = found !== undefined ? findVerb(t, br, p, found) : undefined
  const by = early ? undefined : found
  const verb = early ?? findVerb(t, br, by === undefined ? p : by + 1, ce)
  if (!verb) return (regionStart >= 0 ? readParenTail(ctx, p, ce) : undefined) ?? readListHead(ctx, p, ce, carried)
  if (regionStart < 0 && grammar.parenOnlyVerbs.has(verb.verb)) return undefined
  const useBy = by !== undefined && by < verb.index
  if (useBy && inStandardForeword(t, by)) return undefined
  // (县人民政府授权县应急管理局负责…: the empowered body holds the duty)
  const unitsStart = useBy ? afterPronoun(t, by + 1, ce) : pastPivot(t, br, p, verb.index)
  // (国家监察委员会对全国人民代表大会负责: whom the units answer to, no work handed to them)
  if (answersTo(t, br, unitsStart, verb.index, verb.end, ce)) return undefined
  let unitsEnd = trimFillers(t, unitsStart, verb.index)
  // (州人大常委会办公室是负责…的工作机构: the body defined as the one in charge holds the duty)
  if (!useBy) unitsEnd = beforeCopula(t, br, unitsStart, unitsEnd, verb.end, ce)
  // a subject read together with the next clause (see subjectAlone) ends before the comma
  while (unitsEnd > unitsStart && t.charCodeAt(unitsEnd - 1) === COMMA) unitsEnd = trimFillers(t, unitsStart, unitsEnd - 1)
  // 会同 (and, after 由, 按照/根据 …) ends the main list.
  let withAt: { index: number; word: string } | undefined
  // (a stop word opening the list is part of the first name: 由联合采购办公室负责)
  let stop = (useBy ? grammar.stopInBy : grammar.with).find(t, useBy ? unitsStart + 1 : unitsStart, unitsEnd)
  // (…and one inside the name, after words that are no unit yet: 由市容环境综合整治联合执法工作组负责;
  // 由市公安局联合市城管局负责 keeps its stop, 市公安局 being a unit)
  if (stop && useBy && !strictUnits(t, br, unitsStart, trimFillers(t, unitsStart, stop.index)) && strictUnits(t, br, unitsStart, unitsEnd)) stop = undefined
  if (stop) {
    if (grammar.with.has(stop.word)) withAt = stop
    unitsEnd = trimFillers(t, unitsStart, stop.index)
  }
  unitsEnd = trimBasis(t, unitsStart, unitsEnd)
  if (unitsEnd <= unitsStart) return undefined

  let scope: Span | undefined
  let roleStart = useBy ? by : unitsStart
  let units = strictUnits(t, br, unitsStart, unitsEnd)
  // a bare organ that equals a suffix, alone at its clause's opening (海关负责…; grammar clauseOpeningOrgans)
  if (!units && !useBy && unitsStart === p && grammar.clauseOpeningOrgans.has(t.slice(unitsStart, unitsEnd)))
    units = [{ name: t.slice(unitsStart, unitsEnd), kind: 'organ', index: unitsStart, end: unitsEnd }]
  if (useBy) scope = scopeSpan(t, p, by!)
  else if (
    ctx.segmenter &&
    unitsStart !== regionStart &&
    !(units && (grammar.openings.matchAt(t, unitsStart, unitsEnd) || (unitsStart === p && grammar.fieldOpenings.matchAt(t, unitsStart, unitsEnd))))
  ) {
    // No clear left boundary (该项工作市教育局负责): a list whose first name does not open like a
    // unit, outside a parenthesis of its own; ask the segmenter where the unit starts.
    // (the first unit of a list joined by 和 / 及, not the whole piece: 教务处和学生处负责 — the
    // segmenter tags 和 a conjunction, which would govern the piece; not when the verb's clause
    // reaches 的 + a head, 基层人民武装部和普通高等学校负责征兵工作的机构选定…: a relative clause)
    const whole = rawPieces(t, unitsStart, unitsEnd, br)[0]
    const first = units?.[0] && whole && units[0].end < whole[1] && !headAfter(t, br, verb.end, ce) ? ([units[0].index, units[0].end] as const) : whole
    // (a list that names no unit gains one only from a start found inside its first piece: where
    // none can be, the segmenter is not asked — left-edge.ts mayStartInside)
    const edge = first && (units || mayStartInside(t, first[0], first[1], br)) ? leftBoundary(t, first[0], first[1], br, opensSentence(t, unitsStart)) : undefined
    const k = edge?.start
    const trimmed = k !== undefined ? strictUnits(t, br, k, unitsEnd) : undefined
    if (trimmed) {
      units = trimmed
      scope = { index: unitsStart, end: k! }
      roleStart = k!
    } else if (edge?.governed) units = undefined
  }
  // a list opening its clause inside a parenthesis, a name in it with no known ending (（市发改委、市财政局、中储粮株洲直属库负责）,
  // outside36): the parenthesis frames the list as units, as a label does
  if (!units && regionStart >= 0 && unitsStart === p && !useBy) units = mostlyUnits(ctx, unitsStart, unitsEnd, `before ${verb.verb}`)
  if (!units) return undefined

  const { label, end } = verbLabel(t, verb, ce)
  const role: RoleMatch = {
    role: verb.role,
    label,
    units,
    ...(scope ? { scope: '', scopeSpan: scope } : {}),
    index: roleStart,
    end,
    labelSpan: { index: verb.index, end },
    form: 'prose',
  }
  ctx.roles.push(role)
  if (withAt && (verb.role === 'lead' || !grammar.withNeedsLead)) {
    const wUnits = strictUnits(t, br, withAt.index + withAt.word.length, trimFillers(t, withAt.index, verb.index))
    if (wUnits) ctx.roles.push(withRole(withAt.word, withAt.index, wUnits, scope))
  }
  return role.role === 'lead' || role.role === 'responsible' ? role : undefined
}

/**
 * Does the sentence holding `k` open with a standard's own name and 由 (grammars/roles/verbs.json
 * `forewordSubjects`: 本指南由…组织编制，由X负责管理 — who manages the standard, no task)?
 */
function inStandardForeword(t: string, k: number): boolean {
  let s = k
  while (s > 0 && t[s - 1] !== '\n' && SENTENCE_END[t.charCodeAt(s - 1)] !== 1) s--
  while (s < k && spaceAt(t, s)) s++
  const subject = grammar.forewordSubjects.matchAt(t, s, k)
  return subject !== undefined && t[s + subject.length] === '由'
}

/**
 * A clause of an assignment parenthesis that is a unit list and a verb assigning only there
 * (grammars/roles/verbs.json `parenTailVerbs`): (…；广东省各地级以上市人民政府落实，…) → responsible.
 */
function readParenTail(ctx: Ctx, p: number, ce: number): RoleMatch | undefined {
  const { t, br } = ctx
  const verb = grammar.parenTailVerbs.matchEndingAt(t, ce, p + 2)
  if (!verb) return undefined
  const verbAt = ce - verb.length
  const units = strictUnits(t, br, p, trimFillers(t, p, verbAt))
  if (!units) return undefined
  const role: RoleMatch = { role: grammar.parenTailRole.get(verb)!, label: verb, units, index: p, end: ce, labelSpan: { index: verbAt, end: ce }, form: 'prose' }
  ctx.roles.push(role)
  return role
}

/**
 * Does the clause after a verb reach 的 + a head naming bodies (grammars/roles/verbs.json
 * relativeHeads: 部门, 机构 …) followed by a verb? Then the units before the verb open a noun phrase
 * the verb modifies, the subject of that later verb (…负责征兵工作的机构选定…); 负责活动的部门工作
 * (部门 + 工作, no verb after it) is the verb's own object.
 */
function headAfter(t: string, br: Brackets, from: number, e: number): boolean {
  for (let k = from; k < e; k++) {
    if (br.opensAt(k)) {
      k = br.partnerOf(k)
      continue
    }
    const head = t[k] === '的' ? grammar.relativeHeads.matchAt(t, k + 1, e) : undefined
    if (head && verbAt(t, k + 1 + head.length, e)) return true
  }
  return false
}

/**
 * Where the units end before a copula closing [s, e) (grammars/roles/verbs.json `definedInCharge`), when
 * the clause after the verb (from `from` to `ce`) closes with 的 + a head naming bodies, a bracketed note
 * after the head aside; else `e`.
 */
function beforeCopula(t: string, br: Brackets, s: number, e: number, from: number, ce: number): number {
  const c = grammar.definedCopulas.matchEndingAt(t, e, s + 2)
  if (!c) return e
  let end = ce
  while (end > from && !hanAt(t, end - 1) && t[end - 1] !== '）' && t[end - 1] !== ')') end--
  // (…的部门（以下简称监督部门）: a note after the head)
  if (end > from && br.partnerOf(end - 1) > from && br.partnerOf(end - 1) < end - 1) end = br.partnerOf(end - 1)
  const of = t.lastIndexOf('的', end - 1)
  if (of <= from || end - of - 1 > grammar.definedMaxHead) return e
  const tail = t.slice(of + 1, end)
  return grammar.relativeHeads.words.some((h) => tail.endsWith(h)) ? e - c.length : e
}

/** The units after 会同 at `at` (the lead's scope, if any, is theirs too), as a role. */
function withRole(word: string, at: number, units: UnitMatch[], scope: Span | undefined): RoleMatch {
  return {
    role: grammar.withRole,
    label: word,
    units,
    ...(scope ? { scope: '', scopeSpan: scope } : {}),
    index: at,
    end: units[units.length - 1].end,
    labelSpan: { index: at, end: at + word.length },
    form: 'prose',
  }
}

/**
 * A duty-list head at the end of a clause (see RoleMatch.listHead): X（应当）履行下列…职责：, or
 * X的主要职责是： / X之权责如左：. A head naming no unit of its own (…负责…，履行下列职责：,
 * X是…机构，其主要职责是：) takes the sentence's subject from `carried`, when the sentence has one.
 */
function readListHead(ctx: Ctx, s: number, e: number, carried?: () => UnitMatch[] | undefined): RoleMatch | undefined {
  const { t, br } = ctx
  if (t.charCodeAt(e) !== COLON) return undefined
  let labelAt: number
  let unitsEnd: number
  const head = grammar.dutyListHeads.matchEndingAt(t, e, s)
  if (head) {
    labelAt = e - head.length
    unitsEnd = labelAt
    for (let w = grammar.dutyListLinks.matchEndingAt(t, unitsEnd, s); w; w = grammar.dutyListLinks.matchEndingAt(t, unitsEnd, s)) unitsEnd -= w.length
  } else {
    if (!grammar.dutyListNouns.matchEndingAt(t, e, s)) return undefined
    const k = grammar.dutyListVerbs.find(t, s, e)
    if (!k) return undefined
    labelAt = k.index
    unitsEnd = trimFrame(t, s, trimFillers(t, s, k.index))
  }
  const pronoun = grammar.dutyListPronouns.matchAt(t, s, unitsEnd)
  const own = unitsEnd > s && !(pronoun && s + pronoun.length === unitsEnd)
  const subject = own ? strictUnits(t, br, s, unitsEnd) : carried?.()
  if (!subject) return undefined
  // a carried subject after 由 is an agent, not the sentence's subject; a name holding 的/作为 was not bounded
  if (!own && (grammar.by.matchEndingAt(t, subject[0].index, 0) || subject.some((u) => grammar.dutyListCarriedNotInName.some((w) => u.name.includes(w))))) return undefined
  const units = own ? subject : subject.map((u) => ({ ...u, ...(u.parts ? { parts: u.parts.map((x) => ({ ...x })) } : {}) }))
  const role: RoleMatch = {
    role: 'responsible',
    label: '',
    units,
    index: s,
    end: e,
    labelSpan: { index: labelAt, end: e },
    form: 'prose',
    listHead: true,
  }
  ctx.roles.push(role)
  return role
}

/**
 * [s, e) without a frame of scope closing it (市生态环境主管部门在水源地保护管理中 / 国家物价部门在价格管理方面 /
 * 国务院地质矿产主管部门对执行本办法): the frame's opener nearest its close, no comma or stop inside, and the fillers
 * before it. Unchanged when no frame closes the span.
 */
function trimFrame(t: string, s: number, e: number): number {
  for (const f of grammar.dutyListFrames) {
    const close = f.closes.matchEndingAt(t, e, s)
    if (!close) continue
    const inner = e - close.length
    const from = Math.max(s, inner - grammar.dutyListFrameMax - f.open.length)
    const at = t.lastIndexOf(f.open, inner - 1)
    if (at < from || at + f.open.length > inner) continue
    if (/[，,；;。：:\n]/.test(t.slice(at, inner))) continue
    return trimFillers(t, s, at)
  }
  return e
}

/** A unit list in a frame right before its verb (以X为主负责处理), pushed as a role. */
function readFramed(ctx: Ctx, s: number, e: number): RoleMatch | undefined {
  const { t, br } = ctx
  // (the closers are found once per range: an indexOf per clause would run to the range's end)
  ctx.frameCloses ??= grammar.byFrames.map((f) => {
    const at: number[] = []
    for (let q = t.indexOf(f.close); q !== -1; q = t.indexOf(f.close, q + 1)) at.push(q)
    return at
  })
  for (const [fi, f] of grammar.byFrames.entries()) {
    const closes = ctx.frameCloses[fi]
    for (let ci = firstAtOrAfter(closes, s); ci < closes.length && closes[ci] + f.close.length <= e; ci++) {
      const q = closes[ci]
      const j = q + f.close.length
      const v = findVerb(t, br, j, e)
      if (!v || v.index !== j) continue
      const k = t.lastIndexOf(f.open, q - 1)
      if (k < s || q - k - f.open.length > grammar.maxUnitLength * 2) continue
      const units = strictUnits(t, br, k + f.open.length, q)
      if (!units) continue
      const { label, end } = verbLabel(t, v, e)
      const role: RoleMatch = { role: v.role, label, units, index: k, end, labelSpan: { index: v.index, end }, form: 'prose' }
      ctx.roles.push(role)
      return role
    }
  }
  return undefined
}

/**
 * X对…负总责 / X对…负责监督 (grammars/roles/verbs.json `objectFrame`): the units opening the sentence
 * before 对 are responsible. A bare 对…负责 (accountability) is not read.
 */
function readObjectFramed(ctx: Ctx, s: number, e: number, regionStart: number): RoleMatch | undefined {
  const { t, br } = ctx
  const f = grammar.objectFrame
  if (!opensRegionOrSentence(t, s, regionStart)) return undefined
  const k = indexWithin(t, f.open, s + 2, Math.min(e, s + grammar.maxUnitLength + 1))
  if (k < 0) return undefined
  for (let q = k + 2; q < e && q - k <= f.maxInside; q++) {
    if (br.opensAt(q)) {
      q = br.partnerOf(q)
      continue
    }
    let w = f.verbs.matchAt(t, q, e)
    if (!w) {
      const a = f.actionVerbs.matchAt(t, q, e)
      // (对全国人民代表大会负责并报告工作: answering to a body, no action — accountable.ts)
      if (a && !bareAfter(t, q + a.length, e) && !notAVerb(t, q + a.length, e)) w = a
      // 对申报材料的真实性负责: the truth of what the units submit is theirs to answer for
      else if (a && bareAfter(t, q + a.length, e) && truthObjectBefore(t, q)) w = a
    }
    if (!w) continue
    const units = strictUnits(t, br, s, k)
    if (!units) return undefined
    const end = q + w.length
    const role: RoleMatch = { role: 'responsible', label: w, units, index: s, end, labelSpan: { index: q, end }, form: 'prose' }
    ctx.roles.push(role)
    return role
  }
  return undefined
}

/** Index of the first of the sorted `xs` at or after `k`. */
function firstAtOrAfter(xs: number[], k: number): number {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (xs[mid] < k) lo = mid + 1
    else hi = mid
  }
  return lo
}
