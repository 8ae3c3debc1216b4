/**
 * Word segmentation for the one place where a unit has no left boundary in the text: a prose
 * clause like 该项工作市教育局负责, where the unit list does not start at a clause start, after
 * 由, or after a label. jieba (with organ names from grammars/ as a user dictionary) tells
 * where words begin, so 城市管理局 is not cut into 城 + 市管理局, and its tags tell a scope noun
 * (该项工作) from a governing verb (支持高新区牵头 is not an assignment).
 *
 * Loaded lazily (≈250 ms, dictionary in memory) on the first such clause; labelled lists and
 * 由-clauses never reach it.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { leftEdgeOf, MAX_SEGMENT, organWords, type LeftEdge, type TaggedWord } from './left-edge.js'
import type { Brackets } from './text.js'

export type { LeftEdge }
interface Segmenter {
  tag(sentence: string, hmm?: boolean): TaggedWord[]
}

let segmenter: Segmenter | null | undefined

function load(): Segmenter | null {
  if (segmenter !== undefined) return segmenter
  try {
    const require = createRequire(import.meta.url)
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): Segmenter & { loadDict(d: Uint8Array): void } } }
    const jieba = Jieba.withDict(jiebaDictionary(require))
    jieba.loadDict(Buffer.from(userDictionary(), 'utf8'))
    segmenter = jieba
  } catch {
    segmenter = null
  }
  return segmenter
}

/**
 * jieba's own dictionary, dict.txt beside @node-rs/jieba/dict.js, read once and dropped after
 * loading (the native segmenter keeps its copy). Requiring dict.js instead would also read
 * idf.txt and keep both (11 MB) in require's cache, in every worker; it is the fallback.
 */
function jiebaDictionary(require: NodeRequire): Uint8Array {
  try {
    return readFileSync(join(dirname(require.resolve('@node-rs/jieba/dict.js')), 'dict.txt'))
  } catch {
    return (require('@node-rs/jieba/dict.js') as { dict: Uint8Array }).dict
  }
}

/** Organ words as a jieba user dictionary (`word freq tag` lines, tag nt = organization). */
function userDictionary(): string {
  return [...organWords()].map((w) => `${w} 2000 nt`).join('\n') + '\n'
}

let segmenterCalls = 0
/** How many times this thread asked the word segmenter so far (scripts/jieba-count.ts counts documents that need it). */
export function segmenterUseCount(): number {
  return segmenterCalls
}

/** Is the segmenter available (the native module loads on this platform)? Loads it. */
export function segmenterAvailable(): boolean {
  return load() !== null
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
  const seg = load()
  if (!seg) return undefined
  return leftEdgeOf(text, s, e, seg.tag(text.slice(s, e), true), br, sentenceStart)
}
