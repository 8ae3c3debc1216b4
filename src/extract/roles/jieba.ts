/**
 * The jieba word segmenter (@node-rs/jieba) with jieba's full dictionary and the organ words of
 * grammars/ as a user dictionary: loaded once per thread, on the first sentence it is asked
 * about (≈250 ms, ≈38 MB of native memory). Used by segment.ts in the thread that parses, or by
 * the batch's main thread on behalf of its workers (src/batch/segmenter-link.ts), so a batch
 * holds one dictionary, not one per worker.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { TaggedWord } from './left-edge.js'
import { organWords } from './organ-words.js'

interface Segmenter {
  tag(sentence: string, hmm?: boolean): TaggedWord[]
}

let segmenter: Segmenter | null | undefined

function load(): Segmenter | null {
  if (segmenter !== undefined) return segmenter
  try {
    const require = createRequire(import.meta.url)
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): Segmenter & { loadDict(dict: Uint8Array): void } } }
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
 * idf.txt and keep both (11 MB) in require's cache; it is the fallback.
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

/**
 * jieba's tagged words of `sentence` (with its HMM for unknown words), or null when the native
 * module does not load on this platform. Loads the dictionary on first use.
 *
 * @example jiebaTag('该项工作市教育局负责') // [{ word: '该项', tag: 'r' }, { word: '工作', tag: 'vn' }, { word: '市', tag: 'n' }, …]
 */
export function jiebaTag(sentence: string): TaggedWord[] | null {
  const seg = load()
  return seg ? seg.tag(sentence, true) : null
}
