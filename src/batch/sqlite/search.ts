import type { Database } from './driver.js'
import { searchIndexReady } from './archive.js'

export interface SearchHit {
  documentId: number
  input: string
  title: string | null
  docNumber: string | null
  clauseId: number
  /** Clause path, markers joined by `/` (`二/（一）/1`). */
  path: string
  line: number | null
  /** Clause text around the match, matches wrapped in the marks. */
  snippet: string
}

export interface SearchOptions {
  limit?: number
  /** Put around each match in the snippet (default `[` `]`). */
  marks?: [string, string]
}

/** The trigram tokenizer indexes 3-character sequences: shorter terms need a scan. */
const MIN_FTS_CHARS = 3
const CONTEXT = 24

/**
 * Full-text search over clause headings and text. Terms (split on spaces) must all occur; a term
 * of 3 or more characters goes through the FTS5 trigram index, a shorter one (河长, 农村) is
 * matched by LIKE, so every substring is found whatever its length. Best matches first (bm25)
 * when the index was used, else in archive order. Before the index of an archive written with
 * `--search-index later` is built (`buildSearchIndex`, or the first `gongwen search`), every term is scanned.
 *
 * @example
 * searchArchive(db, '河长制', { limit: 5 }) // [{ input: 'corpus/…', path: '三/（二）', line: 41, snippet: '…全面推行[河长制]…' }, …]
 */
export function searchArchive(db: Database, query: string, options: SearchOptions = {}): SearchHit[] {
  const terms = query.split(/\s+/).filter(Boolean)
  if (!terms.length) return []
  const limit = Math.max(1, Math.floor(options.limit ?? 20))
  const [open, close] = options.marks ?? ['[', ']']
  // an archive written with --search-index later and not indexed yet: every term by scan
  const indexed = searchIndexReady(db)
  const long = indexed ? terms.filter((t) => [...t].length >= MIN_FTS_CHARS) : []
  const short = terms.filter((t) => !long.includes(t))
  const params: unknown[] = []
  const likes = short.map((t) => {
    const pattern = `%${t.replace(/[\\%_]/g, (c) => '\\' + c)}%`
    params.push(pattern, pattern)
    return `(c.text LIKE ? ESCAPE '\\' OR coalesce(c.heading, '') LIKE ? ESCAPE '\\')`
  })
  let rows: (Omit<SearchHit, 'snippet'> & { snippet: string | null; text: string; heading: string | null })[]
  const cols = `c.id AS clauseId, c.document_id AS documentId, c.path, c.line, c.text, c.heading, d.input, d.title, d.doc_number AS docNumber`
  if (long.length) {
    const match = long.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ')
    rows = db
      .prepare(
        `SELECT ${cols}, snippet(clause_fts, -1, ?, ?, '…', 32) AS snippet
         FROM clause_fts JOIN clauses c ON c.id = clause_fts.rowid JOIN documents d ON d.id = c.document_id
         WHERE clause_fts MATCH ? ${likes.map((l) => 'AND ' + l).join(' ')}
         ORDER BY rank LIMIT ?`,
      )
      .all(open, close, match, ...params, limit) as typeof rows
  } else {
    rows = db
      .prepare(
        `SELECT ${cols}, NULL AS snippet FROM clauses c JOIN documents d ON d.id = c.document_id
         WHERE ${likes.join(' AND ')} ORDER BY c.id LIMIT ?`,
      )
      .all(...params, limit) as typeof rows
  }
  return rows.map((r) => ({
    documentId: r.documentId,
    input: r.input,
    title: r.title,
    docNumber: r.docNumber,
    clauseId: r.clauseId,
    path: r.path,
    line: r.line,
    snippet: markShort(r.snippet ?? excerpt(r.heading ? `${r.heading} ${r.text}` : r.text, short[0] ?? terms[0]), short, open, close),
  }))
}

/** The text around the first occurrence of `term`. */
function excerpt(text: string, term: string): string {
  const at = Math.max(0, text.indexOf(term))
  const from = Math.max(0, at - CONTEXT)
  const to = Math.min(text.length, at + term.length + CONTEXT)
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`
}

/** Wraps the occurrences of short terms (the index did not mark them). */
function markShort(snippet: string, short: string[], open: string, close: string): string {
  let s = snippet
  for (const t of short) s = s.split(t).join(open + t + close)
  return s
}
