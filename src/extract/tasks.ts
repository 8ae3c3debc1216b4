import type { MappedText } from '../text/mapped.js'
import type { Diagnostics } from '../normalize/context.js'
import type { ClauseNode, DocumentNode, ParagraphNode } from '../tree/types.js'
import type { Role, Task } from '../schema/task.js'
import type { Deadline, Milestone, TimeEvent } from '../schema/time.js'
import { opensWithRoleVerb, scanRoles, type Jurisdiction, type RoleRules } from './roles/index.js'
import { isDated } from './time-context.js'
import { ownRanges } from '../tree/own.js'

/** What the task stage carries from clause to clause, in document order. */
export interface TaskContext {
  view: MappedText
  diags: Diagnostics
  jurisdiction: Jurisdiction
  /** Document rules seen so far (列第一位者为牵头单位，下同). */
  rules: RoleRules
  /** Time expressions of a clause's own text [from, to): deadlines and milestones. */
  time?: (from: number, to: number) => { deadlines: Deadline[]; events?: TimeEvent[]; milestones: Milestone[] }
}

/** Roles of `view.text[from, to)`, with positions in the original input. */
export function rolesIn(ctx: TaskContext, from: number, to: number): Role[] {
  const { view } = ctx
  const r = scanRoles(view.text, { from, to, rules: ctx.rules, jurisdiction: ctx.jurisdiction })
  ctx.rules = r.rules
  for (const d of r.diagnostics) ctx.diags.add(view, d.severity, d.code, d.message, d.index, d.end)
  return r.roles.map((m) => {
    const role: Role = {
      role: m.role,
      label: m.label,
      units: m.units.map((u) => ({ name: u.name, ...(u.canonical ? { canonical: u.canonical } : {}), kind: u.kind, position: view.position(u.index, u.end) })),
      ...(m.scope ? { scope: m.scope } : {}),
      position: view.position(m.index, m.end),
    }
    if (m.listHead) listHeads.add(role)
    return role
  })
}

/** Heads of duty lists (X履行下列职责：): held when an item opens with a role verb, never inherited. */
const listHeads = new WeakSet<Role>()

/** Roles an item takes from its section: every role kind the item does not name itself. */
function inherit(own: Role[], parent: Role[]): Role[] {
  const named = new Set(own.map((r) => r.role))
  return [...own, ...parent.filter((r) => !named.has(r.role)).map((r) => ({ ...r, inherited: true }))]
}

const titleOf = (c: ClauseNode, view: MappedText) => c.heading ?? view.text.slice(c.data.textStart, c.data.textEnd).trim().slice(0, 40)

/**
 * Tasks of one document: every clause whose own text carries an assignment or a deadline, plus
 * items that inherit their section's assignment. Preamble paragraphs are read for document rules.
 */
export function extractTasks(doc: DocumentNode, ctx: TaskContext): Task[] {
  const tasks: Task[] = []
  const { view } = ctx
  const visit = (c: ClauseNode, inherited: Role[]) => {
    const ranges = ownRanges(c)
    const items = c.children.filter((x): x is ClauseNode => x.type === 'clause')
    const own = ranges
      .flatMap(([s, e]) => rolesIn(ctx, s, e))
      .filter((r) => !listHeads.has(r) || items.some((x) => opensWithRoleVerb(view.text, x.data.textStart, x.data.textEnd)))
    const roles = inherit(own, inherited)
    const time: { deadlines: Deadline[]; events: TimeEvent[]; milestones: Milestone[] } = { deadlines: [], events: [], milestones: [] }
    if (ctx.time) {
      for (const [s, e] of ranges) {
        const t = ctx.time(s, e)
        // (loops, not push(...xs): a huge clause can hold more items than a call takes arguments)
        for (const d of t.deadlines) time.deadlines.push(d)
        for (const m of t.milestones) time.milestones.push(m)
        for (const v of t.events ?? []) time.events.push(v)
      }
    }
    c.data.roles = own
    c.data.deadlines = time.deadlines
    if (roles.length || time.deadlines.some(isDated)) {
      tasks.push({
        path: c.path,
        title: titleOf(c, view),
        roles,
        deadlines: time.deadlines,
        ...(time.milestones.length ? { milestones: time.milestones } : {}),
        ...(time.events.length ? { events: time.events } : {}),
        position: view.position(c.data.start, c.data.end),
      })
    }
    for (const child of items) visit(child, roles.filter((r) => !listHeads.has(r)))
  }
  for (const child of doc.children) {
    if (child.type === 'clause') visit(child, [])
    else if (child.type === 'paragraph') rolesIn(ctx, (child as ParagraphNode).data.start, (child as ParagraphNode).data.end)
  }
  return tasks
}
