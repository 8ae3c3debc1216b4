/**
 * Due dates outside every clause (`documentTime`): only a date a cue sets as a target is due there; the rest — a site's
 * stamp, a cover's date, the 成文日期 heading a flattened body, a year the preamble narrates — are events of kind `other`
 * (grammars/time/document-time.json says why).
 */
import grammar from '../../../grammars/time/document-time.json' with { type: 'json' }
import type { Deadline, TimeEvent } from '../../schema/time.js'
import { wordAlternation } from '../../text/regexp.js'

const SPACES = /[ \t\u3000]+/g
const BEFORE = new RegExp(`(?:${wordAlternation(grammar.before)})$`)
const NOT_BEFORE = new RegExp(`(?:${wordAlternation(grammar.notBefore)})(?:${wordAlternation(grammar.before)})$`)
const AFTER = new RegExp(wordAlternation(grammar.after))

/**
 * Is `deadline`, read in the original `source`, set as a target by a cue beside it? Kinds other than `due` (a range, a
 * recurring or standing date) keep their own reading.
 *
 * @example setsTarget({ kind: 'due', raw: '2027年', … at 到2027年 }, source) // true
 */
export function setsTarget(deadline: Deadline, source: string): boolean {
  if (deadline.kind !== 'due') return true
  if (grammar.scopeEnds.some((w) => deadline.raw.endsWith(w))) return true
  const start = deadline.position.start.offset
  const end = deadline.position.end.offset
  // (on the date's own line: a heading under it, `前言`, is no cue)
  const before = source
    .slice(Math.max(0, start - 8), start)
    .split('\n')
    .pop()!
    .replace(SPACES, '')
  if (BEFORE.test(before) && !NOT_BEFORE.test(before)) return true
  return AFTER.test(
    source
      .slice(start, end + grammar.within)
      .split('\n')[0]
      .replace(SPACES, ''),
  )
}

/** The event a due date read without a cue outside every clause is. */
export function asOtherEvent(deadline: Deadline): TimeEvent {
  const { raw, date, start, end, precision, inferred, position } = deadline
  return {
    raw,
    kind: 'other',
    ...(date !== undefined ? { date } : {}),
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
    precision,
    ...(inferred ? { inferred } : {}),
    position,
  }
}
