import lexicon from '../../grammars/time/lexicon.json' with { type: 'json' }
import { cnNumber } from '../text/numerals.js'
import { wholeLineExec } from '../text/regex-ends.js'

const pad = (n: number) => String(n).padStart(2, '0')

function iso(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCMonth() !== m - 1) return null
  return `${y}-${pad(m)}-${pad(d)}`
}

const NUMERIC = /^(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?$/
const CHINESE = /^([〇○零一二三四五六七八九O0]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/
/** `二〇一一年5月16日`: the year in Chinese numerals, the month and day in digits (outside179 04, a county's 落款). */
const MIXED = /^([〇○零一二三四五六七八九O0]{4})年(\d{1,2})月(\d{1,2})日$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/
/** `民国108年05月27日`: a Republic-of-China year in digits, as Taiwan law systems print their 公發布日 (grammars/time/lexicon.json `roc`). */
const ROC = new RegExp(`^(?:${lexicon.roc.prefixes.join('|')})\\s*(\\d{1,3})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$`)
/**
 * 2021416: a date whose 年月日 a scraper stripped, month and day unpadded (its 日 perhaps kept: `2020127日`; `202193`,
 * single-digit month and day, outside158 05), or only its 月 (`2016年1013日`, outside155 01), or its 月 and 日 (`2022年1015`,
 * outside240 06).
 */
const STRIPPED = /^((?:19|20)\d{2})(?:(\d{2,3})日?|年(\d{3,4})日?)$/
/** `20185月4日`: a date that lost only its 年, read one way (outside174 01). */
const YEAR_MARK_LOST = /^((?:19|20)\d{2})(\d{1,2})月(\d{1,2})日$/
// (each asked of every line near a 落款 and a header: the line's ends rule most out before the engine runs)
const numericDate = wholeLineExec(NUMERIC)
const compactDate = wholeLineExec(COMPACT)
const rocDate = wholeLineExec(ROC)
const strippedDigits = wholeLineExec(STRIPPED)
const yearMarkLost = wholeLineExec(YEAR_MARK_LOST)
const chineseDate = wholeLineExec(CHINESE)
const mixedDate = wholeLineExec(MIXED)

/**
 * A whole calendar date as headers and signatures print it: `2013.03.15`, `2013年3月15日`,
 * `2018-11-19`, `二〇一五年二月五日`, `二〇一一年5月16日`, `民国108年05月27日`, `20190101`, `2021416` (stripped, one reading only), `20185月4日`
 * (its 年 lost), a full stop after any of them. Returns ISO `YYYY-MM-DD` or null.
 * (Deadline phrases such as `2015年6月底前` are the time grammar's job, not this.)
 */
export function parseFullDate(s: string): string | null {
  // (a stray full stop a page prints after its 落款's date, `二○一○年一月八日。`, outside240 04)
  const t = s.trim().replace(/。$/, '')
  let m = numericDate(t) ?? compactDate(t)
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]))
  m = rocDate(t)
  if (m) return iso(Number(m[1]) + lexicon.roc.offset, Number(m[2]), Number(m[3]))
  m = strippedDigits(t)
  if (m) return strippedDate(Number(m[1]), m[2] ?? m[3])
  m = yearMarkLost(t)
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]))
  m = mixedDate(t)
  if (m) {
    const y = cnYear(m[1])
    return y ? iso(y, Number(m[2]), Number(m[3])) : null
  }
  m = chineseDate(t)
  if (m) {
    const y = cnYear(m[1])
    const mo = cnNumber(m[2])
    const d = cnNumber(m[3])
    return y && mo && d ? iso(y, mo, d) : null
  }
  return null
}

/** A year in Chinese numerals, its zero in any of the forms a page prints it (`二○一五`, `二O一一`): the number, or null. */
const cnYear = (digits: string) => cnNumber(digits.replace(/[○零O0]/g, '〇'))

/**
 * The month and day of a stripped date (`416` → 4-16, `131` → 1-31, `93` → 9-3, `1013` → 10-13): read only when exactly one split
 * into a valid month and day exists (`111` could be 1-11 or 11-1).
 */
function strippedDate(year: number, rest: string): string | null {
  const readings = strippedReadings(year, rest)
  return readings.length === 1 ? readings[0] : null
}

/** The valid month-and-day splits of a stripped date's digits after its year: none, one or two. */
function strippedReadings(year: number, rest: string): string[] {
  const dates = [1, 2].map((monthDigits) => (rest.length - monthDigits >= 1 && rest.length - monthDigits <= 2 ? iso(year, Number(rest.slice(0, monthDigits)), Number(rest.slice(monthDigits))) : null))
  return dates.filter((d): d is string => d !== null && !rest.startsWith('0'))
}

/** `2020年4月 日`: a 落款 date whose day the drafter left blank (a template never filled); no whole date. */
const BLANK_DAY = /^\d{4}\s*年\s*\d{1,2}\s*月\s*日$/
const blankDay = wholeLineExec(BLANK_DAY)

/**
 * A stripped date with two readings (`2024115`: 1-15 or 11-5, outside144 02; `2020127日`, outside144 03): a date line,
 * though no whole date — the 落款 it closes still signs.
 */
function ambiguousStripped(t: string): boolean {
  const m = strippedDigits(t)
  return m !== null && strippedReadings(Number(m[1]), m[2] ?? m[3]).length > 1
}

/** True when a whole line is only a date (a signature or header date line), its day left blank or its reading ambiguous included. */
export function isDateLine(s: string): boolean {
  const t = s.trim()
  return parseFullDate(t) !== null || blankDay(t) !== null || ambiguousStripped(t)
}
