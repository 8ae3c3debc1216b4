/**
 * Where a clause's unit list starts and ends: lead-in words before it, fillers (分别, 共同) between it
 * and its verb, and whether a position opens a sentence.
 */
import { grammar } from './grammar.js'
import { bracketedHeadingAt } from '../../structure/heading.js'
import { SENTENCE_END, spaceAt } from './text.js'

export const COLON = 0xff1a // ：
export const COMMA = 0xff0c // ，

/** First index of `word` starting in [from, to), or -1 (bounded: indexOf would run to the end of the text). */
export function indexWithin(t: string, word: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (t.startsWith(word, k)) return k
  return -1
}

/** Past the spaces and lead-in words opening [s, e) (see grammar.leadIn). */
export function skipLeadIn(t: string, s: number, e: number): number {
  for (;;) {
    while (s < e && spaceAt(t, s)) s++
    // (an article's heading in 【】 opening its text, `第三条【政府职责】 各级人民政府负责…`, outside104 01)
    const heading = bracketedHeadingAt(t, s, e)
    if (heading) {
      s += heading[0].length
      continue
    }
    const w = grammar.leadIn.matchAt(t, s, e)
    if (!w) return s
    s += w.length
  }
}

/** Drop fillers (分别, 共同 …) between a unit list and its verb. */
export function trimFillers(t: string, s: number, e: number): number {
  for (;;) {
    while (e > s && spaceAt(t, e - 1)) e--
    const f = grammar.fillers.matchEndingAt(t, e, s)
    if (!f) return e
    e -= f.length
  }
}

/** Does `k` open a sentence (text start, or after 。；！？ or a line end, spaces skipped)? */
export function opensSentence(t: string, k: number): boolean {
  while (k > 0 && spaceAt(t, k - 1) && t[k - 1] !== '\n') k--
  return k === 0 || t[k - 1] === '\n' || SENTENCE_END[t.charCodeAt(k - 1)] === 1
}

/** Does `k` open its region (a parenthesis's first word: `regionStart`, -1 outside one) or a sentence? */
export function opensRegionOrSentence(t: string, k: number, regionStart: number): boolean {
  return k === regionStart || opensSentence(t, k)
}
