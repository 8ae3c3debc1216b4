/**
 * One cue pass per clause range, read by both the role and the time reading of that range. Each has a
 * gate that reads the whole range for its start words before anything else (the role gate's cue words,
 * the time readers' necessary words on the raw text); the task visitor asks both about the same ranges,
 * so one pass reads each range once for both word sets and hands each reader its answer.
 */
import { CUE_STOPPED, CueSet } from '../text/cues.js'
import { ROLE_CUES, roleGateReadsRaw } from './roles/scan.js'
import { SAME } from './time/canon.js'
import { TIME_NEEDS } from './time/grammar/registry.js'
import { timeGate } from './time/scan.js'

const ROLE = 1
const TIME = 2

/** What one pass found in a range: read by `roleCue` and `timeCue`, never built as an object (one per range). */
export type RangeCues = number

/** Not read: each gate reads the range itself (the combined table was not built). */
export const CUES_UNREAD: RangeCues = -1

/**
 * The range's cues, in one pass over `text[from, until)` (clamped like the gates' own).
 *
 * @example
 * roleCue(rangeCues('由市财政局牵头，年底前完成', 0, 13)) // true
 */
export function rangeCues(text: string, from: number, until: number): RangeCues {
  const start = Math.max(0, Math.min(text.length, from))
  return CueSet.pairIn(ROLE_CUES, TIME_NEEDS, text, start, Math.max(start, Math.min(text.length, until)), SAME)
}

/** `mayHoldRoleIn(text, from, until)`, from the range's one pass. */
export function roleCue(cues: RangeCues): boolean {
  return cues === CUES_UNREAD || !roleGateReadsRaw() || (cues & ROLE) !== 0
}

/**
 * `mayHoldTimeRaw(text, from, until)` from the range's one pass (true: a necessary word on the raw text, false:
 * the range is its own canon and holds none, undefined: the canonical copy decides), or null when the pass
 * was not read or the time gate is off (the scan then does as it would alone).
 */
export function timeCue(cues: RangeCues): boolean | undefined | null {
  if (cues === CUES_UNREAD || !timeGate.enabled) return null
  return (cues & TIME) !== 0 ? true : (cues & CUE_STOPPED) !== 0 ? undefined : false
}
