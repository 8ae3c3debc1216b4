import { parseDocNumber } from '../../segment/docnumber.js'
import type { Database } from './driver.js'

export interface ArchiveDocument {
  id: number
  input: string
  title: string | null
  docNumber: string | null
  status: string | null
}

export interface Citation {
  /** The citing document. */
  document: ArchiveDocument
  /** The cited document when the archive holds it. */
  cited: ArchiveDocument | null
  raw: string
  line: number | null
  matchedBy: 'doc_number' | 'title' | null
}

export interface CitesResult {
  /** The normalized 字号 asked for, or null when the query is a title. */
  docNumber: string | null
  /** Documents of the archive the query names (by 字号, else by exact title). */
  documents: ArchiveDocument[]
  /** References to it, resolved or not (a reference by the same 字号 or title counts). */
  citedBy: Citation[]
  /** The references it (and the plans it issues) makes. */
  cites: Citation[]
}

// a plan issued by a notice has no 时效性 of its own: it is the notice's
const DOC_COLS = (a: string) => `${a}.id, ${a}.input, ${a}.title, ${a}.doc_number AS docNumber, coalesce(${a}.status, (SELECT p.status FROM documents p WHERE p.id = ${a}.parent_id)) AS status`

/**
 * The citation neighbourhood of a document named by 字号 (any bracket style: `粤发[2012]19号`)
 * or by its exact title (with or without 《》).
 *
 * @example
 * const r = citesOf(db, '粤发〔2012〕19号')
 * r.citedBy.map((c) => c.document.title) // the notices that cite it
 */
export function citesOf(db: Database, query: string): CitesResult {
  const parsed = parseDocNumber(query)
  const docNumber = parsed?.normalized ?? null
  const title = query.trim().replace(/^《(.*)》$/, '$1')
  const documents = (
    docNumber
      ? db.prepare(`SELECT ${DOC_COLS('d')} FROM documents d WHERE d.doc_number = ? ORDER BY d.id`).all(docNumber)
      : db.prepare(`SELECT ${DOC_COLS('d')} FROM documents d WHERE d.title = ? ORDER BY d.id`).all(title)
  ) as ArchiveDocument[]
  const ids = documents.map((d) => d.id)
  const idList = ids.length ? ids.join(',') : 'NULL'

  const citation = (row: Record<string, unknown>): Citation => ({
    document: { id: row.id as number, input: row.input as string, title: row.title as string | null, docNumber: row.docNumber as string | null, status: row.status as string | null },
    cited:
      row.cid == null
        ? null
        : { id: row.cid as number, input: row.cinput as string, title: row.ctitle as string | null, docNumber: row.cnumber as string | null, status: row.cstatus as string | null },
    raw: row.raw as string,
    line: row.line as number | null,
    matchedBy: row.matchedBy as Citation['matchedBy'],
  })
  const select = `SELECT ${DOC_COLS('d')}, c.raw, c.line, c.matched_by AS matchedBy,
      t.id AS cid, t.input AS cinput, t.title AS ctitle, t.doc_number AS cnumber,
      coalesce(t.status, (SELECT p.status FROM documents p WHERE p.id = t.parent_id)) AS cstatus
    FROM citations c JOIN refs r ON r.id = c.ref_id JOIN documents d ON d.id = c.document_id LEFT JOIN documents t ON t.id = c.cited_id`
  const citedBy = (
    db
      .prepare(`${select} WHERE c.cited_id IN (${idList}) OR (c.cited_id IS NULL AND ${docNumber ? 'r.doc_number = ?' : '(r.doc_number IS NULL AND r.title = ?)'}) ORDER BY d.id, c.id`)
      .all(docNumber ?? title) as Record<string, unknown>[]
  ).map(citation)
  // the document and the plans it issues (nested documents) make its references
  const cites = (
    db
      .prepare(
        `WITH RECURSIVE parts(id) AS (SELECT id FROM documents WHERE id IN (${idList}) UNION SELECT d.id FROM documents d JOIN parts p ON d.parent_id = p.id)
         ${select} WHERE c.document_id IN (SELECT id FROM parts) ORDER BY c.id`,
      )
      .all() as Record<string, unknown>[]
  ).map(citation)
  return { docNumber, documents, citedBy, cites }
}
