import type { Rule } from '../types.js'
import { at, describeTask, leadUnits, taskFields } from './util.js'

export const leadNotCollective: Rule = {
  id: 'lead-not-collective',
  doc: 'A lead is at least one named unit, not only a collective such as 各有关部门 or 各区.',
  defaultSeverity: 'error',
  check(ctx) {
    for (const task of ctx.tasks) {
      const units = leadUnits(task)
      if (units.length === 0 || units.some((u) => u.kind !== 'collective')) continue
      const names = units.map((u) => u.name).join('、')
      ctx.report({
        message: `the lead of ${describeTask(task)} is only a collective (${names}); name the unit that answers for it`,
        ...at(units[0].position ?? task.position),
        ...taskFields(task, units[0].column),
      })
    }
  },
}
