import type { Rule } from '../types.js'
import { at, describeTask, taskFields } from './util.js'

/** Collectives (各有关部门) and people (牵头区领导) are not registry entries and are not checked. */
export const unitKnown: Rule = {
  id: 'unit-known',
  doc: 'Every unit resolves against the unit registry named in the config (off when there is none).',
  defaultSeverity: 'error',
  check(ctx) {
    const registry = ctx.registry
    if (!registry) return
    for (const task of ctx.tasks) {
      for (const role of task.roles) {
        for (const u of role.units) {
          if (u.kind !== 'organ') continue
          if (registry.resolve(u.name) || (u.canonical && registry.resolve(u.canonical))) continue
          const guess = registry.suggest(u.canonical ?? u.name) ?? registry.suggest(u.name)
          ctx.report({
            message: `unknown unit 「${u.name}」 in ${describeTask(task)}${guess ? ` (did you mean 「${guess}」?)` : ''}`,
            ...at(u.position ?? role.position ?? task.position),
            ...taskFields(task, u.column),
          })
        }
      }
    }
  },
}
