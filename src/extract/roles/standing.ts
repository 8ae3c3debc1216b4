/**
 * Standing assignments: a sentence that hands every task below to the same units, which the later
 * lists then leave out (以下均需试点城市政府落实，不再列出 / 具体任务均涉及相关市（州）人民政府，
 * 不再做分工，下同). Vocabulary: grammars/roles/document-rules.json `standing`.
 */
import { grammar } from './grammar.js'
import { SENTENCE_END } from './text.js'
import type { Span } from './types.js'

export interface StandingPhrase extends Span {
  /** Where the unit list is: after the opener (均需), before the verb (落实) or the comma. */
  units: Span
  /**
   * A list that runs over a comma to its verb (均需各市、县（区）人民政府，平潭综合实验区管委会落实，不再列出):
   * `units` spans it whole, `firstPiece` the part before the first comma, for a caller whose pieces
   * after the comma are no units.
   */
  firstPiece?: Span
  /** The closer as found (不再列出). */
  closer: Span
}

const COMMA = 0xff0c // ，

/**
 * Every standing phrase in [s, e) of folded text `t`: a `closers` phrase, the last `openers` word
 * before it in the same sentence, and a non-empty list between them.
 *
 * @example findStandingRules('以下均需试点城市政府落实，不再列出', 0, 17)
 * // → [{ index: 2, end: 17, units: { index: 4, end: 10 }, closer: { index: 13, end: 17 } }]
 */
export function findStandingRules(text: string, start: number, end: number): StandingPhrase[] {
  const out: StandingPhrase[] = []
  for (const { index, word } of grammar.standingClosers.occurrences(text, start, end)) {
    const phrase = standingBefore(text, start, index)
    if (phrase) out.push({ ...phrase, closer: { index, end: index + word.length } })
  }
  return out
}

/** The opener and unit list of the sentence that ends at the closer at `closerAt`, searched back to `start`. */
function standingBefore(text: string, start: number, closerAt: number): Omit<StandingPhrase, 'closer'> | undefined {
  let sentence = closerAt
  while (sentence > start && !SENTENCE_END[text.charCodeAt(sentence - 1)]) sentence--
  let opener: { index: number; word: string } | undefined
  for (let k = sentence; k < closerAt; k++) {
    const word = grammar.standingOpeners.matchAt(text, k, closerAt)
    if (word) {
      opener = { index: k, word }
      k += word.length - 1
    }
  }
  if (!opener) return undefined
  const listStart = opener.index + opener.word.length
  let listEnd = closerAt
  while (listEnd > listStart && (text.charCodeAt(listEnd - 1) === COMMA || text[listEnd - 1] === ' ')) listEnd--
  const whole = listEnd
  for (let k = listStart; k < listEnd; k++)
    if (text.charCodeAt(k) === COMMA) {
      listEnd = k
      break
    }
  const verb = grammar.standingVerbs.matchEndingAt(text, listEnd, listStart)
  if (verb) listEnd -= verb.length
  if (listEnd <= listStart) return undefined
  // (units over a comma up to the verb: the first piece ends in no verb, the whole list does)
  const wholeVerb = !verb && whole > listEnd ? grammar.standingVerbs.matchEndingAt(text, whole, listStart) : undefined
  if (wholeVerb && whole - wholeVerb.length > listEnd + 1)
    return { index: opener.index, end: closerAt, units: { index: listStart, end: whole - wholeVerb.length }, firstPiece: { index: listStart, end: listEnd } }
  return { index: opener.index, end: closerAt, units: { index: listStart, end: listEnd } }
}
