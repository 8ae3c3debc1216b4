/**
 * jieba with only the dictionary words a sentence can meet. jieba's full dictionary costs ≈ 45 MB of
 * native memory once loaded (349,045 words, each a record and trie nodes), yet a tagging reads the
 * dictionary at the sentence's substrings only, plus one number: the sum of all frequencies. So a
 * jieba instance holding (a) every dictionary word that occurs in the sentence, with the frequency
 * and tag the full load would give it, and (b) one filler word that can never occur, whose frequency
 * makes the instance's total equal to the full dictionary's, tags the sentence exactly as the full
 * one does — what it reads is the same:
 *
 * - the word graph of each run of Han characters is the dictionary words that are prefixes of each
 *   suffix of the run (cedar's common-prefix walk, in increasing length whatever other words the
 *   trie holds): all of them substrings of the sentence;
 * - the best route weighs an edge by ln(freq) − ln(total), from the same records and the same total;
 * - the HMM is asked about a run of single characters only when the run is not a dictionary word,
 *   and its model is built in; a word's tag is its record's, else guessed from the word alone.
 *
 * The dictionary stays here as its UTF-8 file (≈ 5 MB) with a sorted index of its lines; the one
 * jieba instance grows by the words the sentences asked so far meet (it never drops a word: a word
 * it holds has its full-load frequency and tag, so holding more changes nothing), and the filler's
 * frequency is set again before each sentence. Loading the full dictionary keeps the same
 * `loadDict` semantics this mirrors: a word's first line gives its tag, its last line its frequency.
 *
 * Only a dictionary whose words this reads the way jieba does is taken (every line `word freq tag`,
 * sorted by bytes, no word twice, no whitespace in a word): otherwise `subsetDictionary` answers
 * null and the caller loads the full one.
 */

/** jieba's instance, as far as it is used here. */
export interface JiebaInstance {
  tag(sentence: string, hmm?: boolean): Array<{ word: string; tag: string }>
  loadDict(dict: Uint8Array): void
}

/**
 * The filler word: two noncharacters, which no dictionary word holds (checked) and a sentence holding
 * them is tagged by the full dictionary instead (`SubsetDictionary.canTag`).
 */
export const FILLER = '\uFDD0\uFDEF'

const SPACE = 0x20
const NL = 0x0a

/** A merged entry: frequency and tag as the full load would leave them. */
interface Entry {
  freq: number
  tag: string
}

/** The full dictionary's words, found by the bytes of a sentence. */
export class SubsetDictionary {
  /** Sum of every merged word's frequency: the full jieba's total. */
  readonly total: number
  private readonly maxWordBytes: number

  private constructor(
    private readonly bytes: Uint8Array,
    /** Offset of each line's first byte, in byte order of the words. */
    private readonly starts: Uint32Array,
    /** Byte length of each line's word. */
    private readonly lengths: Uint8Array,
    /** Words of the later dictionaries (the user dictionary), merged over the file's. */
    private readonly extra: Map<string, Entry>,
    total: number,
    maxWordBytes: number,
  ) {
    this.total = total
    this.maxWordBytes = maxWordBytes
  }

  /**
   * Reads `dict` (jieba's dictionary file) and the dictionaries loaded after it, in order, as jieba's
   * `loadDict` would merge them; null when the file is not in the form this reads exactly.
   */
  static build(dict: Uint8Array, later: string[]): SubsetDictionary | null {
    let lines = 0
    for (let i = 0; i < dict.length; i++) if (dict[i] === NL) lines++
    if (dict.length && dict[dict.length - 1] !== NL) lines++
    const starts = new Uint32Array(lines)
    const lengths = new Uint8Array(lines)
    let n = 0
    let total = 0
    let maxWordBytes = 0
    let prevStart = -1
    let prevLength = 0
    for (let at = 0; at < dict.length; ) {
      let end = dict.indexOf(NL, at)
      if (end < 0) end = dict.length
      const line = readLine(dict, at, end)
      if (!line) return null
      if (line.wordLength > 255) return null
      if (prevStart >= 0 && compareBytes(dict, prevStart, prevLength, dict, at, line.wordLength) >= 0) return null
      starts[n] = at
      lengths[n] = line.wordLength
      n++
      total += line.freq
      maxWordBytes = Math.max(maxWordBytes, line.wordLength)
      prevStart = at
      prevLength = line.wordLength
      at = end + 1
    }
    const self = new SubsetDictionary(dict, starts.subarray(0, n), lengths.subarray(0, n), new Map(), 0, maxWordBytes)
    const extra = self.extra
    for (const text of later) {
      for (const raw of text.split('\n')) {
        const fields = raw.split(WHITESPACE).filter((f) => f !== '')
        if (!fields.length) continue
        const [word, freqText = '0', tag = ''] = fields
        if (!/^\+?\d+$/.test(freqText) || word.includes(FILLER)) return null
        const freq = Number(freqText)
        const known = extra.get(word) ?? self.fileEntry(word)
        extra.set(word, known ? { freq, tag: known.tag } : { freq, tag })
      }
    }
    for (const [word, entry] of extra) {
      const inFile = self.fileEntry(word)
      total += entry.freq - (inFile?.freq ?? 0)
      maxWordBytes = Math.max(maxWordBytes, utf8.encode(word).length)
    }
    return new SubsetDictionary(dict, self.starts, self.lengths, extra, total, maxWordBytes)
  }

  /** Whether a sentence can be tagged from a subset (it does not hold the filler). */
  canTag(sentence: string): boolean {
    return !sentence.includes(FILLER)
  }

  /** Every merged word that occurs in `sentence`, with its entry (each word once). */
  wordsIn(sentence: string): Map<string, Entry> {
    const out = new Map<string, Entry>()
    const s = utf8.encode(sentence)
    for (let i = 0; i < s.length; i++) {
      if ((s[i] & 0xc0) === 0x80) continue
      // the file's words starting at i: narrow the sorted range byte by byte
      let lo = 0
      let hi = this.starts.length
      for (let d = 0; i + d < s.length && d < this.maxWordBytes && lo < hi; d++) {
        const b = s[i + d]
        lo = this.firstAtLeast(lo, hi, d, b)
        hi = this.firstAtLeast(lo, hi, d, b + 1)
        const next = i + d + 1
        if (lo < hi && this.lengths[lo] === d + 1 && (next === s.length || (s[next] & 0xc0) !== 0x80)) {
          const word = utf8d.decode(s.subarray(i, next))
          if (!out.has(word)) out.set(word, this.entryAt(lo))
        }
      }
    }
    for (const [word, entry] of this.extra) if (sentence.includes(word)) out.set(word, entry)
    return out
  }

  /** First index in [lo, hi) whose word's byte at `d` is at least `b` (a word ending before `d` counts as below every byte). */
  private firstAtLeast(lo: number, hi: number, d: number, b: number): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const v = this.lengths[mid] > d ? this.bytes[this.starts[mid] + d] : -1
      if (v < b) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  private entryAt(k: number): Entry {
    const at = this.starts[k]
    let end = this.bytes.indexOf(NL, at)
    if (end < 0) end = this.bytes.length
    const line = readLine(this.bytes, at, end)!
    return { freq: line.freq, tag: line.tag }
  }

  /** The file's entry for a word, or undefined. */
  private fileEntry(word: string): Entry | undefined {
    const w = utf8.encode(word)
    let lo = 0
    let hi = this.starts.length
    for (let d = 0; d < w.length && lo < hi; d++) {
      lo = this.firstAtLeast(lo, hi, d, w[d])
      hi = this.firstAtLeast(lo, hi, d, w[d] + 1)
    }
    return lo < hi && this.lengths[lo] === w.length ? this.entryAt(lo) : undefined
  }
}

/**
 * A tagger over a subset instance: before each sentence the words it meets that the instance lacks
 * are loaded, and the filler's frequency set so the instance's total is the full dictionary's.
 */
export function subsetTagger(dictionary: SubsetDictionary, instance: JiebaInstance): (sentence: string) => Array<{ word: string; tag: string }> {
  const held = new Set<string>()
  let heldSum = 0
  return (sentence) => {
    let lines = ''
    for (const [word, entry] of dictionary.wordsIn(sentence)) {
      if (held.has(word)) continue
      held.add(word)
      heldSum += entry.freq
      lines += `${word} ${entry.freq} ${entry.tag}\n`
    }
    if (lines) instance.loadDict(utf8.encode(`${lines}${FILLER} ${dictionary.total - heldSum} x\n`))
    return instance.tag(sentence, true)
  }
}

/** The filler's line for a new instance (`Jieba.withDict`): it alone holds the whole total. */
export function fillerDictionary(dictionary: SubsetDictionary): Uint8Array {
  return utf8.encode(`${FILLER} ${dictionary.total} x\n`)
}

const utf8 = new TextEncoder()
const utf8d = new TextDecoder()

/** Unicode White_Space, what Rust's `split_whitespace` splits a dictionary line on. */
const WHITESPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/

/**
 * One line `word SP digits SP tag` (tag ASCII letters, optional CR before the LF), or null. The word
 * must hold no whitespace character (ASCII, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
 * U+202F, U+205F, U+3000) and not the filler.
 */
function readLine(b: Uint8Array, at: number, end: number): { wordLength: number; freq: number; tag: string } | null {
  if (end > at && b[end - 1] === 0x0d) end--
  const sp1 = b.indexOf(SPACE, at)
  if (sp1 <= at || sp1 >= end) return null
  for (let i = at; i < sp1; i++) if (isSpaceAt(b, i, sp1)) return null
  let freq = 0
  let i = sp1 + 1
  if (i >= end || b[i] < 0x30 || b[i] > 0x39) return null
  for (; i < end && b[i] >= 0x30 && b[i] <= 0x39; i++) freq = freq * 10 + (b[i] - 0x30)
  if (i >= end || b[i] !== SPACE || !Number.isSafeInteger(freq)) return null
  let tag = ''
  for (i++; i < end; i++) {
    const c = b[i]
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) return null
    tag += String.fromCharCode(c)
  }
  if (!tag) return null
  // U+FDD0 and U+FDEF in UTF-8: EF B7 90, EF B7 AF
  for (let k = at; k + 2 < sp1; k++) if (b[k] === 0xef && b[k + 1] === 0xb7 && (b[k + 2] === 0x90 || b[k + 2] === 0xaf)) return null
  return { wordLength: sp1 - at, freq, tag }
}

/** Does a whitespace character start at byte `i` (before `end`)? */
function isSpaceAt(b: Uint8Array, i: number, end: number): boolean {
  const c = b[i]
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true
  if (c === 0xc2 && i + 1 < end) return b[i + 1] === 0x85 || b[i + 1] === 0xa0
  if (c === 0xe1 && i + 2 < end) return b[i + 1] === 0x9a && b[i + 2] === 0x80
  if (c === 0xe2 && i + 2 < end) {
    const c1 = b[i + 1]
    const c2 = b[i + 2]
    if (c1 === 0x80) return (c2 >= 0x80 && c2 <= 0x8a) || c2 === 0xa8 || c2 === 0xa9 || c2 === 0xaf
    return c1 === 0x81 && c2 === 0x9f
  }
  if (c === 0xe3 && i + 2 < end) return b[i + 1] === 0x80 && b[i + 2] === 0x80
  return false
}

function compareBytes(a: Uint8Array, as: number, al: number, b: Uint8Array, bs: number, bl: number): number {
  const n = Math.min(al, bl)
  for (let i = 0; i < n; i++) {
    const d = a[as + i] - b[bs + i]
    if (d) return d
  }
  return al - bl
}
