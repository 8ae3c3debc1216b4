/**
 * Spans counted from the document date: 今明两年 (two years named together), 今后5年, 未来两个月
 * (内) forward, 近三个月, 近5年 back, and 三年内 / 6个月内 at the start of a sentence.
 */
import { lexicon } from '../lexicon.js'
import { readSmallNumber } from '../numerals.js'
import type { Expr, Point, TimeReader } from './types.js'
import { runStart } from './units.js'

const MAX_COUNT = 100

/** 今明两年: relative years from the document year. */
function readYearSpan(text: string, at: number): Expr | undefined {
  const span = lexicon.yearSpans.at(text, at)
  if (!span) return undefined
  const from: Point = { start: at, end: at + span[0].length, unit: { precision: 'year', y: null }, explicitYear: false, yearRel: span[1][0] }
  const to: Point = { ...from, yearRel: span[1][1] }
  return { rule: 'range.relative-years', kind: 'range', start: at, end: from.end, from, to, basis: 'cue' }
}

/** 今后5年, 未来两个月(内), 近三个月, 近5年, and a bare 三年内 where a sentence starts. */
function readAhead(text: string, at: number): Expr | undefined {
  const forward = lexicon.aheadForward.len(text, at)
  const back = forward ? 0 : lexicon.aheadBack.len(text, at)
  const countAt = at + forward + back
  const bare = !forward && !back
  // a bare count needs a sentence start before it (企业成立三年内 counts from something else)
  if (bare && at > 0 && !lexicon.bareBoundaries.has(text[at - 1]) && !lexicon.sentenceLead.before(text, at)) return undefined
  // 转制为企业后，五年内免征: counted from that event, not from the document
  if (bare && at > 1 && lexicon.bareBoundaries.has(text[at - 1]) && lexicon.afterEvent.has(text[at - 2])) return undefined
  const count = runStart(text, countAt) ? readSmallNumber(text, countAt) : undefined
  if (!count || count.overflow || count.value < 1 || count.value > MAX_COUNT) return undefined
  const unit = lexicon.aheadUnits.at(text, count.end)
  if (!unit) return undefined
  let end = count.end + unit[0].length
  const within = lexicon.within.len(text, end)
  if (bare) {
    if (!within) return undefined
    return { rule: 'span.within-years', kind: 'due', start: at, end: end + within, anchor: { date: 'document', count: count.value, unit: unit[1] }, basis: 'cue' }
  }
  end += within
  const since = back ? lexicon.since.len(text, end) : 0
  end += since
  return {
    rule: 'span.ahead',
    kind: 'range',
    start: at,
    end,
    anchor: { date: 'document', count: count.value, unit: unit[1], back: back > 0 },
    basis: 'cue',
    note: back ? 'since' : undefined,
  }
}

export const spans = {
  name: 'spans',
  rules: ['range.relative-years', 'span.ahead', 'span.within-years'] as const,
  startWords: [...lexicon.yearSpans.words, ...lexicon.aheadForward.words, ...lexicon.aheadBack.words],
  startsAtNumbers: true,
  open: (text) => (at) => readYearSpan(text, at) ?? readAhead(text, at),
} satisfies TimeReader
