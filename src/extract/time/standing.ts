/**
 * Dates of a standing rule (a text of articles: a law, a regulation, an articled 办法): its articles
 * stay in force for years and regulate cases, so most dates they print are not due dates of the
 * text. Words and the corpus counts behind each reading in grammars/time/standing.json.
 */
import raw from '../../../grammars/time/standing.json' with { type: 'json' }
import events from '../../../grammars/time/events.json' with { type: 'json' }
import type { Deadline } from '../../schema/time.js'
import { windowKind, type EventReading } from './events.js'
import { WordList, lexicon as L } from './lexicon.js'
import type { TimeMatch } from './scan.js'

/** How many article clauses (第X条) make a text a standing rule. */
export const STANDING_MIN_ARTICLES = raw.minArticles

const obligations = WordList.fromWords(raw.obligations)
const ownAnchors = raw.ownAnchors
const ownEvents = raw.ownEvents
const stops = new Set([...raw.stops])
const weakTargets = new Set(events.weakTargets)
const untilTargets = new Set(raw.until.targets)
const untilAfter = WordList.fromWords(raw.until.after)

/** What a standing rule makes of a date the event grammar left a deadline. */
export type StandingReading = { event: EventReading } | { yearly: TimeMatch }

// relative to a case's own year or month (次年内, 下月, 当月月底前, 年内): no calendar date of the text
const RELATIVE_RULES = new Set(['point.relative-month', 'point.relative-quarter', 'point.within-year'])
// a day or month printed without its year recurs with the rule (于10月31日前联合下达 every year)
const YEARLY_PRECISIONS = new Set<Deadline['precision']>(['day', 'xun', 'month', 'quarter', 'half'])

/**
 * Reads a due date of a standing rule (`match` in `text`, the event grammar having found no
 * event): a condition or other event, a yearly recurrence for a yearless day, or undefined when
 * it stays due (a dated obligation `应当在2027年6月30日前`, an anchor on the text itself
 * `自本条例施行之日起六个月内`, a target `到2015年`).
 *
 * @example
 * const [m] = scanTime('二年内曾因违反规定受过行政处罚的').matches
 * standingReading('二年内曾因违反规定受过行政处罚的', m) // → { event: { kind: 'condition' } }
 */
export function standingReading(text: string, match: TimeMatch): StandingReading | undefined {
  const deadline = match.deadline
  // a corrupt date (5355年6月6日前) keeps its time-invalid reading
  if (deadline.kind !== 'due' || match.rule === 'invalid') return undefined
  // 五年内不得从事… / 二年内曾因…: counted from an event of the case
  if (match.rule === 'span.within-years') return { event: { kind: 'condition' } }
  if (match.rule === 'anchor.duration') return ownAnchor(deadline.raw) ? undefined : { event: { kind: 'condition' } }
  // a year taken from a date printed nearby (于5月15日前 after 2023年4月10日…) is read as printed
  if (deadline.inferred?.year === 'item') return undefined
  if (deadline.inferred?.year) {
    if (RELATIVE_RULES.has(match.rule) || (match.rule === 'point.relative-year' && deadline.precision === 'year')) return { event: { kind: 'condition' } }
    if (YEARLY_PRECISIONS.has(deadline.precision) || match.rule === 'point.year-end') {
      const yearly = asYearly(match)
      return yearly ? { yearly } : undefined
    }
    return undefined
  }
  const basis = match.basis ?? 'cue'
  // 自核發日起至中華民國一百十九年十二月三十一日止: the end of a period the rule sets
  const until = basis === 'target' && untilTargets.has(match.target ?? '') ? untilAfter.longestAt(text, match.end) : undefined
  if (until) return { event: { kind: 'validity', cue: until[0] } }
  // （2009年8月27日删除）, 在2013年1月1日未结案件中: a date the article reports, set by no cue
  if (basis === 'bare' || (basis === 'target' && weakTargets.has(match.target ?? ''))) return { event: windowKind(text, match.end) ?? { kind: 'other' } }
  // 对于2011年4月30日以前犯罪的 / 于2019年1月1日前作出，…: a dated bound of the cases, unless obligated
  if (basis === 'cue' && deadline.raw.endsWith('前') && !obligated(text, match)) return { event: { kind: 'condition' } }
  return undefined
}

/** 自本条例施行之日起 / 自印发之日起: the anchor's event is the text's own. */
function ownAnchor(raw: string): boolean {
  const prefix = L.anchorPrefix.len(raw, 0)
  const between = raw.slice(prefix)
  return ownAnchors.some((w) => between.startsWith(w)) || ownEvents.some((w) => between.startsWith(`${w}之日`) || between.startsWith(`${w}日`))
}

/** An obligation word before the date in its sentence (a window back) or right after it. */
function obligated(text: string, match: TimeMatch): boolean {
  for (let i = match.index - 1; i >= 0 && match.index - i <= raw.obligationWindow && !stops.has(text[i]); i--) if (obligations.longestAt(text, i)) return true
  for (let i = match.end; i < text.length && i - match.end < raw.obligationAfter && !stops.has(text[i]); i++) if (obligations.longestAt(text, i)) return true
  return false
}

/** The yearless date as a yearly recurrence (`10月31日前` → every year on 10-31), or undefined. */
function asYearly(match: TimeMatch): TimeMatch | undefined {
  const deadline = match.deadline
  if (!deadline.date) return undefined
  const month = Number(deadline.date.slice(5, 7))
  const recurrence = deadline.precision === 'day' ? { every: 'year' as const, month, day: Number(deadline.date.slice(8, 10)) } : { every: 'year' as const, month }
  const { date: _date, inferred: _inferred, ...rest } = deadline
  return { ...match, deadline: { ...rest, kind: 'recurring', recurrence, inferred: { note: 'recurring: a yearless date of a standing rule' } } }
}
