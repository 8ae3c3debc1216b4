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
const NEWLINE = 0x0a

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
    for (let i = 0; i < dict.length; i++) if (dict[i] === NEWLINE) lines++
    if (dict.length && dict[dict.length - 1] !== NEWLINE) lines++
    const starts = new Uint32Array(lines)
    const lengths = new Uint8Array(lines)
    let count = 0
    let total = 0
    let maxWordBytes = 0
    let prevStart = -1
    let prevLength = 0
    for (let at = 0; at < dict.length; ) {
      let end = dict.indexOf(NEWLINE, at)
      if (end < 0) end = dict.length
      const line = readLine(dict, at, end)
      if (!line) return null
      if (line.wordLength > 255) return null
      if (prevStart >= 0 && compareBytes(dict, prevStart, prevLength, dict, at, line.wordLength) >= 0) return null
      starts[count] = at
      lengths[count] = line.wordLength
      count++
      total += line.freq
      maxWordBytes = Math.max(maxWordBytes, line.wordLength)
      prevStart = at
      prevLength = line.wordLength
      at = end + 1
    }
    const self = new SubsetDictionary(dict, starts.subarray(0, count), lengths.subarray(0, count), new Map(), 0, maxWordBytes)
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
    const sent = utf8.encode(sentence)
    for (let i = 0; i < sent.length; i++) {
      if ((sent[i] & 0xc0) === 0x80) continue
      // the file's words starting at i: narrow the sorted range byte by byte
      let low = 0
      let high = this.starts.length
      for (let depth = 0; i + depth < sent.length && depth < this.maxWordBytes && low < high; depth++) {
        const byte = sent[i + depth]
        low = this.firstAtLeast(low, high, depth, byte)
        high = this.firstAtLeast(low, high, depth, byte + 1)
        const next = i + depth + 1
        if (low < high && this.lengths[low] === depth + 1 && (next === sent.length || (sent[next] & 0xc0) !== 0x80)) {
          const word = utf8d.decode(sent.subarray(i, next))
          if (!out.has(word)) out.set(word, this.entryAt(low))
        }
      }
    }
    for (const [word, entry] of this.extra) if (sentence.includes(word)) out.set(word, entry)
    return out
  }

  /** First index in [low, high) whose word's byte at `depth` is at least `byte` (a word ending before `depth` counts as below every byte). */
  private firstAtLeast(low: number, high: number, depth: number, byte: number): number {
    while (low < high) {
      const mid = (low + high) >>> 1
      const value = this.lengths[mid] > depth ? this.bytes[this.starts[mid] + depth] : -1
      if (value < byte) low = mid + 1
      else high = mid
    }
    return low
  }

  private entryAt(index: number): Entry {
    const start = this.starts[index]
    let end = this.bytes.indexOf(NEWLINE, start)
    if (end < 0) end = this.bytes.length
    const line = readLine(this.bytes, start, end)!
    return { freq: line.freq, tag: line.tag }
  }

  /** The file's entry for a word, or undefined. */
  private fileEntry(word: string): Entry | undefined {
    const encoded = utf8.encode(word)
    let low = 0
    let high = this.starts.length
    for (let depth = 0; depth < encoded.length && low < high; depth++) {
      low = this.firstAtLeast(low, high, depth, encoded[depth])
      high = this.firstAtLeast(low, high, depth, encoded[depth] + 1)
    }
    return low < high && this.lengths[low] === encoded.length ? this.entryAt(low) : undefined
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
function readLine(bytes: Uint8Array, start: number, end: number): { wordLength: number; freq: number; tag: string } | null {
  if (end > start && bytes[end - 1] === 0x0d) end--
  const sp1 = bytes.indexOf(SPACE, start)
  if (sp1 <= start || sp1 >= end) return null
  for (let pos = start; pos < sp1; pos++) if (isSpaceAt(bytes, pos, sp1)) return null
  let freq = 0
  let pos = sp1 + 1
  if (pos >= end || bytes[pos] < 0x30 || bytes[pos] > 0x39) return null
  for (; pos < end && bytes[pos] >= 0x30 && bytes[pos] <= 0x39; pos++) freq = freq * 10 + (bytes[pos] - 0x30)
  if (pos >= end || bytes[pos] !== SPACE || !Number.isSafeInteger(freq)) return null
  let tag = ''
  for (pos++; pos < end; pos++) {
    const code = bytes[pos]
    if (!((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a))) return null
    tag += String.fromCharCode(code)
  }
  if (!tag) return null
  // U+FDD0 and U+FDEF in UTF-8: EF B7 90, EF B7 AF
  for (let pos = start; pos + 2 < sp1; pos++) if (bytes[pos] === 0xef && bytes[pos + 1] === 0xb7 && (bytes[pos + 2] === 0x90 || bytes[pos + 2] === 0xaf)) return null
  return { wordLength: sp1 - start, freq, tag }
}

/** Does a whitespace character start at byte `pos` (before `end`)? */
function isSpaceAt(bytes: Uint8Array, pos: number, end: number): boolean {
  const code = bytes[pos]
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true
  if (code === 0xc2 && pos + 1 < end) return bytes[pos + 1] === 0x85 || bytes[pos + 1] === 0xa0
  if (code === 0xe1 && pos + 2 < end) return bytes[pos + 1] === 0x9a && bytes[pos + 2] === 0x80
  if (code === 0xe2 && pos + 2 < end) {
    const second = bytes[pos + 1]
    const third = bytes[pos + 2]
    if (second === 0x80) return (third >= 0x80 && third <= 0x8a) || third === 0xa8 || third === 0xa9 || third === 0xaf
    return second === 0x81 && third === 0x9f
  }
  if (code === 0xe3 && pos + 2 < end) return bytes[pos + 1] === 0x80 && bytes[pos + 2] === 0x80
  return false
}

function compareBytes(left: Uint8Array, leftStart: number, leftLength: number, right: Uint8Array, rightStart: number, rightLength: number): number {
  const shared = Math.min(leftLength, rightLength)
  for (let i = 0; i < shared; i++) {
    const diff = left[leftStart + i] - right[rightStart + i]
    if (diff) return diff
  }
  return leftLength - rightLength
}
