/**
 * One region cut into sentences, and one sentence read: its labelled lists first, then the rest as
 * prose clause by clause, with subjects carried to later clauses and lists run over commas.
 */
import { grammar } from './grammar.js'
import { codeSet, splitOutsideBrackets } from '../../text/brackets.js'
import { type Brackets, hasTimeCue, nextStop, SENTENCE_END, spaceAt, trimSpan } from './text.js'
import type { RoleMatch, Span, UnitMatch } from './types.js'
import type { Region, Ctx } from './context.js'
import { COLON, skipLeadIn } from './clause-edges.js'
import { holdsVerb, looksLikeRole } from './role-verbs.js'
import { endsWithUnit, strictUnits } from './unit-lists.js'
import { overlapsRule } from './document-rules.js'
import { type LabelHit, readLabelled } from './labelled-lists.js'
import { readProse } from './prose.js'
import documentRules from '../../../grammars/roles/document-rules.json' with { type: 'json' }
import {
  sentenceSubject,
  carriedRole,
  carriedTakingPart,
  aloneSubject,
  subjectAlone,
  verbOpens,
  setsUp,
  readAcrossSetUp,
  basisJoined,
  midSentenceBasisSubject,
  holdsSetUpAct,
} from './carried-subjects.js'

const GROUP_ROLES = new Set<string>(documentRules.inspectionGroups.roles)
const GROUP_LINE = new RegExp(`^第[一二三四五六七八九十百0-9]+(?:${documentRules.inspectionGroups.groupWords.join('|')})`)

/**
 * Does the label at `k` stand in a check schedule's group roster: its line, or the line above it,
 * opens with a group's ordinal (第一组 …)? grammars/roles/document-rules.json `inspectionGroups`.
 *
 * @example underGroupLine('第一组 张三 李四\n考核单位：甲市、乙市', 10) // → true
 */
export function underGroupLine(t: string, k: number): boolean {
  const start = t.lastIndexOf('\n', k - 1) + 1
  if (GROUP_LINE.test(t.slice(start, k))) return true
  if (start < 2) return false
  const above = t.lastIndexOf('\n', start - 2) + 1
  return GROUP_LINE.test(t.slice(above, start - 1).trimStart())
}

/** Sentences of a region at its own depth: cut at 。；！？ and line ends, brackets are atoms. */
export function sentences(t: string, br: Brackets, region: Region): Array<[number, number]> {
  return splitOutsideBrackets(t, br, region.start, region.end, SENTENCE_END)
}

export function readSentence(ctx: Ctx, s: number, e: number, region: Region, timeSpans: Span[]): void {
  const { t, br } = ctx
  const hits: LabelHit[] = []
  const colons: number[] = []
  for (let k = s; k < e; k++) {
    k = nextStop(t, k, e, grammar.labels, undefined, COLON)
    if (k >= e) break
    if (br.opensAt(k)) {
      k = br.partnerOf(k)
      continue
    }
    const label = grammar.labels.matchAt(t, k, e)
    if (label) {
      let j = k + label.length
      // (a second kind of body named beside the label's own: 责任部门、单位：)
      j += grammar.pairedNoun.exec(t.slice(j, Math.min(e, j + 5)))?.[0].length ?? 0
      while (j < e && spaceAt(t, j)) j++
      if (t[j] === '：') {
        const entry = grammar.label.get(label)!
        // 第一组 张三 李四 ⏎ 考核单位：甲市、乙市: the units the group visits, read as nothing
        if (GROUP_ROLES.has(entry.role) && underGroupLine(t, k)) {
          k = j
          continue
        }
        hits.push({ index: k, labelEnd: k + label.length, listStart: j + 1, entry })
        k = j
        continue
      }
      // 本计画执行机关为A、B：the text's own runners, named like a labelled list
      const entry = grammar.label.get(label)!
      if (!entry.persons && t.startsWith(grammar.ownLink.link, j) && ownsLabel(t, s, k)) {
        hits.push({ index: k, labelEnd: k + label.length, listStart: j + grammar.ownLink.link.length, entry, own: true })
        k = j
        continue
      }
      k += label.length - 1
      continue
    }
    if (t.charCodeAt(k) === COLON) colons.push(k)
  }

  // Residue: the parts of the sentence no labelled list covers, read as prose.
  const residue: Array<[number, number]> = []
  let cur = s
  let ci = 0
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]
    let limit = h + 1 < hits.length ? hits[h + 1].index : e
    while (ci < colons.length && colons[ci] <= hit.listStart) ci++
    if (ci < colons.length && colons[ci] < limit) limit = segmentStart(t, hit.listStart, colons[ci])
    if (hit.index > cur) residue.push([cur, hit.index])
    const listEnd = readLabelled(ctx, hit, limit)
    cur = Math.max(listEnd, hit.listStart)
  }
  if (e > cur) residue.push([cur, e])

  const chunks: Array<[number, number]> = []
  for (const [a, b] of residue) chunks.push(...clauses(t, br, a, b))
  let lastMain: RoleMatch | undefined
  // The units opening the sentence when its first clause assigns nothing (市园林行政管理部门主管本市
  // 公园工作，负责…): a later clause that opens with a role verb and names no unit takes them.
  let subject: UnitMatch[] | undefined
  // It is read only when a later clause takes it (carriedRole): few do, and it is the costliest
  // reading of a sentence. Until then: the first clause, and the clauses since that took nothing.
  let firstClause: [number, number, number] | undefined
  let dutySubject: UnitMatch[] | undefined
  let inCharge = false
  const unread: Array<[number, number]> = []
  const readSubject = (): UnitMatch[] | undefined => {
    if (firstClause) {
      subject = sentenceSubject(ctx, ...firstClause) ?? aloneSubject(ctx, ...firstClause)
      firstClause = undefined
      // (a clause between naming another body last, or setting up the post that carries the duty: …，配置警员若干人，负责…)
      for (const [x, y] of unread) if (subject && (endsWithUnit(t, br, ...trimSpan(t, x, y)) || setsUp(t, x, y))) subject = undefined
    }
    return subject
  }
  // Clauses of a parenthesis that are nothing but units (X、Y，Z配合: the list runs over commas).
  let listRun: UnitMatch[] = []
  for (let ci = 0; ci < chunks.length; ci++) {
    const [a, b] = chunks[ci]
    if (region.paren && hasTimeCue(t, a, b, br) && !looksLikeRole(t, br, a, b)) {
      const [x, y] = trimSpan(t, a, b)
      timeSpans.push({ index: x, end: y })
      continue
    }
    if (overlapsRule(ctx.rulePhrases, a, b)) continue
    const regionStart = region.paren ? trimSpan(t, region.start, region.end)[0] : -1
    const before = ctx.roles.length
    // (a duty-list head naming no unit, …，履行下列职责： / 其主要职责是：, takes the sentence's subject)
    const made = readProse(ctx, a, b, lastMain, regionStart, ci > 0 ? () => (dutySubject ? undefined : readSubject()) : undefined)
    if (made) lastMain = made
    // X负责…，…，牵头组织… (a 管理办法's duty sentence): the units responsible in the first clause, named
    // at its opening, also lead what a later clause opening with 牵头 hands them
    if (ci === 0 && made && made.role === 'responsible' && made.form === 'prose' && !made.scopeSpan && made.units[0]?.index === skipLeadIn(t, ...trimSpan(t, a, b))) {
      dutySubject = made.units
      // (the body in charge of a field, X主管本市…工作，…，负责…: every later duty is its own)
      inCharge = grammar.inChargeVerbs.some((v) => made.label.startsWith(v))
    }
    if (region.paren) listRun = joinListRun(ctx, before, a, b, listRun)
    // A subject alone in its clause, its verb opening the next (…等有关部门和城市管理综合执法组织，
    // 按照…确定的职责，对…实施监督管理 / 省军区…，负责…): read the two as one clause.
    const next = chunks[ci + 1]
    // (not a body set up in the clause: 委员会设立人工智能专门工作组，负责… names the body it sets up)
    if (ctx.roles.length === before && next && verbOpens(t, br, next[0], next[1]) && subjectAlone(ctx, a, b, regionStart) && !holdsSetUpAct(t, a, b) && !setsUpInName(ctx, a, b)) {
      const joined = readProse(ctx, a, next[1], lastMain, regionStart)
      if (joined) lastMain = joined
      if (ctx.roles.length > before) ci++
    }
    // (…，依据各自的职责负责…: a basis between the subject alone in its clause and the duty)
    const joinedOverBasis = ctx.roles.length === before && next ? basisJoined(ctx, a, b, next[0], next[1], regionStart) : undefined
    if (joinedOverBasis) {
      ctx.roles.push(joinedOverBasis)
      lastMain = joinedOverBasis
      ci++
      continue
    }
    // (a later clause reading a role of its own names a new subject: the opening duty's ends there)
    if (ctx.roles.length > before) {
      if (ci > 0) dutySubject = undefined
      continue
    }
    // (…，Y在职责范围内，负责…: a new subject with its adverbial, the duty in the next clause)
    const newSubject = ci > 0 && next && verbOpens(t, br, next[0], next[1]) ? midSentenceBasisSubject(ctx, a, b) : undefined
    const carriedOver = newSubject ? carriedRole(ctx, next![0], next![1], () => newSubject) : undefined
    if (carriedOver) {
      ctx.roles.push(carriedOver)
      lastMain = carriedOver
      dutySubject = undefined
      subject = newSubject
      firstClause = undefined
      ci++
      continue
    }
    if (dutySubject) {
      const carried = carriedRole(ctx, a, b, () => dutySubject) ?? carriedTakingPart(ctx, a, b, dutySubject)
      if (carried?.role === 'lead' || carried?.role === 'participant' || (carried && inCharge)) ctx.roles.push(carried)
      // a clause naming another body last (…，会同财政厅…), or a new subject with its basis (…，工商等有关行政管理部门按照各自的职责，协助…),
      // ends the subject
      else if (endsWithUnit(t, br, ...trimSpan(t, a, b)) || midSentenceBasisSubject(ctx, a, b)) dutySubject = undefined
      continue
    }
    // (a subject alone in its clause may be carried past a clause without a role verb: X和Y的…机构，制定实施办法，分别负责…)
    if (ci === 0) firstClause = [a, b, regionStart]
    else if (subject || firstClause) {
      const prev = ctx.roles[ctx.roles.length - 1]
      // (a duty phrase read into this clause already: 按照职责分工，负责…)
      if (prev && prev.end > a) continue
      if (grammar.definitionOpeners.matchAt(t, skipLeadIn(t, a, b), b)) {
        subject = undefined
        firstClause = undefined
        continue
      }
      const carried = carriedRole(ctx, a, b, readSubject)
      if (carried) ctx.roles.push(carried)
      else if (firstClause) unread.push([a, b])
      // a clause naming another body last (…，组建…专家委员会，负责…) ends the subject
      else if (subject && (endsWithUnit(t, br, ...trimSpan(t, a, b)) || setsUp(t, a, b))) subject = undefined
    }
  }
}

/**
 * Inside a parenthesis, a list split by commas before its verb (省工信委、国土资源厅，国家开发银行
 * 云南省分行，各州、市人民政府配合): units-only clauses wait in `run`; the first role read from a
 * clause that opens with its own list takes them. Returns the run to carry to the next clause.
 */
function joinListRun(ctx: Ctx, before: number, a: number, b: number, run: UnitMatch[]): UnitMatch[] {
  const { t, br } = ctx
  const [x, y] = trimSpan(t, a, b)
  if (ctx.roles.length > before) {
    const first = ctx.roles[before]
    if (run.length > 0 && first.index === x && !first.scopeSpan && first.form === 'prose') {
      first.units = [...run, ...first.units]
      first.index = run[0].index
    }
    return []
  }
  const units = y > x && !holdsVerb(t, x, y) ? strictUnits(t, br, x, y) : undefined
  return units ? [...run, ...units] : []
}

/** Start of the clause holding position `k` (after the last ，； before it, not before `from`). */
function segmentStart(t: string, from: number, k: number): number {
  for (let i = k - 1; i >= from; i--) if (t[i] === '，' || t[i] === '；') return i
  return from
}

/** Clauses of [s, e) at its own depth, cut at ，；：. */
const CLAUSE_CUT = codeSet('，；：')
function clauses(t: string, br: Brackets, s: number, e: number): Array<[number, number]> {
  return splitOutsideBrackets(t, br, s, e, CLAUSE_CUT)
}

/** Is the label at `k` the text's own (`本计画执行机关`, `本办法之执行机关`): `本` + a genre word, optionally + `之`, right before it? */
function ownsLabel(t: string, s: number, k: number): boolean {
  const { owners, of } = grammar.ownLink
  const at = t.endsWith(of, k) ? k - of.length : k
  return owners.some((o) => at - o.length >= s && t.endsWith(o, at))
}

/** Does a unit of the list [a, b) run across a set-up verb (司法院设审题评阅小组)? Then it is no subject to join. */
function setsUpInName(ctx: Ctx, a: number, b: number): boolean {
  const units = strictUnits(ctx.t, ctx.br, ...trimSpan(ctx.t, a, b))
  return units?.some((u) => readAcrossSetUp(ctx.t, ctx.br, u)) ?? false
}
