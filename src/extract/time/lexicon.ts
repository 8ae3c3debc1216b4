import raw from '../../../grammars/time/lexicon.json' with { type: 'json' }
import type { Deadline } from '../../schema/time.js'

/**
 * A word list indexed by first character, longest word first, so "which entry starts at i"
 * costs one map lookup plus a few `startsWith` calls (lists are short).
 */
export class WordList<V = true> {
  // entries by the char code of their first unit, longest first; `has` answers "none start
  // with this unit" with one bit-set read (8 kB a list, not 64), the common case on running text
  private byFirst = new Map<number, Array<[string, V]>>()
  private readonly firstBits = new Uint32Array(65536 >>> 5)
  readonly words: string[]
  private readonly longestFirst: Array<[string, V]>

  constructor(entries: Iterable<[string, V]>) {
    const all = [...entries]
    this.words = all.map(([w]) => w)
    this.longestFirst = all.filter(([w]) => w).sort((a, b) => b[0].length - a[0].length)
    for (const [word, value] of all) {
      if (!word) continue
      const code = word.charCodeAt(0)
      const list = this.byFirst.get(code) ?? []
      list.push([word, value])
      this.byFirst.set(code, list)
      this.firstBits[code >>> 5] |= 1 << (code & 31)
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b[0].length - a[0].length)
  }

  static fromWords(words: readonly string[]): WordList<true> {
    return new WordList(words.map((w) => [w, true] as [string, true]))
  }

  /** From an object of word → value; keys starting with `$` are comments. */
  static map<V>(obj: object): WordList<V> {
    return new WordList(Object.entries(obj).filter(([k]) => !k.startsWith('$')) as Array<[string, V]>)
  }

  /** Longest entry starting at `offset` in `text`: `[word, value]` or undefined. */
  longestAt(text: string, offset: number): [string, V] | undefined {
    const code = text.charCodeAt(offset)
    if (Number.isNaN(code) || ((this.firstBits[code >>> 5] >>> (code & 31)) & 1) === 0) return undefined
    const list = this.byFirst.get(code)!
    for (const entry of list) if (text.startsWith(entry[0], offset)) return entry
    return undefined
  }

  /** Length of the longest entry starting at `offset`, 0 if none. */
  len(text: string, offset: number): number {
    return this.longestAt(text, offset)?.[0].length ?? 0
  }

  /** Longest entry ending exactly at `end` (exclusive) in `text`. */
  before(text: string, end: number): [string, V] | undefined {
    for (const entry of this.longestFirst) {
      const start = end - entry[0].length
      if (start >= 0 && text.startsWith(entry[0], start)) return entry
    }
    return undefined
  }

  has(word: string): boolean {
    return this.words.includes(word)
  }
}

export type Precision = Deadline['precision']
export type Every = NonNullable<Deadline['recurrence']>['every']
export type AnchorDate = 'document' | 'published' | 'effective' | 'amendment'

/** The grammar's vocabulary, read once from grammars/time/lexicon.json. */
export const lexicon = {
  raw,
  canonChars: new Map(Object.entries(raw.canonical.chars)),
  whitespace: new Set([...raw.canonical.whitespace]),
  cnDigits: new Map(Object.entries(raw.numerals.digits)),
  cnUnits: new Map(Object.entries(raw.numerals.units)),
  cnTwenty: new Map(Object.entries(raw.numerals.twenty)),
  yearChar: raw.units.year,
  yearNoun: WordList.fromWords(raw.units.yearNoun),
  month: WordList.fromWords(raw.units.month),
  monthNames: WordList.map<number>(raw.monthNames),
  day: WordList.fromWords(raw.units.day),
  hour: WordList.fromWords(raw.units.hour),
  clockColon: new Set(raw.units.clockColon),
  monthCountAfter: new Set(raw.units.monthCountAfter),
  minute: WordList.fromWords(raw.units.minute),
  yearOf: WordList.map<number>(raw.yearOf),
  sameYear: WordList.fromWords(raw.sameYear.words),
  serialMarks: new Set(raw.serialYear.marks),
  sameYearNotAfter: WordList.fromWords(raw.sameYear.notAfter),
  yearSpans: WordList.map<[number, number]>(raw.yearSpans),
  centuryOf: WordList.map<number>(raw.centuryOf),
  centuryEnds: WordList.map<string>(raw.centuryEnds),
  centuryTargets: WordList.fromWords(raw.centuryTargets),
  centuryGoals: WordList.fromWords(raw.centuryGoals),
  monthOf: WordList.map<number>(raw.monthOf),
  quarterOf: WordList.map<number>(raw.quarterOf),
  yearStart: WordList.map<[number, number]>(raw.partsOfYear.start),
  yearMiddle: WordList.map<[number, number]>(raw.partsOfYear.middle),
  notAfterYearStart: new Set([...raw.partsOfYear.notAfterStart]),
  yearMiddleNeeds: WordList.fromWords(raw.partsOfYear.middleNeeds),
  firstOfYear: WordList.map<'quarter' | 'month'>(raw.partsOfYear.first),
  spanUnits: WordList.map<number>(raw.partsOfYear.spanUnits),
  monthStart: WordList.fromWords(raw.monthStart.words),
  monthStartLastDay: raw.monthStart.lastDay,
  aheadForward: WordList.fromWords(raw.ahead.forward),
  aheadBack: WordList.fromWords(raw.ahead.back),
  sentenceLead: WordList.fromWords(raw.ahead.lead),
  afterEvent: new Set([...raw.ahead.afterEvent]),
  aheadUnits: WordList.map<'year' | 'month'>(raw.ahead.units),
  rocPrefixes: WordList.fromWords(raw.roc.prefixes),
  rocOffset: raw.roc.offset,
  rocMarkers: raw.roc.markers as readonly string[],
  rocBareMin: raw.roc.bareYears.min,
  rocBareMax: raw.roc.bareYears.max,
  rocRangeEnd: raw.roc.rangeEndCarriesEra === true,
  halves: WordList.map<number>(raw.halves),
  quarterUnit: WordList.fromWords(raw.quarters.unit),
  ordinalPrefix: raw.quarters.ordinalPrefix,
  xun: WordList.map<number>(raw.xun),
  wholeYear: WordList.fromWords(raw.wholeYear),
  endAfterYear: WordList.fromWords(raw.periodEnd.afterYear),
  endAfterMonth: WordList.fromWords(raw.periodEnd.afterMonth),
  endAfterPart: WordList.fromWords(raw.periodEnd.afterPart),
  yearlessEnd: WordList.fromWords(raw.yearless.endOfYear),
  yearlessEndNotBefore: WordList.fromWords(raw.yearless.endOfYearNotBefore),
  yearlessEndAdverbs: WordList.fromWords(raw.yearless.endOfYearAdverbs),
  yearlessWithin: WordList.fromWords(raw.yearless.withinYear),
  yearlessWithinNotBefore: WordList.fromWords(raw.yearless.withinYearNotBefore),
  yearCount: new Set([...raw.yearless.notAfter]),
  before: WordList.fromWords(raw.cues.before),
  notBefore: WordList.fromWords(raw.cues.notBefore),
  approximate: WordList.fromWords(raw.cues.approximate),
  within: WordList.fromWords(raw.cues.within),
  notWithin: WordList.fromWords(raw.cues.notWithin),
  from: WordList.fromWords(raw.cues.from),
  fromConsumed: WordList.fromWords(raw.cues.fromConsumed),
  since: WordList.fromWords(raw.cues.since),
  during: WordList.fromWords(raw.cues.during),
  rangeFrom: WordList.fromWords(raw.cues.rangeFrom),
  notFrom: WordList.fromWords(raw.cues.notFrom),
  rangeTo: WordList.fromWords(raw.cues.rangeTo),
  rangeDash: WordList.fromWords(raw.cues.rangeDash),
  target: WordList.fromWords(raw.cues.target),
  notTarget: WordList.fromWords(raw.cues.notTarget),
  effectiveVerbs: WordList.fromWords(raw.cues.effectiveVerbs),
  bareFollowers: WordList.fromWords(raw.bareYear.followers),
  bareNotFollowers: WordList.fromWords(raw.bareYear.notFollowers),
  bareNounAfter: WordList.fromWords(raw.bareYear.nounAfter),
  bareLeads: WordList.fromWords(raw.bareYear.leads),
  bareComparatives: WordList.fromWords(raw.bareYear.comparatives),
  bareBoundaries: new Set([...raw.bareYear.boundaries]),
  everyPrefix: raw.recurring.prefix,
  every: WordList.map<Every>(raw.recurring.every),
  ongoing: WordList.fromWords(raw.ongoing.phrases),
  immediate: WordList.fromWords(raw.immediate.phrases),
  nearTerm: WordList.fromWords(raw.nearTerm.phrases),
  preambleYearLeads: raw.preambleYear.leads as readonly string[],
  placeholderYears: WordList.fromWords(raw.placeholderYears.words),
  nearTermFollowers: WordList.fromWords(raw.nearTerm.followers),
  anchorEvents: WordList.map<AnchorDate>(raw.anchors.events),
  anchorOf: WordList.fromWords(raw.anchors.of),
  anchorToday: WordList.fromWords(raw.anchors.today),
  anchorPrefix: WordList.fromWords(raw.anchors.prefix),
  anchorSuffix: WordList.fromWords(raw.anchors.suffix),
  fullTextActions: raw.anchors.fullText.actions as readonly string[],
  fullTextMarks: raw.anchors.fullText.marks as readonly string[],
  parentLawDefinitions: raw.anchors.parentLaw.definitions as readonly string[],
  parentLawSubjects: raw.anchors.parentLaw.subjects as readonly string[],
  durationUnits: WordList.map<'day' | 'workday' | 'month' | 'year' | 'week'>(raw.anchors.durationUnits),
  plans: WordList.map<[number, number]>(raw.fiveYearPlans.plans),
  planOrdinalPrefix: raw.fiveYearPlans.ordinal.prefix,
  planOrdinalSuffix: WordList.fromWords(raw.fiveYearPlans.ordinal.suffixes),
  quoteOpen: new Set([...raw.fiveYearPlans.quotes.open]),
  quoteClose: new Set([...raw.fiveYearPlans.quotes.close]),
  planBetween: WordList.fromWords(raw.fiveYearPlans.between),
  planDuring: WordList.fromWords(raw.fiveYearPlans.during),
  planEnd: WordList.fromWords(raw.fiveYearPlans.end),
  planSince: WordList.fromWords(raw.fiveYearPlans.since),
  planAfterQuoted: WordList.fromWords(raw.fiveYearPlans.afterQuoted),
  minYear: raw.validYears.min,
  maxYear: raw.validYears.max,
}

// Chinese numeral characters (digits, 十/百, 廿/卅), one byte per UTF-16 unit, so the numeral
// readers' per-character test is an array read. O / o count as digits only inside a run (二O一五).
const cnNumeral = new Uint8Array(65536)
for (const char of [...lexicon.cnDigits.keys(), ...lexicon.cnUnits.keys(), ...lexicon.cnTwenty.keys()]) {
  if (char !== 'O' && char !== 'o') cnNumeral[char.charCodeAt(0)] = 1
}

/** Is `char` a Chinese numeral character (digit or 十/百/廿/卅)? */
export function isCnNumeral(char: string | undefined): boolean {
  return char !== undefined && cnNumeral[char.charCodeAt(0)] === 1
}

/** isCnNumeral by code unit (NaN, past the end: false). */
export function isCnNumeralCode(code: number): boolean {
  return cnNumeral[code] === 1
}

/** isAsciiDigit by code unit (NaN, past the end: false). */
export function isAsciiDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * Values of the single-unit numeral characters by code unit, -1 where none: digit-by-digit
 * (二〇一五), positional units (十, 百) and the twenties (廿, 卅), read without a Map lookup.
 */
function numeralTable(map: Map<string, number>): Int8Array | Int16Array {
  const small = [...map.values()].every((v) => Number.isInteger(v) && v >= 0 && v <= 127)
  const table = (small ? new Int8Array(65536) : new Int16Array(65536)).fill(-1)
  for (const [char, value] of map) if (char.length === 1) table[char.charCodeAt(0)] = value
  return table
}
export const CN_DIGIT = numeralTable(lexicon.cnDigits)
export const CN_UNIT = numeralTable(lexicon.cnUnits)
export const CN_TWENTY = numeralTable(lexicon.cnTwenty)

export function isAsciiDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9'
}
