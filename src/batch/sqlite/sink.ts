import { existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Sink } from '../output.js'
import { keyHash, SettingsMismatch } from '../journal.js'
import type { PipelineItem } from '../pipeline.js'
import { ArchiveError, createArchive, openArchive, readMeta, searchIndexReady } from './archive.js'
import { resolveCitations } from './citations.js'
import { describeSqliteError, type Database } from './driver.js'
import { RowWriter } from './rows.js'

export interface SqliteSinkOptions {
  path: string
  resume: boolean
  /** Settings a resumed run must share with the interrupted one (stored in archive_meta). */
  settings: Record<string, unknown>
  notice?: (message: string) => void
  /** Records per transaction (default 200; a transaction also ends after a second). */
  batchSize?: number
  /**
   * Index clauses for search as they are written (default), or leave the index to be built in one
   * pass by the first `gongwen search` (`later`: a faster batch).
   */
  searchIndex?: 'now' | 'later'
}

/**
 * Batch output into an SQLite archive (see README "SQLite archives"): the same writer interface as
 * JSON Lines output. Records are inserted in transactions of a few hundred; each input's key goes
 * into `inputs` in the same transaction as its rows, so the archive itself is the resume journal —
 * after a SIGKILL, --resume skips exactly the inputs whose rows were committed.
 */
export class SqliteSink implements Sink {
  private db: Database | null = null
  private rows!: RowWriter
  private pending = 0
  private lastCommit = Date.now()
  private readonly batchSize: number
  private insert!: (json: Uint8Array, key: string) => void

  constructor(private readonly options: SqliteSinkOptions) {
    this.batchSize = options.batchSize ?? 200
  }

  /** The archive and the files SQLite keeps beside it in WAL mode: never inputs. */
  get ownPaths(): string[] {
    const { path } = this.options
    return [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]
  }

  async open(): Promise<Map<string, number>> {
    const { path, settings } = this.options
    const wanted = JSON.stringify(settings)
    mkdirSync(dirname(path), { recursive: true })
    const done = new Map<string, number>()
    if (this.options.resume && existsSync(path)) {
      const db = openArchive(path, { write: true })
      try {
        const had = readMeta(db, 'settings')
        if (had !== wanted) throw new SettingsMismatch(`the interrupted run used ${had}, this one ${wanted}`)
        for (const key of db.prepare('SELECT key FROM inputs').pluck().iterate() as Iterable<string>) done.set(key, (done.get(key) ?? 0) + 1)
      } catch (e) {
        db.close()
        throw e
      }
      this.db = db
    } else {
      if (this.options.resume) this.options.notice?.(`no archive ${path}; starting from the beginning`)
      const later = this.options.searchIndex === 'later'
      this.db = createArchive(path, { settings: wanted, search_index: later ? 'pending' : 'ready' })
    }
    // test hook: a size limit standing in for a full disk where no small file system can be mounted
    const maxPages = Number(process.env.GONGWEN_SQLITE_MAX_PAGES)
    if (maxPages > 0) this.db.pragma(`max_page_count = ${Math.floor(maxPages)}`)
    this.rows = new RowWriter(this.db, searchIndexReady(this.db))
    // a savepoint per record: a record that fails half-way leaves none of its rows behind
    this.insert = this.db.transaction((json: Uint8Array, key: string) => this.rows.record(json, key))
    this.db.exec('BEGIN')
    return done
  }

  async write(item: PipelineItem): Promise<void> {
    if (!item.result) return
    const db = this.db!
    try {
      if (!db.inTransaction) db.exec('BEGIN')
      this.insert(item.result.json, keyHash(item.key))
      this.pending++
      if (this.pending >= this.batchSize || Date.now() - this.lastCommit >= 1000) this.commit()
    } catch (e) {
      throw this.failure(e)
    }
  }

  async finish(): Promise<void> {
    const db = this.db!
    try {
      this.commit()
      db.transaction(() => resolveCitations(db))()
      db.pragma('wal_checkpoint(TRUNCATE)')
    } catch (e) {
      throw this.failure(e)
    } finally {
      this.close()
    }
  }

  async abort(): Promise<void> {
    try {
      this.commit()
    } catch {
      if (this.db?.inTransaction) this.db.exec('ROLLBACK')
    } finally {
      this.close()
    }
  }

  private commit(): void {
    const db = this.db!
    if (db.inTransaction) db.exec('COMMIT')
    this.pending = 0
    this.lastCommit = Date.now()
  }

  private close(): void {
    if (this.db?.open) this.db.close()
  }

  private failure(e: unknown): Error {
    if (e instanceof ArchiveError) return e
    return new ArchiveError(
      `${describeSqliteError(e, this.options.path)}; the archive keeps every document committed before — fix the cause and run the same command with --resume`,
    )
  }
}
