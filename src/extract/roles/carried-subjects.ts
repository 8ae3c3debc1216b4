/**
 * A sentence's subject carried to a later clause that opens with a role verb and names no unit
 * (市园林行政管理部门主管本市公园工作，负责…): finding the subject, and the role it takes.
 */
import { grammar } from './grammar.js'
import { leftBoundary } from './segment.js'
import { type Brackets, hanAt, trimSpan } from './text.js'
import type { RoleMatch, UnitMatch } from './types.js'
import type { Ctx } from './context.js'
import { indexWithin, skipLeadIn, trimFillers, opensRegionOrSentence } from './clause-edges.js'
import { holdsVerb, findVerb, notAVerb, verbLabel, type VerbHit } from './role-verbs.js'
import { endsWithUnit, levelJoinOpening, pastPivot, sharedListOpening, strictUnits, withUnits } from './unit-lists.js'
import { findBy } from './prose.js'
import type { Lexicon } from './lexicon.js'

/**
 * The units a sentence opens with, before a predicate that assigns nothing (X主管…, 由X综合管理,
 * X、Y根据有关规定): undefined when the clause does not open its sentence, names no unit first,
 * continues with 的 (X的…), or ends in another unit (…组成征兵办公室，负责…: that one is meant).
 */
export function sentenceSubject(ctx: Ctx, s: number, e: number, regionStart: number): UnitMatch[] | undefined {
  const { t, br } = ctx
  ;[s, e] = trimSpan(t, s, e)
  if (e <= s || !opensRegionOrSentence(t, s, regionStart)) return undefined
  // (…决定监视居住的，负责执行的…: a condition, whose units are not the sentence's subject)
  if (grammar.subjectConditionEnds.some((w) => t.endsWith(w, e))) return undefined
  let p = skipLeadIn(t, s, e)
  // (a unit name opens with a Han character: 1001. 各地区… is a marker the tree left in the text)
  if (!hanAt(t, p)) return undefined
  const framed = framedSubject(t, br, p, e) ?? basisSubject(t, br, p, e)
  if (framed) return framed
  const by = findBy(t, br, p, e)
  // (市人民政府授权市…办公室对…: the empowered body is the subject)
  if (by === undefined) p = pastPivot(t, br, p, e)
  // (省人民政府住房城乡建设、交通运输、水利等有关主管部门应当组织制定…，并负责…: a shared-suffix list is read whole)
  // (市、县（市、区）…指导机构统筹推进…，负责…: levels joined before one body are one collective)
  const units = (by === undefined ? (sharedListOpening(t, br, p, e) ?? levelJoinOpening(t, br, p, e)) : undefined) ?? withUnits(t, br, by === undefined ? p : by + 1, e)
  if (units.length === 0 || (by === undefined && units[0].index !== p)) return undefined
  const last = units[units.length - 1].end
  // no unit opening: the segmenter must read the first name as one noun phrase (推行贷款…分类办法 is not 推行…分类办 + 法)
  if (by === undefined && !grammar.openings.matchAt(t, p, e) && !grammar.fieldOpenings.matchAt(t, p, e)) {
    const edge = ctx.segmenter ? leftBoundary(t, p, units[0].end, br, true) : undefined
    if (!edge || edge.governed || edge.start !== undefined) return undefined
  }
  // (…党委工作部主任为…联络员，负责…: the unit's officer, a person, is the subject; 警察机关应成立绩效评估会，负责… /
  // 公务机关应置资通安全长，负责…: the body or post the clause sets up is)
  if (last >= e || grammar.subjectNotBefore.has(t[last]) || grammar.officers.matchAt(t, last, e) || endsWithUnit(t, br, last, e) || holdsVerb(t, last, e) || setsUp(t, last, e)) return undefined
  return units
}

/**
 * Does [s, e) set up, staff or designate a body or post that then carries the duty (…应置总经理一人，负责… /
 * …，配备统计人员，负责… / 司法院设审题评阅小组，负责…)? A set-up verb, then a clause closing with a post or body
 * head. Ask it only of text after the subject's name: 设 and 置 are also in names (建设行政主管部门).
 */
export function setsUp(t: string, s: number, e: number): boolean {
  ;[s, e] = trimSpan(t, s, e)
  // (设立 followed by 的 names a body set up before, 市人民政府设立的…机构: the name, not a set-up act; a designating verb so
  // followed still sets up who carries the duty, 乡镇人民政府确定的相关机构和工作人员，负责…)
  return grammar.subjectSetUpHeads.some((w) => t.endsWith(w, e)) && (holdsOutsideRelative(grammar.subjectNotHolding, t, s, e) || grammar.subjectSetUpVerbs.find(t, s, e) !== undefined)
}

/** Units before a frame that fills the rest of the clause (有关部门|在本级人民政府…的统一组织下). */
function framedSubject(t: string, br: Brackets, s: number, e: number): UnitMatch[] | undefined {
  for (const f of grammar.subjectFrames) {
    if (!t.endsWith(f.close, e)) continue
    const k = indexWithin(t, f.open, s + 2, Math.min(e - f.close.length, s + grammar.maxUnitLength + 1))
    if (k < 0) continue
    const units = strictUnits(t, br, s, k)
    if (units) return units
  }
  return undefined
}

/**
 * Units before an adverbial of scope or basis that closes the clause (区、县房屋行政管理部门|按照本条例的有关规定 /
 * 有关部门|在本级人民政府规定的职责范围内; grammars/roles/verbs.json `subjectBasis`): the first opener after a
 * strict unit list, an adverbial holding no role verb and no set-up verb.
 */
function basisSubject(t: string, br: Brackets, s: number, e: number): UnitMatch[] | undefined {
  const to = Math.min(e, s + grammar.maxUnitLength + 1)
  for (const f of grammar.subjectBasis) {
    if (!f.closes.some((c) => t.endsWith(c, e))) continue
    for (let k = s + 2; k < to; k++) {
      const open = f.opens.matchAt(t, k, e)
      if (!open || k + open.length >= e || f.notAfter.has(t[k - 1])) continue
      const units = strictUnits(t, br, s, k)
      if (!units) continue
      if (holdsVerb(t, k, e) || grammar.subjectNotHolding.find(t, k, e)) return undefined
      return units
    }
  }
  return undefined
}

/**
 * A later clause of a sentence that is a unit list and an adverbial of scope or basis only (X负责…，Y、Z和其他有关部门在
 * 职责范围内，分别负责…): the subject of the next clause when that opens with its role verb — a new subject, not the
 * sentence's first (polroles1 row 5). Not the first clause: sentenceSubject reads that one.
 */
export function midSentenceBasisSubject(ctx: Ctx, s: number, e: number): UnitMatch[] | undefined {
  const { t, br } = ctx
  ;[s, e] = trimSpan(t, s, e)
  const p = skipLeadIn(t, s, e)
  // (分别由X、Y依照有关规定，负责…: a 由 list is readProse's, its units open after 由)
  return e > p && hanAt(t, p) && findBy(t, br, p, e) === undefined ? basisSubject(t, br, p, e) : undefined
}

/** A clause opening with a role verb and no unit of its own, assigned to the sentence's subject (read by `subjectOf` only then). */
export function carriedRole(ctx: Ctx, s: number, e: number, subjectOf: () => UnitMatch[] | undefined): RoleMatch | undefined {
  const { t, br } = ctx
  ;[s, e] = trimSpan(t, s, e)
  const p = skipLeadIn(t, s, e)
  const v = findVerb(t, br, p, e)
  // (taking part is carried nowhere: 社区“两委”班子成员…，配合… names no participant; nor is a verb that assigns only
  // in an assignment parenthesis: 主任委員移交，主辦會計人員，應將… names a post, audit of roles round 2)
  if (!v || (v.role !== 'responsible' && v.role !== 'lead') || grammar.parenOnlyVerbs.has(v.verb)) return undefined
  // (…，依照本条例的规定负责…: one adverbial of basis or scope between, as basisJoined reads it after a list alone)
  const before = trimFillers(t, p, v.index)
  if (before !== p && !basisOnly(t, p, before) && !coordinatedVerb(ctx, p, before)) return undefined
  const subject = subjectOf()
  return subject ? carriedTo(t, v, e, subject) : undefined
}

/**
 * Is [s, e) a predicate of the subject's own joined to the role verb after it (完善工程建设标准体系并|负责监督实施; 统一规划并|
 * 负责组织…)? A coordinator closes it (verbs.json `carriedSubject.coordinators`), and it names no unit, no 由 list and no
 * role verb of its own, nor sets up a body that would be meant instead, and does not end in a unit's name.
 */
function coordinatedVerb(ctx: Ctx, s: number, e: number): boolean {
  const { t, br } = ctx
  const c = grammar.subjectCoordinators.matchEndingAt(t, e, s)
  if (!c) return false
  const k = trimFillers(t, s, e - c.length)
  // (…，要保學 校並應負責…: a name, here broken over a line, before the coordinator is a new subject, no predicate)
  return (
    k > s &&
    !/\s/.test(t.slice(s, k)) &&
    !endsWithUnit(t, br, s, k) &&
    withUnits(t, br, s, k).length === 0 &&
    findBy(t, br, s, k) === undefined &&
    findVerb(t, br, s, k) === undefined &&
    grammar.subjectNotHolding.find(t, s, k) === undefined &&
    !setsUp(t, s, k)
  )
}

/** The role a verb at `v` gives units carried from earlier in the sentence: copies of them, the verb's label. */
function carriedTo(t: string, v: VerbHit, e: number, units: UnitMatch[]): RoleMatch {
  const { label, end } = verbLabel(t, v, e)
  return {
    role: v.role,
    label,
    units: units.map((u) => ({ ...u, ...(u.parts ? { parts: u.parts.map((x) => ({ ...x })) } : {}) })),
    index: units[0].index,
    end,
    labelSpan: { index: v.index, end },
    form: 'prose',
  }
}

/**
 * A later clause of a duty sentence opening with a verb of taking part and no unit of its own: the body made
 * responsible at the sentence's opening takes part in that work too (城市管理部门负责停车场的使用管理工作，参与停车场规划和
 * 建设工作 / 乡镇人民政府负责做好…，协助县级人民政府交通运输主管部门做好…: outside38 07, 22 such sentences in the bulk).
 * Only after a duty read at the opening (`dutySubject`): carriedRole carries taking part nowhere else.
 */
export function carriedTakingPart(ctx: Ctx, s: number, e: number, dutySubject: UnitMatch[]): RoleMatch | undefined {
  const { t } = ctx
  ;[s, e] = trimSpan(t, s, e)
  const p = skipLeadIn(t, s, e)
  // (the verb opening the clause, whatever follows it: 协助县交通运输局做好… names the body helped, not a unit of the verb)
  const word = grammar.verbs.matchAt(t, p, e)
  if (!word || grammar.verb.get(word)?.role !== 'participant' || grammar.parenOnlyVerbs.has(word) || notAVerb(t, p + word.length, e)) return undefined
  return carriedTo(t, { index: p, end: p + word.length, verb: word, role: 'participant' }, e, dutySubject)
}

/**
 * Does [s, e) hold a verb setting up a body (禁毒委员会设立办公室), not one in a relative clause naming a body set up
 * before (市、区县人民政府设立的森林防火指挥机构: `设立的` is part of the name, grammars/units/suffixes.json forbiddenExcept)?
 * @example holdsSetUpAct('禁毒委员会设立办公室', 0, 10) // true
 * @example holdsSetUpAct('市人民政府设立的森林防火指挥机构', 0, 16) // false
 */
export function holdsSetUpAct(t: string, s: number, e: number): boolean {
  return holdsOutsideRelative(grammar.subjectNotHolding, t, s, e)
}

/** Does [s, e) hold a word of `words` that is no relative clause's verb (a `的` right after it: …设立的…, …指定的…)? */
function holdsOutsideRelative(words: Lexicon, t: string, s: number, e: number): boolean {
  for (let k = s; k < e; ) {
    const found = words.find(t, k, e)
    if (!found) return false
    const after = found.index + found.word.length
    if (t[after] !== '的') return true
    k = after
  }
  return false
}

/** A unit list alone in the sentence's first clause, to be carried (not one setting up another body: 禁毒委员会设立办公室). */
export function aloneSubject(ctx: Ctx, s: number, e: number, regionStart: number): UnitMatch[] | undefined {
  const { t, br } = ctx
  if (!subjectAlone(ctx, s, e, regionStart) || holdsSetUpAct(t, s, e)) return undefined
  const units = strictUnits(t, br, ...trimSpan(t, s, e))
  return units?.some((u) => readAcrossSetUp(t, br, u)) ? undefined : units
}

/** Modals between a body and the verb setting up another (本会得设…, 医疗机构应设…). */
const SET_UP_MODALS = '应得可须并另'

/**
 * Was a name read across a set-up verb (本会得设若干审查小组, 司法院设审题评阅小组): a unit before the verb
 * (and a modal), a post or body head closing the name? Then the clause sets up that body, which is not a unit.
 */
export function readAcrossSetUp(t: string, br: Brackets, u: UnitMatch): boolean {
  if (!grammar.subjectSetUpHeads.some((w) => t.endsWith(w, u.end))) return false
  for (let k = u.index + 2; k < u.end - 1; k++) {
    // (the longer word where both lists match: 设立 of 设立的, not 设 alone)
    const verbs = [grammar.subjectSetUpVerbs.matchAt(t, k, u.end), grammar.subjectNotHolding.matchAt(t, k, u.end)].filter((x) => x !== undefined)
    const w = verbs.sort((a, b) => b.length - a.length)[0]
    // (…部门指定的…机构 names the body designated: a relative clause, and the name holds)
    if (!w || t[k + w.length] === '的') continue
    let j = k
    while (j > u.index && SET_UP_MODALS.includes(t[j - 1])) j--
    if (strictUnits(t, br, u.index, j)) return true
  }
  return false
}

/** Is [s, e) a unit list and nothing else, opening its sentence or parenthesis? */
export function subjectAlone(ctx: Ctx, s: number, e: number, regionStart: number): boolean {
  const { t, br } = ctx
  ;[s, e] = trimSpan(t, s, e)
  if (e <= s || !opensRegionOrSentence(t, s, regionStart)) return false
  return strictUnits(t, br, s, e) !== undefined
}

/** Does [s, e) open with a role verb or a duty phrase, after fillers only (，按照…职责 / ，负责…)? */
export function verbOpens(t: string, br: Brackets, s: number, e: number): boolean {
  ;[s, e] = trimSpan(t, s, e)
  const v = findVerb(t, br, s, e)
  return v !== undefined && trimFillers(t, s, v.index) === s
}

/**
 * A unit list alone in its clause [a, b), the next clause [s, e) opening with one adverbial of basis or scope and
 * then the duty (县级以上人民政府农业、林业行政部门，依据各自的职责负责… / 专家委员会（以下简称…），按照本条例的规定负责…:
 * lawroles2 audit rows 28, 48): the list is responsible (or leads). Only a duty handed out: 依照法律规定各负其责，密切配合
 * names no participant. The units are the clause's strict list, as aloneSubject reads them (no word segmenter asked).
 */
export function basisJoined(ctx: Ctx, a: number, b: number, s: number, e: number, regionStart: number): RoleMatch | undefined {
  const { t, br } = ctx
  ;[s, e] = trimSpan(t, s, e)
  const p = skipLeadIn(t, s, e)
  const v = findVerb(t, br, p, e)
  if (!v || (v.role !== 'responsible' && v.role !== 'lead') || v.end > e || grammar.parenOnlyVerbs.has(v.verb)) return undefined
  const before = trimFillers(t, p, v.index)
  if (before === p || !basisOnly(t, p, before)) return undefined
  const units = aloneSubject(ctx, a, b, regionStart)
  if (!units) return undefined
  const { label, end } = verbLabel(t, v, e)
  return { role: v.role, label, units, index: units[0].index, end, labelSpan: { index: v.index, end }, form: 'prose' }
}

/**
 * Is [s, e) one adverbial of basis or scope and nothing else (依据各自的职责, 在各自职责范围内, 依照法律、法规的规定;
 * verbs.json `subjectBasis`)? A 、 inside joins the laws it cites; a comma, a semicolon or a colon ends it.
 */
function basisOnly(t: string, s: number, e: number): boolean {
  if (e - s > grammar.maxBasisInside + 2 || /[，；：]/.test(t.slice(s, e))) return false
  return grammar.subjectBasis.some((f) => f.opens.matchAt(t, s, e) !== undefined && f.closes.some((c) => t.endsWith(c, e)))
}
