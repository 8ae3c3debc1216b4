import grammar from '../../../grammars/time/effective.json' with { type: 'json' }
import { addDuration, iso, toDate } from './calendar.js'
import { canonicalize, endOf, startOf, toCanon } from './canon.js'
import { WordList } from './lexicon.js'
import { readSmallNumber } from './numerals.js'
import { scanTime, type TimeDiagnostic, type TimeMatch } from './scan.js'

const subjectPrefix = WordList.of(grammar.subjectPrefix)
const docWords = WordList.of(grammar.docWords)
const verbs = WordList.of(grammar.effectiveVerbs)
const validity = WordList.of(grammar.validity)
const validityTo = WordList.of(grammar.validityTo)
const validityIs = WordList.of(grammar.validityIs)
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
  const c = canonicalize(text)
  const s = c.s
  const sentences: Sentence[] = []
  for (let i = 0; i < s.length; ) {
    let j = i
    while (j < s.length && s[j] !== '。' && s[j] !== '\n') j++
    let k = i
    while (k < j && (s[k] === ' ' || s[k] === '　')) k++
    // skip an article number (第二十一条) before the subject
    if (s[k] === '第') {
      const t = s.indexOf('条', k)
      if (t > k && t - k <= 8) k = t + 1
      while (k < j && s[k] === ' ') k++
    }
    const own = !!subjectPrefix.at(s, k) && !!docWords.at(s, k + (subjectPrefix.at(s, k)?.[0].length ?? 0))
    sentences.push({ start: i, end: j, own, other: s[k] === '《' })
    i = j + 1
  }

  type Eff = { m: TimeMatch; sent: Sentence; cEnd: number }
  const effs: Eff[] = []
  type Exp = { sent: Sentence; index: number; end: number; date?: TimeMatch; n?: number; unit?: 'year' | 'month' | 'day' }
  const exps: Exp[] = []
  const diagnostics: TimeDiagnostic[] = []
  for (const sent of sentences) {
    if (sent.other || sent.end <= sent.start) continue
    const from = startOf(c, sent.start)
    const to = endOf(c, sent.start, sent.end)
    const hasVerb = verbs.words.some((v) => s.slice(sent.start, sent.end).includes(v))
    const hasValidity = validity.words.some((v) => s.slice(sent.start, sent.end).includes(v))
    if (!hasVerb && !hasValidity) continue
    const r = scanTime(text, { from, to, documentDate: options.documentDate, publishedDate: options.publishedDate })
    const dueAt = new Map<number, TimeMatch>()
    for (const m of r.matches) if (m.deadline.kind === 'due' && !dueAt.has(m.index)) dueAt.set(m.index, m)
    for (const m of r.matches) {
      if (m.deadline.kind !== 'start') continue
      const cEnd = toCanon(c, m.end)
      const endsWithVerb = verbs.words.some((v) => m.deadline.raw.endsWith(v))
      const verbAfter = verbs.len(s, cEnd) || (s[cEnd] === '起' && verbs.len(s, cEnd + 1))
      if (endsWithVerb || verbAfter) {
        effs.push({ m, sent, cEnd })
        diagnostics.push(...r.diagnostics.filter((d) => d.index >= m.index && d.end <= m.end))
      }
    }
    // validity: 有效期(为)? 至 DATE | N 年
    for (let v = sent.start; v < sent.end; v++) {
      const w = validity.at(s, v)
      if (!w) continue
      let k = v + w[0].length
      const is = validityIs.at(s, k)
      if (is) k += is[0].length
      const to_ = validityTo.at(s, k)
      if (to_) {
        const at = startOf(c, k + to_[0].length)
        const m = dueAt.get(at)
        if (m) {
          exps.push({ sent, index: startOf(c, v), end: m.end, date: m })
          diagnostics.push(...r.diagnostics.filter((d) => d.index >= m.index && d.end <= m.end))
        }
      } else {
        const n = readSmallNumber(s, k)
        const u = n ? durationUnits.at(s, n.end) : undefined
        if (n && u && !n.overflow && n.value > 0) exps.push({ sent, index: startOf(c, v), end: endOf(c, v, n.end + u[0].length), n: n.value, unit: u[1] })
      }
      v = k
    }
  }

  const out: EffectiveDates = { diagnostics }
  const eff = [...effs].reverse().find((e) => e.sent.own) ?? effs[effs.length - 1]
  if (eff) {
    out.effectiveDate = eff.m.deadline.start ?? eff.m.deadline.date ?? null
    let end = eff.m.end
    const cEnd = eff.cEnd
    const extra = verbs.len(s, cEnd) || (s[cEnd] === '起' && verbs.len(s, cEnd + 1) ? 1 + verbs.len(s, cEnd + 1) : 0)
    if (extra) end = endOf(c, cEnd, cEnd + extra)
    out.effective = { raw: text.slice(eff.m.index, end), index: eff.m.index, end }
  }
  const exp = (eff && exps.find((x) => x.sent === eff.sent)) ?? [...exps].reverse().find((x) => x.sent.own)
  if (exp) {
    const raw = text.slice(exp.index, exp.end)
    if (exp.date) {
      out.expiryDate = exp.date.deadline.date ?? null
      out.expiry = { raw, index: exp.index, end: exp.end }
    } else {
      const from = toDate(out.effectiveDate ?? null)
      out.expiryDate = from ? iso(addDuration(from, exp.n!, exp.unit!, 'validity')) : null
      out.expiry = { raw, index: exp.index, end: exp.end, [`${exp.unit}s`]: exp.n }
      if (!from)
        diagnostics.push({ severity: 'info', code: 'time-expiry-unresolved', message: `"${raw}" counts from an effective date that is not known`, index: exp.index, end: exp.end })
    }
  }
  return out
}
