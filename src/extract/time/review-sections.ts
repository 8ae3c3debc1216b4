/**
 * Review sections: the part of a yearly report that looks back on past work (一、2022年工作回顾,
 * 一、过去五年的工作, 一、2022年数字中国建设取得显著成效). A date it prints up to the reviewed year's end is
 * told, an event, not a due date. Words in grammars/time/review.json.
 */
import raw from '../../../grammars/time/review.json' with { type: 'json' }
import type { ClauseNode, DocumentNode } from '../../tree/types.js'
import { escapeRegExp, wordAlternation } from '../../text/regexp.js'
import { planPeriodFromTitle } from './period.js'
import type { TimeMatch } from './scan.js'

/** A clause subtree that reviews past work: view offsets [start, end). */
export interface ReviewSpan {
  start: number
  end: number
  /** The reviewed year when the heading or the text's year gives it: yearless dates in the review take it. */
  year?: number
  /** The last day the review tells of (ISO): a date up to it is narrated. */
  horizon: string
  /** The heading's word that looks back (回顾, 过去五年, 取得…成效): the events' cue. */
  cue: string
}

const LOOKS_BACK = new RegExp(wordAlternation(raw.words))
const PAST = new RegExp(wordAlternation(raw.past))
const { achieved } = raw
const ACHIEVED = new RegExp(`${escapeRegExp(achieved.verb)}[^，。；、,;]{0,${achieved.within}}?(?:${wordAlternation(achieved.adjectives)})?(?:${wordAlternation(achieved.nouns)})`)
const FORWARD = new RegExp(wordAlternation(achieved.forward))
const NOT = new RegExp(wordAlternation(raw.not))
/** A year printed in the heading (after NFKC: 2022年, １９９４年). */
const YEAR = /((?:19|20)\d{2})\s*年/g

/** What a heading says about looking back: its cue, and the year it names before the cue, if any. */
export interface ReviewHeading {
  cue: string
  /** The year printed before the cue (2022年工作回顾), or the end of a five-year plan it names (“九五”时期…的回顾). */
  year?: number
  /** The heading names the year(s) before the text's own (过去一年, 一年来, 过去五年). */
  past: boolean
}

/**
 * Does the heading look back on past work (grammars/time/review.json)?
 *
 * @example reviewHeading('一、2022年工作回顾') // → { cue: '回顾', year: 2022, past: false }
 * @example reviewHeading('（一）推动重要领域改革取得新突破') // → undefined
 */
export function reviewHeading(heading: string | undefined): ReviewHeading | undefined {
  if (!heading) return undefined
  const text = heading.normalize('NFKC')
  if (NOT.test(text)) return undefined
  const past = PAST.exec(text)
  const word = LOOKS_BACK.exec(text)
  const result = ACHIEVED.exec(text)
  const found = [past, word, !result || FORWARD.test(text) ? null : result].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0]
  if (!found) return undefined
  // the year printed before the cue (1998年工作回顾和1999年工作的总体要求 → 1998)
  let year: number | undefined
  for (const printed of text.slice(0, found.index).matchAll(YEAR)) year = Number(printed[1])
  if (year === undefined && !past) {
    const plan = planPeriodFromTitle(text.slice(0, found.index))?.period.end
    if (plan) year = Number(plan.slice(0, 4))
  }
  return { cue: found[0], ...(year !== undefined ? { year } : {}), past: Boolean(past) && year === undefined }
}

/** The year a text speaks from: its date's year, else the year of a dateless report's title. */
export interface SpeakingFrom {
  documentDate?: string
  textYear?: number
}

/**
 * The review sections of a document's own clauses (not its nested documents'), outermost only. A heading
 * that names no year reviews up to the text's date (a dated text) or to the end of the year before a dateless
 * report's (2004年政府工作报告 › 一、一年来工作回顾 → 2003); with neither, it is not read.
 */
export function reviewSpans(doc: DocumentNode, from: SpeakingFrom): ReviewSpan[] {
  const spans: ReviewSpan[] = []
  const visit = (clause: ClauseNode) => {
    const review = reviewHeading(clause.heading)
    const span = review && spanOf(clause, review, from)
    if (span) {
      spans.push(span)
      return
    }
    for (const child of clause.children) if (child.type === 'clause') visit(child)
  }
  for (const child of doc.children) if (child.type === 'clause') visit(child)
  return spans
}

function spanOf(clause: ClauseNode, review: ReviewHeading, { documentDate, textYear }: SpeakingFrom): ReviewSpan | undefined {
  const base = { start: clause.data.start, end: clause.data.end, cue: review.cue }
  if (review.year !== undefined) return { ...base, year: review.year, horizon: `${review.year}-12-31` }
  if (documentDate) return { ...base, horizon: documentDate }
  if (textYear) return { ...base, year: textYear - 1, horizon: `${textYear - 1}-12-31` }
  return undefined
}

/** The review holding view offset `at`, if any. */
export function reviewAt(spans: readonly ReviewSpan[], offset: number): ReviewSpan | undefined {
  for (const span of spans) if (span.start <= offset && offset < span.end) return span
  return undefined
}

const FORWARD_WORDS = new RegExp(`(?:${wordAlternation(raw.forward.words)})[^，。；,;]{0,${raw.forward.within}}$`)
/** The longest forward word: how far before the gap a forward word may start. */
const FORWARD_LONGEST = Math.max(...raw.forward.words.map((word) => word.length))

/**
 * Is the time `match` of `text` told by the review? Its last day is not after the review's horizon, or a later
 * date has no forward word before it (提前实现了本世纪末…的目标 is told; 力争到2035年 is the text's plan).
 * Recurring, ongoing and immediate work are not dates.
 */
export function narratedInReview(text: string, match: TimeMatch, review: ReviewSpan): boolean {
  const deadline = match.deadline
  if (deadline.kind === 'recurring' || deadline.kind === 'ongoing' || deadline.kind === 'immediate') return false
  const last = deadline.date ?? deadline.end ?? deadline.start
  if (!last) return false
  if (last <= review.horizon) return true
  // the words before the date and its target word (力争到 / 将于): 1 for the target, `within` for the gap, then the word
  const from = Math.max(0, match.index - raw.forward.within - 1 - FORWARD_LONGEST)
  return !FORWARD_WORDS.test(text.slice(from, match.index).replace(/[到至于在]$/, ''))
}

/**
 * The year a dateless text speaks from when only a review heading dates it (central_025, a yearly report whose
 * title the export lost: `一、2022年数字中国建设取得显著成效` → it speaks from 2023): the year after the first
 * review that names one. Its plan part (`2023年数字中国发展形势与展望`) is that next year's.
 */
export function yearAfterReview(spans: readonly ReviewSpan[]): number | undefined {
  const named = spans.find((span) => span.year !== undefined)
  return named?.year !== undefined ? named.year + 1 : undefined
}
