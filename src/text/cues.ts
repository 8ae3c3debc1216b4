/**
 * A multi-pattern matcher (Aho–Corasick over UTF-16 code units): every word of a set found in one
 * left-to-right pass, whatever the number of words. Readers use it as a gate ("does this range
 * hold any word this reader can start at?") so they run only where a cue says they can start.
 * The words come from grammars/ (the caller passes them); this module spells none.
 */
/** `CueSet.pairIn`: a code unit outside `keep` stopped the second set's read before it was answered. */
export const CUE_STOPPED = 1 << 30

/**
 * Words of a set that count only where a condition after them holds (a reader needs more than the word to
 * start): `holds(text, end, to)` is asked with the end of the word's occurrence and the end of the range read.
 * The condition must follow from what the reader needs, so the gate stays a necessary one.
 */
export interface WeakCues {
  words: Iterable<string>
  holds(text: string, end: number, to: number): boolean
}

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
   * The automaton with its failure links folded in, as one table: code units fall into classes (0:
   * held by no word; 1…: each code unit some word holds), and `delta[state * classes + class]` is the
   * state after reading it, so a scan reads two typed arrays per code unit and walks no Map or chain.
   */
  private readonly unitClass = new Uint8Array(0x10000)
  private classes = 1
  private delta: Uint16Array | Int32Array = new Int32Array(1)
  /**
   * Per state, the word `find` reports there (the longest ending at its nearest output state), -1 when none;
   * when every word ending there is weak, -2 - the longest (reported only when `weak.holds` says yes there).
   */
  private found: Int32Array = new Int32Array(1)
  /** Which words are weak (1), by index in `words`. */
  private readonly weakWord: Uint8Array
  private readonly holds: (text: string, end: number, to: number) => boolean

  /**
   * `a.has(text, from, to)` and `b.hasWhile(text, from, to, keep)` in one pass that stops once both are
   * answered: bit 1 when a's word lies in the range, bit 2 when b's ends before the first code unit outside
   * `keep`, `CUE_STOPPED` when such a code unit stopped b's read first; -1 when a table is not folded. Each set
   * reads its own table: one automaton of a role and a time set (2,865 states × 203 classes, 1.1 MB) cost more
   * per code unit than the two apart (82 and 559 KB) together.
   *
   * @example
   * CueSet.pairIn(new CueSet(['牵头']), new CueSet(['年底']), '由市财政局牵头，年底前完成', 0, 13, keepAll) // 0b11
   */
  static pairIn(a: CueSet, b: CueSet, text: string, from: number, to: number, keep: Uint8Array): number {
    if (a.classes <= 1 || b.classes <= 1) return -1
    const aClass = a.unitClass
    const aDelta = a.delta
    const aFound = a.found
    const aK = a.classes
    const bClass = b.unitClass
    const bDelta = b.delta
    const bFound = b.found
    const bK = b.classes
    let out = 0
    let sa = 0
    let sb = 0
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i)
      if ((out & (2 | CUE_STOPPED)) === 0) {
        if (keep[c] !== 1) out |= CUE_STOPPED
        else {
          sb = bDelta[sb * bK + bClass[c]]
          if (bFound[sb] >= 0 || (bFound[sb] < -1 && b.holds(text, i + 1, to))) out |= 2
        }
      }
      if ((out & 1) === 0) {
        sa = aDelta[sa * aK + aClass[c]]
        if (aFound[sa] >= 0 || (aFound[sa] < -1 && a.holds(text, i + 1, to))) out |= 1
      }
      if ((out & 1) !== 0 && (out & (2 | CUE_STOPPED)) !== 0) return out
    }
    return out
  }

  /**
   * @example
   * const cues = new CueSet(['牵头', '负责', '配合'])
   * cues.has('由市财政局牵头，各区配合') // true
   * cues.find('各区负责', 0, 4) // { index: 2, end: 4, word: 1 }
   */
  constructor(words: Iterable<string>, weak?: WeakCues) {
    this.words = [...new Set(words)].filter((w) => w.length > 0)
    this.weakWord = new Uint8Array(this.words.length)
    this.holds = weak?.holds ?? (() => true)
    const weakSet = new Set(weak?.words ?? [])
    this.words.forEach((w, k) => {
      if (weakSet.has(w)) this.weakWord[k] = 1
    })
    this.words.forEach((w, k) => this.add(w, k))
    this.link()
    this.fold()
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

  /** Builds the folded table (breadth first, so a state's failure row is filled before its own). */
  private fold(): void {
    const units: number[] = []
    for (const w of this.words) for (let i = 0; i < w.length; i++) units.push(w.charCodeAt(i))
    const held = [...new Set(units)].sort((a, b) => a - b)
    // more than 255 held code units: each its own class no longer fits a byte, so the table is not built
    if (held.length > 255) return
    held.forEach((c, x) => {
      this.unitClass[c] = x + 1
    })
    const k = held.length + 1
    const states = this.next.length
    const delta = states < 0x10000 ? new Uint16Array(states * k) : new Int32Array(states * k)
    held.forEach((c, x) => {
      delta[x + 1] = this.root[c]
    })
    const order: number[] = []
    for (const c of held) if (this.root[c] !== 0) order.push(this.root[c])
    for (let q = 0; q < order.length; q++) {
      const s = order[q]
      const f = this.fail[s] * k
      for (let x = 1; x < k; x++) delta[s * k + x] = delta[f + x]
      for (const [c, t] of this.next[s]) {
        delta[s * k + this.unitClass[c]] = t
        order.push(t)
      }
    }
    const found = new Int32Array(states).fill(-1)
    for (let s = 1; s < states; s++) if (this.out[s] >= 0) found[s] = this.firstFound(s)
    this.classes = k
    this.delta = delta
    this.found = found
  }

  /**
   * The word reported at state `s` (its output chain non-empty): the longest strong word ending there, else
   * -2 - the longest weak one.
   */
  private firstFound(s: number): number {
    let weak = -1
    for (let o = this.out[s]; o >= 0; o = this.out[this.fail[o]]) {
      const k = this.word[o]
      if (this.weakWord[k] === 0) return k
      if (weak < 0) weak = k
    }
    return -2 - weak
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
    if (this.classes > 1) return this.findFolded(text, from, to)
    const root = this.root
    let s = 0
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i)
      s = s === 0 ? root[c] : this.step(s, c)
      if (s !== 0 && this.out[s] >= 0) {
        const f = this.firstFound(s)
        const k = f >= 0 ? f : -2 - f
        if (f >= 0 || this.holds(text, i + 1, to)) return { index: i + 1 - this.words[k].length, end: i + 1, word: k }
      }
    }
    return undefined
  }

  /**
   * `has` over `text[from, to)` read only while `keep[code unit]` is 1 (a caller's "this code unit
   * stays as it is" table): true when a word ends before the first code unit outside `keep`, false
   * when the whole range is read with none, undefined when such a code unit stops the read first
   * (and always when the table is not folded).
   *
   * @example new CueSet(['年底']).hasWhile('年底前', 0, 3, keepAll) // true
   */
  hasWhile(text: string, from: number, to: number, keep: Uint8Array): boolean | undefined {
    if (this.classes <= 1) return undefined
    const unitClass = this.unitClass
    const delta = this.delta
    const found = this.found
    const k = this.classes
    let s = 0
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i)
      if (keep[c] !== 1) return undefined
      s = delta[s * k + unitClass[c]]
      if (found[s] >= 0 || (found[s] < -1 && this.holds(text, i + 1, to))) return true
    }
    return false
  }

  /** `find` over the folded table. */
  private findFolded(text: string, from: number, to: number): { index: number; end: number; word: number } | undefined {
    const unitClass = this.unitClass
    const delta = this.delta
    const found = this.found
    const k = this.classes
    let s = 0
    for (let i = from; i < to; i++) {
      s = delta[s * k + unitClass[text.charCodeAt(i)]]
      const w = found[s]
      if (w >= 0) return { index: i + 1 - this.words[w].length, end: i + 1, word: w }
      if (w < -1 && this.holds(text, i + 1, to)) return { index: i + 1 - this.words[-2 - w].length, end: i + 1, word: -2 - w }
    }
    return undefined
  }

  /** Every occurrence inside `text[from, to)` (overlapping ones too, weak words whether or not they hold), in order of end position. */
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
