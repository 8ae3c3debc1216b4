import type { Rule, TaskRef } from '../types.js'
import { at, describeTask, leadUnits, taskFields } from './util.js'

/**
 * In a table every row is a task and needs a lead. In a parsed document a task is flagged when it
 * names other roles but no lead, or when most of its sibling tasks (same top section, same depth),
 * and at least two, name leads: in a plan whose items each name a 牵头单位 the one without is a
 * gap, while a stage heading that only carries a deadline, or the odd assignment in a prose 意见,
 * sets no such convention.
 */
export const taskHasLead: Rule = {
  id: 'task-has-lead',
  doc: 'Every task names a lead unit (牵头单位, or 责任单位/负责 when there is no 牵头).',
  defaultSeverity: 'error',
  check(ctx) {
    for (const doc of ctx.docs) {
      const siblings = (t: TaskRef) => doc.tasks.filter((o) => o !== t && o.path.length === t.path.length && o.path[0] === t.path[0])
      const expected = (t: TaskRef) => {
        if (doc.kind === 'table' || t.roles.some((r) => r.units.length > 0)) return true
        // A convention needs at least two examples: most siblings, and no fewer than two, name a lead.
        const others = siblings(t)
        const led = others.filter((o) => leadUnits(o).length > 0).length
        return led >= 2 && led * 2 > others.length
      }
      for (const task of doc.tasks) {
        if (leadUnits(task).length > 0 || !expected(task)) continue
        ctx.report({ message: `${describeTask(task)} names no lead unit`, ...at(task.cells?.lead ?? task.position), ...taskFields(task, 'lead') })
      }
    }
  },
}
