/**
 * A bare `X对…负责` (grammars/roles/verbs.json `objectFrame`, `accountableAfter`, `notAccountable`): the units
 * answer to a body or for a matter, and no work is handed to them — the gold convention, test/gold/README.md.
 * The object frame reads 对…负责 only with an action or a truth object; left to the prose reader, the clause gave
 * a unit cut out of the object (常务委员会) or the subject and object as one name (audit of roles round 3, R8).
 */
import { grammar } from './grammar.js'
import { type Brackets, hanAt } from './text.js'

/** Does nothing but an `accountableAfter` phrase (并报告工作) follow the verb ending at `end` in its clause? */
export function bareAfter(text: string, end: number, clauseEnd: number): boolean {
  return end >= clauseEnd || !hanAt(text, end) || grammar.objectFrame.accountableAfter.matchAt(text, end, clauseEnd) !== undefined
}

/** Does the object of 对 end right before `verbAt` with a truth word (真实性, 真实性、准确性 …等)? */
export function truthObjectBefore(text: string, verbAt: number): boolean {
  const end = text[verbAt - 1] === '等' ? verbAt - 1 : verbAt
  return grammar.objectFrame.truthObjects.matchEndingAt(text, end, Math.max(0, end - 4)) !== undefined
}

/**
 * Is the verb at [verbAt, verbEnd) a bare 负责 whose object 对 opens at own depth after `unitsStart` (the units
 * before it answer to someone), its object no truth of what they submit?
 */
export function answersTo(text: string, brackets: Brackets, unitsStart: number, verbAt: number, verbEnd: number, clauseEnd: number): boolean {
  const frame = grammar.objectFrame
  if (frame.actionVerbs.matchAt(text, verbAt, verbEnd) === undefined || !bareAfter(text, verbEnd, clauseEnd) || truthObjectBefore(text, verbAt)) return false
  for (let k = unitsStart + 1; k < verbAt; k++) {
    if (brackets.opensAt(k)) {
      k = brackets.partnerOf(k)
      continue
    }
    if (text.startsWith(frame.open, k) && frame.notAccountable.matchAt(text, k, verbAt) === undefined) return true
  }
  return false
}
