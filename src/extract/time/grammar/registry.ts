/**
 * The time grammar's readers, in the order they are tried, and the tables built from them: which
 * characters can start a time expression, and which readers to try at each. Adding a construct
 * is a reader module (its start words, its rule ids, its read) listed here; the scan needs no
 * change.
 */
import rulesFile from '../../../../grammars/time/rules.json' with { type: 'json' }
import { CueSet } from '../../../text/cues.js'
import { SAME } from '../canon.js'
import { isAsciiDigitCode, isCnNumeralCode } from '../lexicon.js'
import { anchors } from './anchors.js'
import { dates } from './dates.js'
import { phrases } from './phrases.js'
import { plans } from './plans.js'
import { recurring } from './recurring.js'
import { spans } from './spans.js'
import type { Expr, NounYear, ReadAt, TimeReader } from './types.js'

/**
 * The readers, first match wins: an anchor (自印发之日起) before a date, a recurring date
 * (每年2月底前) before its month, a plan (“十三五”) before its numerals, a date before a phrase.
 */
export const READERS = [anchors, recurring, plans, dates, spans, phrases] as const satisfies readonly TimeReader[]

/** A grammar rule id (grammars/time/rules.json describes each with an example). */
export type RuleId = (typeof READERS)[number]['rules'][number]

const known = new Set(rulesFile.rules.map((rule) => rule.id))
for (const reader of READERS) {
  for (const rule of reader.rules) {
    if (!known.has(rule)) throw new Error(`time reader "${reader.name}" declares rule "${rule}", which grammars/time/rules.json does not describe`)
  }
}

if (READERS.length > 16) throw new Error('the start table holds at most 16 readers')
// For each UTF-16 unit, a bit per reader (in READERS order) that can start there.
const startTable = new Uint16Array(65536)
const NUMBER_READERS = READERS.reduce((mask, reader, index) => ((reader as TimeReader).startsAtNumbers ? mask | (1 << index) : mask), 0)
READERS.forEach((reader, index) => {
  for (const word of reader.startWords) if (word) startTable[word.charCodeAt(0)] |= 1 << index
})
for (let code = 0; code < 65536; code++) if (isAsciiDigitCode(code) || isCnNumeralCode(code)) startTable[code] |= NUMBER_READERS

/** Can a time expression start with this UTF-16 unit? */
export function isTimeStart(code: number): boolean {
  return startTable[code] !== 0
}

/**
 * Every reader's necessary words (TimeReader.needs) as one matcher. A reader returns an expression
 * only if its span holds one of its words whole; the span lies inside the scanned range, so a range
 * that holds none of the union cannot yield an expression (nor a diagnostic), whatever order the
 * readers run in. Noun years (2015年度) only set the year of a later expression, so they need no word.
 */
export const TIME_NEEDS = new CueSet(READERS.flatMap((reader) => [...(reader as TimeReader).needs]))
const NEEDS = TIME_NEEDS

/**
 * Could the canonical text (canon.ts) hold a time expression? False means surely not.
 *
 * @example
 * mayHoldTime('加强组织领导，明确责任分工') // false
 * mayHoldTime('2015年6月底前完成') // true
 */
export function mayHoldTime(canonical: string): boolean {
  return NEEDS.has(canonical)
}

/**
 * The same gate read on the input itself, before a canonical copy is made: false when
 * `text[from, until)` is its own canon (every code unit one canonicalize keeps, canon.ts SAME) and holds
 * no necessary word; true when a word ends in the leading stretch of such code units; undefined
 * when the canonical copy must decide (mayHoldTime).
 *
 * @example
 * mayHoldTimeRaw('加强组织领导，明确责任分工', 0, 12) // false
 * mayHoldTimeRaw('２０１５年', 0, 5) // undefined (full-width digits change in the canon)
 */
export function mayHoldTimeRaw(text: string, from: number, until: number): boolean | undefined {
  return NEEDS.hasWhile(text, from, until, SAME)
}

/**
 * The readers bound to one canonical text: `read(offset)` tries those that can start at `offset`, in
 * order, and returns the first expression (or noun year) found.
 */
export function openReaders(text: string): (offset: number) => Expr | NounYear | undefined {
  const bound: ReadAt[] = READERS.map((reader) => reader.open(text))
  return (offset) => {
    let mask = startTable[text.charCodeAt(offset)]
    for (let index = 0; mask !== 0; index++, mask >>>= 1) {
      if ((mask & 1) === 0) continue
      const found = bound[index](offset)
      if (found) return found
    }
    return undefined
  }
}
