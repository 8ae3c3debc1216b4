/**
 * The archive rows a parse worker builds for the SQLite writer (src/batch/sqlite/rows.ts), on a
 * real corpus notice that issues a plan: every table's rows, local ids and the ids that link them.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deserialize } from 'node:v8'
import { parse } from '../../../src/index.js'
import type { PolicyDocument } from '../../../src/schema/document.js'
import { DOCUMENT_JSON_COLUMN, ROW_TABLES, encodedRowsFor, rowsFor, type RecordRows } from '../../../src/batch/sqlite/rows.js'

const input = 'corpus/seeds/000_092bc4e14f6ac43b.txt'
const doc = parse(readFileSync(join(import.meta.dirname, '..', '..', '..', input), 'utf8'), { path: input })

/** The rows of table `name` as objects keyed by column. */
function table(rows: RecordRows, name: string): Record<string, unknown>[] {
  const i = ROW_TABLES.findIndex((t) => t.name === name)
  const { columns } = ROW_TABLES[i]
  const out: Record<string, unknown>[] = []
  for (let at = 0; at < rows[i].length; at += columns.length) out.push(Object.fromEntries(columns.map((c, k) => [c, rows[i][at + k]])))
  return out
}

function all(d: PolicyDocument): PolicyDocument[] {
  return [d, ...d.documents.flatMap(all)]
}

describe('rowsFor', () => {
  const rows = rowsFor(input, doc)
  const docs = all(doc)

  it('one documents row per document and nested plan, the plan pointing at its notice', () => {
    expect(doc.meta.docNumber?.normalized).toBe('深办发〔2013〕3号')
    const d = table(rows, 'documents')
    expect(d.map((r) => r.title)).toEqual(docs.map((x) => x.meta.title))
    expect(d.map((r) => r.id)).toEqual(docs.map((_, i) => i))
    expect(d[0]).toMatchObject({ parent_id: null, input, part: '', doc_number: '深办发〔2013〕3号', issuer_code: '深办发', doc_year: 2013, doc_serial: 3 })
    expect(d[1]).toMatchObject({ parent_id: 0, part: '0', title: '创建平安深圳行动方案' })
    // the JSON is the record's, cut out by the writer
    expect(rows[0][DOCUMENT_JSON_COLUMN]).toBeNull()
  })

  it('as many clauses, tasks, roles, units and deadlines as the documents hold, linked by local ids', () => {
    const clauses = table(rows, 'clauses')
    const tasks = table(rows, 'tasks')
    const roles = table(rows, 'roles')
    const units = table(rows, 'units')
    const deadlines = table(rows, 'deadlines')
    const countClauses = (cs: PolicyDocument['clauses']): number => cs.reduce((n, c) => n + 1 + countClauses(c.children), 0)
    expect(clauses.length).toBe(docs.reduce((n, d) => n + countClauses(d.clauses), 0))
    expect(tasks.length).toBe(docs.reduce((n, d) => n + d.tasks.length, 0))
    expect(roles.length).toBe(docs.reduce((n, d) => n + d.tasks.reduce((m, t) => m + t.roles.length, 0), 0))
    expect(deadlines.length).toBe(docs.reduce((n, d) => n + d.tasks.reduce((m, t) => m + t.deadlines.length, 0), 0))
    const roleUnits = docs.reduce((n, d) => n + d.tasks.reduce((m, t) => m + t.roles.reduce((k, r) => k + r.units.length, 0), 0), 0)
    expect(units.length).toBe(roleUnits + docs.reduce((n, d) => n + d.addressees.length, 0))
    expect(tasks.length).toBeGreaterThanOrEqual(5)

    expect(clauses.map((c) => c.id)).toEqual(clauses.map((_, i) => i))
    // a clause's parent comes before it, in the same document
    for (const c of clauses) if (c.parent_id !== null) expect(clauses[c.parent_id as number].document_id).toBe(c.document_id)
    // a task points at the clause with its path, in its own document
    const linked = tasks.filter((t) => t.clause_id !== null)
    expect(linked.length).toBe(tasks.length)
    for (const t of linked) expect(clauses[t.clause_id as number]).toMatchObject({ path: t.path, document_id: t.document_id })
    for (const r of roles) expect(r.task_id).toBeLessThan(tasks.length)
    for (const u of units) if (u.role_id !== null) expect(u.role_id).toBeLessThan(roles.length)
    expect(deadlines.every((d) => (d.task_id as number) < tasks.length)).toBe(true)
  })

  it('refs and diagnostics carry the document that holds them', () => {
    const refs = table(rows, 'refs')
    expect(refs.length).toBe(docs.reduce((n, d) => n + d.references.length, 0))
    expect(refs.some((r) => r.doc_number === '粤发〔2012〕19号')).toBe(true)
    expect(table(rows, 'diagnostics').length).toBe(docs.reduce((n, d) => n + d.diagnostics.length, 0))
  })

  it('encoded for transfer, the rows read back unchanged from a buffer that owns its memory', () => {
    const bytes = encodedRowsFor(input, doc)
    expect(bytes.byteOffset).toBe(0)
    expect(bytes.byteLength).toBe(bytes.buffer.byteLength)
    expect(deserialize(bytes)).toEqual(rows)
  })
})
