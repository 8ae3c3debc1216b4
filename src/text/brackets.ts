/**
 * Brackets of every kind (grammars/units/connectors.json: （）〈〉《》“”‘’【】〔〕「」), matched once,
 * and the one splitter that cuts a range at separators outside them. Every step that splits a
 * list or a sentence "at its own depth" uses these.
 */
import connectors from '../../grammars/units/connectors.json' with { type: 'json' }

const PAIRS = connectors.brackets as Array<[string, string]>

/**
 * Bracket kind + 1 of an opener / closer code unit (0: not one), so the stack pass reads arrays,
 * not maps. Scanners that jump to the next bracket read `OPENER` too.
 */
export const OPENER = new Uint8Array(0x10000)
const CLOSER = new Uint8Array(0x10000)
PAIRS.forEach(([o, c], k) => {
  if (o.length === 1) OPENER[o.charCodeAt(0)] = k + 1
  if (c.length === 1) CLOSER[c.charCodeAt(0)] = k + 1
})

/**
 * Matching brackets of every kind in grammars/units/connectors.json, found with one stack pass.
 * An unmatched closer is ignored; an opener left open is plain text. Linear in the range length
 * (a closer pops at most the openers it abandons, each once).
 */
export class Brackets {
  /** Partner offsets by `i - from` (-1: none); null when the range holds no opener at all. */
  private readonly partner: Int32Array | null = null

  constructor(
    private readonly text: string,
    readonly from: number,
    readonly to: number,
  ) {
    // Most clauses hold no bracket: find the first opener before allocating anything.
    let i = from
    while (i < to && OPENER[text.charCodeAt(i)] === 0) i++
    if (i >= to) return
    const partner = new Int32Array(to - from).fill(-1)
    this.partner = partner
    const stack: number[] = []
    const open = new Int32Array(PAIRS.length)
    for (; i < to; i++) {
      const code = text.charCodeAt(i)
      const o = OPENER[code]
      if (o !== 0) {
        stack.push(i)
        open[o - 1]++
        continue
      }
      const k = CLOSER[code] - 1
      if (k < 0 || open[k] === 0) continue
      // Pop openers of other kinds left unclosed inside this pair.
      for (;;) {
        const j = stack.pop()!
        const kind = OPENER[text.charCodeAt(j)] - 1
        open[kind]--
        if (kind === k) {
          partner[j - from] = i
          partner[i - from] = j
          break
        }
      }
    }
  }

  /** The closer matching an opener at `i` (or opener matching a closer), else -1. */
  partnerOf(i: number): number {
    if (this.partner === null || i < this.from || i >= this.to) return -1
    return this.partner[i - this.from]
  }

  /** Is `i` an opener with a matching closer? */
  opensAt(i: number): boolean {
    const p = this.partnerOf(i)
    return p > i
  }

  /** Every matched pair whose opener is `（`, in order of their opener. */
  *parens(): Generator<[number, number]> {
    const partner = this.partner
    if (partner === null) return
    // search the range only (a slice is a view, not a copy)
    const r = this.text.slice(this.from, this.to)
    for (let i = r.indexOf('（'); i !== -1; i = r.indexOf('（', i + 1)) {
      if (partner[i] > i + this.from) yield [i + this.from, partner[i]]
    }
  }
}

/**
 * A lookup table tested by code unit (`set[s.charCodeAt(i)] === 1`, no one-character string per test): 1 at
 * the code unit of each BMP character of `chars`. The separators of `splitOutsideBrackets`, and the
 * character classes other stages test in their hot loops.
 */
export function codeSet(chars: Iterable<string>): Uint8Array {
  const set = new Uint8Array(0x10000)
  for (const c of chars) if (c.length === 1) set[c.charCodeAt(0)] = 1
  return set
}

/**
 * [s, e) cut at every separator (`separators[code] === 1`) that is not inside a matched bracket
 * pair; the separators are dropped, and so are empty pieces.
 * @example
 * const t = '市发展改革委（市能源局）、市财政局'
 * splitOutsideBrackets(t, new Brackets(t, 0, t.length), 0, t.length, codeSet('、，')) // [[0, 11], [12, 16]]
 */
export function splitOutsideBrackets(text: string, br: Brackets, s: number, e: number, separators: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let cur = s
  for (let k = s; k < e; k++) {
    if (br.opensAt(k)) {
      k = br.partnerOf(k)
      continue
    }
    if (separators[text.charCodeAt(k)] === 1) {
      if (k > cur) out.push([cur, k])
      cur = k + 1
    }
  }
  if (e > cur) out.push([cur, e])
  return out
}
