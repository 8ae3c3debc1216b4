/**
 * Document rules: sentences that change how later role lists read, such as
 * 列第一位者为牵头单位，下同 (the first unit of each responsible list leads).
 */
import { grammar } from './grammar.js'
import type { RoleMatch, Span } from './types.js'

export interface RulePhrase extends Span {
  text: string
}

/**
 * Every first-listed-lead phrase in [s, e): a `first` phrase, then 为/是, then 牵头单位/牵头部门
 * (grammars/roles/document-rules.json). Linear: each lead-label occurrence is checked backwards once.
 *
 * @example findFirstListedRules('（税务总局、财政部负责，排在第一位的部门为牵头部门，下同）', 0, 29)
 * // → [{ index: 12, end: 26, text: '排在第一位的部门为牵头部门' }]
 */
export function findFirstListedRules(text: string, s: number, e: number): RulePhrase[] {
  const out: RulePhrase[] = []
  for (const { index: i, word: label } of grammar.firstListedLabels.occurrences(text, s, e)) {
    const is = grammar.firstListedIs.matchEndingAt(text, i, s)
    const first = is && grammar.firstListed.matchEndingAt(text, i - is.length, s)
    if (!is || !first) continue
    const start = i - is.length - first.length
    out.push({ index: start, end: i + label.length, text: text.slice(start, i + label.length) })
  }
  return out
}

/**
 * Apply first-listed-lead to a responsible role: the first unit becomes a lead role, the rest
 * stay responsible. Both keep the label and span as printed and are marked with the rule.
 */
export function splitFirstListed(role: RoleMatch): RoleMatch[] {
  return firstListedSplit(role, { rule: 'first-listed-lead' })
}

/**
 * The split of first-listed-lead on any role shape (a scanner's match, a task's role): the first unit
 * of a responsible role leads, the rest stay responsible, both with `mark` added; other roles as they are.
 */
export function firstListedSplit<R extends { role: string; units: readonly unknown[] }>(role: R, mark: Partial<R> = {}): R[] {
  if (role.role !== 'responsible' || role.units.length === 0) return [role]
  const [first, ...rest] = role.units
  const lead = { ...role, ...mark, role: 'lead', units: [first] } as R
  return rest.length ? [lead, { ...role, ...mark, units: rest } as R] : [lead]
}
