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
  /** Numeral systems the style's number may be printed in. */
  systems: NumeralSystem[]
}

/** A numbering marker found in the view: `[start, end)` covers the marker and its punctuation. */
export interface Marker {
  style: string
  start: number
  end: number
  /** Numeral as printed (`二`, `12`, `③`). */
  numeral: string
  number: number | null
  /** Path key, e.g. `二`, `（一）`, `1`, `第三条`, `第一百二十条之一`, `第185-1条`. */
  key: string
  /** An article an amendment inserted after `number` (`第一百二十条之一`, `第185-1條`): the next one, not a repeat. */
  inserted?: boolean
  weak: boolean
  /** Ambiguous form (4.2021年…, 1）…): a clause only when its number continues its list. */
  sequence: boolean
}

/** How a numeral system's numeral is read (grammars/numbering.json `numerals`). */
type NumeralRead = 'chinese' | 'digits' | 'sequence' | 'dotted' | 'none'

interface NumeralSystem {
  read: NumeralRead
  chars: string
}

const SYSTEMS = grammar.numerals as Record<string, NumeralSystem>
/** Each system's characters as code points, to test a numeral without an array of its characters (numberOf). */
const CODES = new Map(Object.values(SYSTEMS).map((sys) => [sys, new Set(Array.from(sys.chars, (ch) => ch.codePointAt(0)!))]))

/** Is every character of `numeral` one of `sys`? (a loop over code points: this runs for every marker read) */
function allIn(numeral: string, sys: NumeralSystem): boolean {
  const codes = CODES.get(sys)!
  for (let i = 0; i < numeral.length; ) {
    const code = numeral.codePointAt(i)!
    if (!codes.has(code)) return false
    i += code > 0xffff ? 2 : 1
  }
  return true
}

interface StyleEntry {
  id: string
  pattern: string
  key: string
  numerals: string[]
  weak?: boolean
  inlineOnly?: boolean
  sequence?: boolean
  fixed?: number
}

function systemsOf(s: StyleEntry): NumeralSystem[] {
  return s.numerals.map((name) => {
    const sys = SYSTEMS[name]
    if (!sys) throw new Error(`grammars/numbering.json: style ${s.id} names an unknown numeral system ${name}`)
    return sys
  })
}

export const STYLES: MarkerStyle[] = (grammar.styles as StyleEntry[]).map((s) => ({
  id: s.id,
  re: new RegExp(s.pattern, 'y'),
  key: s.key,
  weak: Boolean(s.weak),
  inlineOnly: Boolean(s.inlineOnly),
  sequence: Boolean(s.sequence),
  fixed: s.fixed,
  systems: systemsOf(s),
}))

/**
 * Code units a marker can start with, a cheap gate before trying the style regexes: the literal
 * that opens a style's pattern (第, （), or, when the pattern opens with its numeral group, every
 * character of the numeral systems the style names.
 */
const FIRST = new Uint8Array(0x10000)
for (const s of STYLES) {
  const src = s.re.source
  if (src.startsWith('(') && !src.startsWith('(?')) {
    for (const sys of s.systems) for (const ch of sys.chars) FIRST[ch.charCodeAt(0)] = 1
  } else if (/^[^\\[(.?*+{|^$]/.test(src)) FIRST[src.charCodeAt(0)] = 1
  else throw new Error(`grammars/numbering.json: style ${s.id} must open with a literal or its numeral group: ${src}`)
}

/**
 * Per code unit, which styles' sticky regexes are worth trying there (bit i: STYLES[i]): a style
 * whose pattern must open with one atom (a literal, a class or \d, at least once) can only match
 * where that atom matches. Derived from each pattern's own first atom, tested on the code units of
 * FIRST only; a pattern whose opening is not that simple gets every bit, so the mask only skips
 * regexes that could not match (the answer is the one trying them all gives).
 */
const STYLE_MASK = new Uint32Array(0x10000)
if (STYLES.length > 32) throw new Error('grammars/numbering.json: the style mask holds at most 32 styles')
{
  const gated: number[] = []
  for (let c = 0; c < 0x10000; c++) if (FIRST[c]) gated.push(c)
  STYLES.forEach((s, i) => {
    const atom = openingAtom(s.re.source)
    for (const c of gated) if (!atom || atom.test(String.fromCharCode(c))) STYLE_MASK[c] |= 1 << i
  })
}

/**
 * The atom a pattern must open with, as a one-character regex: its first literal, or the first
 * atom (a class or \d) of an opening group without alternatives, occurring at least once.
 * Undefined when the opening is anything else.
 */
function openingAtom(src: string): RegExp | undefined {
  if (alternates(src, 0) || (src.startsWith('(') && alternates(src, 1))) return undefined
  let at = 0
  if (src.startsWith('(') && !src.startsWith('(?')) at = 1
  let end: number
  if (src[at] === '[') {
    end = at + 1
    while (end < src.length && src[end] !== ']') end += src[end] === '\\' ? 2 : 1
    end++
  } else if (src[at] === '\\' && 'dDwWsS'.includes(src[at + 1])) end = at + 2
  else if (/^[^\\[\](){}.?*+|^$]$/.test(src[at] ?? '')) end = at + 1
  else return undefined
  const next = src[end]
  if (end > src.length || next === '?' || next === '*' || src.startsWith('{0', end)) return undefined
  return new RegExp(`^${src.slice(at, end)}$`)
}

/** Does the pattern hold a | at group depth `depth` (0: top level, 1: inside the opening group)? */
function alternates(src: string, depth: number): boolean {
  let d = 0
  let inClass = false
  for (let i = 0; i < src.length; i++) {
    const c = src[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') d++
    else if (c === ')') {
      d--
      if (depth === 1 && d === 0) return false
    } else if (c === '|' && d === depth) return true
  }
  return false
}

/** The value of `numeral` in the first of `systems` that reads it, or null (bullets, unknown forms). */
function numberOf(numeral: string, systems: NumeralSystem[]): number | null {
  for (const sys of systems) {
    if (sys.read === 'none') return null
    if (sys.read === 'dotted') return Number(numeral.split('.').pop())
    if (!allIn(numeral, sys)) continue
    if (sys.read === 'sequence') return numeral.length === 1 ? sys.chars.indexOf(numeral) + 1 : null
    return cnNumber(numeral)
  }
  return null
}

/** `n` printed in `sys` (1–99 for Chinese), the form a list's next key is looked for in. */
function writeNumeral(n: number, sys: NumeralSystem): string | null {
  if (sys.read === 'digits') return String(n)
  if (sys.read === 'sequence') return sys.chars[n - 1] ?? null
  if (sys.read !== 'chinese' || n < 1 || n > 99) return null
  const digit = (d: number) => '零一二三四五六七八九'[d]
  if (n < 10) return digit(n)
  return `${n >= 20 ? digit(Math.floor(n / 10)) : ''}十${n % 10 ? digit(n % 10) : ''}`
}

/**
 * The key the item after `m` is printed with (一是 → 二是), or null when its numeral system cannot
 * write it.
 * @example nextKey(markerAt('一是加强', 0, true)!) // '二是'
 */
export function nextKey(m: Marker): string | null {
  const style = STYLES.find((s) => s.id === m.style)
  if (!style || m.number === null) return null
  for (const sys of style.systems) {
    const n = writeNumeral(m.number + 1, sys)
    if (n !== null) return keyOf(style.key, n, undefined)
  }
  return null
}

export const RUN_IN_AFTER = new Set([...grammar.runInAfter])
export const RUN_IN_STYLES = new Set(grammar.runInStyles)
/** Styles whose first item may open run-in inside a line or a box (…活动。一、明确…). */
export const RUN_IN_OPENERS = new Set(grammar.runInOpeners)
/** Run-in openers that enumerate inside a sentence when their next item follows in the same line (第一阶段…，第二阶段…). */
export const RUN_IN_ENUMERATIONS = new Set(grammar.runInEnumerations)
/** The hierarchy official texts print, highest first (grammars/numbering.json conventionalOrder: 一、 › （一） › 1. › （1） › ①). */
export const CONVENTIONAL_ORDER: readonly string[] = grammar.conventionalOrder
const CONVENTIONAL = CONVENTIONAL_ORDER
/**
 * Does style `a` stand above style `b` in the order official texts print (一、 › （一） › 1. › （1） › ①)?
 * @example outranks('cn-paren', 'arabic') // true
 */
export function outranks(a: string, b: string): boolean {
  const i = CONVENTIONAL.indexOf(a)
  const j = CONVENTIONAL.indexOf(b)
  return i >= 0 && j >= 0 && i < j
}
const UNDER_SECTIONS = new Set(grammar.underSections as string[])
/**
 * Does a section heading of style `a` stand above an open item of style `b` where a text starts
 * inside a document: `outranks`, or `a` is the section style (一、) and `b` one it stands above
 * outside the conventional order (第二阶段 before 四、保障措施).
 * @example outranksAtStart('cn-dun', 'stage') // true
 */
export function outranksAtStart(a: string, b: string): boolean {
  return outranks(a, b) || (a === CONVENTIONAL[0] && UNDER_SECTIONS.has(b))
}
/** Characters printed for the 一 of a damaged 一、 (`明确目标任务-、`). */
export const DAMAGED_ONE = new Set([...grammar.damagedOne])
/** An article number alone (第二条), read as a heading only where the input printed a space after it (see build.ts). */
export const SPACED_ARTICLE = new RegExp(grammar.spacedArticle, 'y')
/** The path key template of an article (`第{n}条{sub}`), which a SPACED_ARTICLE marker takes too. */
export const ARTICLE_KEY = STYLES.find((s) => s.id === 'article')!.key
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
 * The styles (bits as in the per-code-unit style mask) that `keep` accepts, for `mayOpenStyle`: a set of styles a
 * caller reads, so that it asks `markerAt` only where one of them can open.
 * @example styleBits((s) => s.id === 'cn-dun') !== 0 // true
 */
export function styleBits(keep: (s: MarkerStyle) => boolean): number {
  let bits = 0
  STYLES.forEach((s, i) => {
    if (keep(s)) bits |= 1 << i
  })
  return bits
}

/**
 * Can a marker of one of the styles in `bits` (from `styleBits`) open at `text[at]`? False when none can: then
 * `markerAt(text, at, …)` returns null or a marker of another style there (the mask only skips regexes that
 * could not match).
 * @example mayOpenStyle('一、总则', 0, styleBits((s) => s.id === 'cn-dun')) // true
 */
export function mayOpenStyle(text: string, at: number, bits: number): boolean {
  return (STYLE_MASK[text.charCodeAt(at)] & bits) !== 0
}

/**
 * The marker at `text[at]`, if any. `inline` allows inline-only styles (一是/二是).
 * Sticky regexes: each style is tried once at this position, never scanning ahead.
 */
export function markerAt(text: string, at: number, inline = false): Marker | null {
  if (!FIRST[text.charCodeAt(at)]) return null
  let mask = STYLE_MASK[text.charCodeAt(at)]
  for (let i = 0; mask !== 0; i++, mask >>>= 1) {
    const s = STYLES[i]
    if ((mask & 1) === 0 || (s.inlineOnly && !inline)) continue
    s.re.lastIndex = at
    const m = s.re.exec(text)
    if (!m) continue
    const numeral = m[1]
    const dotted = s.systems[0]?.read === 'dotted'
    return {
      style: dotted ? `${s.id}-${numeral.split('.').length}` : s.id,
      start: at,
      end: at + m[0].length,
      numeral,
      number: numberOf(numeral, s.systems),
      key: keyOf(s.key, numeral, m[2]),
      ...(m[2] ? { inserted: true } : {}),
      weak: s.weak,
      sequence: s.sequence,
    }
  }
  return null
}

/**
 * A style's path key for the numeral as printed: `{n}` the numeral, `{sub}` the number of an
 * inserted article (`之一`, `1`), empty when there is none.
 * @example keyOf('第{n}-{sub}条', '185', '1') // '第185-1条'
 */
export function keyOf(template: string, numeral: string, sub: string | undefined): string {
  return template.replace('{n}', numeral).replace('{sub}', sub ?? '')
}

/**
 * Does item `number` come right after item `prev` of its list: `prev + 1`, or an article an
 * amendment inserted, numbered as the one before it (第一百二十条之一 after 第一百二十条)?
 * @example comesNext(120, 120, true) // true
 */
export function comesNext(number: number, prev: number, inserted: boolean | undefined): boolean {
  return number === prev + 1 || (inserted === true && number === prev)
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
