/**
 * Browser twin of segment.ts. The native jieba addon cannot load in a page, and jieba's full
 * dictionary (5 MB) would not fit a self-contained report. This segmenter follows jieba's own
 * method without its HMM: a word graph over a dictionary, the route of highest probability
 * (sum of log word frequencies), each word tagged by the dictionary (unknown → x, as jieba does).
 * The dictionary is jieba's words of frequency ≥ BROWSER_DICT_MIN_FREQ plus every single
 * character, built into the bundle from @node-rs/jieba's dict.txt (tsup.config.ts), and the
 * organ words of grammars/ as in segment.ts. The decision over the words is the same as in Node: left-edge.ts.
 */
// A virtual module of the browser build (see tsup.config.ts).
import browserDict from 'gongwen:browser-dict'
import { leftEdgeOf, MAX_SEGMENT, organWords, type LeftEdge, type TaggedWord } from './left-edge.js'
import type { Brackets } from './text.js'

export type { LeftEdge }

interface Dict {
  freq: Map<string, number>
  tag: Map<string, string>
  logTotal: number
  maxLength: number
}

let dict: Dict | undefined

function load(): Dict {
  if (dict) return dict
  const freq = new Map<string, number>()
  const tag = new Map<string, string>()
  let maxLength = 1
  const add = (w: string, f: number, t: string) => {
    freq.set(w, f)
    tag.set(w, t)
    if (w.length > maxLength) maxLength = w.length
  }
  for (const line of browserDict.words.split('\n')) {
    const [w, f, t] = line.split(' ')
    if (w) add(w, parseInt(f, 36), t)
  }
  for (const w of organWords()) add(w, 2000, 'nt')
  dict = { freq, tag, logTotal: Math.log(browserDict.total), maxLength }
  return dict
}

/** jieba's route: from the end, each position takes the word maximizing log P(word) + best(rest). */
function tag(sentence: string): TaggedWord[] {
  const d = load()
  const n = sentence.length
  const score = new Float64Array(n + 1)
  const next = new Int32Array(n + 1)
  for (let i = n - 1; i >= 0; i--) {
    score[i] = -Infinity
    for (let j = i + 1; j <= Math.min(n, i + d.maxLength); j++) {
      const f = d.freq.get(sentence.slice(i, j))
      if (f === undefined && j > i + 1) continue
      const v = Math.log(f || 1) - d.logTotal + score[j]
      if (v > score[i]) {
        score[i] = v
        next[i] = j
      }
    }
  }
  const words: TaggedWord[] = []
  for (let i = 0; i < n; i = next[i]) {
    const word = sentence.slice(i, next[i])
    words.push({ word, tag: d.tag.get(word) ?? (/^[0-9.]+$/.test(word) ? 'm' : /^[A-Za-z0-9]+$/.test(word) ? 'eng' : 'x') })
  }
  return words
}

export function segmenterAvailable(): boolean {
  return true
}

/** Same contract as segment.ts's leftBoundary. */
export function leftBoundary(text: string, s: number, e: number, br?: Brackets, sentenceStart = false): LeftEdge | undefined {
  if (e - s > MAX_SEGMENT || e - s < 3) return undefined
  return leftEdgeOf(text, s, e, tag(text.slice(s, e)), br, sentenceStart)
}

/** Same contract as segment.ts's verbAt. */
export function verbAt(text: string, s: number, e: number): boolean | undefined {
  const end = Math.min(e, s + 12)
  if (end - s < 1) return undefined
  const words = tag(text.slice(s, end))
  return words.length === 0 ? undefined : words[0].tag === 'v'
}
