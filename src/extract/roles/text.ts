import { grammar } from './grammar.js'
import type { Lexicon } from './lexicon.js'

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

/** Bracket kind + 1 of an opener / closer code unit (0: not one), so the stack pass reads arrays, not maps. */
const OPENER = new Uint8Array(0x10000)
const CLOSER = new Uint8Array(0x10000)
for (const [c, k] of grammar.openers) if (c.length === 1) OPENER[c.charCodeAt(0)] = k + 1
for (const [c, k] of grammar.closers) if (c.length === 1) CLOSER[c.charCodeAt(0)] = k + 1

/**
 * Matching brackets of every kind in grammars/units/connectors.json, found with one stack pass.
 * An unmatched closer is ignored; an opener left open is plain text. Linear in the range length
 * (a closer pops at most the openers it abandons, each once).
 */
export class Brackets {
  /** Partner offsets by `i - from` (-1: none); null when the range holds no opener at all. */
  private readonly partner: Int32Array | null = null

  constructor(
    private readonly text: string,
    readonly from: number,
    readonly to: number,
  ) {
    // Most clauses hold no bracket: find the first opener before allocating anything.
    let i = from
    while (i < to && OPENER[text.charCodeAt(i)] === 0) i++
    if (i >= to) return
    const partner = new Int32Array(to - from).fill(-1)
    this.partner = partner
    const stack: number[] = []
    const open = new Int32Array(grammar.openers.size)
    for (; i < to; i++) {
      const code = text.charCodeAt(i)
      const o = OPENER[code]
      if (o !== 0) {
        stack.push(i)
        open[o - 1]++
        continue
      }
      const k = CLOSER[code] - 1
      if (k < 0 || open[k] === 0) continue
      // Pop openers of other kinds left unclosed inside this pair.
      for (;;) {
        const j = stack.pop()!
        const kind = OPENER[text.charCodeAt(j)] - 1
        open[kind]--
        if (kind === k) {
          partner[j - from] = i
          partner[i - from] = j
          break
        }
      }
    }
  }

  /** The closer matching an opener at `i` (or opener matching a closer), else -1. */
  partnerOf(i: number): number {
    if (this.partner === null || i < this.from || i >= this.to) return -1
    return this.partner[i - this.from]
  }

  /** Is `i` an opener with a matching closer? */
  opensAt(i: number): boolean {
    const p = this.partnerOf(i)
    return p > i
  }

  /** Every matched pair whose opener is `（`, in order of their opener. */
  *parens(): Generator<[number, number]> {
    const partner = this.partner
    if (partner === null) return
    // search the range only (a slice is a view, not a copy)
    const r = this.text.slice(this.from, this.to)
    for (let i = r.indexOf('（'); i !== -1; i = r.indexOf('（', i + 1)) {
      if (partner[i] > i + this.from) yield [i + this.from, partner[i]]
    }
  }
}

export function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0'
}

export function isHan(c: string | undefined): boolean {
  if (!c) return false
  const code = c.charCodeAt(0)
  return code >= 0x3400 && code <= 0x9fff
}

export function isDigit(c: string | undefined): boolean {
  if (!c) return false
  return (c >= '0' && c <= '9') || (c >= '０' && c <= '９') || '〇一二三四五六七八九十'.includes(c)
}

/** Shrink [s, e) past surrounding spaces. */
export function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && isSpace(text[s])) s++
  while (e > s && isSpace(text[e - 1])) e--
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
