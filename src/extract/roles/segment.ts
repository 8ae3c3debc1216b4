/**
 * Word segmentation for the one place where a unit has no left boundary in the text: a prose
 * clause like 该项工作市教育局负责, where the unit list does not start at a clause start, after
 * 由, or after a label. jieba (with organ names from grammars/ as a user dictionary) tells
 * where words begin, so 城市管理局 is not cut into 城 + 市管理局, and its tags tell a scope noun
 * (该项工作) from a governing verb (支持高新区牵头 is not an assignment).
 *
 * Loaded lazily (jieba.ts) on the first such clause; labelled lists and 由-clauses never reach
 * it. A batch worker asks the one segmenter its main thread holds instead (useSharedSegmenter).
 */
import { jiebaTag } from './jieba.js'
import { leftEdgeOf, MAX_SEGMENT, type LeftEdge, type TaggedWord } from './left-edge.js'
import type { Brackets } from './text.js'

export type { LeftEdge }

/** Tags a sentence as jiebaTag does (null: no segmenter on this platform). */
export type Tagger = (sentence: string) => TaggedWord[] | null

let tagger: Tagger = jiebaTag

/**
 * Replaces this thread's segmenter by one that must tag exactly as jiebaTag does — a batch worker
 * installs one that asks the main thread's jieba (src/batch/segmenter-link.ts), so the dictionary
 * (≈38 MB) is held once per batch instead of once per worker.
 */
export function useSharedSegmenter(shared: Tagger): void {
  tagger = shared
}

let segmenterCalls = 0
/** How many times this thread asked the word segmenter so far (scripts/jieba-count.ts counts documents that need it). */
export function segmenterUseCount(): number {
  return segmenterCalls
}

/** Is the segmenter available (the native module loads on this platform)? Loads it. */
export function segmenterAvailable(): boolean {
  return jiebaTag('') !== null
}

/**
 * Find where a unit starts inside [s, e) when the text before it is a scope noun phrase:
 * the first word boundary after which a unit opening (市, 省, 各, a place, a known stem) starts a
 * valid unit running to `e`, provided no word before it is a verb, preposition, conjunction or
 * adverb (then `governed`: 突出人大参与 is not an assignment of 人大). Undefined when the segmenter
 * is unavailable or the text is too long or short to be asked about.
 *
 * @example leftBoundary('该项工作市教育局', 0, 8) // { start: 4, governed: false }
 */
export function leftBoundary(text: string, s: number, e: number, br?: Brackets, sentenceStart = false): LeftEdge | undefined {
  if (e - s > MAX_SEGMENT || e - s < 3) return undefined
  segmenterCalls++
  const words = tagger(text.slice(s, e))
  if (!words) return undefined
  return leftEdgeOf(text, s, e, words, br, sentenceStart)
}

/**
 * Does a verb open the text at `s` (up to `e`, at most a few words asked)? Undefined when the
 * segmenter is unavailable. `的机构选定…`: after the head 机构, 选定 is the sentence's own verb.
 */
export function verbAt(text: string, s: number, e: number): boolean | undefined {
  const end = Math.min(e, s + 12)
  if (end - s < 1) return undefined
  segmenterCalls++
  const words = tagger(text.slice(s, end))
  if (!words || words.length === 0) return undefined
  return words[0].tag === 'v'
}
