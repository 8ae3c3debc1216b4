import type { Rule, TaskRef } from '../types.js'
import { at, describeTask, leadUnits, taskFields } from './util.js'

/**
 * In a table every row is a task and needs a lead. In a parsed document a task is flagged when it
 * names other roles but no lead, or when its sibling tasks (same section, same depth) name leads:
 * a stage heading that only carries a deadline is not expected to name one.
 */
export const taskHasLead: Rule = {
  id: 'task-has-lead',
  doc: 'Every task names a lead unit (牵头单位, or 责任单位/负责 when there is no 牵头).',
  defaultSeverity: 'error',
  check(ctx) {
    for (const doc of ctx.docs) {
      const withLead = doc.tasks.filter((t) => leadUnits(t).length > 0)
      const expected = (t: TaskRef) =>
        doc.kind === 'table' ||
        t.roles.some((r) => r.units.length > 0) ||
        withLead.some((o) => o.path.length === t.path.length && o.path[0] === t.path[0])
      for (const task of doc.tasks) {
        if (leadUnits(task).length > 0 || !expected(task)) continue
        ctx.report({ message: `${describeTask(task)} names no lead unit`, ...at(task.cells?.lead ?? task.position), ...taskFields(task, 'lead') })
      }
    }
  },
}
