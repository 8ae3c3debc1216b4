/**
 * What the time grammar's readers produce: calendar points as read, and expressions not yet
 * resolved to dates. Kinds, precisions and recurrences are the schema's (src/schema/time.ts).
 *
 * Positions are offsets in the canonical copy of the text (see ../canon.ts).
 */
import type { Deadline } from '../../../schema/time.js'
import type { Unit } from '../calendar.js'

export type Kind = Deadline['kind']
export type Recurrence = NonNullable<Deadline['recurrence']>
export type DurationUnit = 'day' | 'workday' | 'week' | 'month' | 'year'
export type AnchorDate = 'document' | 'published' | 'effective' | 'amendment'

/** A calendar point as read: a unit plus how the text qualified it. */
export interface Point {
  start: number
  end: number
  unit: Unit
  /** The year was printed (or repaired), not inferred. */
  explicitYear: boolean
  /** 今年 / 明年 …: offset from the document year. */
  yearRel?: number
  /** 本世纪末 / 下个世纪内: offset from the document's century; the unit is that century's last year. */
  centuryRel?: number
  /** 当年 / 同年: the item's year when one is printed before, else the document year (yearRel 0). */
  sameYear?: boolean
  /** 本月 / 上个月 …: offset from the document month (unit.m is set when resolved). */
  monthRel?: number
  /** 本季度 / 上季度 …: offset from the document quarter (unit.part is set when resolved). */
  quarterRel?: number
  /** 底 / 末: the last day of the unit. */
  endFlag?: boolean
  /** 年内: within the unit. */
  within?: boolean
  /** 全年. */
  whole?: boolean
  roc?: boolean
  chinese?: boolean
  repaired?: string
  invalid?: string
  /** The year itself is garbled (0402年, 5355年). */
  garbled?: boolean
  /** A template's placeholder year (20XX年): printed, but unknown; never inferred from the context. */
  placeholder?: boolean
  /** The garbled year had a leading zero (0402年): surely a broken date, not a count of years. */
  leadingZero?: boolean
}

/** One parsed time expression, not yet resolved to dates. */
export interface Expr {
  /** The grammar rule that matched: an id of grammars/time/rules.json, declared by its reader. */
  rule: string
  kind: Kind
  start: number
  end: number
  /** The point (or the start of a range). */
  from?: Point
  /** End of a range. */
  until?: Point
  /** For `due`: the last day of the unit (`last`) or the day before it starts (`before`: 2015年6月前 → 05-31). */
  edge?: 'last' | 'before'
  note?: string
  recurrence?: Recurrence
  /** `subject`: the words between 自 and the event (本法 in 自本法施行之日起), when any. */
  anchor?: { date: AnchorDate; count?: number; unit?: DurationUnit; back?: boolean; subject?: string }
  /** Named period without a cue (2015年6月, （2013年）): stages read it as the whole period. */
  bare?: boolean
  /**
   * What made it a time: a cue of the grammar (前, 底, 内, 起, 以来, 期间 …), a target word before
   * it (到2020年; `target` holds the word), a follower word after it (2015年完成), or nothing but
   * punctuation (`bare`: 2019年，全市… — an event as often as a deadline).
   */
  basis?: 'cue' | 'target' | 'follower' | 'bare'
  target?: string
  repaired?: string
  invalid?: string
}

/** A year printed as a noun modifier (2015年度…): no expression, but the year counts as context. */
export interface NounYear {
  noun: true
  year: number
  end: number
}

/** What a reader finds at a position: an expression, a noun year, or nothing. */
export type ReadAt = (offset: number) => Expr | NounYear | undefined

/**
 * One construct of the time grammar (a point or range with its cues, a recurring date, an
 * anchor, a plan period …). The registry (registry.ts) tries a reader only where one of its start
 * words begins, in the order of the configuration.
 */
export interface TimeReader {
  name: string
  /** Ids of grammars/time/rules.json this reader can produce (checked against it at load). */
  rules: readonly string[]
  /** Words an expression of this reader can begin with (only their first character matters). */
  startWords: Iterable<string>
  /** It can also begin at any ASCII digit or Chinese numeral. */
  startsAtNumbers?: boolean
  /**
   * Words of which every expression this reader returns holds at least one, whole, inside its own
   * span of the canonical text. The scan skips a range that holds none of any reader's: each
   * reader states why its list is necessary, so the gate is sound by construction.
   */
  needs: Iterable<string>
  /** Binds the reader to one (canonical) text, with any per-text state it keeps. */
  open(text: string): ReadAt
}
