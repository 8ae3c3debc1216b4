/**
 * Spans counted from the document date: 今明两年 (two years named together), 今后5年, 未来两个月
 * (内) forward, 近三个月, 近5年 back, and 三年内 / 6个月内 at the start of a sentence.
 */
import { lexicon } from '../lexicon.js'
import { numberThen, readSmallNumber } from '../numerals.js'
import type { Expr, Point, TimeReader } from './types.js'
import { runStart } from './units.js'

const MAX_COUNT = 100

/** 今明两年: relative years from the document year. */
function readYearSpan(text: string, offset: number): Expr | undefined {
  const span = lexicon.yearSpans.longestAt(text, offset)
  if (!span) return undefined
  const from: Point = { start: offset, end: offset + span[0].length, unit: { precision: 'year', year: null }, explicitYear: false, yearRel: span[1][0] }
  const until: Point = { ...from, yearRel: span[1][1] }
  return { rule: 'range.relative-years', kind: 'range', start: offset, end: from.end, from, until: until, basis: 'cue' }
}

/** 今后5年, 未来两个月(内), 近三个月, 近5年, and a bare 三年内 where a sentence starts. */
function readAhead(text: string, offset: number): Expr | undefined {
  const forward = lexicon.aheadForward.len(text, offset)
  const back = forward ? 0 : lexicon.aheadBack.len(text, offset)
  const countAt = offset + forward + back
  const bare = !forward && !back
  // a bare count needs a sentence start before it (企业成立三年内 counts from something else)
  if (bare && offset > 0 && !lexicon.bareBoundaries.has(text[offset - 1]) && !lexicon.sentenceLead.before(text, offset)) return undefined
  // 转制为企业后，五年内免征: counted from that event, not from the document
  if (bare && offset > 1 && lexicon.bareBoundaries.has(text[offset - 1]) && lexicon.afterEvent.has(text[offset - 2])) return undefined
  const count = runStart(text, countAt) ? readSmallNumber(text, countAt) : undefined
  if (!count || count.overflow || count.value < 1 || count.value > MAX_COUNT) return undefined
  const unit = lexicon.aheadUnits.longestAt(text, count.end)
  if (!unit) return undefined
  let end = count.end + unit[0].length
  const within = lexicon.within.len(text, end)
  if (bare) {
    if (!within) return undefined
    return { rule: 'span.within-years', kind: 'due', start: offset, end: end + within, anchor: { date: 'document', count: count.value, unit: unit[1] }, basis: 'cue' }
  }
  end += within
  const since = back ? lexicon.since.len(text, end) : 0
  end += since
  return {
    rule: 'span.ahead',
    kind: 'range',
    start: offset,
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
  // a year span is its word (今明两年); a count ahead or back is a number read up to its unit (5年, 三个月)
  needs: [...lexicon.yearSpans.words, ...numberThen(lexicon.aheadUnits.words)],
  startsAtNumbers: true,
  open: (text) => (at) => readYearSpan(text, at) ?? readAhead(text, at),
} satisfies TimeReader
