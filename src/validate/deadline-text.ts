import { extractDeadlines } from '../extract/time/index.js'
import type { Deadline } from '../schema/time.js'
import type { DeadlineRef } from './types.js'

type Resolved = Omit<DeadlineRef, 'position' | 'column'>

/** A parsed Deadline as the rules see it (absent dates made null; position kept when present). */
export function deadlineRef(d: Deadline): DeadlineRef {
  return {
    raw: d.raw,
    kind: d.kind,
    date: d.date ?? null,
    start: d.start ?? null,
    end: d.end ?? null,
    precision: d.precision,
    ...(d.position ? { position: d.position } : {}),
  }
}

/**
 * Resolves one deadline value of a hand-kept table: the ISO dates and `a..b` ranges that
 * `gongwen table` writes, else any time expression through the time grammar (`2015年6月底前`,
 * `长期坚持`, `12月底前` with the year of `referenceDate`). A value that names no time at all
 * (`尽快`) has kind `unknown`; one that names an impossible date (`2015年6月31日前`) is a due
 * deadline with a null date.
 *
 * @example resolveDeadlineText('2015年6月底前') // [{ raw: '2015年6月底前', kind: 'due', date: '2015-06-30', precision: 'month', … }]
 */
export function resolveDeadlineText(raw: string, referenceDate?: string): Resolved[] {
  const text = raw.normalize('NFKC').replace(/\s+/g, '')
  const dots = text.indexOf('..')
  if (dots >= 0) {
    const [a, b] = [text.slice(0, dots), text.slice(dots + 2)]
    const start = a ? isoDate(a) : null
    const end = b ? isoDate(b) : null
    const ok = (!a || start) && (!b || end) && (start || end) && !(start && end && start > end)
    return [ok ? { raw, kind: 'range', date: null, start, end, precision: 'day' } : unknown(raw)]
  }
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(text)) return [{ raw, kind: 'due', date: isoDate(text), start: null, end: null, precision: 'day' }]
  const found = extractDeadlines(raw, referenceDate ? { referenceDate } : {})
  if (found.length === 0) return [unknown(raw)]
  // positions point into `raw`, not into a document: leave them out
  return found.map((d) => {
    const { position: _, ...ref } = deadlineRef(d)
    return ref
  })
}

function unknown(raw: string): Resolved {
  return { raw, kind: 'unknown', date: null, start: null, end: null, precision: 'none' }
}

/** `2015-6-30` → `2015-06-30`; null when the day does not exist (2015-02-30). */
function isoDate(s: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`
}
