/**
 * Relative anchors: 自印发之日起, 自本通知发布之日起施行, 自即日起, 自印发之日起30日内.
 * Between 自 and the event at most 10 characters (自本办法印发之日起).
 */
import { lexicon } from '../lexicon.js'
import { readSmallNumber } from '../numerals.js'
import type { AnchorDate, Expr, TimeReader } from './types.js'

const MAX_BEFORE_EVENT = 10
const CLAUSE_ENDS = new Set(['，', '。', '；', '\n'])

/** The event word and 之日 after 自 (印发之日): the date it binds to and where it ends. */
function readEvent(text: string, offset: number): { date: AnchorDate; end: number; subject: string } | undefined {
  const limit = Math.min(text.length, offset + MAX_BEFORE_EVENT)
  for (let t = offset; t < limit; t++) {
    if (CLAUSE_ENDS.has(text[t])) break
    const event = lexicon.anchorEvents.longestAt(text, t)
    if (!event) continue
    const ofWord = lexicon.anchorOf.len(text, t + event[0].length)
    if (ofWord) return { date: event[1], end: t + event[0].length + ofWord, subject: text.slice(offset, t) }
  }
  return undefined
}

export function readAnchor(text: string, offset: number): Expr | undefined {
  const prefix = lexicon.anchorPrefix.len(text, offset)
  let cursor = offset + prefix
  let date: AnchorDate
  let subject = ''
  const today = lexicon.anchorToday.len(text, cursor)
  if (today) {
    date = 'document'
    cursor += today
  } else {
    // without 自 / 从 the event may be anything's (揭榜名单公布之日起): not the document's
    if (!prefix) return undefined
    const event = readEvent(text, cursor)
    if (!event) return undefined
    date = event.date
    subject = event.subject
    cursor = event.end
  }
  const suffix = lexicon.anchorSuffix.len(text, cursor)
  if (!suffix) return undefined
  cursor += suffix
  const expr: Expr = { rule: 'anchor', kind: 'start', start: offset, end: cursor, anchor: subject ? { date, subject } : { date } }
  const verb = lexicon.effectiveVerbs.len(text, cursor)
  if (verb) {
    expr.end = cursor + verb
    return expr
  }
  const count = readSmallNumber(text, cursor)
  if (count && !count.overflow && count.value > 0) {
    const unit = lexicon.durationUnits.longestAt(text, count.end)
    if (unit) {
      const within = lexicon.within.len(text, count.end + unit[0].length)
      if (within) {
        expr.rule = 'anchor.duration'
        expr.kind = 'due'
        expr.anchor = { date, count: count.value, unit: unit[1], ...(subject ? { subject } : {}) }
        expr.end = count.end + unit[0].length + within
        if (unit[1] === 'workday') expr.note = 'working days counted as calendar days'
      }
    }
  }
  return expr
}

export const anchors = {
  name: 'anchors',
  rules: ['anchor', 'anchor.duration'] as const,
  startWords: [...lexicon.anchorPrefix.words, ...lexicon.anchorToday.words],
  // every anchor is read up to its suffix, right after 之日 / 日 or 即日 (印发之日起, 即日起)
  needs: [...lexicon.anchorOf.words, ...lexicon.anchorToday.words].flatMap((word) => lexicon.anchorSuffix.words.map((suffix) => word + suffix)),
  open: (text) => (at) => readAnchor(text, at),
} satisfies TimeReader
