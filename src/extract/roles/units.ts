/**
 * Unit lists: where one unit ends and the next begins, and what kind of unit a name is.
 * Everything here works on offsets in a folded text (see text.ts) and never slices long ranges,
 * so hostile input (100k 、 or 和) stays linear.
 */
import { indexWithin } from './clause-edges.js'
import { forbiddenAt, grammar } from './grammar.js'
import { Brackets, hanAt, spaceAt, trimSpan } from './text.js'
import { codeSet, splitOutsideBrackets } from '../../text/brackets.js'
import type { UnitKind } from './types.js'

/** A candidate unit: offsets, and its kind when it reads as a unit. */
export interface Piece {
  index: number
  end: number
  kind?: UnitKind
  /** Printed pieces of a name completed from a shared list (see sharedSuffixUnits). */
  parts?: Array<{ index: number; end: number }>
}

/** Longest piece worth trying to split or classify; longer ones are prose. */
const MAX_PIECE = 80

/** Does a hired party's opening (第三方) end right before `s`, or hold `s` (三方… inside 第三方…)? */
function hiredBefore(text: string, s: number): boolean {
  for (let at = s - 1; at >= 0 && at >= s - HIRED_MAX; at--) {
    // (most candidates: no hired word's first character in the few before them)
    if (!HIRED_FIRST.has(text.charCodeAt(at))) continue
    const word = grammar.hiredStarts.matchAt(text, at, at + HIRED_MAX)
    if (word && at + word.length >= s) return true
  }
  return false
}
const HIRED_MAX = Math.max(...grammar.hiredStarts.words.map((w) => w.length))
const HIRED_FIRST = new Set(grammar.hiredStarts.words.map((w) => w.charCodeAt(0)))

/**
 * Classify [s, e) as a unit name, or undefined when it does not read as one.
 * - a trailing bracket is an annotation of the name before it (区委组织部〈区编办〉 → 区委组织部);
 * - names holding a forbidden word (要, 的, 制定 …) are prose;
 * - `notOrgan` endings (社会, 干部, 申报单位) lose against a longer organ suffix (代表大会 beats 大会);
 * - 各/其他/有关 … openings and an inner 各 (市直各部门) make a collective;
 * - in `persons` mode, 2–4 Han characters (or a masked ***) are a person.
 *
 * @example classifyUnit('市人力资源和社会保障局', 0, 11) // 'organ'
 */
export function classifyUnit(text: string, s: number, e: number, br?: Brackets, persons = false): UnitKind | undefined {
  // (trimmed in place, not through trimSpan's pair: classifyUnit is asked of every candidate start of a
  // list's last piece, and the pair was one of the largest allocations of the role reader)
  while (s < e && spaceAt(text, s)) s++
  while (e > s && spaceAt(text, e - 1)) e--
  br ??= new Brackets(text, s, e)
  // (a short-name note closing the name is no part of its length: toUnit cuts it)
  const named = beforeNameNote(text, s, e)
  const len = named - s
  if (len < 1 || len > grammar.maxUnitLength) return undefined
  if (br.opensAt(s)) return undefined
  // 以下机构, 下列部门: a pointer to bodies named elsewhere, not a body
  if (grammar.pointerStarts.matchAt(text, s, e)) return undefined
  // 第三方咨询机构: whoever is hired, no body of its own — nor is the rest of its name (三方咨询机构, 咨询机构)
  if (grammar.hiredStarts.matchAt(text, s, e) || hiredBefore(text, s)) return undefined
  if (!persons && indexWithin(text, '、', s, e) >= 0) {
    if (isLevelJoin(text, s, e, br)) return 'collective'
    // 市人民政府指定的区、县人民政府, 遗址所在地的区、县人民政府: an owner and 的 before the levels
    const o = levelsAfterOwner(text, s, e)
    if (o > 0 && isLevelJoin(text, o, e, br)) return 'collective'
  }
  // A unit named by the role it holds (…工作专班牵头单位, 市综治委成员单位) is a collective.
  const held = persons ? undefined : grammar.heldRoles.matchEndingAt(text, e, s + 2)
  // …or by the field its role is held in (绩效责任单位: the bodies accountable for performance).
  if (held && (grammar.heldRoleFields.has(text.slice(s, e - held.length)) || classifyUnit(text, s, e - held.length, br) !== undefined)) return 'collective'
  let core = e
  const p = br.partnerOf(e - 1)
  if (p > s && p < e - 1) core = p
  else if (p === s) return undefined
  if (!persons && isDutyNamed(text, s, core, br)) return 'collective'
  for (let i = s; i < e; i++) {
    if (br.opensAt(i)) {
      i = br.partnerOf(i)
      continue
    }
    if (forbiddenAt(text, i, e) && !(text[i] === '的' && !persons && ownedBy(text, s, i, named, br))) return undefined
    if (!hanAt(text, i) && !isNameSymbol(text[i])) return undefined
  }
  if (persons && isPersonName(text, s, core)) return 'person'
  if (!persons && isPassive(text, s, e, br)) return undefined
  if (core - s < 2) return undefined
  if (core - s <= 4 && grammar.standalone.has(text.slice(s, core))) return 'collective'
  if (core - s <= 4 && grammar.bareNotUnit.has(text.slice(s, core))) return undefined

  const organ = grammar.organSuffixes.matchEndingAt(text, core, s + 1)
  const coll = grammar.collectiveSuffixes.matchEndingAt(text, core, s + 1)
  const not = grammar.notOrgan.matchEndingAt(text, core, s)
  const best = (organ?.length ?? 0) >= (coll?.length ?? 0) ? organ : coll
  const start = grammar.collectiveStarts.matchAt(text, s, core)
  if (start) {
    // 各区, 各新区, 各省级 carry no suffix (a known tail); others must end like a unit.
    const tail = core - s - start.length
    if (tail < 1) return undefined
    if (best && !(not && not.length > best.length && not.length >= tail)) return 'collective'
    // 各电信运营企业: an ending that names a class only after the opening (grammar startedSuffixes)
    const started = grammar.startedSuffixes.matchEndingAt(text, core, s + start.length + 1)
    if (!best && !not && started && !grammar.startedNotAfter.has(text[s + start.length])) return 'collective'
    return !best && !not && grammar.collectiveTails.has(text.slice(s + start.length, core)) ? 'collective' : undefined
  }
  if (not && (!best || not.length >= best.length)) return undefined

  if (!best) return undefined
  for (let i = s + 1; i < core - best.length; i++) if (text[i] === '各') return 'collective'
  return best === coll ? 'collective' : 'organ'
}

/**
 * The list connector at `k` (grammars/units/connectors.json `between`), or the shorter one inside it when
 * its last character opens the next word (及其他有关部门: 及).
 */
export function connectorAt(text: string, k: number, e: number): string | undefined {
  const w = grammar.between.matchAt(text, k, e)
  if (w && grammar.betweenNotBefore[w]?.includes(text[k + w.length])) return grammar.between.matchAt(text, k, k + w.length - 1)
  return w
}

/**
 * Where a unit's name ends before a short-name note closing it (区交通行政管理部门（以下简称区交通部门）:
 * grammars/units/connectors.json `nameNotes`), else `e`. The note holds no bracket of its own.
 */
export function beforeNameNote(text: string, s: number, e: number): number {
  if (text[e - 1] !== '）' && text[e - 1] !== ')') return e
  const open = Math.max(text.lastIndexOf('（', e - 2), text.lastIndexOf('(', e - 2))
  if (open <= s || /[)）]/.test(text.slice(open + 1, e - 1))) return e
  return grammar.nameNotes.some((w) => text.startsWith(w, open + 1)) ? open : e
}

/** The longest head a body named by its duty ends in. */
const DUTY_HEAD_MAX = Math.max(...[...grammar.dutyNamedHeads].map((h) => h.length))

/**
 * A body named by its duty (grammars/units/suffixes.json `dutyNamed`): [levels or a unit] 负责 + duty +
 * 的 + head, as 区负责出版管理的部门 or 县级以上人民政府负责残疾人工作的机构.
 */
function isDutyNamed(text: string, s: number, e: number, br: Brackets): boolean {
  // (classifyUnit is asked this of every candidate: look for 的 only where a head can follow it)
  let at = e - 2
  while (at >= s && at >= e - 1 - DUTY_HEAD_MAX && text[at] !== '的') at--
  if (at < s || text[at] !== '的' || !grammar.dutyNamedHeads.has(text.slice(at + 1, e))) return false
  // (the last verb names the duty, unless it is the duty's own word: 区负责出版管理的部门's 管理)
  for (let v = at - 1; v >= s; v--) {
    const verb = grammar.dutyNamedVerbs.matchAt(text, v, at)
    if (verb && dutyAfter(text, s, v, v + verb.length, at, br)) return true
  }
  return false
}

/** Is [duty, at) a duty after the verb at `v` (short, unpunctuated), and [s, v) nothing, levels or a unit? */
function dutyAfter(text: string, s: number, v: number, duty: number, at: number, br: Brackets): boolean {
  if (at - duty < 2 || at - duty > grammar.dutyNamedMaxDuty || /[，。；：、（）()\s的]/.test(text.slice(duty, at))) return false
  for (let k = duty; k < at; k++) if (forbiddenAt(text, k, at)) return false
  return v === s || grammar.dutyNamedLevelEnds.matchEndingAt(text, v, s) !== undefined || classifyUnit(text, s, v, br) !== undefined || levelsOnly(text, s, v, br)
}

/** Is [s, e) levels only, joined by 、 (区, 市、县（市、区）)? */
function levelsOnly(text: string, s: number, e: number, br: Brackets): boolean {
  const last = lastPieceAfterLevels(text, s, e, br)
  return last >= 0 && levelOnly(text, last, e, br, last === s)
}

/**
 * Where the last piece of [s, e) split at 、 (outside brackets) starts, when every piece before it is a
 * level alone (市、县（市、区）…: the start of `县（市、区）…`); `s` when there is no 、; -1 when a piece
 * before the last is no level.
 */
function lastPieceAfterLevels(text: string, s: number, e: number, br: Brackets): number {
  let a = s
  for (let k = s; k < e; k++) {
    if (br.opensAt(k)) {
      k = br.partnerOf(k)
      continue
    }
    if (text[k] !== '、') continue
    if (!levelOnly(text, a, k, br, a === s)) return -1
    a = k + 1
  }
  return a
}

/**
 * Is 的 at `i` inside a name: a short qualifier before it, and after it a unit of its own
 * (国务院确定的机构, 举办活动的人民政府, 县、自治县、市、市辖区的人民武装部)? One 的 per name.
 */
function ownedBy(text: string, s: number, i: number, e: number, br: Brackets): boolean {
  if (i - s < 2 || text.indexOf('的', s) !== i) return false
  // (a range of levels opening the owner is not counted: 县级以上人民政府劳动行政主管部门的…机构)
  const owner = s + (grammar.ownerLevelRanges.matchAt(text, s, i)?.length ?? 0)
  if (i - owner > grammar.maxOwnerLength && !bodyActingBefore(text, s, i, br)) return false
  if (grammar.collectiveStarts.matchAt(text, i + 1, e)) return false
  return grammar.modifiedHeads.has(text.slice(i + 1, e)) || classifyUnit(text, i + 1, e, br) !== undefined
}

/**
 * A longer owner is a unit and the verb of an allowed relative clause (县级以上人民政府国土资源主管部门指定的单位:
 * grammars/units/suffixes.json `forbiddenExcept` words ending in 的, as 指定的, 设立的), the 的 at `i`.
 */
function bodyActingBefore(text: string, s: number, i: number, br: Brackets): boolean {
  const verb = grammar.forbiddenExcept.matchEndingAt(text, i + 1, s + 1)
  return verb?.endsWith('的') === true && classifyUnit(text, s, i + 1 - verb.length, br) !== undefined
}

/**
 * A body acting for another, `X受Y委托` / `X受Y领导`: 受 between two units is a verb, so [s, e) is no name
 * (市档案馆受市档案局委托，负责… had given the unit 市档案馆受市档案局委, its 委 read as a committee's ending).
 * 受 opening a name (受委托检测机构) or after a word that is no unit (接受单位, 遗体接受单位) stays in it.
 */
function isPassive(text: string, s: number, e: number, br: Brackets): boolean {
  const i = indexWithin(text, grammar.passiveMark, s + 2, e - 2)
  if (i < 0) return false
  return classifyUnit(text, s, i, br) !== undefined && classifyUnit(text, i + 1, e, br) !== undefined
}

/** Characters allowed in a name besides Han: brackets and quotes are atoms, these are literal. */
function isNameSymbol(c: string): boolean {
  return c === '*' || c === '·' || c === '•' || c === '×' || c === '＊' || c === '-' || c === '—' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
}

function isPersonName(text: string, s: number, e: number): boolean {
  const len = e - s
  if (len < 2 || len > 8) return false
  let han = 0
  for (let i = s; i < e; i++) {
    if (hanAt(text, i)) han++
    else if (text[i] !== '*' && text[i] !== '＊' && text[i] !== '·' && text[i] !== '×') return false
  }
  return han <= 4 || text.includes('·', s)
}

const SEPARATORS = codeSet(grammar.separators)

/**
 * Split [s, e) at the always-separators (、，；) outside brackets. Spaces around pieces are
 * trimmed; empty pieces are skipped.
 */
export function rawPieces(text: string, s: number, e: number, br: Brackets): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (const [a, b] of splitOutsideBrackets(text, br, s, e, SEPARATORS)) push(out, text, a, b)
  // 各区、市政府, 各省、自治区、直辖市人民政府: levels sharing one name are one piece.
  for (let i = 0; i + 1 < out.length; i++) {
    // (…军分区（警备区）和县、自治县…人民武装部: a unit and a connector may come before the first level)
    const first = levelOnly(text, out[i][0], out[i][1], br, true)
    const head = first ? undefined : levelAfterUnit(text, out[i][0], out[i][1], br)
    // (市人民政府指定的区、县人民政府: an owner and 的 before the first level stay in the joined name)
    const owned = first || head ? -1 : levelsAfterOwner(text, out[i][0], out[i][1])
    if (!first && !head && !(owned > 0 && levelOnly(text, owned, out[i][1], br, true))) continue
    const start = head ? head.start : owned > 0 ? owned : out[i][0]
    for (let j = Math.min(out.length - 1, i + 6); j > i; j--) {
      const end = levelJoinEnd(text, start, out[j][0], out[j][1], br)
      if (!end) continue
      const joined: Array<[number, number]> = [[owned > 0 ? out[i][0] : start, end.end]]
      if (head) joined.unshift([out[i][0], head.unitEnd])
      // (…直辖市及计划单列市劳动行政部门和国务院有关部门的劳动工资机构: the join ends at a connector)
      if (end.rest < out[j][1]) joined.push([end.rest, out[j][1]])
      out.splice(i, j - i + 1, ...joined)
      break
    }
  }
  return out
}

/**
 * Where the levels start in [s, e) after an owner and 的 (市人民政府指定的区、县…, 遗址所在地的区、县…): the
 * owner is 2 to `maxOwnerLength` Han characters without a forbidden word (指定的, 设立的 are allowed:
 * `forbiddenExcept`). -1 when [s, e) does not open so.
 */
function levelsAfterOwner(text: string, s: number, e: number): number {
  const i = text.indexOf('的', s)
  if (i < 0 || i + 1 >= e || i - s < 2 || i - s > grammar.maxOwnerLength) return -1
  for (let k = s; k < i; k++) if (!hanAt(text, k) || forbiddenAt(text, k, i + 1)) return -1
  return i + 1
}

/** [a, b) as a unit, a connector, then a level alone (军分区（警备区）和县): where the unit ends and the level starts. */
function levelAfterUnit(text: string, a: number, b: number, br: Brackets): { unitEnd: number; start: number } | undefined {
  for (let k = a + 1; k < b && k - a <= grammar.maxUnitLength; k++) {
    if (br.opensAt(k)) {
      k = br.partnerOf(k)
      continue
    }
    const conn = connectorAt(text, k, b)
    if (conn && levelOnly(text, k + conn.length, b, br, true) && classifyUnit(text, a, k, br) !== undefined) return { unitEnd: k, start: k + conn.length }
  }
  return undefined
}

/**
 * Where a level join from `s` ends in the piece [a, b): at b, or else at the last connector of the
 * piece that leaves a join before it (then `rest` is where the next unit starts). Undefined: no join.
 */
function levelJoinEnd(text: string, s: number, a: number, b: number, br: Brackets): { end: number; rest: number } | undefined {
  if (isLevelJoin(text, s, b, br)) return { end: b, rest: b }
  for (let k = Math.min(b, s + grammar.maxUnitLength) - 1; k > a; k--) {
    const p = br.partnerOf(k)
    if (p >= 0 && p < k) {
      k = p
      continue
    }
    const conn = connectorAt(text, k, b)
    if (conn && k + conn.length < b && isLevelJoin(text, s, k, br)) return { end: k, rest: k + conn.length }
  }
  return undefined
}

/** Is [a, c) a level alone (区, 自治区, 区县（自治县）), after a collective opening when `first` (各省)? */
export function levelOnly(text: string, a: number, c: number, br: Brackets, first: boolean): boolean {
  let p = a
  if (first) p += grammar.levelOpeners.matchAt(text, p, c)?.length ?? 0
  // (a named place stands among the levels after the first: 市、县（市）、石龙区…)
  let lv = grammar.levels.matchAt(text, p, c) ?? (first ? undefined : namedPlaceAt(text, p, c))
  if (!lv) return false
  p += lv.length
  // 市和区、县… / 市和浦东新区…: two levels joined by 和 in one piece
  const and = first ? grammar.levelAnd.matchAt(text, p, c) : undefined
  if (and && (lv = grammar.levels.matchAt(text, p + and.length, c) ?? namedPlaceAt(text, p + and.length, c))) p += and.length + lv.length
  if (p < c && br.opensAt(p)) p = br.partnerOf(p) + 1
  return p === c
}

/**
 * A district or county named among levels (石龙区, 上街区, 浦东新区: grammars/units/suffixes.json
 * `levelJoin.namedPlaces`), at `p`: a few Han characters closed by a level word, with the name of
 * a body or nothing after it. Undefined when no such place starts at `p`.
 */
function namedPlaceAt(text: string, p: number, c: number): string | undefined {
  const { minHan, maxHan, ends } = grammar.levelNamedPlaces
  for (let k = p + 1; k <= p + maxHan && k < c; k++) {
    // (every character of the name is Han, the first too)
    if (!hanAt(text, k - 1)) return undefined
    if (k - p < minHan) continue
    const end = ends.matchAt(text, k, c)
    if (end && !grammar.levelNotBefore.has(text[k + end.length] ?? '')) return text.slice(p, k + end.length)
  }
  return undefined
}

/**
 * Is [s, e) levels joined by 、 that share the name after the last one (各区、市政府, 有关区、市政府:
 * districts and county-level cities; 各省、自治区、直辖市人民政府; 市、区县（自治县）气象主管机构)? Then it
 * is one collective, not 各区 + 市政府.
 */
export function isLevelJoin(text: string, s: number, e: number, br?: Brackets): boolean {
  if (beforeNameNote(text, s, e) - s > grammar.maxUnitLength) return false
  br ??= new Brackets(text, s, e)
  // (levels joined: a 、 at least, every piece before the last a level)
  const a = lastPieceAfterLevels(text, s, e, br)
  if (a <= s) return false
  let lv = grammar.levels.matchAt(text, a, e) ?? namedPlaceAt(text, a, e)
  if (!lv) return false
  let r = a + lv.length
  // 直辖市及计划单列市劳动行政部门: levels joined by 和/及 in the last piece
  for (let and = grammar.levelAnd.matchAt(text, r, e); and && (lv = grammar.levels.matchAt(text, r + and.length, e)); and = grammar.levelAnd.matchAt(text, r, e)) r += and.length + lv.length
  if (r < e && br.opensAt(r)) r = br.partnerOf(r) + 1
  // 县、自治县、市、市辖区的人民武装部: the levels own the name after 的
  if (text[r] === '的' && r + 1 < e && classifyUnit(text, r + 1, e, br) !== undefined) r++
  return (
    r < e &&
    (!grammar.levelNotBefore.has(text[r]) || grammar.levelNotBeforeExcept.matchAt(text, r, e) !== undefined) &&
    (grammar.levelSuffixes.has(text.slice(r, e)) || classifyUnit(text, r, e, br) !== undefined)
  )
}

/**
 * Units named by their field in a list sharing one suffix: 市发展改革、教育、公安、财政等部门 →
 * 市发展改革部门, 市教育部门, 市公安部门, 市财政部门 (grammars/units/suffixes.json `shared`). Each piece
 * covers its field as printed and carries the printed `parts` its full name is made of: the level
 * prefix of the first field, the field, the shared suffix. Undefined when [s, e) is not such a list.
 *
 * @example sharedSuffixUnits('省农业、林业行政主管部门', 0, 12, br) // 省农业行政主管部门, 省林业行政主管部门
 */
export function sharedSuffixUnits(text: string, s: number, e: number, br: Brackets): Piece[] | undefined {
  const raw = rawPieces(text, s, e, br)
  // 县级以上人民政府地震工作主管部门和发展改革、财政…等有关部门: a whole unit joined before the first field is listed as
  // printed, and the fields take its level prefix (outside97 03, the 防震减灾 laws' formula)
  const head = raw.length > 0 ? unitJoinedBefore(text, raw[0][0], raw[0][1], br) : undefined
  if (head && head.fieldStart < raw[0][1]) raw[0] = [head.fieldStart, raw[0][1]]
  else if (head) raw.shift()
  // one field before 等 is a list too (农业农村等主管部门 → 农业农村主管部门)
  if (raw.length === 0 || (raw.length === 1 && !text.slice(raw[0][0], raw[0][1]).includes('等')) || raw.some(([, b]) => text[b] === '，' && b < e)) return undefined
  const [ls, printedEnd] = raw[raw.length - 1]
  // 等部门（机构）: a short bracket after the suffix restates the class
  let le = printedEnd
  // 市、区教育、公安…等单位: levels opening the list let the fields share a head no field list shares alone
  const levelsAhead = leadingLevels(text, raw, br) !== undefined
  // (the head so shared, 单位: bodies of every kind, so an organisation may stand among the fields)
  let unitsHead: string | undefined
  const opener = text[le - 1] === '）' || text[le - 1] === ')' ? br.partnerOf(le - 1) : -1
  if (opener > ls && le - opener - 2 <= grammar.maxAfterSharedSuffix) le = opener
  // The suffix: after 等, the shared ending of its class restatement (等部门, 等政府相关部门 → 部门),
  // else the longest shared ending of the last piece.
  let suffix: { index: number; end: number } | undefined
  let lastField = le
  // Units joined after the class (…等部门和三峡枢纽运行管理单位): listed as they are.
  let tail: Piece[] = []
  for (let k = ls + 1; k < le; k++) {
    if (text[k] !== '等') continue
    let rest = grammar.sharedSuffixes.matchEndingAt(text, le, k + 1)
    if (!rest && levelsAhead) rest = unitsHead = grammar.sharedAfterLevels.matchEndingAt(text, le, k + 1)
    // (…等部门和有关军事机关: the joined unit's own ending is no class of the fields)
    if (!rest || le - k - 1 > grammar.maxSharedField) {
      const after = joinedAfterClass(text, k + 1, le, br)
      if (after) {
        le = after.classEnd
        tail = after.units
        rest = grammar.sharedSuffixes.matchEndingAt(text, le, k + 1)
      }
    }
    if (rest && le - k - 1 <= grammar.maxSharedField) {
      suffix = { index: le - rest.length, end: le }
      lastField = k
    }
    break
  }
  if (!suffix && raw.length > 1) {
    // 财政、审计、监察以及有关业务主管部门: the fields take the class word of the unit joined after them
    const joined = joinedUnit(text, ls, le, br)
    if (joined) {
      suffix = joined.suffix
      lastField = joined.fieldEnd
      tail = [joined.unit]
    }
  }
  if (!suffix && raw.length > 1) {
    // 县级以上人民政府发展和改革、工业和信息化部门及其他有关部门: units joined after the last field's suffix, with no
    // 等 between, are listed as they are (polroles2, the outside page's field list: 6 sentences of the corpus gained,
    // 31 triples, all read — 清洁生产促进法 第五条, 传染病防治法 第二十五条, 浙江省水污染防治条例 第五条 …)
    const after = joinedAfterClass(text, ls, le, br)
    if (after) {
      le = after.classEnd
      tail = after.units
    }
  }
  if (!suffix) {
    const w = grammar.sharedSuffixes.matchEndingAt(text, le, ls + 1)
    if (!w) return undefined
    suffix = { index: le - w.length, end: le }
    lastField = le - w.length
  }
  const fields: Array<[number, number]> = [...raw.slice(0, -1), [ls, lastField]]
  // (…、海关和工商行政管理等部门: a later field joining two fields by a connector, its name no field of its own
  // — not 工业和信息化, `fieldsWithConnector` — is the two, outside210 06's 新闻出版和广播影视)
  for (let i = fields.length - 1; i >= 1; i--) {
    const pair = joinedFields(text, fields[i][0], fields[i][1])
    if (pair) fields.splice(i, 1, ...pair)
  }
  // (江苏省、浙江省人民政府渔业行政主管部门: places before a place's government share the whole body, sharePlaceGovernment)
  if (raw.slice(0, -1).every(([a, b]) => placeOrLevelled(text, a, b)) && opensWithPlaceGovernment(text, ls, printedEnd)) return undefined
  // (市交通行政管理部门与浦东新区、闵行区…交通行政管理部门: places after a unit are the levels of the body named last, no fields)
  if (head && fields.some(([a, b]) => grammar.levels.matchEndingAt(text, b, a + 1))) return undefined
  // 市、区县（自治县）人民政府发展改革、财政…等部门: levels joined before the first field are its prefix, shared by all
  const levels = leadingLevels(text, fields, br)
  if (levels) fields.splice(0, levels.pieces, [fields[0][0], fields[levels.pieces - 1][1]])
  const pre = levels ? undefined : grammar.sharedPrefixes.matchAt(text, fields[0][0], fields[0][1])
  let prefix = levels
    ? { index: fields[0][0], end: levels.end }
    : pre && !grammar.sharedPrefixNotBefore.has(text[fields[0][0] + pre.length])
      ? { index: fields[0][0], end: fields[0][0] + pre.length }
      : undefined
  // 市和区县（市）公安、财政等部门: a short bracket after the level belongs to it, and so to every field (lawroles3)
  if (prefix && br.opensAt(prefix.end)) {
    const close = br.partnerOf(prefix.end)
    if (close > prefix.end && close + 1 < fields[0][1] && close - prefix.end - 1 <= grammar.maxAfterSharedSuffix) prefix = { ...prefix, end: close + 1 }
  }
  // 浚县人民政府文物、规划…: everything up to a government in the first field is the prefix.
  for (const g of grammar.governments) {
    const at = text.indexOf(g, fields[0][0])
    if (at > fields[0][0] && at + g.length < fields[0][1] && (!prefix || at + g.length > prefix.end)) {
      prefix = { index: fields[0][0], end: at + g.length }
      break
    }
  }
  // (市和区、县人民政府的交通、规划…等部门, 市和区的计划、规划…等部门: a 的 after the level or its government closes the prefix)
  if (prefix && text[prefix.end] === '的' && prefix.end + 1 < fields[0][1]) prefix = { ...prefix, end: prefix.end + 1 }
  // (the head's prefix is printed before every field, the first too)
  const headPrefix = !prefix && head ? levelPrefixOf(text, head.unit.index, head.unit.end) : undefined
  if (headPrefix) prefix = headPrefix
  const out: Piece[] = []
  for (const [i, [a, b]] of fields.entries()) {
    const fa = i === 0 && prefix && !headPrefix ? prefix.end : a
    // (市、县（市、区）下列主管部门: a pointer to bodies named after it, no field)
    if (grammar.pointerStarts.matchAt(text, fa, b)) return undefined
    // (县级以上地方人民政府组织、领导所属有关部门: a field holding 所属 is a verb phrase over the government's own departments)
    if (grammar.notInFields.some((w) => text.slice(fa, b).includes(w))) return undefined
    const knownField = grammar.sharedFieldsWithConnector.has(text.slice(fa, b))
    // a bracket inside a field qualifies it (城市管理（综合执法）) and does not count toward its length
    const length = text.slice(fa, b).replace(/[（(][^（）()]*[）)]/g, '').length
    if (length < 1 || (length > grammar.maxSharedField && !knownField)) return undefined
    for (let k = fa; k < b && !knownField; k++) {
      if (br.opensAt(k)) k = br.partnerOf(k)
      else if (!hanAt(text, k) || connectorAt(text, k, b) || forbiddenAt(text, k, b)) return undefined
    }
    // (市、区…、工会、团委、妇联等单位: under joined levels sharing 单位 an organisation among the fields keeps its own name,
    // 市、区工会; a field that is a whole organ ending, 工会 or 妇联, is one there although no name by itself. Not under
    // 部门: …、海关等部门 names the field 海关, as the shared suffixes' comment has it)
    const organField = levels && unitsHead !== undefined
    const own = classifyUnit(text, fa, b, br) ?? (organField && grammar.organSuffixes.has(text.slice(fa, b)) ? 'organ' : undefined)
    // (a first piece that names its organ in full before the fields sharing the suffix is listed as printed: `各级发展改革委、
    // 建设、水利…等有关部门`, outside246 04)
    if (own !== undefined && !(organField && own === 'organ') && !(i === 0 && (own === 'organ' || own === 'collective') && fields.length > 2 && !FIRST_NOT_ENDING.test(text.slice(fa, b))))
      return undefined
    const parts = [...(prefix && (i > 0 || headPrefix) ? [prefix] : []), { index: a, end: b }, ...(own ? [] : [suffix])]
    // (levels sharing one name are one collective, as 市、区县（自治县）气象主管机构 is: isLevelJoin)
    out.push({ index: a, end: b, kind: levels || own === 'collective' ? 'collective' : 'organ', parts })
  }
  // (a list of organisations alone is no field list: its names are read as printed)
  if (out.every((u) => u.parts?.at(-1) !== suffix)) return undefined
  return [...(head ? [head.unit] : []), ...out, ...tail]
}

/**
 * How a first piece named in full before a field list may not end: in 部门 or 部 it is a unit of the fields' own class
 * (`省环境保护部门、保护区所在地市、县环境保护部门`: two units and a place, no field list; `各总部、军兵种、…卫生部门`).
 */
const FIRST_NOT_ENDING = /部门?$/

/** The fields whose own name holds a connector (工业和信息化), as a list to test a piece's ending against. */
const FIELDS_WITH_CONNECTOR = [...grammar.sharedFieldsWithConnector]

/** The two fields a piece joins by one connector (`海关和工商行政管理` → 海关, 工商行政管理), each of two or more Han characters and no known field holding the connector; else undefined. */
function joinedFields(text: string, a: number, b: number): Array<[number, number]> | undefined {
  // (a known field holding the connector, the level before it perhaps: 区经济和信息化 of 市、区经济和信息化主管部门)
  const piece = text.slice(a, b)
  if (FIELDS_WITH_CONNECTOR.some((known) => piece.endsWith(known))) return undefined
  let pair: Array<[number, number]> | undefined
  for (let k = a + 2; k < b - 2; k++) {
    const conn = connectorAt(text, k, b)
    if (!conn) continue
    if (pair) return undefined
    pair = [
      [a, k],
      [k + conn.length, b],
    ]
    k += conn.length - 1
  }
  // (each half a field naming a department by itself, `separateFields`: 政务服务和数据管理 may be one bureau's name)
  return pair?.every(([x, y]) => grammar.sharedSeparateFields.has(text.slice(x, y))) ? pair : undefined
}

/**
 * A unit and a connector opening the first piece of a field list (县级以上人民政府地震工作主管部门和发展改革): the unit,
 * and where the first field starts. Undefined when no unit stands before a connector there.
 */
function unitJoinedBefore(text: string, s: number, e: number, br: Brackets): { unit: Piece; fieldStart: number } | undefined {
  let alternativeEnds = false
  for (let c = s + 2; c < e - 1; c++) {
    if (br.opensAt(c)) {
      c = br.partnerOf(c)
      continue
    }
    const conn = connectorAt(text, c, e)
    if (!conn) continue
    // (…的部门或者机构: a class word after the connector is the name's alternative, no field; past it the unit goes on)
    const alternative = grammar.classAlternatives.matchAt(text, c + conn.length, e)
    if (alternative) {
      const after = c + conn.length + alternative.length
      if (after === e || connectorAt(text, after, e)) {
        alternativeEnds = after === e
        c = after - 1
        continue
      }
    }
    const kind = classifyUnit(text, s, c, br)
    if (kind === undefined || c + conn.length >= e) return undefined
    return { unit: { index: s, end: c, kind }, fieldStart: c + conn.length }
  }
  // (the whole piece a unit whose name ends in such an alternative, the fields in the pieces after it)
  const kind = alternativeEnds ? classifyUnit(text, s, e, br) : undefined
  return kind === undefined ? undefined : { unit: { index: s, end: e, kind }, fieldStart: e }
}

/** The level a unit's name opens with, up to its government (县级以上人民政府 of 县级以上人民政府地震工作主管部门). */
function levelPrefixOf(text: string, s: number, e: number): { index: number; end: number } | undefined {
  for (const g of grammar.governments) {
    const at = text.indexOf(g, s)
    if (at > s && at + g.length < e) return { index: s, end: at + g.length }
  }
  const pre = grammar.sharedPrefixes.matchAt(text, s, e)
  return pre && pre.length < e - s && !grammar.sharedPrefixNotBefore.has(text[s + pre.length]) ? { index: s, end: s + pre.length } : undefined
}

/**
 * Levels joined by 、 that open a shared-suffix list before its first field (市、区县（自治县）人民政府发展改革、财政…等部门,
 * 市和区、县教育、科技…等行政管理部门, 市、区经济和信息化、…等主管部门): `pieces` list pieces are the levels and the first
 * field, which opens with the last level (its bracket, 县（市）, and a 的 after it belong to it); `end` is where that level
 * ends. Undefined when the first piece is no level alone, or the first field does not open with a level.
 */
function leadingLevels(text: string, fields: Array<[number, number]>, br: Brackets): { pieces: number; end: number } | undefined {
  let j = 0
  while (j < fields.length - 1 && levelOnly(text, fields[j][0], fields[j][1], br, j === 0)) j++
  if (j === 0) return undefined
  const [a, b] = fields[j]
  const lv = grammar.levels.matchAt(text, a, b) ?? namedPlaceAt(text, a, b)
  if (!lv) return undefined
  let r = a + lv.length
  if (r < b && br.opensAt(r)) r = br.partnerOf(r) + 1
  if (text[r] === '的') r++
  if (r >= b || (grammar.levelNotBefore.has(text[r]) && !grammar.levelNotBeforeExcept.matchAt(text, r, b))) return undefined
  return { pieces: j + 1, end: r }
}

/**
 * [s, e) as a field, a connector and a collective unit ending in a shared suffix (监察以及有关业务主管部门):
 * where the field ends, the unit, and the shortest shared suffix of the unit (部门) for the fields.
 */
function joinedUnit(text: string, s: number, e: number, br: Brackets): { fieldEnd: number; unit: Piece; suffix: { index: number; end: number } } | undefined {
  for (let c = s + 1; c < e && c - s <= grammar.maxSharedField; c++) {
    const conn = connectorAt(text, c, e)
    if (!conn) continue
    const a = c + conn.length
    if (!grammar.collectiveStarts.matchAt(text, a, e) || classifyUnit(text, s, c, br) !== undefined) return undefined
    const kind = classifyUnit(text, a, e, br)
    if (!kind) return undefined
    let w: string | undefined
    for (let k = e - 1; k > a && !w; k--) if (grammar.sharedSuffixes.has(text.slice(k, e))) w = text.slice(k, e)
    if (!w) return undefined
    return { fieldEnd: c, unit: { index: a, end: e, kind }, suffix: { index: e - w.length, end: e } }
  }
  return undefined
}

/**
 * After 等 in [s, e): a class ending in a shared suffix (有关部门), then a connector (和, 及) and units
 * that are units by themselves (城市管理综合执法组织). Where the class ends and those units.
 */
function joinedAfterClass(text: string, s: number, e: number, br: Brackets): { classEnd: number; units: Piece[] } | undefined {
  for (let q = s + 2; q < e && q - s <= grammar.maxSharedField; q++) {
    if (!grammar.sharedSuffixes.matchEndingAt(text, q, s)) continue
    const conn = connectorAt(text, q, e)
    if (!conn) continue
    const units = expandPiece(text, q + conn.length, e, br)
    if (units.length > 0 && units.every((u) => u.kind !== undefined)) return { classEnd: q, units }
  }
  return undefined
}

function push(out: Array<[number, number]>, text: string, s: number, e: number): void {
  const [a, b] = trimSpan(text, s, e)
  if (b > a) out.push([a, b])
}

/**
 * Split one raw piece at 和/及/与/以及 and 等 where the text before is itself a unit, dropping
 * 等 and what only restates the class after it (等单位, 等相关部门). Known compounds are never split.
 *
 * @example expandPiece on 市财政局等单位和各区（县级市） → 市财政局 | 各区（县级市）
 */
export function expandPiece(text: string, ps: number, pe: number, br: Brackets, persons = false): Piece[] {
  const out: Piece[] = []
  if (pe - ps > MAX_PIECE) return [{ index: ps, end: pe }]
  let cur = ps
  let k = ps
  while (k < pe) {
    if (br.opensAt(k)) {
      k = br.partnerOf(k) + 1
      continue
    }
    const comp = grammar.compounds.matchAt(text, k, pe)
    if (comp) {
      k += comp.length
      continue
    }
    const etc = grammar.etc.matchAt(text, k, pe)
    const conn = etc ?? connectorAt(text, k, pe)
    if (conn && k === cur && etc) {
      // A list that resumes after 等 (全国总工会等和各省级人民政府): skip 等 and its filler.
      k = skipEtc(text, k + etc.length, pe)
      cur = k
      continue
    }
    // 领导小组及其办公室: a body owned by the unit before it is part of that unit's name.
    if (conn && grammar.ownedAfter.has(conn) && grammar.ownedBodies.has(text.slice(k + conn.length, pe))) break
    // 省有关部门和单位: a bare head after the connector shares the modifier before it.
    if (conn && grammar.sharedHeadAfter.has(conn) && grammar.sharedHeads.has(text.slice(k + conn.length, pe))) break
    // 负责管理地震工作的部门或者机构: a head and its alternative, one name read by its duty (grammar alternativeHeads)
    if (conn && grammar.alternativeAfter.has(conn) && grammar.alternativeHeads.has(text.slice(k + conn.length, pe)) && !persons && isDutyNamed(text, cur, pe, br)) break
    // (…的部门或者机构和其他有关部门: the name goes on to the next connector, outside97's chain of duty formulas)
    const alternative = conn && grammar.alternativeAfter.has(conn) && !persons ? alternativeHeadEnd(text, k + conn.length, pe) : -1
    if (alternative > 0 && isDutyNamed(text, cur, alternative, br)) {
      k = alternative
      continue
    }
    if (conn && k > cur) {
      const kind = classifyUnit(text, cur, k, br, persons)
      if (kind) {
        addPiece(out, text, cur, k, kind)
        k += conn.length
        if (etc) k = skipEtc(text, k, pe)
        cur = k
        continue
      }
    }
    k++
  }
  if (cur < pe) {
    const [a, b] = trimSpan(text, cur, pe)
    if (b > a) addPiece(out, text, a, b, classifyUnit(text, a, b, br, persons))
  }
  return out
}

/** Where an alternative head at `a` ends when a connector follows it (机构 in …部门或者机构和其他有关部门), else -1. */
function alternativeHeadEnd(text: string, a: number, pe: number): number {
  for (const head of grammar.alternativeHeads) if (text.startsWith(head, a) && a + head.length < pe && connectorAt(text, a + head.length, pe)) return a + head.length
  return -1
}

function skipEtc(text: string, k: number, pe: number): number {
  const f = grammar.etcFillers.matchAt(text, k, pe)
  if (f) k += f.length
  const b = connectorAt(text, k, pe)
  if (b) k += b.length
  return k
}

function addPiece(out: Piece[], text: string, s: number, e: number, kind: UnitKind | undefined): void {
  const [a, b] = trimSpan(text, s, e)
  if (b > a) out.push(kind ? { index: a, end: b, kind } : { index: a, end: b })
}

/** All pieces of a list, split at separators and connectors. */
export function splitUnitList(text: string, s: number, e: number, br: Brackets, persons = false): Piece[] {
  const out: Piece[] = []
  for (const [a, b] of rawPieces(text, s, e, br)) out.push(...expandPiece(text, a, b, br, persons))
  if (!persons) sharePlaceGovernment(text, out)
  return out
}

/** Is [s, e) a run of `n` Han characters with n in the place-name range (哈尔滨, 绥芬河)? */
function placeName(text: string, s: number, e: number): boolean {
  const f = grammar.placeList
  if (e - s < f.minPlace || e - s > f.maxPlace) return false
  for (let k = s; k < e; k++) if (!hanAt(text, k)) return false
  return true
}

/** Is [s, e) a bare place name (黑河) or a place and its level (河南省, 柯桥区)? */
function placeOrLevelled(text: string, s: number, e: number): boolean {
  return placeName(text, s, e) || (grammar.placeList.levels.includes(text[e - 1]) && placeName(text, s, e - 1))
}

/**
 * Does [s, e) open with place + level + government (绥芬河市政府, 同江市人民政府), the government's own name or one of its
 * departments' (江苏省、浙江省人民政府渔业行政主管部门: the places share the whole body)?
 */
function opensWithPlaceGovernment(text: string, s: number, e: number): boolean {
  const f = grammar.placeList
  for (const x of f.suffixes) {
    const at = text.indexOf(x, s + f.minPlace + 1)
    if (at < 0 || at + x.length > e) continue
    if (f.levels.includes(text[at - 1]) && placeName(text, s, at - 1)) return true
  }
  return false
}

/**
 * Bare place names before a place government they share (哈尔滨、黑河、绥芬河市政府): each names that
 * level's government, so it is a unit, written as printed. Only a run of bare names that ends in
 * such a government is read; a bare name elsewhere in the list stays no unit.
 */
function sharePlaceGovernment(text: string, pieces: Piece[]): void {
  shareZoneCommittee(text, pieces)
  for (let i = pieces.length - 1; i > 0; i--) {
    if (pieces[i].kind === undefined || !opensWithPlaceGovernment(text, pieces[i].index, pieces[i].end)) continue
    let j = i - 1
    while (j >= 0 && pieces[j].kind === undefined && placeOrLevelled(text, pieces[j].index, pieces[j].end) && text[pieces[j].end] === '、') j--
    // a level word among them (向省、自治区、直辖市人民政府) makes the run a level join, not places
    const levelJoin = pieces.slice(j + 1, i).some((p) => grammar.levels.matchAt(text, p.index, p.end)?.length === p.end - p.index)
    if (!levelJoin) for (let k = j + 1; k < i; k++) pieces[k].kind = 'organ'
    i = j + 1
  }
}

/** The zone word a piece ends in (…开发区, 太白湖新区), before `end`. */
function zoneEnding(text: string, s: number, end: number): string | undefined {
  return grammar.zoneList.zones.find((z) => end - s > z.length && text.endsWith(z, end))
}

/**
 * Development zones before the zone committee they share (济宁高新技术产业开发区、太白湖新区、济宁经济技术开发区管委会):
 * each names its own committee, so it is a unit, written as printed (grammars/units/suffixes.json zoneList).
 */
function shareZoneCommittee(text: string, pieces: Piece[]): void {
  for (let i = pieces.length - 1; i > 0; i--) {
    const last = pieces[i]
    const committee = last.kind === 'organ' ? grammar.zoneList.committees.find((c) => text.endsWith(c, last.end)) : undefined
    if (!committee || !zoneEnding(text, last.index, last.end - committee.length)) continue
    let j = i - 1
    while (j >= 0 && pieces[j].kind === undefined && text[pieces[j].end] === '、' && pieces[j].end - pieces[j].index <= grammar.maxUnitLength && zoneEnding(text, pieces[j].index, pieces[j].end)) j--
    for (let k = j + 1; k < i; k++) pieces[k].kind = 'organ'
    i = j + 1
  }
}

/**
 * Longest prefix of [s, e) that is a unit, for a list whose last unit runs into a verb
 * (会同市公安局、市安全生产监督部门制定量化考核标准 → 市安全生产监督部门). Bounded by the unit length limit.
 * With `past`, only a prefix ending after it is looked for (shorter ones are not tried).
 */
export function unitPrefix(text: string, s: number, e: number, br: Brackets, past = s): Piece | undefined {
  const limit = Math.min(e, s + grammar.maxUnitLength)
  const cuts: number[] = []
  for (let k = s; k < limit; k++) {
    if (br.opensAt(k)) k = br.partnerOf(k)
    if (k < limit) cuts.push(k + 1)
  }
  for (let i = cuts.length - 1; i >= 0 && cuts[i] > past; i--) {
    const kind = classifyUnit(text, s, cuts[i], br)
    if (kind) return { index: s, end: cuts[i], kind }
  }
  return undefined
}

/** Are all pieces units? (An empty list is not.) */
export function allUnits(pieces: Piece[]): boolean {
  return pieces.length > 0 && pieces.every((p) => p.kind !== undefined)
}
