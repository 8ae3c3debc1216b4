/**
 * Traditional (Taiwan forms included) → mainland simplified in one walk over the text, equal to opencc-js's
 * tw→cn converter. That converter reads the text four times: it maps CJK compatibility ideographs, cuts
 * the text into segments at the TSPhrases words, then runs each segment through the TW-variants table and
 * then through the TS phrases + characters table, each a greedy longest-match walk that builds an array of
 * strings. Here one walk does the cutting and the last step together, and asks opencc's own chain only
 * where the variants step would change something:
 *
 * - a TSPhrases segment (a whole word of that table) takes the chain's answer for that word, worked out
 *   once per word and remembered;
 * - between segments no TSPhrases word starts at any position (the cut looked at each one), so the last
 *   step can only match single characters there: each character takes its TSCharacters form;
 * - unless a TW-variants word starts at some position there: then the piece around it — up to the
 *   nearest characters that occur in no word of any table, where no match of either step can cross —
 *   goes through opencc's chain whole.
 *
 * A text with an ideographic description character (opencc steps over such a sequence as one unit) or a
 * compatibility ideograph (the first map would change it) goes through opencc's converter whole.
 */
import * as OpenCC from 'opencc-js/t2cn'

type Convert = (text: string) => string
type DictLike = string | ReadonlyArray<readonly [string, string]>
type DictGroup = DictLike[]

/** The tw→cn configuration of opencc-js (the same one `OpenCC.Converter({ from: 'tw', to: 'cn' })` builds). */
interface ChainConfig {
  normalizationChain?: DictGroup[]
  segmentation: DictLike | DictGroup
  conversionChain: DictGroup[]
}

// bits of the per-code-unit table (code points above U+FFFF are asked of the sets below)
/** A TSPhrases word starts with it: the cut asks its trie here. */
const PHRASE_START = 1
/** A TW-variants word starts with it: the variants step may change the piece. */
const VARIANT_START = 2
/** It occurs in some word of some table: no cut between pieces here. */
const IN_A_WORD = 4
/** Its TSCharacters form differs from it (`CHAR_FORMS`). */
const HAS_FORM = 8
/** opencc reads it differently (an ideographic description character, a compatibility ideograph): the whole text goes to opencc. */
const WHOLE = 16

/** The entries of a dictionary as opencc loads them: `"a b|c d"` or `[[a, b], [c, d]]`. */
function entriesOf(dict: DictLike): ReadonlyArray<readonly string[]> {
  return typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ')) : dict
}

/** The dictionaries of a group or of a single dictionary. */
function dictsOf(group: DictLike | DictGroup): DictLike[] {
  return typeof group === 'string' || (group.length > 0 && Array.isArray(group[0]) && typeof group[0][0] === 'string') ? [group as DictLike] : (group as DictLike[])
}

interface Tables {
  /** opencc's converter, for the texts read whole. */
  whole: Convert
  /** The variants step then the TS step (opencc's conversion chain, per segment). */
  chain: Convert
  /** The cut: TSPhrases, as opencc's segmentation loads it. */
  phrases: InstanceType<typeof OpenCC.Trie>
  /** The TW-variants step's trie (its first group). */
  variants: InstanceType<typeof OpenCC.Trie>
  /** Per BMP code unit, the bits above. */
  bits: Uint8Array
  /** Per BMP code unit with HAS_FORM, its TSCharacters form. */
  forms: string[]
  /** Code points above U+FFFF: the same facts. */
  astralBits: Map<number, number>
  astralForms: Map<number, string>
  /** The chain's answer per TSPhrases word, filled as the words are met. */
  words: Map<string, string>
}

let tables: Tables | undefined

function build(): Tables {
  const config = (OpenCC.Locale.configs as unknown as Record<string, ChainConfig>).tw2s
  const [variantGroup, lastGroup] = config.conversionChain
  const phrases = new OpenCC.Trie()
  phrases.loadDictGroup(dictsOf(config.segmentation))
  const variants = new OpenCC.Trie()
  variants.loadDictGroup(variantGroup)
  const last = new OpenCC.Trie()
  last.loadDictGroup(lastGroup)
  const bits = new Uint8Array(0x10000)
  const astralBits = new Map<number, number>()
  const mark = (cp: number, bit: number) => {
    if (cp <= 0xffff) bits[cp] |= bit
    else {
      astralBits.set(cp, (astralBits.get(cp) ?? 0) | bit)
      // (the whole-text test reads code units: its high surrogate sends every text that holds it to opencc)
      if (bit === WHOLE) bits[0xd800 + ((cp - 0x10000) >> 10)] |= WHOLE
    }
  }
  const words = (group: DictLike | DictGroup, first: number) => {
    for (const dict of dictsOf(group))
      for (const [word] of entriesOf(dict)) {
        let at = 0
        for (const ch of word) mark(ch.codePointAt(0)!, at++ === 0 ? first | IN_A_WORD : IN_A_WORD)
      }
  }
  words(config.segmentation, PHRASE_START)
  words(variantGroup, VARIANT_START)
  words(lastGroup, 0)
  for (const group of config.normalizationChain ?? []) for (const dict of group) for (const [word] of entriesOf(dict)) for (const ch of word) mark(ch.codePointAt(0)!, WHOLE)
  for (let cp = 0x2ff0; cp <= 0x2fff; cp++) mark(cp, WHOLE)
  // a character's form in the last step, as its trie answers for the character alone (its own load order)
  const forms: string[] = []
  const astralForms = new Map<number, string>()
  for (const dict of lastGroup)
    for (const [word] of entriesOf(dict)) {
      const cp = word.codePointAt(0)!
      if (word.length !== (cp > 0xffff ? 2 : 1)) continue
      const form = last.matchPrefix(word, 0)?.value
      if (form === undefined || form === word) continue
      if (cp <= 0xffff) forms[cp] = form
      else astralForms.set(cp, form)
      mark(cp, HAS_FORM)
    }
  const chain = OpenCC.ConverterFactory(...(config.conversionChain as Parameters<typeof OpenCC.ConverterFactory>))
  return { whole: OpenCC.Converter({ from: 'tw', to: 'cn' }), chain, phrases, variants, bits, forms, astralBits, astralForms, words: new Map() }
}

/** opencc-js's tw→cn converter, built once (the reference `simplify` is held to). */
export function simplifyWhole(text: string): string {
  tables ??= build()
  return tables.whole(text)
}

const UTF16 = new TextDecoder('utf-16le')

/** Code units to a string; a lone surrogate kept as it is (the decoder would make it U+FFFD). */
function decode(units: Uint16Array, length: number, lone: boolean): string {
  if (!lone) return UTF16.decode(units.subarray(0, length))
  let out = ''
  for (let at = 0; at < length; at += 8192) out += String.fromCharCode(...units.subarray(at, Math.min(length, at + 8192)))
  return out
}

/**
 * `simplifyWhole(text)`, reading the text once.
 *
 * @example simplify('參與國際會議，發展臺灣經濟') // '参与国际会议，发展台湾经济'
 */
export function simplify(text: string): string {
  const t = (tables ??= build())
  const { bits, forms, astralBits, astralForms, phrases, variants, chain, words } = t
  const n = text.length
  for (let i = 0; i < n; i++) if ((bits[text.charCodeAt(i)] & WHOLE) !== 0) return t.whole(text)
  // the answer's code units (a form may be longer than its character: grown when needed)
  let out = new Uint16Array(n + 16)
  let length = 0
  let changed = false
  let lone = false
  const grow = (more: number) => {
    const grown = new Uint16Array(Math.max(out.length * 2, length + more))
    grown.set(out.subarray(0, length))
    out = grown
  }
  const write = (s: string) => {
    if (length + s.length > out.length) grow(s.length)
    for (let k = 0; k < s.length; k++) out[length++] = s.charCodeAt(k)
  }
  // the current piece: where it starts in the text and in the answer, and whether the variants step touches it
  let pieceStart = 0
  let pieceOut = 0
  let pieceDirty = false
  /** Ends the piece at `end`: a piece the variants step touches gets the chain's answer in place of the walk's. */
  const closePiece = (end: number) => {
    if (!pieceDirty) return
    length = pieceOut
    const piece = text.slice(pieceStart, end)
    const answer = chain(piece)
    if (answer !== piece) changed = true
    write(answer)
    pieceDirty = false
  }
  for (let i = 0; i < n; ) {
    const cp = text.codePointAt(i)!
    const bit = cp <= 0xffff ? bits[cp] : (astralBits.get(cp) ?? 0)
    if ((bit & PHRASE_START) !== 0) {
      const match = phrases.matchPrefix(text, i)
      if (match) {
        // a segment of its own: the chain's answer for the word
        closePiece(i)
        const word = text.slice(i, match.end)
        let answer = words.get(word)
        if (answer === undefined) words.set(word, (answer = chain(word)))
        if (answer !== word) changed = true
        write(answer)
        i = match.end
        pieceStart = i
        pieceOut = length
        continue
      }
    }
    if ((bit & IN_A_WORD) === 0) {
      // no match of either step crosses this character: the piece ends before it, the next starts after it
      closePiece(i)
      if (length + 2 > out.length) grow(2)
      if (cp > 0xffff) {
        out[length++] = text.charCodeAt(i++)
        out[length++] = text.charCodeAt(i++)
      } else {
        if (cp >= 0xd800 && cp <= 0xdfff) lone = true
        out[length++] = cp
        i++
      }
      pieceStart = i
      pieceOut = length
      continue
    }
    if (!pieceDirty && (bit & VARIANT_START) !== 0 && variants.matchPrefix(text, i)) pieceDirty = true
    if ((bit & HAS_FORM) !== 0) {
      changed = true
      write(cp <= 0xffff ? forms[cp] : astralForms.get(cp)!)
      i += cp > 0xffff ? 2 : 1
    } else {
      if (length + 2 > out.length) grow(2)
      if (cp > 0xffff) {
        out[length++] = text.charCodeAt(i++)
        out[length++] = text.charCodeAt(i++)
      } else {
        out[length++] = cp
        i++
      }
    }
  }
  closePiece(n)
  return changed ? decode(out, length, lone) : text
}
