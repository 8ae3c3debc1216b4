/**
 * A multi-pattern matcher (Aho–Corasick over UTF-16 code units): every word of a set found in one
 * left-to-right pass, whatever the number of words. Readers use it as a gate ("does this range
 * hold any word this reader can start at?") so they run only where a cue says they can start.
 * The words come from grammars/ (the caller passes them); this module spells none.
 */
export class CueSet {
  /** Transitions out of the root, by code unit (most code units lead nowhere: 0). */
  private readonly root = new Int32Array(0x10000)
  /** Transitions out of every other state: code unit → state. */
  private readonly next: Array<Map<number, number>> = [new Map()]
  private readonly fail: number[] = [0]
  /** Index of the longest word ending at a state, -1 when none. */
  private readonly word: number[] = [-1]
  /** Nearest state on the failure chain (the state itself included) that ends a word, -1 when none. */
  private readonly out: number[] = [-1]
  readonly words: readonly string[]

  /**
   * @example
   * const cues = new CueSet(['牵头', '负责', '配合'])
   * cues.has('由市财政局牵头，各区配合') // true
   * cues.find('各区负责', 0, 4) // { index: 2, end: 4, word: 1 }
   */
  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)].filter((w) => w.length > 0)
    this.words.forEach((w, k) => this.add(w, k))
    this.link()
  }

  private add(w: string, k: number): void {
    let s = 0
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i)
      let t = s === 0 ? this.root[c] : (this.next[s].get(c) ?? 0)
      if (t === 0) {
        t = this.next.length
        this.next.push(new Map())
        this.fail.push(0)
        this.word.push(-1)
        this.out.push(-1)
        if (s === 0) this.root[c] = t
        else this.next[s].set(c, t)
      }
      s = t
    }
    this.word[s] = k
  }

  /** Failure links and output links, breadth first (a state's fail is shallower than itself). */
  private link(): void {
    const queue: number[] = []
    for (let c = 0; c < 0x10000; c++) if (this.root[c] !== 0) queue.push(this.root[c])
    for (const s of queue) this.out[s] = this.word[s] >= 0 ? s : -1
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]
      for (const [c, t] of this.next[s]) {
        this.fail[t] = this.step(this.fail[s], c)
        this.out[t] = this.word[t] >= 0 ? t : this.out[this.fail[t]]
        queue.push(t)
      }
    }
  }

  private step(s: number, c: number): number {
    for (;;) {
      if (s === 0) return this.root[c]
      const t = this.next[s].get(c)
      if (t !== undefined) return t
      s = this.fail[s]
    }
  }

  /** Does some word lie wholly inside `text[from, to)`? */
  has(text: string, from = 0, to = text.length): boolean {
    return this.find(text, from, to) !== undefined
  }

  /**
   * The first word (by end position; the longest ending there) inside `text[from, to)`:
   * its start, end and index in `words`; undefined when none.
   */
  find(text: string, from = 0, to = text.length): { index: number; end: number; word: number } | undefined {
    const root = this.root
    let s = 0
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i)
      s = s === 0 ? root[c] : this.step(s, c)
      if (s !== 0 && this.out[s] >= 0) {
        const k = this.word[this.out[s]]
        return { index: i + 1 - this.words[k].length, end: i + 1, word: k }
      }
    }
    return undefined
  }

  /** Every occurrence inside `text[from, to)` (overlapping ones too), in order of end position. */
  findAll(text: string, from = 0, to = text.length): Array<{ index: number; end: number; word: number }> {
    const found: Array<{ index: number; end: number; word: number }> = []
    let s = 0
    for (let i = from; i < to; i++) {
      s = s === 0 ? this.root[text.charCodeAt(i)] : this.step(s, text.charCodeAt(i))
      for (let o = s === 0 ? -1 : this.out[s]; o >= 0; o = this.out[this.fail[o]]) {
        const k = this.word[o]
        found.push({ index: i + 1 - this.words[k].length, end: i + 1, word: k })
      }
    }
    return found
  }
}
