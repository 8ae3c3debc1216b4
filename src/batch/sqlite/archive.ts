import { existsSync, rmSync, statSync } from 'node:fs'
import { ARCHIVE_VERSION, DDL } from './schema.js'
import { rebuildSearchIndex } from './search-index.js'
import { describeSqliteError, openDatabase, type Database } from './driver.js'

/** `archive_meta.format` of every archive gongwen writes. */
export const ARCHIVE_FORMAT = 'gongwen-archive'

/** An archive cannot be opened or used: the message is meant for the user as is. */
export class ArchiveError extends Error {}

/** Output paths that mean "write an SQLite archive". */
export function isArchivePath(path: string): boolean {
  return /\.(sqlite3?|db)$/i.test(path)
}

/**
 * Page size of a new archive, in bytes (SQLite's default is 4,096). An archive is mostly large
 * values — each document's JSON (tens of KB) and clause text — appended once, and every page goes
 * through the WAL (a frame header, a checksum, two writes) and the checkpoint: larger pages mean a
 * quarter of the page and frame overhead. Writer thread CPU on 3,073 bulk inputs (every 5th line,
 * `bench/sqlite-writer.ts replay`): 2.5–2.6 CPU-s with 4 KB pages, 2.14–2.17 with 16 KB (8 KB
 * 2.17–2.23, 32–64 KB no better), for an archive 2 % larger (partly filled last pages).
 */
export const PAGE_SIZE = 16_384

/** Performance and safety settings of a connection that writes. */
export function tuneForWriting(db: Database): void {
  db.pragma('journal_mode = WAL')
  // WAL + NORMAL: a commit survives the process being killed; only power loss may drop the last ones
  db.pragma('synchronous = NORMAL')
  // ids are assigned by the writer itself, consistent by construction (the tests run foreign_key_check):
  // enforcing them would cost two index lookups per row of a million-row batch
  db.pragma('foreign_keys = OFF')
  // 2 MB of page cache (SQLite's default is 2 MB too; it was 4): the writer appends, so a larger
  // cache saved no writer CPU on lawrefbook + political_reports and only raised peak RSS
  db.pragma('cache_size = -2048')
}

/** Whether the search index holds every clause (false: the batch ran with `--search-index later`). */
export function searchIndexReady(db: Database): boolean {
  return readMeta(db, 'search_index') !== 'pending'
}

/**
 * Builds the full-text index over all clauses in one pass (after a batch with `--search-index
 * later`, or a merge) and marks it ready. Returns the seconds it took.
 */
export function buildSearchIndex(db: Database): number {
  const t0 = performance.now()
  db.transaction(() => {
    rebuildSearchIndex(db)
    db.prepare("INSERT OR REPLACE INTO archive_meta (key, value) VALUES ('search_index', 'ready')").run()
  })()
  return (performance.now() - t0) / 1000
}

/** The archive's meta value, or null when the table or key is absent. Throws on a non-database. */
export function readMeta(db: Database, key: string): string | null {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'archive_meta'").get()
  if (!has) return null
  const row = db.prepare('SELECT value FROM archive_meta WHERE key = ?').get(key) as { value: string } | undefined
  return row?.value ?? null
}

/**
 * Opens an existing archive, checking it is one of ours and of this version. `write` also
 * takes the write lock once (so a busy archive fails here with a clear message, not mid-batch).
 */
export function openArchive(path: string, options: { write?: boolean } = {}): Database {
  if (!existsSync(path)) throw new ArchiveError(`${path} does not exist`)
  let db: Database | null = null
  try {
    db = openDatabase(path, { readonly: !options.write, fileMustExist: true })
    const format = readMeta(db, 'format')
    if (format !== ARCHIVE_FORMAT) throw new ArchiveError(`${path} is an SQLite database but not a gongwen archive (no archive_meta format ${ARCHIVE_FORMAT})`)
    const version = Number(readMeta(db, 'version'))
    if (version !== ARCHIVE_VERSION) throw new ArchiveError(`${path} is a gongwen archive of version ${version}; this gongwen reads version ${ARCHIVE_VERSION}`)
    if (options.write) {
      tuneForWriting(db)
      db.exec('BEGIN IMMEDIATE')
      db.exec('ROLLBACK')
    }
    return db
  } catch (e) {
    db?.close()
    if (e instanceof ArchiveError) throw e
    throw new ArchiveError(describeSqliteError(e, path))
  }
}

/**
 * Creates a new, empty archive at `path`. An existing gongwen archive there is replaced (as
 * JSON Lines output replaces its file) unless another process holds it; any other existing
 * file is left alone and refused.
 */
export function createArchive(path: string, meta: Record<string, string> = {}): Database {
  if (existsSync(path) && statSync(path).size > 0) {
    // throws for a foreign or locked file
    openArchive(path, { write: true }).close()
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true })
  }
  let db: Database | null = null
  try {
    db = openDatabase(path)
    // before anything is written (a WAL database keeps its page size): see PAGE_SIZE
    db.pragma(`page_size = ${PAGE_SIZE}`)
    tuneForWriting(db)
    db.exec(DDL)
    const put = db.prepare('INSERT OR REPLACE INTO archive_meta (key, value) VALUES (?, ?)')
    put.run('format', ARCHIVE_FORMAT)
    put.run('version', String(ARCHIVE_VERSION))
    put.run('created', new Date().toISOString())
    for (const [k, v] of Object.entries(meta)) put.run(k, v)
    return db
  } catch (e) {
    db?.close()
    throw new ArchiveError(describeSqliteError(e, path))
  }
}

/** Row counts of every table (tests, merge reports, benchmarks). */
export function tableCounts(db: Database): Record<string, number> {
  const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'clause_fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]
  const out: Record<string, number> = {}
  for (const n of names) out[n] = (db.prepare(`SELECT count(*) FROM "${n}"`).pluck().get() as number) ?? 0
  return out
}
