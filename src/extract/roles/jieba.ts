/**
 * The jieba word segmenter (@node-rs/jieba) with jieba's full dictionary and the organ words of
 * grammars/ as a user dictionary, loaded once per thread on the first sentence it is asked about.
 * The native instance holds only the dictionary words the sentences asked so far contain, with a
 * filler word that keeps the dictionary's total (jieba-subset.ts): the same tags as the whole
 * dictionary (≈ 45 MB of native memory) from the dictionary file (≈ 5 MB) and a sorted index of
 * it (≈ 1.7 MB). Used by segment.ts in the thread that parses, or by the batch's segmenter thread
 * on behalf of its workers (src/batch/segmenter-link.ts), so a batch holds one dictionary.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { TaggedWord } from './left-edge.js'
import { organWords } from './organ-words.js'
import { fillerDictionary, subsetTagger, SubsetDictionary, type JiebaInstance } from './jieba-subset.js'

interface Segmenter {
  tag(sentence: string, hmm?: boolean): TaggedWord[]
}

type JiebaClass = { new (): JiebaInstance; withDict(dict: Uint8Array): JiebaInstance }

/** Tags a sentence with the dictionary words it meets (jieba-subset.ts), or with the full dictionary. */
type Tagger = (sentence: string) => TaggedWord[]

let tagger: Tagger | null | undefined

function load(): Tagger | null {
  if (tagger !== undefined) return tagger
  try {
    const require = createRequire(import.meta.url)
    const { Jieba } = require('@node-rs/jieba') as { Jieba: JiebaClass }
    const dict = jiebaDictionary(require)
    const user = userDictionary()
    const subset = SubsetDictionary.build(dict, [user])
    if (subset) {
      const instance = Jieba.withDict(fillerDictionary(subset))
      const tagSubset = subsetTagger(subset, instance)
      // a sentence holding the filler word is tagged by the full dictionary, loaded then
      let full: Segmenter | undefined
      tagger = (sentence) => (subset.canTag(sentence) ? tagSubset(sentence) : (full ??= fullJieba(Jieba, jiebaDictionary(require), user)).tag(sentence, true))
    } else {
      const full = fullJieba(Jieba, dict, user)
      tagger = (sentence) => full.tag(sentence, true)
    }
  } catch {
    tagger = null
  }
  return tagger
}

/**
 * A tagger with jieba's whole dictionary loaded, as this module loaded it before the subset (tests
 * hold `jiebaTag` to it); null when the native module does not load.
 */
export function fullDictionaryTagger(): ((sentence: string) => TaggedWord[]) | null {
  try {
    const require = createRequire(import.meta.url)
    const { Jieba } = require('@node-rs/jieba') as { Jieba: JiebaClass }
    const full = fullJieba(Jieba, jiebaDictionary(require), userDictionary())
    return (sentence) => full.tag(sentence, true)
  } catch {
    return null
  }
}

/** jieba with its whole dictionary and the user dictionary, as jieba itself loads them. */
function fullJieba(Jieba: JiebaClass, dict: Uint8Array, user: string): Segmenter {
  const jieba = Jieba.withDict(dict)
  jieba.loadDict(Buffer.from(user, 'utf8'))
  return jieba
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
  const tag = load()
  return tag ? tag(sentence) : null
}
