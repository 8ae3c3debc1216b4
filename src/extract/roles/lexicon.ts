/**
 * A small word list indexed by first and last code unit, for longest-match lookups at a position
 * without slicing the text (keeps every matcher linear in the text length).
 */
export class Lexicon {
  // Keyed by code unit: no one-character strings are made on the hot path.
  private readonly byFirst = new Map<number, string[]>()
  private readonly byLast = new Map<number, string[]>()
  /** Bit set of the code units some word starts with: a gate before the map lookup (8 kB, not 64). */
  private readonly firstBits = new Uint32Array(0x10000 >>> 5)
  readonly words: readonly string[]

  constructor(words: Iterable<string>) {
    const uniq = [...new Set(words)].filter((w) => w.length > 0)
    uniq.sort((a, b) => b.length - a.length)
    this.words = uniq
    for (const w of uniq) {
      push(this.byFirst, w.charCodeAt(0), w)
      push(this.byLast, w.charCodeAt(w.length - 1), w)
      const c = w.charCodeAt(0)
      this.firstBits[c >>> 5] |= 1 << (c & 31)
    }
  }

  /** Longest word starting at `i` (and ending at or before `limit`), or undefined. */
  matchAt(text: string, i: number, limit = text.length): string | undefined {
    const c = text.charCodeAt(i)
    if (Number.isNaN(c) || ((this.firstBits[c >>> 5] >>> (c & 31)) & 1) === 0) return undefined
    const list = this.byFirst.get(c)
    if (!list) return undefined
    for (const w of list) if (i + w.length <= limit && text.startsWith(w, i)) return w
    return undefined
  }

  /** Can a word start with code unit `c`? */
  startsWith(c: number): boolean {
    return ((this.firstBits[c >>> 5] >>> (c & 31)) & 1) === 1
  }

  /**
   * First position in [i, end) whose code unit some word starts with, else `end`: a scanner
   * jumps there instead of asking `matchAt` at every position (it would answer no in between).
   */
  nextStart(text: string, i: number, end: number): number {
    const bits = this.firstBits
    for (; i < end; i++) {
      const c = text.charCodeAt(i)
      if ((bits[c >>> 5] >>> (c & 31)) & 1) return i
    }
    return end
  }

  /** Longest word ending exactly at `end` and starting at or after `start`, or undefined. */
  matchEndingAt(text: string, end: number, start = 0): string | undefined {
    const list = this.byLast.get(text.charCodeAt(end - 1))
    if (!list) return undefined
    for (const w of list) if (end - w.length >= start && text.startsWith(w, end - w.length)) return w
    return undefined
  }

  /** First position in [start, end) where a word starts (longest word there), or undefined. */
  find(text: string, start: number, end: number): { index: number; word: string } | undefined {
    for (let i = this.nextStart(text, start, end); i < end; i = this.nextStart(text, i + 1, end)) {
      const w = this.matchAt(text, i, end)
      if (w) return { index: i, word: w }
    }
    return undefined
  }

  /**
   * Every occurrence in [start, end), left to right: the longest word at each position, none
   * overlapping the one before (the scan goes on after each word it takes).
   *
   * @example new Lexicon(['牵头', '牵头单位']).occurrences('牵头单位：A；牵头：B', 0, 11)
   * // → [{ index: 0, word: '牵头单位' }, { index: 7, word: '牵头' }]
   */
  occurrences(text: string, start: number, end: number): Array<{ index: number; word: string }> {
    const out: Array<{ index: number; word: string }> = []
    for (let i = this.nextStart(text, start, end); i < end; ) {
      const word = this.matchAt(text, i, end)
      if (word) out.push({ index: i, word })
      i = this.nextStart(text, word ? i + word.length : i + 1, end)
    }
    return out
  }

  has(word: string): boolean {
    return this.byFirst.get(word.charCodeAt(0))?.includes(word) ?? false
  }
}

function push(map: Map<number, string[]>, key: number, w: string): void {
  const list = map.get(key)
  if (list) list.push(w)
  else map.set(key, [w])
}
