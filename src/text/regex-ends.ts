/**
 * The code units a regex match can start and end with, read from the pattern's source, and a gate
 * built from them over a list of patterns: a line whose first and last code units no pattern can
 * open and close a whole match with is matched by none of them, so no regex needs to run on it.
 *
 * The reading covers the syntax grammar patterns use (literals, escapes, classes, `.`, groups,
 * alternation, quantifiers, a leading `^` and a closing `$`); a pattern holding anything else
 * (backreferences, word boundaries, `^`/`$` elsewhere, flags) gets "any code unit" at that end, so the
 * gate only ever skips lines the patterns cannot match; a lookaround is read as consuming nothing.
 */

/** Inclusive code-unit ranges; undefined: any code unit. */
export type UnitRanges = Array<[number, number]> | undefined

/** What a match of a pattern (or of a part) can open and close with, as a list of alternatives. */
export interface EndPair {
  first: UnitRanges
  last: UnitRanges
}

interface Ends {
  first: UnitRanges
  last: UnitRanges
  nullable: boolean
  /** A group's alternatives, each with its own ends (a match opens and closes within one of them). */
  pairs?: EndPair[]
}

class Unsupported extends Error {}

const ANY_UNIT: Array<[number, number]> = [[0, 0xffff]]
const DIGITS: Array<[number, number]> = [[0x30, 0x39]]
const WORD: Array<[number, number]> = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
]
const DOT = complement([
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
])
/**
 * `\s`: ECMAScript's WhiteSpace (tab, VT, FF, U+FEFF and the Unicode Zs spaces) and LineTerminator
 * (test/text/regex-ends.test.ts holds it to the engine's \s over every code unit).
 */
export const SPACE_UNITS: Array<[number, number]> = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]

/**
 * `set` (a code-unit table, `codeSet`) with every `\s` code unit of SPACE_UNITS set to 1 too, for a
 * table of what a line may hold or end with once a trim has taken its spaces off; returns `set`.
 */
export function withSpaceUnits(set: Uint8Array): Uint8Array {
  for (const [lo, hi] of SPACE_UNITS) set.fill(1, lo, hi + 1)
  return set
}

function complement(ranges: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const out: Array<[number, number]> = []
  let next = 0
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1])
    next = Math.max(next, hi + 1)
  }
  if (next <= 0xffff) out.push([next, 0xffff])
  return out
}

function union(a: UnitRanges, b: UnitRanges): UnitRanges {
  return a && b ? [...a, ...b] : undefined
}

/** The set an escape outside or inside a class stands for (one code unit or a class escape). */
function escapeSet(src: string, at: number, inClass: boolean): { set: Array<[number, number]>; single: boolean; end: number } {
  const c = src[at]
  const one = (code: number, end: number) => ({ set: [[code, code]] as Array<[number, number]>, single: true, end })
  switch (c) {
    case 'd':
      return { set: DIGITS, single: false, end: at + 1 }
    case 'D':
      return { set: complement(DIGITS), single: false, end: at + 1 }
    case 'w':
      return { set: WORD, single: false, end: at + 1 }
    case 'W':
      return { set: complement(WORD), single: false, end: at + 1 }
    case 's':
      return { set: SPACE_UNITS, single: false, end: at + 1 }
    case 'S':
      return { set: complement(SPACE_UNITS), single: false, end: at + 1 }
    case 'n':
      return one(0x0a, at + 1)
    case 'r':
      return one(0x0d, at + 1)
    case 't':
      return one(0x09, at + 1)
    case 'v':
      return one(0x0b, at + 1)
    case 'f':
      return one(0x0c, at + 1)
    case 'u':
    case 'x': {
      const digits = c === 'u' ? 4 : 2
      const hex = src.slice(at + 1, at + 1 + digits)
      if (hex.length !== digits || !/^[0-9A-Fa-f]+$/.test(hex)) throw new Unsupported(`\\${c} without its digits`)
      return one(Number.parseInt(hex, 16), at + 1 + digits)
    }
    default:
      if (c === undefined) throw new Unsupported('a trailing backslash')
      if (c === 'b' && inClass) return one(0x08, at + 1)
      // backreferences, \b \B \k \c \p \0 …: left to the engine
      if (/[0-9A-Za-z]/.test(c)) throw new Unsupported(`\\${c}`)
      return one(c.charCodeAt(0), at + 1)
  }
}

/** Reads a pattern's source (no flags) and says what its matches can start and end with. */
class Reader {
  private at = 0
  constructor(private readonly src: string) {}

  whole(): EndPair[] {
    // top-level branches: each must open with ^ for its first code unit to count, close with $ for its last
    const branches = this.branches(true)
    if (this.at !== this.src.length) throw new Unsupported('an unmatched )')
    return branches.flatMap((b) =>
      b.ends.nullable ? [{ first: undefined, last: undefined }] : (b.ends.pairs ?? [b.ends]).map((p) => ({ first: b.anchoredStart ? p.first : undefined, last: b.anchoredEnd ? p.last : undefined })),
    )
  }

  private branches(top: boolean): Array<{ ends: Ends; anchoredStart: boolean; anchoredEnd: boolean }> {
    const out = [this.sequence(top)]
    while (this.src[this.at] === '|') {
      this.at++
      out.push(this.sequence(top))
    }
    return out
  }

  private group(): Ends {
    const branches = this.branches(false)
    let first: UnitRanges = []
    let last: UnitRanges = []
    let nullable = false
    const pairs: EndPair[] = []
    for (const b of branches) {
      first = union(first, b.ends.first)
      last = union(last, b.ends.last)
      nullable ||= b.ends.nullable
      pairs.push(...(b.ends.pairs ?? [b.ends]))
    }
    return { first, last, nullable, pairs }
  }

  private sequence(top: boolean): { ends: Ends; anchoredStart: boolean; anchoredEnd: boolean } {
    const src = this.src
    let anchoredStart = false
    let anchoredEnd = false
    if (top && src[this.at] === '^') {
      anchoredStart = true
      this.at++
    }
    const items: Ends[] = []
    while (this.at < src.length && src[this.at] !== '|' && src[this.at] !== ')') {
      if (src[this.at] === '$') {
        this.at++
        if (!top || (this.at < src.length && src[this.at] !== '|')) throw new Unsupported('$ before the end')
        anchoredEnd = true
        break
      }
      items.push(this.item())
    }
    let first: UnitRanges = []
    let nullable = true
    for (const it of items) {
      if (!nullable) break
      first = union(first, it.first)
      nullable = it.nullable
    }
    let last: UnitRanges = []
    for (let i = items.length - 1, open = true; i >= 0 && open; i--) {
      last = union(last, items[i].last)
      open = items[i].nullable
    }
    // a sequence whose one non-optional item is a group taken once opens and closes within one of its
    // alternatives (or in the optional items before and after it)
    const fixed = items.filter((it) => !it.nullable)
    let pairs: EndPair[] | undefined
    if (fixed.length === 1 && fixed[0].pairs) {
      const j = items.indexOf(fixed[0])
      const before = items.slice(0, j).reduce<UnitRanges>((u, it) => union(u, it.first), [])
      const after = items.slice(j + 1).reduce<UnitRanges>((u, it) => union(u, it.last), [])
      pairs = fixed[0].pairs.map((p) => ({ first: union(before, p.first), last: union(p.last, after) }))
    }
    return { ends: { first, last, nullable, pairs }, anchoredStart, anchoredEnd }
  }

  private item(): Ends {
    const atom = this.atom()
    const src = this.src
    let min = 1
    let once = true
    const q = src[this.at]
    if (q === '?' || q === '*') {
      min = 0
      this.at++
    } else if (q === '+') {
      once = false
      this.at++
    } else if (q === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(src.slice(this.at))
      if (!m) throw new Unsupported('a { that is no quantifier')
      min = Number(m[1])
      once = m[1] === '1' && m[2] === undefined
      this.at += m[0].length
    }
    if (q !== undefined && '?*+{'.includes(q) && src[this.at] === '?') this.at++ // lazy
    // repeated, a group's matches can open in one alternative and close in another
    return { first: atom.first, last: atom.last, nullable: atom.nullable || min === 0, pairs: once ? atom.pairs : undefined }
  }

  private atom(): Ends {
    const src = this.src
    const c = src[this.at]
    const set = (ranges: Array<[number, number]>): Ends => ({ first: ranges, last: ranges, nullable: false })
    if (c === '(') {
      this.at++
      if (src[this.at] === '?') {
        // (a lookaround consumes nothing: read past it as an empty item, which only widens the ends it stands between —
        // `^来源[：:](?!…厅…日期)…`, a repost's stamp line kept when it credits an organ)
        const look = /^\?(?:=|!|<=|<!)/.exec(src.slice(this.at, this.at + 3))
        if (look) {
          this.at += look[0].length
          this.group()
          if (src[this.at] !== ')') throw new Unsupported('an unclosed lookaround')
          this.at++
          return { first: [], last: [], nullable: true }
        }
        if (src[this.at + 1] === ':') this.at += 2
        else if (src[this.at + 1] === '<' && /[A-Za-z_$]/.test(src[this.at + 2] ?? '')) this.at = src.indexOf('>', this.at) + 1
        else throw new Unsupported('a lookaround')
        if (this.at === 0) throw new Unsupported('an unclosed group name')
      }
      const inner = this.group()
      if (src[this.at] !== ')') throw new Unsupported('an unclosed group')
      this.at++
      return inner
    }
    if (c === '[') return set(this.charClass())
    if (c === '.') {
      this.at++
      return set(DOT)
    }
    if (c === '\\') {
      const e = escapeSet(src, this.at + 1, false)
      this.at = e.end
      return set(e.set)
    }
    if (c === undefined || '^$*+?{}|)]'.includes(c)) throw new Unsupported(`${c ?? 'the end'} where an atom stands`)
    this.at++
    return set([[c.charCodeAt(0), c.charCodeAt(0)]])
  }

  private charClass(): Array<[number, number]> {
    const src = this.src
    this.at++
    const negated = src[this.at] === '^'
    if (negated) this.at++
    const ranges: Array<[number, number]> = []
    const member = (): { set: Array<[number, number]>; single: boolean } => {
      const c = src[this.at]
      if (c === undefined) throw new Unsupported('an unclosed class')
      if (c === '\\') {
        const e = escapeSet(src, this.at + 1, true)
        this.at = e.end
        return e
      }
      this.at++
      return { set: [[c.charCodeAt(0), c.charCodeAt(0)]], single: true }
    }
    while (src[this.at] !== ']') {
      const lo = member()
      if (src[this.at] === '-' && src[this.at + 1] !== ']' && src[this.at + 1] !== undefined) {
        this.at++
        const hi = member()
        if (!lo.single || !hi.single) throw new Unsupported('a range with a class escape')
        ranges.push([lo.set[0][0], hi.set[0][0]])
      } else ranges.push(...lo.set)
    }
    this.at++
    return negated ? complement(ranges) : ranges
  }
}

/**
 * What a match of `source` (a pattern without flags, tested with `.test`) can open and close with, as
 * alternatives (a match fits one): `first` only where the branch opens with `^`, `last` only where it
 * closes with `$`; undefined where anything may stand (and for both when the pattern holds syntax this
 * reader leaves to the engine).
 *
 * @example regexEnds('^(?:友情链接|相关)[：:]?$') // [{ first: [[0x53cb, 0x53cb]], last: [[0x63a5, 0x63a5], [0xff1a, 0xff1a], [0x3a, 0x3a]] }, { first: [[0x76f8, 0x76f8]], last: … }]
 */
export function regexEnds(source: string): EndPair[] {
  try {
    return new Reader(source).whole()
  } catch (e) {
    if (e instanceof Unsupported) return [{ first: undefined, last: undefined }]
    throw e
  }
}

/**
 * A gate over a list of patterns: `may(text, a, b)` is false only when no pattern can match the
 * string `text[a, b)` (non-empty), because no alternative of any can open with its first code unit and
 * close with its last.
 */
export class EndGate {
  /** Words of 32 bits per alternative. */
  private readonly words: number
  /** Per code unit its class; per class the alternatives (bits) that can open / close a match with it. */
  private readonly firstClass: Uint16Array
  private readonly lastClass: Uint16Array
  private readonly firstBits: Uint32Array
  private readonly lastBits: Uint32Array

  /** The pattern (index in the constructor's list) each alternative belongs to, in order. */
  private readonly patternOf: Int32Array

  constructor(regexes: readonly RegExp[]) {
    const perPattern = regexes.map((re) => (re.flags === '' ? regexEnds(re.source) : [{ first: undefined, last: undefined }]))
    const pairs = perPattern.flat()
    this.patternOf = Int32Array.from(perPattern.flatMap((list, k) => list.map(() => k)))
    this.words = Math.max(1, Math.ceil(pairs.length / 32))
    ;[this.firstClass, this.firstBits] = classes(
      pairs.map((p) => p.first),
      this.words,
    )
    ;[this.lastClass, this.lastBits] = classes(
      pairs.map((p) => p.last),
      this.words,
    )
  }

  /** Can some pattern match `text[a, b)` (a < b)? */
  may(text: string, a: number, b: number): boolean {
    const f = this.firstClass[text.charCodeAt(a)] * this.words
    const l = this.lastClass[text.charCodeAt(b - 1)] * this.words
    for (let w = 0; w < this.words; w++) if ((this.firstBits[f + w] & this.lastBits[l + w]) !== 0) return true
    return false
  }

  /**
   * The first pattern, in the constructor's order, at or after `from` that can match `text[a, b)` (a < b), or -1: the
   * patterns a line's ends rule out are passed over without running them.
   */
  nextCandidate(text: string, a: number, b: number, from: number): number {
    const f = this.firstClass[text.charCodeAt(a)] * this.words
    const l = this.lastClass[text.charCodeAt(b - 1)] * this.words
    const patterns = this.patternOf
    for (let w = 0; w < this.words; w++) {
      let bits = this.firstBits[f + w] & this.lastBits[l + w]
      while (bits !== 0) {
        const low = bits & -bits
        const pair = w * 32 + 31 - Math.clz32(low)
        if (patterns[pair] >= from) return patterns[pair]
        bits ^= low
      }
    }
    return -1
  }
}

/**
 * Code units grouped by the sets (bit k: sets[k]) that hold them: the class of each code unit, and
 * per class its bits in `words` words of 32.
 */
function classes(sets: readonly UnitRanges[], words: number): [Uint16Array, Uint32Array] {
  // where some set starts or stops holding code units: 0…0xffff falls into intervals of one class each
  const starts = new Map<number, number[]>()
  const stops = new Map<number, number[]>()
  const at = (m: Map<number, number[]>, c: number, k: number) => {
    const list = m.get(c)
    if (list) list.push(k)
    else m.set(c, [k])
  }
  sets.forEach((ranges, k) => {
    for (const [lo, hi] of ranges ?? ANY_UNIT) {
      at(starts, lo, k)
      at(stops, hi + 1, k)
    }
  })
  const bounds = [...new Set([0, ...starts.keys(), ...stops.keys()])].filter((c) => c < 0x10000).sort((a, b) => a - b)
  // how many of a set's ranges hold the current interval (a set's ranges may overlap)
  const holding = new Int32Array(sets.length)
  const v = new Uint32Array(words)
  const unitClass = new Uint16Array(0x10000)
  const ids = new Map<string, number>()
  const bits: number[] = []
  for (let i = 0; i < bounds.length; i++) {
    const c = bounds[i]
    for (const k of stops.get(c) ?? []) if (--holding[k] === 0) v[k >> 5] &= ~(1 << (k & 31))
    for (const k of starts.get(c) ?? []) if (holding[k]++ === 0) v[k >> 5] |= 1 << (k & 31)
    const key = v.join()
    let id = ids.get(key)
    if (id === undefined) {
      id = ids.size
      ids.set(key, id)
      bits.push(...v)
    }
    unitClass.fill(id, c, bounds[i + 1] ?? 0x10000)
  }
  return [unitClass, Uint32Array.from(bits)]
}

/**
 * `re.exec` for a pattern read against a whole line (`^…$`; a pattern anchored at one end only is gated at that end),
 * asked only when the line's first and last code units let a match open and close there (an `EndGate` of the one
 * pattern): most lines a segment reader asks
 * (`…日` ends a 落款 date, `|` a bordered cell) fail on their last unit before the engine runs. Same answers as
 * `re.exec(text)`: a pattern the end reader cannot read gets no gate.
 *
 * @example
 * const dateLine = wholeLineExec(/^(\d{4})年(\d{1,2})月(\d{1,2})日$/)
 * dateLine('2015年6月30日')?.[1] // '2015'
 * dateLine('各区要于2015年6月30日前完成。') // null, decided by the closing 。
 */
export function wholeLineExec(re: RegExp): (text: string) => RegExpExecArray | null {
  const gate = new EndGate([re])
  return (text) => (text.length > 0 && !gate.may(text, 0, text.length) ? null : re.exec(text))
}
