import type { Database } from './driver.js'
import { searchIndexReady } from './archive.js'
import { candidateQuery } from './search-index.js'

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

/** Characters each side of the first occurrence in a snippet. */
const CONTEXT = 24
/** BM25's k1 and b, and the average clause length it weighs a clause's length against (bulk set: 54.6). */
const K1 = 1.2
const B = 0.75
const AVERAGE_CLAUSE_CHARS = 55

/**
 * Full-text search over clause headings and text (a heading is the start of its clause's text).
 * Terms (split on spaces) must all occur, as substrings, whatever their length. The search index
 * (see search-index.ts) finds the clauses holding every character of the terms; each is then
 * checked with LIKE (ASCII letters in any case, as the index folds them), so a hit is exactly a
 * clause that contains the terms. Best matches first: BM25 over each term's occurrences and the
 * clause's length (more occurrences in a shorter clause first), then archive order. Before the
 * index of an archive written with `--search-index later` is built (`buildSearchIndex`, or the
 * first `gongwen search`), or when every term is a single character, clauses are scanned, in
 * archive order.
 *
 * @example
 * searchArchive(db, '河长制', { limit: 5 }) // [{ input: 'corpus/…', path: '三/（二）', line: 41, snippet: '…全面推行[河长制]…' }, …]
 */
export function searchArchive(db: Database, query: string, options: SearchOptions = {}): SearchHit[] {
  const terms = [...new Set(query.split(/\s+/).filter(Boolean))]
  if (!terms.length) return []
  const limit = Math.max(1, Math.floor(options.limit ?? 20))
  const [open, close] = options.marks ?? ['[', ']']
  const params: unknown[] = []
  const likes = terms.map((t) => {
    const pattern = `%${t.replace(/[\\%_]/g, (c) => '\\' + c)}%`
    params.push(pattern, pattern)
    return `(c.text LIKE ? ESCAPE '\\' OR coalesce(c.heading, '') LIKE ? ESCAPE '\\')`
  })
  // an archive written with --search-index later and not indexed yet: scan
  // and a query of single characters (的): nearly every clause is a candidate, so a scan that
  // stops at the limit is faster than ranking them all
  const useIndex = searchIndexReady(db) && terms.some((t) => [...t].length > 1)
  const candidates = useIndex ? terms.map(candidateQuery).filter((q) => q !== null) : []
  const cols = `c.id AS clauseId, c.document_id AS documentId, c.path, c.line, c.text, c.heading, d.input, d.title, d.doc_number AS docNumber`
  let rows: (Omit<SearchHit, 'snippet'> & { text: string; heading: string | null })[]
  if (candidates.length) {
    // BM25 of one term: tf·(k1+1) / (tf + k1·(1 − b + b·length/average)), summed over the terms
    const score = terms
      .map(() => {
        const tf = `((length(c.text) - length(replace(c.text, ?, ''))) * 1.0 / ?)`
        return `(${tf} * ${K1 + 1} / (${tf} + ${K1} * (${1 - B} + ${B} * length(c.text) / ${AVERAGE_CLAUSE_CHARS}.0)))`
      })
      .join(' + ')
    // length() counts characters (code points), as [...t] does
    const scoreParams = terms.flatMap((t) => [t, [...t].length, t, [...t].length])
    rows = db
      .prepare(
        `SELECT ${cols}, ${score} AS score
         FROM clause_fts JOIN clauses c ON c.id = clause_fts.rowid JOIN documents d ON d.id = c.document_id
         WHERE clause_fts MATCH ? AND ${likes.join(' AND ')}
         ORDER BY score DESC, c.id LIMIT ?`,
      )
      .all(...scoreParams, candidates.join(' '), ...params, limit) as typeof rows
  } else {
    rows = db.prepare(`SELECT ${cols} FROM clauses c JOIN documents d ON d.id = c.document_id WHERE ${likes.join(' AND ')} ORDER BY c.id LIMIT ?`).all(...params, limit) as typeof rows
  }
  return rows.map((r) => ({
    documentId: r.documentId,
    input: r.input,
    title: r.title,
    docNumber: r.docNumber,
    clauseId: r.clauseId,
    path: r.path,
    line: r.line,
    snippet: mark(excerpt(!r.text.includes(terms[0]) && r.heading?.includes(terms[0]) ? r.heading : r.text, terms[0]), terms, open, close),
  }))
}

/** The text around the first occurrence of `term`. */
function excerpt(text: string, term: string): string {
  const at = Math.max(0, text.indexOf(term))
  const from = Math.max(0, at - CONTEXT)
  const to = Math.min(text.length, at + term.length + CONTEXT)
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`
}

/** Wraps the occurrences of the terms. */
function mark(snippet: string, terms: string[], open: string, close: string): string {
  let s = snippet
  for (const t of terms) s = s.split(t).join(open + t + close)
  return s
}
