import type { Rule, RoleRef } from '../types.js'
import { at, describeTask, taskFields, unitId } from './util.js'

/** Roles with different scopes (`食品安全监管由…牵头`) may share units: they assign different parts. */
const sameScope = (a: RoleRef, b: RoleRef) => !a.scope || !b.scope || a.scope === b.scope

export const roleConflict: Rule = {
  id: 'role-conflict',
  doc: 'No unit is both lead (or responsible) and participant of the same task.',
  defaultSeverity: 'error',
  check(ctx) {
    for (const task of ctx.tasks) {
      const leading = task.roles.filter((r) => r.role === 'lead' || r.role === 'responsible')
      for (const p of task.roles.filter((r) => r.role === 'participant')) {
        for (const u of p.units) {
          const clash = leading.find((l) => sameScope(l, p) && l.units.some((v) => unitId(v) === unitId(u)))
          if (!clash) continue
          ctx.report({
            message: `「${u.name}」 is both ${clash.role} and participant of ${describeTask(task)}`,
            ...at(u.position ?? p.position ?? task.position),
            ...taskFields(task, u.column),
          })
        }
      }
    }
  },
}
