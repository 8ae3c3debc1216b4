import grammar from '../../../grammars/time/effective.json' with { type: 'json' }
import { addDuration, iso, toDate } from './calendar.js'
import { canonicalize, endOf, startOf, toCanon } from './canon.js'
import { WordList } from './lexicon.js'
import { readSmallNumber } from './numerals.js'
import { scanTime, type TimeDiagnostic, type TimeMatch } from './scan.js'

const subjectPrefix = WordList.fromWords(grammar.subjectPrefix)
const docWords = WordList.fromWords(grammar.docWords)
const verbs = WordList.fromWords(grammar.effectiveVerbs)
const validity = WordList.fromWords(grammar.validity)
const validityTo = WordList.fromWords(grammar.validityTo)
const validityIs = WordList.fromWords(grammar.validityIs)
const durationUnits = WordList.map<'year' | 'month' | 'day'>(grammar.durationUnits)

export interface EffectiveDates {
  /** First day the document applies (null when printed but unresolvable, absent when not printed). */
  effectiveDate?: string | null
  /** Last day it applies. */
  expiryDate?: string | null
  /** The effective-date words (自印发之日起施行), offsets in `text`. */
  effective?: { raw: string; index: number; end: number }
  /** The validity words (有效期至2025年12月31日 / 有效期2年). */
  expiry?: { raw: string; index: number; end: number; years?: number; months?: number; days?: number }
  diagnostics: TimeDiagnostic[]
}

interface Sentence {
  start: number // canonical
  end: number
  /** Starts with 本办法 / 本通知 …: the document speaks of itself. */
  own: boolean
  /** Starts with 《: another document's dates. */
  other: boolean
}

/**
 * The document's effective and expiry dates: `本办法自印发之日起施行` (the document date),
 * `自发布之日起施行` (the publication date, else the document date), `自2019年1月1日起施行`,
 * `有效期至2025年12月31日`, `有效期2年` / `有效期为5年` / `有效期五年` (counted from the effective
 * date, the effective day being the first: 2023-02-22 + 3年 → 2026-02-21). Sentences whose
 * subject is the document itself (本办法…) win over others; sentences about another quoted
 * document (《…》自…施行) are ignored.
 *
 * @example
 * effectiveDates('第二十一条 本办法自印发之日起实施，有效期2年。', { documentDate: '2019-03-01' })
 * // → { effectiveDate: '2019-03-01', expiryDate: '2021-02-28', … }
 */
export function effectiveDates(text: string, options: { documentDate?: string; publishedDate?: string } = {}): EffectiveDates {
  const canon = canonicalize(text)
  const canonical = canon.text
  const sentences: Sentence[] = []
  for (let i = 0; i < canonical.length; ) {
    let sentenceEnd = i
    while (sentenceEnd < canonical.length && canonical[sentenceEnd] !== '。' && canonical[sentenceEnd] !== '\n') sentenceEnd++
    let subjectAt = i
    while (subjectAt < sentenceEnd && (canonical[subjectAt] === ' ' || canonical[subjectAt] === '　')) subjectAt++
    // skip an article number (第二十一条) before the subject
    if (canonical[subjectAt] === '第') {
      const articleEnd = canonical.indexOf('条', subjectAt)
      if (articleEnd > subjectAt && articleEnd - subjectAt <= 8) subjectAt = articleEnd + 1
      while (subjectAt < sentenceEnd && canonical[subjectAt] === ' ') subjectAt++
    }
    const own = !!subjectPrefix.longestAt(canonical, subjectAt) && !!docWords.longestAt(canonical, subjectAt + (subjectPrefix.longestAt(canonical, subjectAt)?.[0].length ?? 0))
    sentences.push({ start: i, end: sentenceEnd, own, other: canonical[subjectAt] === '《' })
    i = sentenceEnd + 1
  }

  type Eff = { match: TimeMatch; sent: Sentence; cEnd: number }
  const effs: Eff[] = []
  type Exp = { sent: Sentence; index: number; end: number; date?: TimeMatch; count?: number; unit?: 'year' | 'month' | 'day' }
  const exps: Exp[] = []
  const diagnostics: TimeDiagnostic[] = []
  for (const sent of sentences) {
    if (sent.other || sent.end <= sent.start) continue
    const from = startOf(canon, sent.start)
    const until = endOf(canon, sent.start, sent.end)
    const hasVerb = verbs.words.some((v) => canonical.slice(sent.start, sent.end).includes(v))
    const hasValidity = validity.words.some((v) => canonical.slice(sent.start, sent.end).includes(v))
    if (!hasVerb && !hasValidity) continue
    const scan = scanTime(text, { from, to: until, documentDate: options.documentDate, publishedDate: options.publishedDate })
    const dueAt = new Map<number, TimeMatch>()
    for (const match of scan.matches) if (match.deadline.kind === 'due' && !dueAt.has(match.index)) dueAt.set(match.index, match)
    for (const match of scan.matches) {
      if (match.deadline.kind !== 'start') continue
      const cEnd = toCanon(canon, match.end)
      const endsWithVerb = verbs.words.some((v) => match.deadline.raw.endsWith(v))
      const verbAfter = verbs.len(canonical, cEnd) || (canonical[cEnd] === '起' && verbs.len(canonical, cEnd + 1))
      if (endsWithVerb || verbAfter) {
        effs.push({ match, sent, cEnd })
        diagnostics.push(...scan.diagnostics.filter((d) => d.index >= match.index && d.end <= match.end))
      }
    }
    // validity: 有效期(为)? 至 DATE | N 年
    for (let v = sent.start; v < sent.end; v++) {
      const validityWord = validity.longestAt(canonical, v)
      if (!validityWord) continue
      let cursor = v + validityWord[0].length
      const isWord = validityIs.longestAt(canonical, cursor)
      if (isWord) cursor += isWord[0].length
      const to_ = validityTo.longestAt(canonical, cursor)
      if (to_) {
        const dateAt = startOf(canon, cursor + to_[0].length)
        const dated = dueAt.get(dateAt)
        if (dated) {
          exps.push({ sent, index: startOf(canon, v), end: dated.end, date: dated })
          diagnostics.push(...scan.diagnostics.filter((d) => d.index >= dated.index && d.end <= dated.end))
        }
      } else {
        const count = readSmallNumber(canonical, cursor)
        const unit = count ? durationUnits.longestAt(canonical, count.end) : undefined
        if (count && unit && !count.overflow && count.value > 0) exps.push({ sent, index: startOf(canon, v), end: endOf(canon, v, count.end + unit[0].length), count: count.value, unit: unit[1] })
      }
      v = cursor
    }
  }

  const out: EffectiveDates = { diagnostics }
  const eff = [...effs].reverse().find((e) => e.sent.own) ?? effs[effs.length - 1]
  if (eff) {
    out.effectiveDate = eff.match.deadline.start ?? eff.match.deadline.date ?? null
    let end = eff.match.end
    const cEnd = eff.cEnd
    const extra = verbs.len(canonical, cEnd) || (canonical[cEnd] === '起' && verbs.len(canonical, cEnd + 1) ? 1 + verbs.len(canonical, cEnd + 1) : 0)
    if (extra) end = endOf(canon, cEnd, cEnd + extra)
    out.effective = { raw: text.slice(eff.match.index, end), index: eff.match.index, end }
  }
  const exp = (eff && exps.find((x) => x.sent === eff.sent)) ?? [...exps].reverse().find((x) => x.sent.own)
  if (exp) {
    const raw = text.slice(exp.index, exp.end)
    if (exp.date) {
      out.expiryDate = exp.date.deadline.date ?? null
      out.expiry = { raw, index: exp.index, end: exp.end }
    } else {
      const from = toDate(out.effectiveDate ?? null)
      out.expiryDate = from ? iso(addDuration(from, exp.count!, exp.unit!, 'validity')) : null
      out.expiry = { raw, index: exp.index, end: exp.end, [`${exp.unit}s`]: exp.count }
      if (!from) diagnostics.push({ severity: 'info', code: 'time-expiry-unresolved', message: `"${raw}" counts from an effective date that is not known`, index: exp.index, end: exp.end })
    }
  }
  return out
}
