/**
 * How a first-listed-lead rule phrase (列第一位者为牵头单位，下同, found by rules.ts) bears on the lists
 * around it: where a labelled list ends before the rule's parenthesis, a bare list the rule governs,
 * and whether a lead already stands beside a list.
 */
import type { RulePhrase } from './rules.js'
import type { RoleMatch } from './types.js'
import type { Piece } from './units.js'
import type { Region, Ctx } from './context.js'
import { mostlyUnits, strictUnits } from './unit-lists.js'

/** Does [s, e) overlap a rule phrase? (binary search: phrases are sorted and disjoint) */
export function overlapsRule(phrases: RulePhrase[], s: number, e: number): boolean {
  let lo = 0
  let hi = phrases.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (phrases[mid].end <= s) lo = mid + 1
    else hi = mid
  }
  return lo < phrases.length && phrases[lo].index < e
}

/**
 * A parenthesis holding only units and then the first-listed rule that governs them, with no verb
 * (`（省经信委、省发改委（省能源局）。列第一位者为牵头部门，下同）`): the units are the item's responsible
 * list, which the rule then splits into lead and responsible like any other.
 */
export function ruledBareList(ctx: Ctx, region: Region): void {
  const rule = ctx.rulePhrases.find((p) => p.index > region.start && p.end <= region.end)
  if (!rule) return
  // the list ends at the sentence break right before the rule (。 or ；, or ， after a list)
  let e = rule.index
  while (e > region.start && /[\s\u3000]/.test(ctx.t[e - 1])) e--
  if (e <= region.start || !'。；，'.includes(ctx.t[e - 1])) return
  e--
  // (the rule says the parenthesis lists units, as a label does: a piece with no known ending is read as one,
  // `（市发改委、…、中储粮株洲直属库。排名第一的为牵头单位，下同）`, outside36)
  const units = strictUnits(ctx.t, ctx.br, region.start, e) ?? mostlyUnits(ctx, region.start, e, 'in a list a first-listed rule governs')
  if (!units) return
  ctx.roles.push({ role: 'responsible', label: '', units, index: region.start, end: e, labelSpan: { index: e, end: e }, form: 'prose' })
}

/**
 * Where a labelled list in [s, e) must end because a first-listed-lead rule stands in a parenthesis
 * glued to its last unit (`…、市卫生健康委（列第一位为牵头或汇总单位，下同）`): the parenthesis opens there.
 */
export function ruleParenStart(ctx: Ctx, s: number, e: number): number {
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
export function leadBeside(ctx: Ctx, r: RoleMatch): boolean {
  return ctx.roles.some((x) => {
    if (x.role !== 'lead' || x === r) return false
    const [a, b] = x.end <= r.index ? [x.end, r.index] : [r.end, x.index]
    if (b < a) return true
    const between = ctx.t.slice(a, b)
    return !/[。；]/.test(between) && (between.match(/\n/g)?.length ?? 0) <= 2
  })
}

/**
 * Where a unit's name ends when a bracket after it states a document rule, not part of the name
 * (`县发改局（首位单位为牵头单位，下同）` → 县发改局).
 */
export function beforeRuleNote(ctx: Ctx, p: Piece): number {
  const open = ctx.br.partnerOf(p.end - 1)
  if (open <= p.index || open >= p.end - 1) return p.end
  return ctx.rulePhrases.some((r) => r.index > open && r.end < p.end) ? open : p.end
}
