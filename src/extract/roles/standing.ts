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
export function findStandingRules(t: string, s: number, e: number): StandingPhrase[] {
  const out: StandingPhrase[] = []
  for (let i = s; i < e; i++) {
    i = grammar.standingClosers.nextStart(t, i, e)
    if (i >= e) break
    const closer = grammar.standingClosers.matchAt(t, i, e)
    if (!closer) continue
    const phrase = standingBefore(t, s, i)
    if (phrase) out.push({ ...phrase, closer: { index: i, end: i + closer.length } })
    i += closer.length - 1
  }
  return out
}

/** The opener and unit list of the sentence that ends at closer `c`, searched back to `s`. */
function standingBefore(t: string, s: number, c: number): Omit<StandingPhrase, 'closer'> | undefined {
  let start = c
  while (start > s && !SENTENCE_END[t.charCodeAt(start - 1)]) start--
  let opener: { index: number; word: string } | undefined
  for (let k = start; k < c; k++) {
    const w = grammar.standingOpeners.matchAt(t, k, c)
    if (w) {
      opener = { index: k, word: w }
      k += w.length - 1
    }
  }
  if (!opener) return undefined
  const from = opener.index + opener.word.length
  let to = c
  while (to > from && (t.charCodeAt(to - 1) === COMMA || t[to - 1] === ' ')) to--
  for (let k = from; k < to; k++)
    if (t.charCodeAt(k) === COMMA) {
      to = k
      break
    }
  const verb = grammar.standingVerbs.matchEndingAt(t, to, from)
  if (verb) to -= verb.length
  if (to <= from) return undefined
  return { index: opener.index, end: c, units: { index: from, end: to } }
}
