/**
 * Cues: the words after an expression (前, 底前, 内, 起, 以来, 期间, 持续推进 …) and before it
 * (到, 至, 截至, 于 / 从, 自) that decide its kind. A bare year needs one of them (or punctuation
 * after it) to count as a time at all.
 */
import { lexicon } from '../lexicon.js'
import type { Expr, NounYear, Point } from './types.js'

type Cue = 'before' | 'within' | 'from' | 'since' | 'during' | 'ongoing'

/** 到 / 至 / 于 / 在 … right before `start`, unless part of a longer word (关于, 存在, 达到). */
export function targetBefore(text: string, start: number): string | undefined {
  const target = lexicon.target.before(text, start)
  if (!target) return undefined
  const longer = lexicon.notTarget.before(text, start)
  return longer && longer[0].length > target[0].length ? undefined : target[0]
}

function followedByBoundary(text: string, offset: number): boolean {
  return offset >= text.length || lexicon.bareBoundaries.has(text[offset])
}

/**
 * The follower word at `offset` (完成, 前, 内 …), unless it opens a word of `notWithin`: the 內 of
 * `…日內政部…令` in a Taiwan history line (or 内地, 内容) is no particle after the date; nor a noun of
 * `bareYear.notFollowers` (基本建设: the 基本 of a noun, not an adverb).
 */
function followerAt(text: string, offset: number): number {
  return lexicon.notWithin.len(text, offset) || lexicon.bareNotFollowers.len(text, offset) ? 0 : lexicon.bareFollowers.len(text, offset)
}

/** A bare year or a yearless bare month is a time only with punctuation or a follower word after it. */
function acceptBare(text: string, point: Point, offset: number): boolean {
  const precision = point.unit.precision
  if (point.garbled && precision === 'year' && !point.leadingZero) {
    // 5000年文明 is a count of years; 到4544年 / 5355年6月 are broken dates
    return targetBefore(text, point.start) !== undefined
  }
  const needs = (precision === 'year' && !point.whole) || (precision === 'month' && !point.explicitYear && point.yearRel === undefined)
  if (!needs || point.invalid || point.repaired) return true
  if (point.yearRel !== undefined || point.monthRel !== undefined || point.centuryRel !== undefined) {
    return (followedByBoundary(text, offset) && text[offset] !== '\n') || followerAt(text, offset) > 0
  }
  return followedByBoundary(text, offset) || followerAt(text, offset) > 0
}

/** The cue right after an expression ending at `offset`, and where the expression then ends. */
function readCueAfter(text: string, offset: number, last: Point): { cue?: Cue; approximate: boolean; end: number } {
  const approximate = lexicon.approximate.len(text, offset)
  if (approximate) return { approximate: true, end: offset + approximate }
  let cue: Cue | undefined
  let end = offset
  if (lexicon.before.len(text, offset) && !lexicon.notBefore.len(text, offset)) {
    cue = 'before'
    end += lexicon.before.len(text, offset)
  } else if (lexicon.within.len(text, offset) && !last.within && !lexicon.notWithin.len(text, offset)) {
    cue = 'within'
    end += lexicon.within.len(text, offset)
  } else if (lexicon.since.len(text, offset)) {
    cue = 'since'
    end += lexicon.since.len(text, offset)
  } else if (lexicon.during.len(text, offset)) {
    cue = 'during'
    end += lexicon.during.len(text, offset)
  } else if (lexicon.from.longestAt(text, offset)) {
    // 起 is part of the time words (2015年3月起); 开始 / 启动 / 起步 stay with the action
    cue = 'from'
    const word = lexicon.from.longestAt(text, offset)![0]
    if (lexicon.fromConsumed.has(word)) {
      end += word.length
      end += lexicon.effectiveVerbs.len(text, end)
    }
  }
  if (!cue) {
    const ongoing = lexicon.ongoing.len(text, end)
    if (ongoing) {
      cue = 'ongoing'
      end += ongoing
    }
  }
  return { cue, approximate: false, end }
}

/** 从 / 自 right before `start` (part of the expression), unless part of a longer word. */
function fromWordBefore(text: string, start: number): string | undefined {
  const fromWord = lexicon.rangeFrom.before(text, start)
  if (!fromWord) return undefined
  const longer = lexicon.notFrom.before(text, start)
  return longer && longer[0].length > fromWord[0].length ? undefined : fromWord[0]
}

/**
 * Decide the kind of a point or range expression by its cues; undefined when it is no time,
 * a noun year when it is a year used as a noun modifier (its year still counts as context).
 */
export function applyCues(text: string, expr: Expr, start: number): Expr | NounYear | undefined {
  const point = expr.from!
  const last = expr.until ?? point
  const cueStart = expr.end
  const fromWord = fromWordBefore(text, start)
  const targetWord = fromWord ? undefined : targetBefore(text, start)
  const after = readCueAfter(text, cueStart, last)
  const cue = after.cue
  if (after.approximate) expr.note = 'approximate'
  const end = after.end
  expr.end = end
  if (fromWord) expr.start = start - fromWord.length

  if (expr.kind === 'range') {
    // a range takes 期间 / 年间, an ongoing verb, or 前; other cues are left to the text
    if (cue === 'ongoing') expr.kind = 'ongoing'
    else if (cue === 'before') {
      expr.kind = 'due'
      expr.edge = 'last'
    } else if (cue !== 'during') expr.end = cueStart
    expr.basis = cue === 'ongoing' || cue === 'before' || cue === 'during' || fromWord ? 'cue' : targetWord ? 'target' : 'bare'
    if (expr.basis === 'target') expr.target = targetWord
    return expr
  }

  const precision = point.unit.precision
  const periodLike = precision === 'half' || precision === 'quarter' || precision === 'plan-period' || point.whole || point.unit.monthEnd !== undefined
  const nounYear = (): NounYear | undefined => (point.explicitYear && point.unit.year !== null && !point.invalid ? { noun: true, year: point.unit.year, end: point.end } : undefined)
  if (cue === 'before') {
    expr.kind = 'due'
    if (point.endFlag || point.within || precision === 'day' || point.unit.monthEnd !== undefined) expr.edge = 'last'
    else if (precision === 'year') {
      expr.edge = 'last'
      expr.note = 'by-year'
    } else expr.edge = 'before'
  } else if (cue === 'within') {
    expr.kind = 'due'
    expr.edge = 'last'
  } else if (cue === 'from' || cue === 'since') {
    if (!fromWord && precision === 'month' && !point.explicitYear && !followedByBoundary(text, end) && !followerAt(text, end)) return undefined
    expr.kind = 'start'
    if (cue === 'since') expr.note = 'since'
  } else if (cue === 'during') {
    expr.kind = 'range'
  } else if (cue === 'ongoing') {
    expr.kind = 'ongoing'
  } else if (lexicon.bareNounAfter.len(text, end) && !point.endFlag && !point.within && (precision === 'year' || precision === 'month')) {
    // 从2006年的18亿元增加到…: a year as a noun
    return nounYear()
  } else if (fromWord) {
    expr.kind = 'start'
  } else if (point.endFlag || point.within) {
    expr.kind = 'due'
    expr.edge = 'last'
  } else if (targetWord) {
    expr.kind = 'due'
    expr.edge = 'last'
    expr.bare = true
    expr.basis = 'target'
    expr.target = targetWord
  } else if (periodLike) {
    expr.kind = 'range'
    expr.basis = followerAt(text, end) ? 'follower' : 'bare'
  } else {
    expr.kind = 'due'
    expr.edge = 'last'
    expr.bare = true
    // a noun modifier (2014年工作要点) is no time, but its year is the item's year — unless a target's lead word
    // stands right before it (力争2015年全省服务业增加值…: the year the figure is due)
    if (!acceptBare(text, point, end) && !(precision === 'year' && lexicon.bareLeads.before(text, point.start))) return nounYear()
    // (a year a figure is compared with, 接近2008年 / 仅多于2008年: its value, no time)
    if (precision === 'year' && point.explicitYear && lexicon.bareComparatives.before(text, point.start)) return nounYear()
    expr.basis = followerAt(text, end) ? 'follower' : 'bare'
  }
  expr.basis ??= 'cue'
  if (point.whole && expr.kind !== 'ongoing' && expr.rule === 'point.year') expr.rule = 'point.whole-year'
  return expr
}
