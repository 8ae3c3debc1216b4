import type { PolicyDocument } from '../schema/document.js'
import type { ResponsibilityRow, Task } from '../schema/task.js'
import type { Position } from '../schema/position.js'
import { isCollectiveName } from './collective.js'
import { deadlineRef, resolveDeadlineText } from './deadline-text.js'
import { tableFromRows, type HandTable, type HandTableRow, type TableColumn } from './table.js'
import type { DeadlineRef, DocRef, RoleRef, TaskRef } from './types.js'

/** What `validate()` accepts. */
export type ValidateInput = PolicyDocument | ResponsibilityRow[] | HandTable

/** Dates the config may impose on the input (a hand-kept table carries none of its own). */
export interface ModelOptions {
  documentDate?: string
  period?: { start?: string | null; end?: string | null }
}

/** Turns any accepted input into the documents and tasks the rules walk. */
export function buildModel(input: ValidateInput, options: ModelOptions = {}): { docs: DocRef[]; schemaFindings: HandTable['findings'] } {
  if (Array.isArray(input)) return buildModel(tableFromRows(input), options)
  if (input.type === 'table') return { docs: tableDocs(input, options), schemaFindings: input.findings }
  const docs: DocRef[] = []
  collectDocs(input, null, options, docs)
  return { docs, schemaFindings: [] }
}

function collectDocs(d: PolicyDocument, parent: DocRef | null, options: ModelOptions, out: DocRef[]): void {
  const period = options.period ? { start: options.period.start ?? null, end: options.period.end ?? null } : (d.meta.period ?? parent?.period ?? null)
  const doc: DocRef = {
    kind: 'document',
    title: d.meta.title,
    date: options.documentDate ?? d.meta.signedDate ?? d.signature?.date ?? d.meta.publishedDate ?? parent?.date ?? null,
    period,
    stages: d.stages,
    clauses: d.clauses,
    tasks: [],
    diagnostics: d.diagnostics,
  }
  doc.tasks = d.tasks.map((t) => taskOf(t, doc))
  out.push(doc)
  for (const child of d.documents) collectDocs(child, doc, options, out)
}

function taskOf(t: Task, doc: DocRef): TaskRef {
  return {
    path: t.path,
    title: t.title,
    roles: t.roles.map((r) => ({
      role: r.role,
      units: r.units.map((u) => ({ ...u })),
      ...(r.scope ? { scope: r.scope } : {}),
      ...(r.position ? { position: r.position } : {}),
    })),
    deadlines: t.deadlines.map(deadlineRef),
    ...(t.position ? { position: t.position } : {}),
    doc,
  }
}

/** Table columns holding units, and the role each gives. */
const ROLE_COLUMNS: Array<[TableColumn & keyof ResponsibilityRow, RoleRef['role']]> = [
  ['lead', 'lead'],
  ['responsible', 'responsible'],
  ['participants', 'participant'],
  ['leaders', 'leader'],
  ['assessors', 'assessor'],
]

/** A table's rows grouped by their `document` (a table made from a notice holds each plan's rows). */
function tableDocs(table: HandTable, options: ModelOptions): DocRef[] {
  const groups = new Map<string, HandTableRow[]>()
  // push into the group's array: copying it per row made a one-document table quadratic
  for (const r of table.rows) {
    const key = r.value.document ?? ''
    const group = groups.get(key)
    if (group) group.push(r)
    else groups.set(key, [r])
  }
  if (groups.size === 0) groups.set('', [])
  return [...groups].map(([title, rows]) => tableDoc(title || null, rows, options))
}

function tableDoc(title: string | null, rows: HandTableRow[], options: ModelOptions): DocRef {
  const doc: DocRef = {
    kind: 'table',
    title,
    date: options.documentDate ?? null,
    period: options.period ? { start: options.period.start ?? null, end: options.period.end ?? null } : null,
    stages: [],
    clauses: [],
    tasks: [],
    diagnostics: [],
  }
  doc.tasks = rows.map((r) => rowTask(r, doc))
  return doc
}

function rowTask(r: HandTableRow, doc: DocRef): TaskRef {
  const at = (c: TableColumn, i: number): Position | undefined => r.at?.[c]?.[i]
  const roles: RoleRef[] = []
  for (const [column, role] of ROLE_COLUMNS) {
    const names = (r.value[column] ?? []) as string[]
    if (names.length === 0) continue
    roles.push({
      role,
      units: names.map((name, i) => ({
        name,
        kind: role === 'leader' ? 'person' : isCollectiveName(name) ? 'collective' : 'organ',
        column,
        ...(at(column, i) ? { position: at(column, i) } : {}),
      })),
    })
  }
  const deadlines = r.value.deadlines.flatMap((raw, i): DeadlineRef[] =>
    resolveDeadlineText(raw, doc.date ?? undefined).map((d) => ({
      ...d,
      column: 'deadlines',
      ...(at('deadlines', i) ? { position: at('deadlines', i) } : {}),
    })),
  )
  const position = r.position
  return { path: r.value.path, title: r.value.title, roles, deadlines, row: r.row, ...(r.cells ? { cells: r.cells } : {}), ...(position ? { position } : {}), doc }
}
