import type { Clause } from '../../schema/clause.js'
import type { PolicyDocument } from '../../schema/document.js'
import type { Position } from '../../schema/position.js'
import type { Unit } from '../../schema/unit.js'
import type { Database, Statement } from './driver.js'

const DOCUMENT_MARK = ',"ok":true,"document":'

/**
 * Inserts parsed documents and failure records into an archive's tables (the caller holds the
 * transaction). One instance per open database: statements are prepared once.
 */
export class RowWriter {
  private readonly s: Record<string, Statement>

  /** `index: false` leaves clause_fts empty (built later in one pass). */
  constructor(db: Database, private readonly index = true) {
    const ins = (table: string, cols: string[]) =>
      db.prepare(`INSERT INTO ${table} (${cols.map((c) => (c === 'end' ? '"end"' : c)).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`)
    this.s = {
      document: ins('documents', [
        'parent_id', 'input', 'part', 'sha256', 'title', 'doc_type', 'doc_number', 'doc_number_raw', 'issuer_code', 'doc_year', 'doc_serial',
        'issuers', 'authority', 'signed_date', 'published_date', 'effective_date', 'expiry_date', 'level', 'status', 'subject', 'index_number',
        'period_start', 'period_end', 'period_raw', 'encoding', 'script', 'converted', 'format', 'length', 'json',
      ]),
      failure: ins('failures', ['input', 'code', 'message']),
      input: ins('inputs', ['key', 'document_id', 'failure_id']),
      clause: ins('clauses', ['document_id', 'parent_id', 'seq', 'path', 'marker', 'style', 'number', 'level', 'heading', 'text', 'line', 'end_line', 'start_offset', 'end_offset']),
      fts: db.prepare('INSERT INTO clause_fts (rowid, heading, text) VALUES (?, ?, ?)'),
      task: ins('tasks', ['document_id', 'clause_id', 'seq', 'path', 'title', 'line', 'start_offset', 'end_offset']),
      role: ins('roles', ['task_id', 'seq', 'role', 'label', 'scope', 'inherited', 'line']),
      unit: ins('units', ['document_id', 'role_id', 'seq', 'name', 'canonical', 'kind', 'line']),
      deadline: ins('deadlines', ['task_id', 'seq', 'kind', 'date', 'start', 'end', 'precision', 'raw', 'inferred_year', 'recurrence', 'line']),
      stage: ins('stages', ['document_id', 'seq', 'name', 'raw', 'start', 'end', 'goal', 'line']),
      ref: ins('refs', ['document_id', 'seq', 'title', 'doc_number', 'doc_number_raw', 'line', 'start_offset', 'end_offset']),
      history: ins('history', ['document_id', 'seq', 'kind', 'date', 'raw', 'line', 'json']),
      diagnostic: ins('diagnostics', ['document_id', 'severity', 'code', 'message', 'line', 'start_offset', 'end_offset']),
    }
  }

  /** One batch record (the worker's serialized JSON line) and the input key that produced it. */
  record(json: Uint8Array, key: string): void {
    const text = Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8')
    const rec = JSON.parse(text) as { input: string; ok: boolean; document?: PolicyDocument; error?: { code: string; message: string } }
    if (rec.ok && rec.document) {
      // the document is the record's last member: keep its JSON text as written, without re-serializing
      const at = text.indexOf(DOCUMENT_MARK)
      const docJson = at >= 0 ? text.slice(at + DOCUMENT_MARK.length, text.length - 1) : JSON.stringify(rec.document)
      const id = this.document(rec.document, rec.input, null, '', docJson)
      this.s.input.run(key, id, null)
    } else {
      const err = rec.error ?? { code: 'unknown', message: '' }
      const id = Number(this.s.failure.run(rec.input, err.code, err.message).lastInsertRowid)
      this.s.input.run(key, null, id)
    }
  }

  private document(doc: PolicyDocument, input: string, parent: number | null, part: string, json: string | null): number {
    const m = doc.meta
    const n = m.docNumber
    const src = doc.source
    const id = Number(
      this.s.document.run(
        parent, input, part, src?.sha256 ?? null, m.title, m.docType, n?.normalized ?? null, n?.raw ?? null, n?.issuerCode ?? null, n?.year ?? null, n?.serial ?? null,
        JSON.stringify(m.issuers), m.authority ? JSON.stringify(m.authority) : null, m.signedDate, m.publishedDate, m.effectiveDate, m.expiryDate ?? null,
        m.level, m.status, m.subject, m.indexNumber ?? null, m.period?.start ?? null, m.period?.end ?? null, m.period?.raw ?? null,
        src?.encoding ?? null, src?.script ?? null, src?.converted === undefined ? null : src.converted ? 1 : 0, src?.format ?? null, src?.length ?? null, json,
      ).lastInsertRowid,
    )

    const clauseIds = new Map<string, number>()
    let seq = 0
    const clause = (c: Clause, parentId: number | null) => {
      const path = c.path.join('/')
      const cid = Number(
        this.s.clause.run(id, parentId, seq++, path, c.marker, c.style, c.number, c.level, c.heading ?? null, c.text, ...span(c.position)).lastInsertRowid,
      )
      if (this.index) this.s.fts.run(cid, c.heading ?? null, c.text)
      if (!clauseIds.has(path)) clauseIds.set(path, cid)
      for (const child of c.children) clause(child, cid)
    }
    for (const c of doc.clauses) clause(c, null)

    doc.tasks.forEach((t, ti) => {
      const path = t.path.join('/')
      const tid = Number(this.s.task.run(id, clauseIds.get(path) ?? null, ti, path, t.title, ...point(t.position)).lastInsertRowid)
      t.roles.forEach((r, ri) => {
        const rid = Number(this.s.role.run(tid, ri, r.role, r.label, r.scope ?? null, r.inherited ? 1 : 0, r.position?.start.line ?? null).lastInsertRowid)
        r.units.forEach((u, ui) => this.unit(id, rid, ui, u))
      })
      t.deadlines.forEach((d, di) => {
        this.s.deadline.run(
          tid, di, d.kind, d.date ?? null, d.start ?? null, d.end ?? null, d.precision, d.raw, d.inferred?.year ?? null,
          d.recurrence ? JSON.stringify(d.recurrence) : null, d.position?.start.line ?? null,
        )
      })
    })
    doc.addressees.forEach((u, ui) => this.unit(id, null, ui, u))
    doc.stages.forEach((st, i) => this.s.stage.run(id, i, st.name, st.raw, st.start, st.end, st.goal ?? null, st.position?.start.line ?? null))
    doc.references.forEach((r, i) => this.s.ref.run(id, i, r.title, r.docNumber?.normalized ?? null, r.docNumber?.raw ?? null, ...point(r.position)))
    // meta.history arrives with the accuracy work: stored when the schema has it, whatever its item shape
    const history = (m as { history?: unknown }).history
    if (Array.isArray(history)) {
      history.forEach((h, i) => {
        const o = (h && typeof h === 'object' ? h : {}) as { kind?: unknown; type?: unknown; date?: unknown; raw?: unknown; position?: Position }
        const str = (v: unknown) => (typeof v === 'string' ? v : null)
        this.s.history.run(id, i, str(o.kind) ?? str(o.type), str(o.date), str(o.raw), o.position?.start?.line ?? null, JSON.stringify(h))
      })
    }
    for (const d of doc.diagnostics) this.s.diagnostic.run(id, d.severity, d.code, d.message, ...point(d.position))
    doc.documents.forEach((sub, i) => this.document(sub, input, id, part ? `${part}.${i}` : String(i), null))
    return id
  }

  private unit(documentId: number, roleId: number | null, seq: number, u: Unit): void {
    this.s.unit.run(documentId, roleId, seq, u.name, u.canonical ?? null, u.kind, u.position?.start.line ?? null)
  }
}

/** line, end line, start and end offsets of a span. */
function span(p: Position | undefined): [number | null, number | null, number | null, number | null] {
  return p ? [p.start.line, p.end.line, p.start.offset, p.end.offset] : [null, null, null, null]
}

/** line, start and end offsets of a span. */
function point(p: Position | undefined): [number | null, number | null, number | null] {
  return p ? [p.start.line, p.start.offset, p.end.offset] : [null, null, null]
}
