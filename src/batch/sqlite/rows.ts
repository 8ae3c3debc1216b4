import { serialize } from 'node:v8'
import type { Clause } from '../../schema/clause.js'
import type { PolicyDocument } from '../../schema/document.js'
import type { Position } from '../../schema/position.js'
import type { Unit } from '../../schema/unit.js'

/**
 * A table as the row builder fills it: insert columns in order, and which of them hold ids
 * (column → table whose ids it holds). Ids in built rows are local to one record (0, 1, …);
 * the writer shifts them past the ids already in the archive. Tables that nothing references
 * take no id column: SQLite numbers their rows.
 */
export interface RowTable {
  name: string
  columns: readonly string[]
  ids: Readonly<Record<string, string>>
}

export const ROW_TABLES: readonly RowTable[] = [
  {
    name: 'documents',
    columns: [
      'id',
      'parent_id',
      'input',
      'part',
      'sha256',
      'title',
      'doc_type',
      'doc_number',
      'doc_number_raw',
      'issuer_code',
      'doc_year',
      'doc_serial',
      'issuers',
      'authority',
      'signed_date',
      'published_date',
      'effective_date',
      'expiry_date',
      'level',
      'status',
      'subject',
      'index_number',
      'period_start',
      'period_end',
      'period_raw',
      'encoding',
      'script',
      'converted',
      'format',
      'length',
      'json',
    ],
    ids: { id: 'documents', parent_id: 'documents' },
  },
  {
    name: 'clauses',
    columns: ['id', 'document_id', 'parent_id', 'seq', 'path', 'marker', 'style', 'number', 'level', 'heading', 'text', 'line', 'end_line', 'start_offset', 'end_offset'],
    ids: { id: 'clauses', document_id: 'documents', parent_id: 'clauses' },
  },
  {
    name: 'tasks',
    columns: ['id', 'document_id', 'clause_id', 'seq', 'path', 'title', 'line', 'start_offset', 'end_offset'],
    ids: { id: 'tasks', document_id: 'documents', clause_id: 'clauses' },
  },
  { name: 'roles', columns: ['id', 'task_id', 'seq', 'role', 'label', 'scope', 'inherited', 'line'], ids: { id: 'roles', task_id: 'tasks' } },
  { name: 'units', columns: ['document_id', 'role_id', 'seq', 'name', 'canonical', 'kind', 'line'], ids: { document_id: 'documents', role_id: 'roles' } },
  {
    name: 'deadlines',
    columns: ['task_id', 'seq', 'kind', 'date', 'start', 'end', 'precision', 'raw', 'inferred_year', 'recurrence', 'line'],
    ids: { task_id: 'tasks' },
  },
  { name: 'stages', columns: ['document_id', 'seq', 'name', 'raw', 'start', 'end', 'goal', 'line'], ids: { document_id: 'documents' } },
  { name: 'refs', columns: ['document_id', 'seq', 'title', 'doc_number', 'doc_number_raw', 'line', 'start_offset', 'end_offset'], ids: { document_id: 'documents' } },
  { name: 'history', columns: ['document_id', 'seq', 'kind', 'date', 'raw', 'line', 'json'], ids: { document_id: 'documents' } },
  { name: 'diagnostics', columns: ['document_id', 'severity', 'code', 'message', 'line', 'start_offset', 'end_offset'], ids: { document_id: 'documents' } },
]

/** Cell values of one record, per table (in ROW_TABLES order), row after row in one flat array. */
export type RecordRows = unknown[][]

/** Column of the top document's row left null by {@link rowsFor}: its JSON is the record's, cut out by the writer. */
export const DOCUMENT_JSON_COLUMN = ROW_TABLES[0].columns.indexOf('json')

const T = Object.fromEntries(ROW_TABLES.map((t, i) => [t.name, i])) as Record<string, number>

/**
 * The archive rows of one parsed document (and the plans it issues), built where it was parsed
 * so the single writer only binds values. Ids are local to the record (see {@link RowTable}).
 *
 * @example
 * const rows = rowsFor('corpus/a.txt', doc)
 * rows[1].length / ROW_TABLES[1].columns.length // number of clauses
 */
export function rowsFor(input: string, doc: PolicyDocument): RecordRows {
  const out: RecordRows = ROW_TABLES.map(() => [])
  const next = { documents: 0, clauses: 0, tasks: 0, roles: 0 }
  const add = (table: string, ...cells: unknown[]) => out[T[table]].push(...cells)

  const document = (d: PolicyDocument, parent: number | null, part: string): void => {
    const id = next.documents++
    const m = d.meta
    const n = m.docNumber
    const src = d.source
    add(
      'documents',
      id,
      parent,
      input,
      part,
      src?.sha256 ?? null,
      m.title,
      m.docType,
      n?.normalized ?? null,
      n?.raw ?? null,
      n?.issuerCode ?? null,
      n?.year ?? null,
      n?.serial ?? null,
      JSON.stringify(m.issuers),
      m.authority ? JSON.stringify(m.authority) : null,
      m.signedDate,
      m.publishedDate,
      m.effectiveDate,
      m.expiryDate ?? null,
      m.level,
      m.status,
      m.subject,
      m.indexNumber ?? null,
      m.period?.start ?? null,
      m.period?.end ?? null,
      m.period?.raw ?? null,
      src?.encoding ?? null,
      src?.script ?? null,
      src?.converted === undefined ? null : src.converted ? 1 : 0,
      src?.format ?? null,
      src?.length ?? null,
      // the top document's JSON is the record's; a nested one is inside its parent's
      null,
    )

    const clauseIds = new Map<string, number>()
    let seq = 0
    const clause = (c: Clause, parentId: number | null): void => {
      const cid = next.clauses++
      const path = c.path.join('/')
      add('clauses', cid, id, parentId, seq++, path, c.marker, c.style, c.number, c.level, c.heading ?? null, c.text, ...span(c.position))
      if (!clauseIds.has(path)) clauseIds.set(path, cid)
      for (const child of c.children) clause(child, cid)
    }
    for (const c of d.clauses) clause(c, null)

    d.tasks.forEach((t, ti) => {
      const tid = next.tasks++
      const path = t.path.join('/')
      add('tasks', tid, id, clauseIds.get(path) ?? null, ti, path, t.title, ...point(t.position))
      t.roles.forEach((r, ri) => {
        const rid = next.roles++
        add('roles', rid, tid, ri, r.role, r.label, r.scope ?? null, r.inherited ? 1 : 0, r.position?.start.line ?? null)
        r.units.forEach((u, ui) => unit(id, rid, ui, u))
      })
      t.deadlines.forEach((dl, di) => {
        add(
          'deadlines',
          tid,
          di,
          dl.kind,
          dl.date ?? null,
          dl.start ?? null,
          dl.end ?? null,
          dl.precision,
          dl.raw,
          dl.inferred?.year ?? null,
          dl.recurrence ? JSON.stringify(dl.recurrence) : null,
          dl.position?.start.line ?? null,
        )
      })
    })
    d.addressees.forEach((u, ui) => unit(id, null, ui, u))
    d.stages.forEach((st, i) => add('stages', id, i, st.name, st.raw, st.start, st.end, st.goal ?? null, st.position?.start.line ?? null))
    d.references.forEach((r, i) => add('refs', id, i, r.title, r.docNumber?.normalized ?? null, r.docNumber?.raw ?? null, ...point(r.position)))
    // meta.history: stored whatever its item shape (kind or type, date, raw), with the entry's JSON
    const history = (m as { history?: unknown }).history
    if (Array.isArray(history)) {
      history.forEach((h, i) => {
        const o = (h && typeof h === 'object' ? h : {}) as { kind?: unknown; type?: unknown; date?: unknown; raw?: unknown; position?: Position }
        const str = (v: unknown) => (typeof v === 'string' ? v : null)
        add('history', id, i, str(o.kind) ?? str(o.type), str(o.date), str(o.raw), o.position?.start?.line ?? null, JSON.stringify(h))
      })
    }
    for (const dg of d.diagnostics) add('diagnostics', id, dg.severity, dg.code, dg.message, ...point(dg.position))
    d.documents.forEach((sub, i) => document(sub, id, part ? `${part}.${i}` : String(i)))
  }
  const unit = (documentId: number, roleId: number | null, seq: number, u: Unit): void => {
    add('units', documentId, roleId, seq, u.name, u.canonical ?? null, u.kind, u.position?.start.line ?? null)
  }

  document(doc, null, '')
  return out
}

/**
 * {@link rowsFor} as one buffer a worker hands over without a copy (V8's structured serialization:
 * one pass to write, one to read, no JSON text to scan).
 */
export function encodedRowsFor(input: string, doc: PolicyDocument): Uint8Array {
  const buf = serialize(rowsFor(input, doc))
  // a Buffer may share its memory: transferable only when it owns all of it
  return buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength ? buf : new Uint8Array(buf)
}

/** line, end line, start and end offsets of a span. */
function span(p: Position | undefined): [number | null, number | null, number | null, number | null] {
  return p ? [p.start.line, p.end.line, p.start.offset, p.end.offset] : [null, null, null, null]
}

/** line, start and end offsets of a span. */
function point(p: Position | undefined): [number | null, number | null, number | null] {
  return p ? [p.start.line, p.start.offset, p.end.offset] : [null, null, null]
}
