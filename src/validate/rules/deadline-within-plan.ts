import type { Stage } from '../../schema/time.js'
import type { DeadlineRef, Rule, TaskRef } from '../types.js'
import { at, describeTask, taskFields } from './util.js'

interface Span {
  start: string | null
  end: string | null
  what: string
}

/** The stage whose section holds the task, when stages have positions. */
function stageOf(task: TaskRef, stages: Stage[]): Stage | undefined {
  const o = task.position?.start.offset
  if (o === undefined) return undefined
  return stages.find((s) => s.position && s.position.start.offset <= o && o < s.position.end.offset && (s.start || s.end))
}

/** The dates a deadline commits to: the due date, or a range's ends. */
function datesOf(d: DeadlineRef): string[] {
  if (d.kind === 'due' || d.kind === 'immediate') return d.date ? [d.date] : []
  if (d.kind === 'start') return [d.date ?? d.start].filter((x): x is string => !!x)
  if (d.kind === 'range') return [d.start, d.end].filter((x): x is string => !!x)
  return []
}

export const deadlineWithinPlan: Rule = {
  id: 'deadline-within-plan',
  doc: "Every deadline lies inside the plan period (meta.period) and inside its task's stage when known.",
  defaultSeverity: 'warn',
  check(ctx) {
    for (const task of ctx.tasks) {
      const stage = stageOf(task, task.doc.stages)
      const period = task.doc.period
      const spans: Span[] = []
      if (stage) spans.push({ start: stage.start, end: stage.end, what: `stage ${stage.name}` })
      if (period && (period.start || period.end)) spans.push({ start: period.start, end: period.end, what: 'the plan period' })
      if (spans.length === 0) continue
      for (const d of task.deadlines) {
        for (const date of datesOf(d)) {
          const out = spans.find((s) => (s.start && date < s.start) || (s.end && date > s.end))
          if (!out) continue
          ctx.report({
            message: `deadline 「${d.raw}」 (${date}) of ${describeTask(task)} is outside ${out.what} (${out.start ?? '…'} – ${out.end ?? '…'})`,
            ...at(d.position ?? task.position),
            ...taskFields(task, d.column),
          })
          break
        }
      }
    }
  },
}
