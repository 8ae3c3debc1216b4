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
 */
import { canonicalUnit, type AliasTable } from './canonical.js'
import { grammar, type LabelEntry } from './grammar.js'
import { findFirstListedRules, splitFirstListed, type RulePhrase } from './rules.js'
import { findStandingRules } from './standing.js'
import { leftBoundary } from './segment.js'
import { codeSet, splitOutsideBrackets } from '../../text/brackets.js'
import { Brackets, foldPunctuation, hasTimeCue, isHan, isSpace, nextStop, SENTENCE_END, trimSpan } from './text.js'
import type { Jurisdiction, NonAssignment, RoleDiagnostic, RoleKind, RoleMatch, RoleRules, ScanResult, Span, UnitMatch } from './types.js'
import { CueSet } from '../../text/cues.js'
import { allUnits, classifyUnit, expandPiece, rawPieces, sharedSuffixUnits, splitUnitList, unitPrefix, type Piece } from './units.js'

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

interface Region {
  /** content range, at its own bracket depth */
  start: number
  end: number
  paren: boolean
}

interface Ctx {
  t: string
  br: Brackets
  roles: RoleMatch[]
  diagnostics: RoleDiagnostic[]
  emptyLabels: Set<number>
  segmenter: boolean
  /** Document-rule phrases, sorted: their words (为牵头单位) are not an assignment. */
  rulePhrases: RulePhrase[]
  /** Where each frame's closer (为主) occurs in `t`, found once per call (see readFramed). */
  frameCloses?: number[][]
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
  const from = clamp(options.from ?? 0, 0, text.length)
  const to = clamp(options.to ?? text.length, from, text.length)
  // Every role, rule phrase, non-assignment and diagnostic starts at a label, a role verb or a
  // first-listed-lead label: a range holding none of their first units (most clauses) has none.
  if (FOLD_SAFE && !mayHoldRole(text, from, to)) return { roles: [], rules: { ...(options.rules ?? {}) }, nonAssignments: [], diagnostics: [] }
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
  // First-listed-lead on labelled lines too (责任单位：A、B、C, as city 责任分解 lists print it),
  // when nothing in the range names a lead of its own.
  const ruled = (r: RoleMatch) => options.rules?.firstListedLead === true || rulePhrases.some((p) => p.index < r.index || ruleParenStart(ctx, r.end, p.end) <= r.end + 1)
  ctx.roles = ctx.roles.flatMap((r) => (r.form === 'labelled' && !parenRoles.has(r) && ruled(r) && !leadBeside(ctx, r) ? splitFirstListed(r) : [r]))
  // Standing assignments (以下均需X落实，不再列出): the caller hands them on to later tasks.
  for (const st of findStandingRules(t, 0, n)) {
    // (a label list the rule closes, `责任单位：A，各县市区，以下均需各县市区落实，不再逐一列出`: its words are no units)
    for (const r of ctx.roles) r.units = r.units.filter((u) => u.end <= st.index || u.index >= st.closer.end)
    ctx.roles = ctx.roles.filter((r) => r.units.length > 0)
    const units = strictUnits(t, br, st.units.index, st.units.end)
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

/** Every label, role verb, duty prefix, duty-list verb and first-listed-lead label, as one matcher. */
const ROLE_CUES = new CueSet(
  [grammar.labels, grammar.verbs, grammar.firstListedLabels, grammar.standingClosers, grammar.dutyPrefixes, grammar.dutyOpeners, grammar.dutyListVerbs, grammar.objectFrame.verbs].flatMap((lex) => [
    ...lex.words,
  ]),
)
/** Folding punctuation (( → （) makes or breaks no such word (none holds either form), so the raw range can be tested. */
const FOLD_SAFE = ROLE_CUES.words.every((w) => ![...('():,;' + foldPunctuation('():,;'))].some((c) => w.includes(c)))

/** Does the range hold a whole start word (not just its first unit: 负 is common, 负责 is a cue)? */
function mayHoldRole(text: string, from: number, to: number): boolean {
  return !roleGate.enabled || ROLE_CUES.has(text, from, to)
}

/** Turns the cue gate off, for tests that check it never changes what is read (like timeGate). @internal */
export const roleGate = { enabled: true }

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

/** Sentences of a region at its own depth: cut at 。；！？ and line ends, brackets are atoms. */
function sentences(t: string, br: Brackets, region: Region): Array<[number, number]> {
  return splitOutsideBrackets(t, br, region.start, region.end, SENTENCE_END)
}

const COLON = 0xff1a // ：
/** How far into the next clause a duty phrase looks for its action (…按照各自职责，共同做好). */
const MAX_DUTY_REACH = 12
const COMMA = 0xff0c // ，

interface LabelHit {
  index: number
  labelEnd: number
  listStart: number
  entry: LabelEntry
}

function readSentence(ctx: Ctx, s: number, e: number, region: Region, timeSpans: Span[]): void {
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
      while (j < e && isSpace(t[j])) j++
      if (t[j] === '：') {
        hits.push({ index: k, labelEnd: k + label.length, listStart: j + 1, entry: grammar.label.get(label)! })
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
  const unread: Array<[number, number]> = []
  const readSubject = (): UnitMatch[] | undefined => {
    if (firstClause) {
      subject = sentenceSubject(ctx, ...firstClause) ?? aloneSubject(ctx, ...firstClause)
      firstClause = undefined
      for (const [x, y] of unread) if (subject && endsWithUnit(t, br, ...trimSpan(t, x, y))) subject = undefined
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
    const made = readProse(ctx, a, b, lastMain, regionStart)
    if (made) lastMain = made
    // X负责…，…，牵头组织… (a 管理办法's duty sentence): the units responsible in the first clause, named
    // at its opening, also lead what a later clause opening with 牵头 hands them
    if (ci === 0 && made && made.role === 'responsible' && made.form === 'prose' && !made.scopeSpan && made.units[0]?.index === skipLeadIn(t, ...trimSpan(t, a, b))) dutySubject = made.units
    if (region.paren) listRun = joinListRun(ctx, before, a, b, listRun)
    // A subject alone in its clause, its verb opening the next (…等有关部门和城市管理综合执法组织，
    // 按照…确定的职责，对…实施监督管理 / 省军区…，负责…): read the two as one clause.
    const next = chunks[ci + 1]
    // (not a body set up in the clause: 委员会设立人工智能专门工作组，负责… names the body it sets up)
    if (ctx.roles.length === before && next && verbOpens(t, br, next[0], next[1]) && subjectAlone(ctx, a, b, regionStart) && !grammar.subjectNotHolding.find(t, a, b)) {
      const joined = readProse(ctx, a, next[1], lastMain, regionStart)
      if (joined) lastMain = joined
      if (ctx.roles.length > before) ci++
    }
    if (ctx.roles.length > before) continue
    if (dutySubject) {
      const carried = carriedRole(ctx, a, b, () => dutySubject)
      if (carried?.role === 'lead') ctx.roles.push(carried)
      // a clause naming another body last (…，会同财政厅…) ends the subject
      else if (endsWithUnit(t, br, ...trimSpan(t, a, b))) dutySubject = undefined
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
      else if (subject && endsWithUnit(t, br, ...trimSpan(t, a, b))) subject = undefined
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

/**
 * The units a sentence opens with, before a predicate that assigns nothing (X主管…, 由X综合管理,
 * X、Y根据有关规定): undefined when the clause does not open its sentence, names no unit first,
 * continues with 的 (X的…), or ends in another unit (…组成征兵办公室，负责…: that one is meant).
 */
function sentenceSubject(ctx: Ctx, s: number, e: number, regionStart: number): UnitMatch[] | undefined {
  const { t, br } = ctx
  ;[s, e] = trimSpan(t, s, e)
  if (e <= s || (s !== regionStart && !opensSentence(t, s))) return undefined
  const p = skipLeadIn(t, s, e)
  // (a unit name opens with a Han character: 1001. 各地区… is a marker the tree left in the text)
  if (!isHan(t[p])) return undefined
  const framed = framedSubject(t, br, p, e)
  if (framed) return framed
  const by = findBy(t, br, p, e)
  const units = withUnits(t, br, by === undefined ? p : by + 1, e)
  if (units.length === 0 || (by === undefined && units[0].index !== p)) return undefined
  const last = units[units.length - 1].end
  // no unit opening: the segmenter must read the first name as one noun phrase (推行贷款…分类办法 is not 推行…分类办 + 法)
  if (by === undefined && !grammar.openings.matchAt(t, p, e) && !grammar.fieldOpenings.matchAt(t, p, e)) {
    const edge = ctx.segmenter ? leftBoundary(t, p, units[0].end, br, true) : undefined
    if (!edge || edge.governed || edge.start !== undefined) return undefined
  }
  if (last >= e || grammar.subjectNotBefore.has(t[last]) || endsWithUnit(t, br, last, e) || holdsVerb(t, last, e)) return undefined
  return units
}

/** First index of `word` starting in [from, to), or -1 (bounded: indexOf would run to the end of the text). */
function indexWithin(t: string, word: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (t.startsWith(word, k)) return k
  return -1
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

/** Does [s, e) hold a role verb (X负责…的部门: the clause is about another body)? */
function holdsVerb(t: string, s: number, e: number): boolean {
  for (let k = nextStop(t, s, e, grammar.verbs); k < e; k = nextStop(t, k + 1, e, grammar.verbs)) if (grammar.verbs.matchAt(t, k, e)) return true
  return false
}

/** Does [s, e) end with a unit name (…组成征兵办公室)? */
function endsWithUnit(t: string, br: Brackets, s: number, e: number): boolean {
  for (let j = e - 2; j >= s && e - j <= grammar.maxUnitLength; j--) if (classifyUnit(t, j, e, br) !== undefined) return true
  return false
}

/** A clause opening with a role verb and no unit of its own, assigned to the sentence's subject (read by `subjectOf` only then). */
function carriedRole(ctx: Ctx, s: number, e: number, subjectOf: () => UnitMatch[] | undefined): RoleMatch | undefined {
  const { t, br } = ctx
  ;[s, e] = trimSpan(t, s, e)
  const p = skipLeadIn(t, s, e)
  const v = findVerb(t, br, p, e)
  // (taking part is carried nowhere: 社区“两委”班子成员…，配合… names no participant)
  if (!v || (v.role !== 'responsible' && v.role !== 'lead') || trimFillers(t, p, v.index) !== p) return undefined
  const subject = subjectOf()
  if (!subject) return undefined
  const { label, end } = verbLabel(t, v, e)
  return {
    role: v.role,
    label,
    units: subject.map((u) => ({ ...u, ...(u.parts ? { parts: u.parts.map((x) => ({ ...x })) } : {}) })),
    index: subject[0].index,
    end,
    labelSpan: { index: v.index, end },
    form: 'prose',
  }
}

/** A unit list alone in the sentence's first clause, to be carried (not one setting up another body: 禁毒委员会设立办公室). */
function aloneSubject(ctx: Ctx, s: number, e: number, regionStart: number): UnitMatch[] | undefined {
  const { t, br } = ctx
  if (!subjectAlone(ctx, s, e, regionStart) || grammar.subjectNotHolding.find(t, s, e)) return undefined
  return strictUnits(t, br, ...trimSpan(t, s, e))
}

/** Is [s, e) a unit list and nothing else, opening its sentence or parenthesis? */
function subjectAlone(ctx: Ctx, s: number, e: number, regionStart: number): boolean {
  const { t, br } = ctx
  ;[s, e] = trimSpan(t, s, e)
  if (e <= s || (s !== regionStart && !opensSentence(t, s))) return false
  return strictUnits(t, br, s, e) !== undefined
}

/** Does [s, e) open with a role verb or a duty phrase, after fillers only (，按照…职责 / ，负责…)? */
function verbOpens(t: string, br: Brackets, s: number, e: number): boolean {
  ;[s, e] = trimSpan(t, s, e)
  const v = findVerb(t, br, s, e)
  return v !== undefined && trimFillers(t, s, v.index) === s
}

/** Does [s, e) overlap a rule phrase? (binary search: phrases are sorted and disjoint) */
function overlapsRule(phrases: RulePhrase[], s: number, e: number): boolean {
  let lo = 0
  let hi = phrases.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (phrases[mid].end <= s) lo = mid + 1
    else hi = mid
  }
  return lo < phrases.length && phrases[lo].index < e
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

function looksLikeRole(t: string, br: Brackets, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    k = nextStop(t, k, e, grammar.verbs)
    if (k >= e) break
    if (br.opensAt(k)) k = br.partnerOf(k)
    else if (grammar.verbs.matchAt(t, k, e)) return true
  }
  return false
}

/**
 * Read the list after a label up to `limit`: pieces that are units are taken; the list stops at
 * the first piece that reads as prose or a date. Returns where the list ends.
 */
function readLabelled(ctx: Ctx, hit: LabelHit, limit: number): number {
  const { t, br } = ctx
  const persons = hit.entry.persons
  const units: UnitMatch[] = []
  let end = hit.listStart
  let role = hit.entry.role
  // 责任单位：A、B（列第一位为牵头或汇总单位，下同）: the rule's parenthesis ends the list; it is no part of B's name.
  limit = ruleParenStart(ctx, hit.listStart, limit)
  outer: for (const [a, b] of rawPieces(t, hit.listStart, limit, br)) {
    const pieces = expandPiece(t, a, b, br, persons)
    const unknown = pieces.filter((p) => !p.kind)
    if (unknown.length > 0 && unknown.some((p) => isProse(t, p.index, p.end))) {
      // 责任单位：A、B按职责分工负责: the list's last name carries a verb of the label's own role.
      const closing = closingVerb(ctx, a, b, hit.entry.role, persons)
      if (closing) {
        for (const p of closing) units.push(toUnit(t, p))
        end = closing[closing.length - 1].end
        break
      }
      // 责任单位：A、B分别牵头: the list closes with a lead verb, so every unit of it leads.
      const leading = hit.entry.role === 'responsible' ? closingVerb(ctx, a, b, 'lead', persons) : undefined
      if (leading) {
        for (const p of leading) units.push(toUnit(t, p))
        end = leading[leading.length - 1].end
        role = 'lead'
        break
      }
      // Keep the units before the first prose piece of this raw piece, then stop.
      for (const p of pieces) {
        if (!p.kind) break outer
        units.push(toUnit(t, p))
        end = p.end
      }
      break
    }
    for (const p of pieces) {
      if (!p.kind)
        ctx.diagnostics.push({
          severity: 'info',
          code: 'role-unit-unrecognized',
          message: `“${t.slice(p.index, p.end)}” after ${hit.entry.label} is taken as a unit but has no known unit ending`,
          index: p.index,
          end: p.end,
        })
      units.push(toUnit(t, { ...p, end: beforeRuleNote(ctx, p), kind: p.kind ?? (persons ? 'person' : grammar.collectiveStarts.matchAt(t, p.index, p.end) ? 'collective' : 'organ') }))
      end = p.end
    }
  }
  if (units.length === 0) {
    ctx.emptyLabels.add(hit.index)
    ctx.diagnostics.push({
      severity: 'warning',
      code: 'role-empty-list',
      message: `${hit.entry.label} is followed by no unit`,
      index: hit.index,
      end: hit.listStart,
    })
    return hit.listStart
  }
  ctx.roles.push({
    role,
    label: hit.entry.label,
    units,
    index: hit.index,
    end,
    labelSpan: { index: hit.index, end: hit.labelEnd },
    form: 'labelled',
  })
  return end
}

/**
 * A parenthesis holding only units and then the first-listed rule that governs them, with no verb
 * (`（省经信委、省发改委（省能源局）。列第一位者为牵头部门，下同）`): the units are the item's responsible
 * list, which the rule then splits into lead and responsible like any other.
 */
function ruledBareList(ctx: Ctx, region: Region): void {
  const rule = ctx.rulePhrases.find((p) => p.index > region.start && p.end <= region.end)
  if (!rule) return
  // the list ends at the sentence break right before the rule (。 or ；, or ， after a list)
  let e = rule.index
  while (e > region.start && /[\s\u3000]/.test(ctx.t[e - 1])) e--
  if (e <= region.start || !'。；，'.includes(ctx.t[e - 1])) return
  e--
  const units = strictUnits(ctx.t, ctx.br, region.start, e)
  if (!units) return
  ctx.roles.push({ role: 'responsible', label: '', units, index: region.start, end: e, labelSpan: { index: e, end: e }, form: 'prose' })
}

/**
 * Where a labelled list in [s, e) must end because a first-listed-lead rule stands in a parenthesis
 * glued to its last unit (`…、市卫生健康委（列第一位为牵头或汇总单位，下同）`): the parenthesis opens there.
 */
function ruleParenStart(ctx: Ctx, s: number, e: number): number {
  for (const p of ctx.rulePhrases) {
    if (p.index < s || p.index >= e) continue
    for (let o = p.index - 1; o >= s; o--) {
      if (ctx.t.charCodeAt(o) !== FULL_OPEN || !ctx.br.opensAt(o) || ctx.br.partnerOf(o) < p.end) continue
      // a list going on after the note (`县发改局（首位单位为牵头单位，下同）、县财政局`) keeps its units:
      // the note is cut from the first unit's name instead (beforeRuleNote)
      if (ctx.t.charCodeAt(ctx.br.partnerOf(o) + 1) === ENUM_COMMA) break
      return o
    }
  }
  return e
}
const FULL_OPEN = 0xff08 // （
const ENUM_COMMA = 0x3001 // 、

/** A lead of the same item next to `r`: in its sentence, or a 牵头单位： line right above or below it. */
function leadBeside(ctx: Ctx, r: RoleMatch): boolean {
  return ctx.roles.some((x) => {
    if (x.role !== 'lead' || x === r) return false
    const [a, b] = x.end <= r.index ? [x.end, r.index] : [r.end, x.index]
    if (b < a) return true
    const between = ctx.t.slice(a, b)
    return !/[。；]/.test(between) && (between.match(/\n/g)?.length ?? 0) <= 2
  })
}

/** A piece that cannot be a unit name: too long, a date, or holding a verb/function word. */
/**
 * The units of a labelled list's piece [a, b) that ends in a role verb of the label's own role
 * (省大数据中心按职责分工负责 after 责任单位：), or undefined.
 */
function closingVerb(ctx: Ctx, a: number, b: number, role: RoleKind, persons: boolean | undefined): Piece[] | undefined {
  const { t, br } = ctx
  const v = findVerb(t, br, a, b)
  if (!v || v.role !== role || trimSpan(t, v.end, b)[1] > trimSpan(t, v.end, b)[0]) return undefined
  const ue = trimFillers(t, a, v.index)
  if (ue <= a) return undefined
  const pieces = expandPiece(t, a, ue, br, persons)
  return pieces.length > 0 && pieces.every((p) => p.kind) ? pieces : undefined
}

function isProse(t: string, s: number, e: number): boolean {
  if (e - s > grammar.maxUnitLength) return true
  if (hasTimeCue(t, s, e)) return true
  for (let k = nextStop(t, s, e, grammar.forbidden, grammar.verbs); k < e; k = nextStop(t, k + 1, e, grammar.forbidden, grammar.verbs))
    if (grammar.forbidden.matchAt(t, k, e) || grammar.verbs.matchAt(t, k, e)) return true
  return false
}

/**
 * Where a unit's name ends when a bracket after it states a document rule, not part of the name
 * (`县发改局（首位单位为牵头单位，下同）` → 县发改局).
 */
function beforeRuleNote(ctx: Ctx, p: Piece): number {
  const open = ctx.br.partnerOf(p.end - 1)
  if (open <= p.index || open >= p.end - 1) return p.end
  return ctx.rulePhrases.some((r) => r.index > open && r.end < p.end) ? open : p.end
}

function toUnit(t: string, p: Piece): UnitMatch {
  return { name: t.slice(p.index, p.end), kind: p.kind!, index: p.index, end: p.end, ...(p.parts ? { parts: p.parts } : {}) }
}

interface VerbHit {
  index: number
  end: number
  verb: string
  role: RoleKind
}

/** Does the word at `after` make the verb before it a noun (负责人, 牵头单位, 负责制 but not 牵头制定)? */
function notAVerb(t: string, after: number, e: number): boolean {
  if (grammar.verbNotBefore.matchAt(t, after, e) !== undefined && grammar.verbNotBeforeExcept.matchAt(t, after, e) === undefined) return true
  return pastEvent(t, after, e)
}

/** Does the action after the verb end in the past marker (牵头组织编制了《…》: an event reported, not a duty)? */
function pastEvent(t: string, after: number, e: number): boolean {
  for (let k = after + 1; k < e && k <= after + grammar.pastWithin; k++) {
    if (!isHan(t[k - 1])) return false
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
  const len = pre?.length ?? openDuty(t, k, e)
  if (!len) return undefined
  let j = k + len
  // 等部门按照各自职责，共同做好…: the action may follow in the next clause.
  if (j === e && t.charCodeAt(j) === COMMA) {
    j++
    e = j
    while (e < t.length && e - j < MAX_DUTY_REACH && t.charCodeAt(e) !== COMMA && SENTENCE_END[t.charCodeAt(e)] !== 1) e++
  }
  j += grammar.fillers.matchAt(t, j, e)?.length ?? 0
  const v = grammar.verbs.matchAt(t, j, e)
  if (v && !notAVerb(t, j + v.length, e)) return { index: k, end: j + v.length, verb: t.slice(k, j + v.length), role: grammar.verb.get(v)!.role }
  const join = grammar.dutyJoinActions.matchAt(t, j, e)
  if (join) return { index: k, end: j + join.length, verb: t.slice(k, j + join.length), role: 'participant' }
  const a = grammar.dutyActions.matchAt(t, j, e)
  if (a) return { index: k, end: j + a.length, verb: t.slice(k, j + a.length), role: 'responsible' }
  return undefined
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
function findVerb(t: string, br: Brackets, s: number, e: number): VerbHit | undefined {
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
    if (notAVerb(t, after, e) || attributive(t, br, after, e) || insideUnitName(t, br, s, e, k, after)) {
      k += v.length - 1
      continue
    }
    return { index: k, end: after, verb: v, role: grammar.verb.get(v)!.role }
  }
  return undefined
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
  while (a > s && k - a < max && !grammar.separators.has(t[a - 1])) a--
  let b = after
  while (b < e && b - after < max && !grammar.separators.has(t[b])) b++
  if (a > s && !grammar.separators.has(t[a - 1])) return false
  return unitPrefix(t, a, b, br, k) !== undefined
}

/** 由 opening a unit list (not 由于, 理由, 自由 …). */
function findBy(t: string, br: Brackets, s: number, e: number): number | undefined {
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

function skipLeadIn(t: string, s: number, e: number): number {
  for (;;) {
    while (s < e && isSpace(t[s])) s++
    const w = grammar.leadIn.matchAt(t, s, e)
    if (!w) return s
    s += w.length
  }
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
  return e
}

/** Drop fillers (分别, 共同 …) between a unit list and its verb. */
function trimFillers(t: string, s: number, e: number): number {
  for (;;) {
    while (e > s && isSpace(t[e - 1])) e--
    const f = grammar.fillers.matchEndingAt(t, e, s)
    if (!f) return e
    e -= f.length
  }
}

/** The label as printed: the verb, plus a short verb tail (负责落实、推进). */
function verbLabel(t: string, v: VerbHit, e: number): { label: string; end: number } {
  let end = v.end
  for (;;) {
    if (t[end] !== '、') break
    let k = end + 1
    while (k < e && k - end <= 4 && isHan(t[k]) && t[k] !== '、') k++
    if (k === end + 1 || (k < e && t[k] !== '、')) break
    end = k
  }
  return { label: t.slice(v.index, end), end }
}

/** Units of [s, e) when every piece is one (or the list shares one suffix: 市教育、公安等部门), else undefined. */
function strictUnits(t: string, br: Brackets, s: number, e: number): UnitMatch[] | undefined {
  const pieces = splitUnitList(t, s, e, br)
  // one field before 等 and a class (农业农村等主管部门) names the field's unit, not the class
  const one = pieces.length === 1 ? sharedSuffixUnits(t, s, e, br) : undefined
  if (one) return one.map((p) => toUnit(t, p))
  if (allUnits(pieces)) return pieces.map((p) => toUnit(t, p))
  return sharedSuffixUnits(t, s, e, br)?.map((p) => toUnit(t, p))
}

/**
 * Units after 会同: as many unit pieces as there are, the last one possibly running into the
 * verb of its clause (会同市公安局、市安全生产监督部门制定量化考核标准).
 */
function withUnits(t: string, br: Brackets, s: number, e: number): UnitMatch[] {
  const units: UnitMatch[] = []
  for (const [a, b] of rawPieces(t, s, e, br)) {
    const pieces = expandPiece(t, a, b, br)
    for (const p of pieces) {
      if (p.kind) {
        units.push(toUnit(t, p))
        continue
      }
      const pre = unitPrefix(t, p.index, p.end, br)
      if (pre) units.push(toUnit(t, pre))
      return units
    }
  }
  return units
}

function readProse(ctx: Ctx, cs: number, ce: number, lastMain: RoleMatch | undefined, regionStart: number): RoleMatch | undefined {
  const { t, br } = ctx
  ;[cs, ce] = trimSpan(t, cs, ce)
  if (ce <= cs) return undefined
  const p = skipLeadIn(t, cs, ce)

  // 并会同 X、Y …: participants of the lead read just before in the same sentence.
  const w = grammar.with.matchAt(t, p, ce)
  if (w && lastMain && (lastMain.role === 'lead' || !grammar.withNeedsLead)) {
    const units = withUnits(t, br, p + w.length, ce)
    if (units.length > 0) {
      ctx.roles.push({
        role: grammar.withRole,
        label: w,
        units,
        ...(lastMain.scopeSpan ? { scope: '', scopeSpan: lastMain.scopeSpan } : {}),
        index: p,
        end: units[units.length - 1].end,
        labelSpan: { index: p, end: p + w.length },
        form: 'prose',
      })
    }
    return undefined
  }

  const framed = readFramed(ctx, p, ce) ?? readObjectFramed(ctx, p, ce, regionStart)
  if (framed) return framed.role === 'lead' || framed.role === 'responsible' ? framed : undefined
  const found = findBy(t, br, p, ce)
  // a verb before 由 is the clause's own (湖北省人民政府负责组织建立由…参加的指挥系统)
  const early = found !== undefined ? findVerb(t, br, p, found) : undefined
  const by = early ? undefined : found
  const verb = early ?? findVerb(t, br, by === undefined ? p : by + 1, ce)
  if (!verb) return readListHead(ctx, p, ce)
  if (regionStart < 0 && grammar.parenOnlyVerbs.has(verb.verb)) return undefined
  const useBy = by !== undefined && by < verb.index
  const unitsStart = useBy ? afterPronoun(t, by + 1, ce) : p
  let unitsEnd = trimFillers(t, unitsStart, verb.index)
  // a subject read together with the next clause (see subjectAlone) ends before the comma
  while (unitsEnd > unitsStart && t.charCodeAt(unitsEnd - 1) === COMMA) unitsEnd = trimFillers(t, unitsStart, unitsEnd - 1)
  // 会同 (and, after 由, 按照/根据 …) ends the main list.
  let withAt: { index: number; word: string } | undefined
  // (a stop word opening the list is part of the first name: 由联合采购办公室负责)
  const stop = (useBy ? grammar.stopInBy : grammar.with).find(t, useBy ? unitsStart + 1 : unitsStart, unitsEnd)
  if (stop) {
    if (grammar.with.has(stop.word)) withAt = stop
    unitsEnd = trimFillers(t, unitsStart, stop.index)
  }
  unitsEnd = trimBasis(t, unitsStart, unitsEnd)
  if (unitsEnd <= unitsStart) return undefined

  let scope: Span | undefined
  let roleStart = useBy ? by : unitsStart
  let units = strictUnits(t, br, unitsStart, unitsEnd)
  if (useBy) scope = scopeSpan(t, p, by!)
  else if (
    ctx.segmenter &&
    unitsStart !== regionStart &&
    !(units && (grammar.openings.matchAt(t, unitsStart, unitsEnd) || (unitsStart === p && grammar.fieldOpenings.matchAt(t, unitsStart, unitsEnd))))
  ) {
    // No clear left boundary (该项工作市教育局负责): a list whose first name does not open like a
    // unit, outside a parenthesis of its own; ask the segmenter where the unit starts.
    const first = rawPieces(t, unitsStart, unitsEnd, br)[0]
    const edge = first ? leftBoundary(t, first[0], first[1], br, opensSentence(t, unitsStart)) : undefined
    const k = edge?.start
    const trimmed = k !== undefined ? strictUnits(t, br, k, unitsEnd) : undefined
    if (trimmed) {
      units = trimmed
      scope = { index: unitsStart, end: k! }
      roleStart = k!
    } else if (edge?.governed) units = undefined
  }
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
    if (wUnits)
      ctx.roles.push({
        role: grammar.withRole,
        label: withAt.word,
        units: wUnits,
        ...(scope ? { scope: '', scopeSpan: scope } : {}),
        index: withAt.index,
        end: wUnits[wUnits.length - 1].end,
        labelSpan: { index: withAt.index, end: withAt.index + withAt.word.length },
        form: 'prose',
      })
  }
  return role.role === 'lead' || role.role === 'responsible' ? role : undefined
}

/** X（应当）履行下列…职责： at the end of a clause: a duty-list head (see RoleMatch.listHead). */
function readListHead(ctx: Ctx, s: number, e: number): RoleMatch | undefined {
  const { t, br } = ctx
  if (t.charCodeAt(e) !== COLON || !grammar.dutyListNouns.matchEndingAt(t, e, s)) return undefined
  const k = grammar.dutyListVerbs.find(t, s, e)
  if (!k) return undefined
  const units = strictUnits(t, br, s, trimFillers(t, s, k.index))
  if (!units) return undefined
  const role: RoleMatch = {
    role: 'responsible',
    label: '',
    units,
    index: s,
    end: e,
    labelSpan: { index: k.index, end: e },
    form: 'prose',
    listHead: true,
  }
  ctx.roles.push(role)
  return role
}

/** Does the text at `k` (spaces skipped) open with a role verb (an item 负责民办非企业单位的…登记)? */
export function opensWithRoleVerb(text: string, k: number, end = text.length): boolean {
  while (k < end && isSpace(text[k])) k++
  const v = grammar.verbs.matchAt(text, k, end)
  return v !== undefined && !notAVerb(text, k + v.length, end)
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
  if (s !== regionStart && !opensSentence(t, s)) return undefined
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
      if (a && q + a.length < e && isHan(t[q + a.length]) && !notAVerb(t, q + a.length, e)) w = a
      // 对申报材料的真实性负责: the truth of what the units submit is theirs to answer for
      else if (a && (q + a.length >= e || !isHan(t[q + a.length])) && truthObjectBefore(t, q)) w = a
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

/** Does the object of 对 end right before `q` with a truth word (真实性, 真实性、准确性 …等)? */
function truthObjectBefore(t: string, q: number): boolean {
  const end = t[q - 1] === '等' ? q - 1 : q
  return grammar.objectFrame.truthObjects.matchEndingAt(t, end, Math.max(0, end - 4)) !== undefined
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

/** Every role-label occurrence outside all roles, with why it is not an assignment. */
function findNonAssignments(ctx: Ctx, rulePhrases: RulePhrase[]): NonAssignment[] {
  const { t } = ctx
  const spans = ctx.roles.map((r) => [r.index, r.end] as const).sort((a, b) => a[0] - b[0])
  const out: NonAssignment[] = []
  let si = 0
  let maxEnd = -1
  let ri = 0
  for (const { index: k, word: label } of grammar.labels.occurrences(t, 0, t.length)) {
    const end = k + label.length
    while (si < spans.length && spans[si][0] <= k) maxEnd = Math.max(maxEnd, spans[si++][1])
    const covered = maxEnd >= end
    if (!covered) {
      let reason: NonAssignment['reason']
      while (ri < rulePhrases.length && rulePhrases[ri].end < end) ri++
      if (ri < rulePhrases.length && rulePhrases[ri].index <= k && end <= rulePhrases[ri].end) reason = 'document-rule'
      else if (ctx.emptyLabels.has(k)) reason = 'empty-list'
      else {
        let j = end
        while (j < t.length && isSpace(t[j])) j++
        reason = t[j] === '：' ? 'not-a-unit-list' : 'no-colon'
      }
      out.push({ label, index: k, end, reason })
    }
  }
  return out
}

/** Does `k` open a sentence (text start, or after 。；！？ or a line end, spaces skipped)? */
function opensSentence(t: string, k: number): boolean {
  while (k > 0 && isSpace(t[k - 1]) && t[k - 1] !== '\n') k--
  return k === 0 || t[k - 1] === '\n' || SENTENCE_END[t.charCodeAt(k - 1)] === 1
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
