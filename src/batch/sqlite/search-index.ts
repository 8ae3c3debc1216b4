import type { Database } from './driver.js'

/**
 * The archive's search index: one FTS5 token per character of clause text (a unigram index),
 * contentless, without positions (`detail=none`). It only narrows the search to the clauses that
 * hold every character of a term; the search then checks the term itself against `clauses.text`,
 * so hits are exactly the clauses containing the term, whatever its length.
 *
 * Why not the trigram tokenizer: on 177,643 clauses of the bulk set (9.7 M characters, one thread)
 * the trigram index took 4.7–6.5 CPU-s and 30–70 MB, this one 1.1 CPU-s and 7 MB, and the index is
 * built on the archive's single writer thread, on the batch's critical path.
 *
 * FTS5 has no per-character tokenizer, so the indexed text is the clause text with a space after
 * each character (SQL function {@link INDEX_FUNCTION}), read by the `ascii` tokenizer: every
 * non-ASCII character and every ASCII letter or digit is then its own token (ASCII folded to lower
 * case); whitespace and ASCII punctuation are left out.
 */
export const SEARCH_INDEX_DDL = `CREATE VIRTUAL TABLE IF NOT EXISTS clause_fts USING fts5(text, content='', tokenize='ascii', detail=none, columnsize=0);`

/** SQL function `gongwen_chars(text)`: the text as the index reads it (see {@link spacedChars}). */
export const INDEX_FUNCTION = 'gongwen_chars'

let buffer = new Uint16Array(1 << 12)
const utf16 = new TextDecoder('utf-16le')
/**
 * `seen[c] === stamp`: code unit c was already written for the current text. One stamp per call,
 * so the table is never cleared (65,536 entries, reset only when the stamp wraps).
 */
const seen = new Uint32Array(1 << 16)
let stamp = 0

/** Is this UTF-16 code unit a token of the index (not whitespace, not ASCII punctuation)? */
function isToken(c: number): boolean {
  return c >= 0x80 || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

/** NaN (past the end) is not. */
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c < 0xe000
}

/**
 * Each distinct character of `text` that the index keeps, once, in order of first occurrence,
 * followed by a space (a surrogate pair stays whole; ASCII letters count once whatever their case,
 * as the tokenizer folds them). With `detail=none` the index holds only which clauses contain a
 * character, so a repeat adds nothing to it but tokenizer and hash work (a clause of the bulk set
 * repeats about a third of its characters). Written into a reused buffer and decoded once: ~5×
 * faster than a regular expression.
 *
 * @example
 * spacedChars('推行河长制，落实河长制。') // '推 行 河 长 制 ， 落 实 。 '
 */
export function spacedChars(text: string): string {
  if (buffer.length < text.length * 2) buffer = new Uint16Array(text.length * 2)
  if (++stamp === 0xffffffff) {
    seen.fill(0)
    stamp = 1
  }
  let o = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (!isToken(c)) continue
    if (c >= 0xd800 && c < 0xdc00 && isLowSurrogate(text.charCodeAt(i + 1))) {
      // outside the table's range: kept, repeats and all (rare: CJK extension B and beyond)
      buffer[o++] = c
      buffer[o++] = text.charCodeAt(++i)
      buffer[o++] = 0x20
      continue
    }
    const key = c >= 0x41 && c <= 0x5a ? c | 0x20 : c
    if (seen[key] === stamp) continue
    seen[key] = stamp
    buffer[o++] = c
    buffer[o++] = 0x20
  }
  return utf16.decode(buffer.subarray(0, o))
}

/** Registers {@link INDEX_FUNCTION} on a connection that writes the index (idempotent). */
export function registerIndexFunction(db: Database): void {
  db.function(INDEX_FUNCTION, { deterministic: true }, (text: unknown) => (typeof text === 'string' ? spacedChars(text) : null))
}

/**
 * The FTS5 query that finds the candidate clauses of a term: each distinct character the index
 * keeps, as a quoted token, all required. Null when the term has none (`+`, `--`): scan then.
 *
 * @example
 * candidateQuery('河长制') // '"河" "长" "制"'
 */
export function candidateQuery(term: string): string | null {
  const seen = new Set<string>()
  for (const ch of term) if (isToken(ch.charCodeAt(0))) seen.add(ch.toLowerCase())
  return seen.size ? [...seen].map((ch) => `"${ch}"`).join(' ') : null
}

/** What {@link INDEX_FROM_SQL} inserts, for an INSERT with another conflict clause (the batch writer's). */
export const INDEX_FROM_INTO = `INTO clause_fts (rowid, text) SELECT id, ${INDEX_FUNCTION}(text) FROM clauses WHERE id >= ? ORDER BY id`

/** SQL that indexes the clauses from id `?` on (they must not be indexed yet). */
export const INDEX_FROM_SQL = `INSERT ${INDEX_FROM_INTO}`

/**
 * Indexes every clause from scratch (after `--search-index later`/`end`, or a merge): the
 * contentless index cannot `rebuild` itself, so it is emptied and filled.
 */
export function rebuildSearchIndex(db: Database): void {
  registerIndexFunction(db)
  db.prepare("INSERT INTO clause_fts (clause_fts) VALUES ('delete-all')").run()
  db.prepare(INDEX_FROM_SQL).run(0)
}
