import type { Rule, TaskRef } from '../types.js'
import { at, describeTask, taskFields } from './util.js'

const TRAILING = new Set(['。', '.', ';', '；', ':', '：', ',', '，'])

/** Titles compared without width, spaces or trailing punctuation (a loop: linear on any input). */
function titleKey(title: string): string {
  const key = title.normalize('NFKC').replace(/\s+/g, '')
  let end = key.length
  while (end > 0 && TRAILING.has(key[end - 1])) end--
  return key.slice(0, end)
}

export const taskDuplicate: Rule = {
  id: 'task-duplicate',
  doc: 'No two tasks of one document (or table) have the same title.',
  defaultSeverity: 'warn',
  check(ctx) {
    for (const doc of ctx.docs) {
      const first = new Map<string, TaskRef>()
      for (const task of doc.tasks) {
        const key = titleKey(task.title)
        if (key.length < 2) continue
        const earlier = first.get(key)
        if (!earlier) {
          first.set(key, task)
          continue
        }
        const where = earlier.row !== undefined ? `row ${earlier.row}` : earlier.position ? `line ${earlier.position.start.line}` : earlier.path.join('/')
        ctx.report({
          message: `${describeTask(task)} repeats the task at ${where}`,
          ...at(task.position),
          ...taskFields(task, 'title'),
        })
      }
    }
  },
}
