import type { Rule } from '../types.js'
import { at, describeTask, taskFields } from './util.js'

/**
 * Diagnostic codes with which the time stage says a time expression could not be read (`0402年`).
 * A repair it was sure of (`time-repaired`: `于20133月底前` → 2013-03-31) is not a problem.
 */
export const UNRESOLVED_TIME_CODES = new Set(['time-invalid'])

export const deadlineParseable: Rule = {
  id: 'deadline-parseable',
  doc: 'Every deadline reads as a time: a printed date exists (not 2015年6月31日), a table cell is a time expression.',
  defaultSeverity: 'error',
  check(ctx) {
    const reported = new Set<number>()
    for (const task of ctx.tasks) {
      for (const d of task.deadlines) {
        // 近期 is a due deadline without a date by design (precision none): not a reading failure.
        const unreadable = d.kind === 'unknown' || (d.kind === 'due' && !d.date && d.precision !== 'none')
        if (!unreadable) continue
        if (d.position) reported.add(d.position.start.offset)
        ctx.report({
          message: `deadline 「${d.raw}」 of ${describeTask(task)} ${d.kind === 'unknown' ? 'is not a time expression' : 'names no valid date'}`,
          ...at(d.position ?? task.position),
          ...taskFields(task, d.column),
        })
      }
    }
    for (const doc of ctx.docs) {
      for (const diag of doc.diagnostics) {
        if (!UNRESOLVED_TIME_CODES.has(diag.code) || diag.severity === 'info') continue
        if (diag.position && reported.has(diag.position.start.offset)) continue
        ctx.report({ message: `${diag.message} (${diag.code})`, ...at(diag.position) })
      }
    }
  },
}
