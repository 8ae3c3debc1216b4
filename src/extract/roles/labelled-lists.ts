/** Labelled lists (牵头单位：A、B，责任单位：C): the units after a label, up to the first piece that is prose. */
import { grammar, type LabelEntry } from './grammar.js'
import { trimSpan } from './text.js'
import type { RoleKind, RoleMatch, UnitMatch } from './types.js'
import { expandPiece, rawPieces, type Piece } from './units.js'
import type { Ctx } from './context.js'
import { trimFillers } from './clause-edges.js'
import { findVerb } from './role-verbs.js'
import { asUnit, isProse, toUnit } from './unit-lists.js'
import { ruleParenStart, beforeRuleNote } from './document-rules.js'

export interface LabelHit {
  index: number
  labelEnd: number
  listStart: number
  entry: LabelEntry
  /** the label names who runs the text itself (本计画执行机关为…): the role is the point's, not its items' */
  own?: boolean
}

/**
 * Read the list after a label up to `limit`: pieces that are units are taken; the list stops at
 * the first piece that reads as prose or a date. Returns where the list ends.
 */
export function readLabelled(ctx: Ctx, hit: LabelHit, limit: number): number {
  const { t, br } = ctx
  const persons = hit.entry.persons
  const units: UnitMatch[] = []
  // (units closed by a role word in brackets, `省发展改革委（牵头）`: by their index in `units`)
  const marks = new Map<number, UnitMark>()
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
      const mark = grammar.unitMark.exec(t.slice(p.index, p.end))
      if (mark) marks.set(units.length, { role: grammar.unitMarkRole.get(mark[1])!, word: mark[1], alone: t[p.end] === '、' })
      units.push(asUnit(ctx, p, `after ${hit.entry.label}`, persons, mark ? p.end - mark[0].length : beforeRuleNote(ctx, p)))
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
  // (a list whose units marks split: each mark's units under its word, in the order they stand)
  const marked = markedUnits(t, units, marks)
  const found: RoleMatch[] = []
  const unmarked = units.filter((_, k) => !marked.has(k))
  if (unmarked.length)
    found.push({
      role,
      label: hit.entry.label,
      units: unmarked,
      index: hit.index,
      end,
      labelSpan: { index: hit.index, end: hit.labelEnd },
      form: 'labelled',
      ...(hit.own ? { rule: 'own-runner' as const } : {}),
    })
  for (const mark of new Set(marked.values())) {
    const own = units.filter((_, k) => marked.get(k) === mark)
    const word = t.indexOf(mark.word, own[own.length - 1].end)
    found.push({ role: mark.role, label: mark.word, units: own, index: own[0].index, end: word + mark.word.length + 1, labelSpan: { index: word, end: word + mark.word.length }, form: 'labelled' })
  }
  ctx.roles.push(...found.sort((a, b) => a.units[0].index - b.units[0].index))
  return end
}

/** A role word in brackets closing a unit of a labelled list (grammars/roles/labels.json unitMarks). */
interface UnitMark {
  role: RoleKind
  word: string
  /** a 、 follows the mark: it marks its own unit only */
  alone: boolean
}

/**
 * The units each mark covers, by index: the unit it closes when a 、 follows it (`A（牵头）、B`), else the run of units
 * joined by 、 that it closes (`A、B（牵头），C`: A and B), as a list's groups are set off by ，and ；.
 */
function markedUnits(t: string, units: UnitMatch[], marks: Map<number, UnitMark>): Map<number, UnitMark> {
  const covered = new Map<number, UnitMark>()
  for (const [k, mark] of marks) {
    let from = k
    if (!mark.alone) while (from > 0 && !marks.has(from - 1) && !/[，,；;]/.test(t.slice(units[from - 1].end, units[from].index))) from--
    for (let j = from; j <= k; j++) covered.set(j, mark)
  }
  return covered
}

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
