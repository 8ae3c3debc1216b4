import grammar from '../../grammars/numbering.json' with { type: 'json' }
import { cnNumber } from './numerals.js'

export interface MarkerStyle {
  id: string
  re: RegExp
  key: string
  weak: boolean
  inlineOnly: boolean
  /** Ambiguous form: a clause only when its number continues its list (see build.ts). */
  sequence: boolean
  /** Laws' fixed hierarchy (编 › 章 › 节 › 条): such styles nest by rank, not by first appearance. */
  fixed?: number
}

/** A numbering marker found in the view: `[start, end)` covers the marker and its punctuation. */
export interface Marker {
  style: string
  start: number
  end: number
  /** Numeral as printed (`二`, `12`, `③`). */
  numeral: string
  number: number | null
  /** Path key, e.g. `二`, `（一）`, `1`, `第三条`. */
  key: string
  weak: boolean
  /** Ambiguous form (4.2021年…, 1）…): a clause only when its number continues its list. */
  sequence: boolean
}

export const STYLES: MarkerStyle[] = grammar.styles.map((s) => ({
  id: s.id,
  re: new RegExp(s.pattern, 'y'),
  key: s.key,
  weak: Boolean((s as { weak?: boolean }).weak),
  inlineOnly: Boolean((s as { inlineOnly?: boolean }).inlineOnly),
  sequence: Boolean((s as { sequence?: boolean }).sequence),
  fixed: (s as { fixed?: number }).fixed,
}))

/** Code units a marker can start with: a cheap gate before trying the style regexes. */
const FIRST = new Uint8Array(0x10000)
for (const ch of '第一二三四五六七八九十（0123456789①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇●■◆▲★◇□') FIRST[ch.charCodeAt(0)] = 1

export const RUN_IN_AFTER = new Set([...grammar.runInAfter])
export const RUN_IN_STYLES = new Set(grammar.runInStyles)
/** How far (code units) to look for the 2 that confirms a `sequence` list opening with 1. */
export const SEQUENCE_LOOKAHEAD = grammar.sequenceLookahead
const BOX = new RegExp(grammar.boxes)

/**
 * True when the line starts a box (专栏1 …, 专栏 3, 专栏二：), which is neither an item nor the end
 * of the list around it.
 * @example isBoxHeader('专栏 2 数字化改造升级工程') // true
 */
export function isBoxHeader(line: string): boolean {
  return BOX.test(line)
}

/**
 * The marker at `text[at]`, if any. `inline` allows inline-only styles (一是/二是).
 * Sticky regexes: each style is tried once at this position, never scanning ahead.
 */
export function markerAt(text: string, at: number, inline = false): Marker | null {
  if (!FIRST[text.charCodeAt(at)]) return null
  for (const s of STYLES) {
    if (s.inlineOnly && !inline) continue
    s.re.lastIndex = at
    const m = s.re.exec(text)
    if (!m) continue
    const numeral = m[1]
    const number = s.id === 'bullet' || s.id === 'decimal' ? null : cnNumber(numeral)
    return {
      style: s.id === 'decimal' ? `decimal-${numeral.split('.').length}` : s.id,
      start: at,
      end: at + m[0].length,
      numeral,
      number: s.id === 'decimal' ? Number(numeral.split('.').pop()) : number,
      key: s.key.replace('{n}', numeral),
      weak: s.weak,
      sequence: s.sequence,
    }
  }
  return null
}

/** True when a numbering marker (not a weak one) starts at `at`. */
export function startsWithMarker(text: string, at: number): boolean {
  const m = markerAt(text, at)
  return m !== null && !m.weak
}

/** Rank of a fixed (law) style, or undefined. */
export function fixedRank(style: string): number | undefined {
  return STYLES.find((s) => s.id === style)?.fixed
}
