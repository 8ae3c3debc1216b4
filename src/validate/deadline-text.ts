import type { DeadlineRef } from './types.js'

/**
 * Resolves the text of a deadline cell of a hand-kept table (`2015年6月底前`, `2015-06-30`).
 * Returns `date: null` when the text names no valid date (`2015年13月底前`, `2015-02-30`).
 *
 * Interim reader of the common forms only, until the time grammar's `extractDeadlines` is merged.
 */
export function resolveDeadlineText(raw: string): Omit<DeadlineRef, 'position' | 'column'> {
  const text = raw.normalize('NFKC').replace(/\s+/g, '')
  const none = { raw, kind: 'due' as const, date: null, start: null, end: null }
  // `gongwen table` writes a range as `2015-01-01..2015-12-31` (either end may be missing).
  const dots = text.indexOf('..')
  if (dots >= 0) {
    const [a, b] = [text.slice(0, dots), text.slice(dots + 2)]
    const start = a ? resolveDeadlineText(a).date : null
    const end = b ? resolveDeadlineText(b).date : null
    const ok = (!a || start) && (!b || end) && (start || end) && !(start && end && start > end)
    return ok ? { raw, kind: 'range', date: null, start, end } : { ...none, kind: 'unknown' }
  }
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)
  if (m) return dueOn(raw, +m[1], +m[2], +m[3])
  m = /^(\d{4})-(\d{1,2})$/.exec(text)
  if (m) return dueOn(raw, +m[1], +m[2], 0)
  m = /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:之?前|以前)?$/.exec(text)
  if (m) return dueOn(raw, +m[1], +m[2], +m[3])
  m = /^(\d{4})年(\d{1,2})月(底|末)?(之?前|以前)?$/.exec(text)
  if (m) {
    // `6月前` is before June: due the last day of May; `6月底前` and `6月` are due the end of June.
    const before = !m[3] && m[4]
    return before ? dueOn(raw, +m[1], +m[2] - 1, 0, +m[2]) : dueOn(raw, +m[1], +m[2], 0)
  }
  m = /^(\d{4})年(?:年?底|年?末)?(?:之?前|以前)?$/.exec(text)
  if (m) return dueOn(raw, +m[1], 12, 31)
  return none
}

/** `day` 0 means the month's last day. `checkMonth` is the month as printed, when it differs from `month`. */
function dueOn(raw: string, year: number, month: number, day: number, checkMonth = month): Omit<DeadlineRef, 'position' | 'column'> {
  const none = { raw, kind: 'due' as const, date: null, start: null, end: null }
  if (checkMonth < 1 || checkMonth > 12) return none
  if (month === 0) {
    year -= 1
    month = 12
  }
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day === 0) day = last
  if (day < 1 || day > last) return none
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return { raw, kind: 'due', date, start: null, end: null }
}
