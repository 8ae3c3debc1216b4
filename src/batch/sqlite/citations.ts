import type { Database } from './driver.js'

/**
 * Rebuilds the `citations` table from `refs`: each reference resolved to a document of the archive
 * by normalized 字号 (`doc_number`), else by exact title, else left unresolved (`cited_id` NULL).
 * A document never resolves to itself; among several matches the first written wins. Run at the end
 * of a batch and after a merge, when every document the references could name is present.
 */
export function resolveCitations(db: Database): number {
  db.exec('DELETE FROM citations')
  const info = db
    .prepare(
      `INSERT INTO citations (document_id, ref_id, cited_id, matched_by, raw, line, start_offset, end_offset)
       SELECT document_id, ref_id, coalesce(by_number, by_title),
              CASE WHEN by_number IS NOT NULL THEN 'doc_number' WHEN by_title IS NOT NULL THEN 'title' END,
              raw, line, start_offset, end_offset
       FROM (
         SELECT r.document_id, r.id AS ref_id, r.line, r.start_offset, r.end_offset,
                '《' || r.title || '》' || coalesce('（' || r.doc_number_raw || '）', '') AS raw,
                (SELECT min(d.id) FROM documents d WHERE r.doc_number IS NOT NULL AND d.doc_number = r.doc_number AND d.id <> r.document_id) AS by_number,
                (SELECT min(d.id) FROM documents d WHERE d.title = r.title AND d.id <> r.document_id) AS by_title
         FROM refs r ORDER BY r.id
       )`,
    )
    .run()
  return info.changes
}
