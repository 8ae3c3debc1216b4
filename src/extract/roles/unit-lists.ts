/** The units of a span: a strict list (every piece a unit), or as many units as open it (after 会同). */
import { forbiddenAt, grammar } from './grammar.js'
import { hasTimeCue, nextStop, type Brackets } from './text.js'
import type { UnitMatch } from './types.js'
import type { Ctx } from './context.js'
import { allUnits, beforeNameNote, classifyUnit, connectorAt, expandPiece, isLevelJoin, levelOnly, rawPieces, sharedSuffixUnits, splitUnitList, unitPrefix, type Piece } from './units.js'

/** Does [s, e) end with a unit name (…组成征兵办公室)? */
export function endsWithUnit(t: string, br: Brackets, s: number, e: number): boolean {
  for (let j = e - 2; j >= s && e - j <= grammar.maxUnitLength; j--) if (classifyUnit(t, j, e, br) !== undefined) return true
  return false
}

export function toUnit(t: string, p: Piece): UnitMatch {
  const end = beforeNameNote(t, p.index, p.end)
  return { name: t.slice(p.index, end), kind: p.kind!, index: p.index, end, ...(p.parts ? { parts: p.parts } : {}) }
}

/** Units of [s, e) when every piece is one (or the list shares one suffix: 市教育、公安等部门), else undefined. */
export function strictUnits(t: string, br: Brackets, s: number, e: number): UnitMatch[] | undefined {
  // (a short-name note closing a list names the whole list, 公安、交通等部门（以下统称有关部门）: the list is read
  // without it; one unit's note is cut by toUnit already)
  const noted = beforeNameNote(t, s, e)
  if (noted < e && splitUnitList(t, s, noted, br).length > 1) return strictUnits(t, br, s, noted)
  const pieces = splitUnitList(t, s, e, br)
  // one field before 等 and a class (农业农村等主管部门) names the field's unit, not the class
  const one = pieces.length === 1 ? sharedSuffixUnits(t, s, e, br) : undefined
  if (one) return one.map((p) => toUnit(t, p))
  if (allUnits(pieces)) return pieces.map((p) => toUnit(t, p))
  return sharedSuffixUnits(t, s, e, br)?.map((p) => toUnit(t, p))
}

/**
 * Levels joined by 、 before one body, opening [s, e) and followed by its predicate (市、县（市、区）和城乡一体化示范区精神文明建设
 * 指导机构统筹推进…): one collective as isLevelJoin reads it, or undefined. rawPieces joins such levels only when the
 * last piece is the body alone, so withUnits saw a bare 市 first and read nothing.
 */
export function levelJoinOpening(t: string, br: Brackets, s: number, e: number): UnitMatch[] | undefined {
  const raw = rawPieces(t, s, e, br)
  let j = 0
  while (j < raw.length - 1 && levelOnly(t, raw[j][0], raw[j][1], br, j === 0)) j++
  // (乡、民族乡、镇人民代表大会主席、副主席，负责…: a list going on after the body names its officers, no body)
  if (j === 0 || j !== raw.length - 1) return undefined
  const body = unitPrefix(t, raw[j][0], raw[j][1], br)
  // (市、县（市）、区科学技术行政部门主管本行政区域内科…: a name running into its verb is none)
  if (!body || body.index !== raw[j][0] || isProse(t, s, body.end) || !isLevelJoin(t, s, body.end, br)) return undefined
  return [toUnit(t, { index: s, end: body.end, kind: 'collective' })]
}

/** How far past its last 、 a shared-suffix list opening a clause may run: its last field, 等 and a class (…、水利等有关主管部门). */
const MAX_LIST_TAIL = 16

/**
 * A list of fields sharing one suffix that opens [s, e) and is followed by its predicate (省人民政府住房城乡建设、交通运输、
 * 水利等有关主管部门应当组织制定…): the units of the longest such list, or undefined. withUnits reads a clause's opening
 * unit by unit and so stops at the first field, which is no unit (or keeps only its government: 省人民政府).
 */
export function sharedListOpening(t: string, br: Brackets, s: number, e: number): UnitMatch[] | undefined {
  let found: { pieces: Piece[]; end: number } | undefined
  // (each 、 in turn may be the list's last: a later one may stand in the predicate, …组织制定抗震设计、施工等标准)
  for (let comma = t.indexOf('、', s); comma > s && comma < Math.min(e, s + grammar.maxUnitLength * 3); comma = t.indexOf('、', comma + 1)) {
    for (let q = Math.min(e, comma + MAX_LIST_TAIL); q > comma + 1; q--) {
      if (!grammar.sharedSuffixes.matchEndingAt(t, q, comma + 1)) continue
      const pieces = sharedSuffixUnits(t, s, q, br)
      if (pieces) {
        found = { pieces, end: q }
        break
      }
    }
  }
  // (萧山区、余杭区、各县（市）交通运输主管部门: places before one body are no fields of it)
  if (!found || found.pieces.some((p) => grammar.levels.matchEndingAt(t, p.end, p.index + 1))) return undefined
  const units = found.pieces.map((p) => toUnit(t, p))
  // (…市政行政主管部门和其他有关部门按照…: units joined after the list belong to it, read whole up to the clause's
  // end, a basis opener or a modal — not the 市政府办 of 以及市政府办医主体)
  const conn = connectorAt(t, found.end, e)
  if (!conn) return units
  const a = found.end + conn.length
  for (let k = e; k > a + 1; k--) {
    if (k < e && !grammar.basisOpeners.matchAt(t, k, e) && !JOINED_ENDS.includes(t[k])) continue
    const joined = strictUnits(t, br, a, k)
    if (joined) return [...units, ...joined]
  }
  return units
}

/** Characters that may follow units joined after a shared-suffix list (…和其他有关部门应当…, …在各自职责范围内). */
const JOINED_ENDS = '应要在须必分共'

/**
 * Units after 会同: as many unit pieces as there are, the last one possibly running into the
 * verb of its clause (会同市公安局、市安全生产监督部门制定量化考核标准).
 */
export function withUnits(t: string, br: Brackets, s: number, e: number): UnitMatch[] {
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

/**
 * Past a unit list and a pivot word opening [s, e) (县人民政府授权县应急管理局…: the empowered body is the
 * subject, grammars/roles/verbs.json `pivots`); `s` when the clause opens otherwise.
 */
export function pastPivot(t: string, br: Brackets, s: number, e: number): number {
  const to = Math.min(e, s + grammar.maxUnitLength + 1)
  for (let k = s + 2; k < to; k++) {
    const w = grammar.pivots.matchAt(t, k, e)
    if (!w || grammar.pivotNotBefore.has(t[k + w.length]) || k + w.length >= e) continue
    return strictUnits(t, br, s, k) ? k + w.length : s
  }
  return s
}

/** A piece that cannot be a unit name: too long, a date, holding a verb/function word, or a standing rule's words (以下均需各县市区落实, its closer cut off). */
export function isProse(t: string, s: number, e: number): boolean {
  if (e - s > grammar.maxUnitLength) return true
  if (hasTimeCue(t, s, e)) return true
  if (grammar.standingOpeners.find(t, s, e)) return true
  for (let k = nextStop(t, s, e, grammar.forbidden, grammar.verbs); k < e; k = nextStop(t, k + 1, e, grammar.forbidden, grammar.verbs))
    if (forbiddenAt(t, k, e) || grammar.verbs.matchAt(t, k, e)) return true
  return false
}

/** The shortest name with no known unit ending read as a unit by `mostlyUnits` (机械、石化 are fields, not bodies). */
const MIN_UNKNOWN_NAME = 4

/**
 * A list mostly of units, read whole although some names have no known unit ending (`市发改委、市财政局、中储粮株洲直属库`):
 * more than half of its pieces, two at least, are known units, and every other piece is a name of `MIN_UNKNOWN_NAME`
 * characters or more that reads as no prose. Each unknown piece becomes a unit with an `info` diagnostic, as after a
 * label. For places where the list's frame already says it lists units (a first-listed rule in its parenthesis, a
 * parenthesis that is only the list and its role verb); elsewhere the lists stay strict.
 */
export function mostlyUnits(ctx: Pick<Ctx, 't' | 'br' | 'diagnostics'>, s: number, e: number, where: string): UnitMatch[] | undefined {
  const { t, br } = ctx
  const pieces = splitUnitList(t, s, e, br)
  let known = 0
  for (const p of pieces) {
    if (p.kind) known++
    else if (p.end - p.index < MIN_UNKNOWN_NAME || isProse(t, p.index, p.end)) return undefined
  }
  if (known < 2 || known * 2 <= pieces.length) return undefined
  return pieces.map((p) => asUnit(ctx, p, where))
}

/**
 * A list piece taken as a unit because its frame says it is one (a label, a first-listed rule, …): a piece with no known
 * ending gets an `info` diagnostic `role-unit-unrecognized` over the piece as printed and is read as a person (`persons`),
 * a collective (各…, 有关…) or an organ. `end`: where the name ends, when a note glued to it is cut off.
 */
export function asUnit(ctx: Pick<Ctx, 't' | 'diagnostics'>, p: Piece, where: string, persons = false, end = p.end): UnitMatch {
  const { t } = ctx
  if (!p.kind)
    ctx.diagnostics.push({
      severity: 'info',
      code: 'role-unit-unrecognized',
      message: `“${t.slice(p.index, p.end)}” ${where} is taken as a unit but has no known unit ending`,
      index: p.index,
      end: p.end,
    })
  return toUnit(t, { ...p, end, kind: p.kind ?? (persons ? 'person' : grammar.collectiveStarts.matchAt(t, p.index, p.end) ? 'collective' : 'organ') })
}
