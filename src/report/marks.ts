import type { PolicyDocument } from '../schema/document.js'
import type { RoleKind, Task } from '../schema/task.js'
import type { Position } from '../schema/position.js'

/** One highlighted range of the source text. */
export interface Mark {
  start: number
  end: number
  kind: 'unit' | 'deadline'
  /** The unit's role, for units (one colour each). */
  role?: RoleKind
  /** Tooltip. */
  title: string
  /** Line of the task's clause, to jump to from the table and timeline. */
  taskLine?: number
}

/** Every task of a document and its nested documents, in document order. */
export function allTasks(doc: PolicyDocument): Task[] {
  const out: Task[] = []
  const walk = (d: PolicyDocument) => {
    out.push(...d.tasks)
    d.documents.forEach(walk)
  }
  walk(doc)
  return out
}

const span = (p: Position | undefined) => (p ? { start: p.start.offset, end: p.end.offset } : undefined)

/**
 * The highlights of a report: every role unit (coloured by its role) and every deadline of every
 * task, by source offsets. A unit or deadline without a position is not shown in the text.
 * @example roleMarks(parse(text)).filter((m) => m.kind === 'unit').length // = role units with a position
 */
export function roleMarks(doc: PolicyDocument): Mark[] {
  const marks: Mark[] = []
  for (const t of allTasks(doc)) {
    const taskLine = t.position?.start.line
    for (const r of t.roles) {
      for (const u of r.units) {
        const s = span(u.position)
        if (!s) continue
        const canonical = u.canonical && u.canonical !== u.name ? ` → ${u.canonical}` : ''
        marks.push({ ...s, kind: 'unit', role: r.role, title: `${r.label}：${u.name}${canonical}`, taskLine })
      }
    }
    for (const d of t.deadlines) {
      const s = span(d.position)
      if (!s) continue
      const when = d.date ?? [d.start, d.end].filter(Boolean).join('..')
      marks.push({ ...s, kind: 'deadline', title: `${d.kind}${when ? ' ' + when : ''}：${d.raw}`, taskLine })
    }
  }
  return marks
}
