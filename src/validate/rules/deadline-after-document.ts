import type { Rule } from '../types.js'
import { at, describeTask, taskFields } from './util.js'

/**
 * A due date before the document's own date was already past when the document was issued
 * (seed 003: `2015年1月底前` in a notice dated 2015-02-05). The date is the config's `documentDate`,
 * else the document's signed or published date, else that of the notice that issues it. Dates the
 * text reports (meetings, publications, statistics, 以来: `task.events`) are not deadlines and are
 * never checked here.
 */
export const deadlineAfterDocument: Rule = {
  id: 'deadline-after-document',
  doc: 'No due date falls before the date of the document that sets it.',
  defaultSeverity: 'warn',
  check(ctx) {
    for (const task of ctx.tasks) {
      const docDate = task.doc.date
      if (!docDate) continue
      for (const d of task.deadlines) {
        if (d.kind !== 'due' || !d.date || d.date >= docDate) continue
        ctx.report({
          message: `deadline 「${d.raw}」 (${d.date}) of ${describeTask(task)} is before the document date ${docDate}`,
          ...at(d.position ?? task.position),
          ...taskFields(task, d.column),
        })
      }
    }
  },
}
