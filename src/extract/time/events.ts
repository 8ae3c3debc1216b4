/**
 * Event dates: a date the text reports (a meeting, a publication, a statistic, 以来), not one it
 * sets. Words in grammars/time/events.json; the reading is described there and in
 * grammars/time/README.md.
 */
import raw from '../../../grammars/time/events.json' with { type: 'json' }
import type { TimeEventKind } from '../../schema/time.js'
import { WordList, lexicon as L } from './lexicon.js'
import type { TimeMatch } from './scan.js'

const kinds = new WordList<TimeEventKind>(
  Object.entries(raw.kinds).flatMap(([k, words]) => (words as string[]).map((w) => [w, k as TimeEventKind] as [string, TimeEventKind])),
)
const weakTargets = new Set(raw.weakTargets)
const sinceLater = WordList.fromWords(raw.sinceLater)
const stops = new Set([...raw.window.stops])
const conditionBefore = WordList.fromWords(raw.condition.before)
const conditionAfter = WordList.fromWords(raw.condition.after)
const yearOfWorkGenres = raw.yearOfWork

/** What a text without a date of its own can still say about its time (a dateless work report). */
export interface EventContext {
  /**
   * The year the text speaks from when it prints no date (`2002年政府工作报告` → 2002): a date
   * ended before that year began is past, an event.
   */
  textYear?: number
  /**
   * The text is a report on that year's work: a date of that year without a deadline cue
   * (`1999年，我们将庆祝…`, `今年12月20日，澳门将回到祖国怀抱`) is the year of work or an event in
   * it, not a due date (events.json yearOfWork); `今年内` keeps its cue and stays due.
   */
  yearOfWork?: boolean
}

export interface EventReading {
  kind: TimeEventKind
  /** The word that named the event (召开, 印发, 增长, 以来), when one did. */
  cue?: string
}

/**
 * Is the time `m` (offsets in `s`) an event rather than a deadline, and of which kind?
 * `documentDate` (ISO) lets a past date without a deadline cue be an event.
 *
 * @example
 * const [m] = scanTime(s).matches // s = '2019年3月15日召开市政府常务会议'
 * eventOf(s, m) // → { kind: 'meeting', cue: '召开' }
 */
export function eventOf(s: string, m: TimeMatch, documentDate?: string, context: EventContext = {}): EventReading | undefined {
  const d = m.deadline
  if (d.kind === 'recurring' || d.kind === 'immediate' || d.kind === 'ongoing') return undefined
  const cb = conditionBefore.before(s, m.index)
  if (cb) return { kind: 'condition', cue: cb[0] }
  const ca = conditionAfter.longestAt(s, m.end)
  if (ca) return { kind: 'condition', cue: ca[0] }
  if (d.inferred?.note?.split('; ').includes('since')) return { kind: 'since', cue: d.raw.slice(-2) }
  const basis = m.basis ?? 'cue'
  const { textYear, yearOfWork } = context
  const now = documentDate ?? (textYear ? `${textYear}-01-01` : undefined)
  // 自2018年开展…以来: a start whose 以来 comes later in the sentence
  if (d.kind === 'start' && !m.rule.startsWith('anchor')) {
    const w = scanWindow(s, m.end, (i) => sinceLater.longestAt(s, i)?.[0])
    if (w) return { kind: 'since', cue: w }
  }
  if (basis === 'cue') {
    // a span wholly before the document (十二五期间，全省累计…) is no task's time
    if (d.kind === 'range' && d.end && now && d.end < now) return { kind: windowKind(s, m.end)?.kind ?? 'other' }
    return undefined
  }
  if (basis === 'bare' && d.precision === 'day' && d.date && aloneOnLine(s, m.index, m.end)) {
    if ((documentDate && d.date <= documentDate) || signatureAround(s, m.index, m.end)) return { kind: 'publication' }
  }
  const weak = basis === 'bare' || (basis === 'target' && weakTargets.has(m.target ?? ''))
  const first = d.date ?? d.start
  const last = d.date ?? d.end ?? d.start
  const past = Boolean(last && now && last < now)
  if (yearOfWork && textYear && basis === 'bare' && first?.slice(0, 4) === String(textYear)) {
    return windowKind(s, m.end) ?? { kind: 'other' }
  }
  // after the document's date, 2019年上半年，试点城市政府印发实施方案 is a task, not a publication
  const future = Boolean(first && documentDate && first > documentDate)
  if (weak) {
    // a forecast is of the future by nature (1997年，…发生地震的可能性较大 in a January 1997 report)
    const k = windowKind(s, m.end)
    if (k && (!future || k.kind === 'forecast')) return k
  }
  if (past) return { kind: weak ? 'other' : (windowKind(s, m.end)?.kind ?? 'other') }
  return undefined
}

/** The first event word or deadline verb after `from` in the window: an event kind, or undefined. */
function windowKind(s: string, from: number): EventReading | undefined {
  let found: EventReading | undefined
  scanWindow(s, from, (i) => {
    const f = L.bareFollowers.longestAt(s, i)
    const e = kinds.longestAt(s, i)
    if (e && (!f || e[0].length >= f[0].length)) {
      found = { kind: e[1], cue: e[0] }
      return e[0]
    }
    // a deadline verb first (2015年6月，完成…，印发…): not an event
    if (f && isVerb(f[0])) return f[0]
    return undefined
  })
  return found
}

// followers that are verbs of doing (完成, 建成 …), not the particles 前 / 内 / 底
const isVerb = (w: string) => w.length >= 2 && w !== '以来' && w !== '期间' && w !== '时期' && w !== '全年' && w !== '乃至'

/** Calls `at(i)` at each position of the window after `from`; stops at the first non-undefined. */
function scanWindow(s: string, from: number, at: (i: number) => string | undefined): string | undefined {
  const end = Math.min(s.length, from + raw.window.length)
  for (let i = from; i < end; i++) {
    if (stops.has(s[i])) return undefined
    const w = at(i)
    if (w !== undefined) return w
  }
  return undefined
}

/** Nothing but spaces beside the date on its line: a signing or cover date. */
function aloneOnLine(s: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0 && s[i] !== '\n'; i--) if (!/\s/.test(s[i])) return false
  for (let i = end; i < s.length && s[i] !== '\n'; i++) if (!/\s/.test(s[i])) return false
  return true
}

const lineAt = (s: string, from: number, step: 1 | -1): string => {
  // the nearest non-blank line before (step -1, from = a line start) or after (step 1, from = a line end)
  let i = from
  while (i >= 0 && i < s.length) {
    i += step
    let a = i
    let b = i
    if (step < 0) {
      while (a > 0 && s[a - 1] !== '\n') a--
      b = i + 1
      i = a - 1
    } else {
      while (b < s.length && s[b] !== '\n') b++
      i = b
    }
    const line = s.slice(a, b).trim()
    if (line) return line
    if (step < 0 && i < 0) break
  }
  return ''
}

/** A short name on the line before (国务院办公厅) and no numbered line after: a 落款, not a table cell. */
function signatureAround(s: string, start: number, end: number): boolean {
  let a = start
  while (a > 0 && s[a - 1] !== '\n') a--
  let b = end
  while (b < s.length && s[b] !== '\n') b++
  const prev = lineAt(s, a - 1, -1)
  const next = lineAt(s, b, 1)
  // 2 / 市财政局 / 2020年6月30日: a row of a table, not a 落款
  let p = s.lastIndexOf(prev, a)
  while (p > 0 && s[p - 1] !== '\n') p--
  const before = p > 0 ? lineAt(s, p - 1, -1) : ''
  return !/^[0-9０-９]+[.、．]?$/.test(before) && prev.length > 0 && prev.length <= 30 && !/[0-9０-９]/.test(prev) && !/[。，；：:,.;）)]$/.test(prev) && !/^[0-9０-９]/.test(next)
}

const TITLE_YEAR = /(?:19|20)\d{2}/g

/**
 * The year context of a report on a year's work (its genre ends in a yearOfWork word of
 * events.json) that prints no date: the one year its title names
 * (`2002年中华人民共和国国务院政府工作报告` → 2002), not a span (`2021—2025年`).
 *
 * @example
 * yearContextOf('1999年政府工作报告', '政府工作报告') // → { textYear: 1999, yearOfWork: true }
 * yearContextOf('2030年前碳达峰行动方案', '行动方案') // → {}
 */
export function yearContextOf(title: string | null | undefined, docType: string | null | undefined): EventContext {
  if (!title) return {}
  const t = title.normalize('NFKC')
  const years = [...t.matchAll(TITLE_YEAR)]
  if (years.length !== 1) return {}
  const y = years[0]
  if (t[y.index + 4] !== '年') return {}
  // only a report on a year's work: in other titles a year is often a target (2030年前碳达峰…)
  if (!docType || !yearOfWorkGenres.some((g) => docType.endsWith(g))) return {}
  return { textYear: Number(y[0]), yearOfWork: true }
}
