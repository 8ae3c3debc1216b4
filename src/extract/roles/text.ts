import { grammar } from './grammar.js'
import type { Lexicon } from './lexicon.js'
import { isIdeograph, isIdeographChar } from '../../text/ideograph.js'
import { Brackets, OPENER } from '../../text/brackets.js'

export { Brackets }

/**
 * Half-width punctuation that scraped pages use in place of the full-width forms the pipeline
 * normalizes to. Folding is one code unit for one, so offsets in the folded copy are offsets in
 * the caller's text.
 */
const FOLD: Record<string, string> = {
  '(': '（',
  ')': '）',
  ':': '：',
  ',': '，',
  ';': '；',
}

/** A same-length copy of `text` with (:,; folded to （：，；. */
export function foldPunctuation(text: string): string {
  return text.replace(/[():,;]/g, (c) => FOLD[c] ?? c)
}

export function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0'
}

/** A Han character (the lower layer's one definition). */
export const isHan = isIdeographChar

// (the readers ask these of a position, not of `t[k]`: indexing a string at a code unit above 0xFF makes a
// new one-character string each time, which V8 does not elide once it is passed to a function or a Set —
// ≈ 20 bytes of garbage per character a loop looks at)
/** `spaceAt(t, k)` without the one-character string. */
export function spaceAt(t: string, k: number): boolean {
  const c = t.charCodeAt(k)
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0
}

/** `hanAt(t, k)` without the one-character string (false past either end, as isHan(undefined)). */
export function hanAt(t: string, k: number): boolean {
  return isIdeograph(t.charCodeAt(k))
}

export function isDigit(c: string | undefined): boolean {
  if (!c) return false
  return (c >= '0' && c <= '9') || (c >= '０' && c <= '９') || '〇一二三四五六七八九十'.includes(c)
}

/** Shrink [s, e) past surrounding spaces. */
export function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && spaceAt(text, s)) s++
  while (e > s && spaceAt(text, e - 1)) e--
  return [s, e]
}

/** Sentence ends: a role list never runs past these. */
export function isSentenceEnd(c: string): boolean {
  return c === '。' || c === '！' || c === '？' || c === '\n' || c === '\r' || c === '；'
}

/** isSentenceEnd by code unit. */
export const SENTENCE_END = new Uint8Array(0x10000)
for (const c of '。！？\n\r；') SENTENCE_END[c.charCodeAt(0)] = 1

/**
 * Next position in [k, e) where a scanner that skips brackets has something to do: a bracket
 * opener, a unit some word of `lex` (or `also`) starts with, or the code unit `code`; `e` if none.
 * Positions in between would neither open a bracket nor match, so the scanner jumps over them.
 */
export function nextStop(t: string, k: number, e: number, lex: Lexicon, also?: Lexicon, code = -1): number {
  for (; k < e; k++) {
    const c = t.charCodeAt(k)
    if (OPENER[c] !== 0 || c === code || lex.startsWith(c) || also?.startsWith(c)) return k
  }
  return e
}

/**
 * Does [s, e) read as a deadline/progress phrase (6月底取得阶段性成效, 2015年底前)? With `br`,
 * brackets inside are skipped (read at their own depth, keeping nested input linear).
 */
export function hasTimeCue(text: string, s: number, e: number, br?: Brackets): boolean {
  for (let i = s; i < e; i++) {
    i = nextStop(text, i, e, grammar.timeWords, grammar.timeUnits)
    if (i >= e) break
    if (br?.opensAt(i)) {
      i = br.partnerOf(i)
      continue
    }
    if (grammar.timeWords.matchAt(text, i, e)) return true
    const u = grammar.timeUnits.matchAt(text, i, e)
    if (u && i > s && isDigit(text[i - 1])) return true
  }
  return false
}
