/**
 * The SQLite archive's writer, on its own thread (built to dist/sqlite-writer.js): binds the rows
 * the parse workers built, commits, and at the end resolves citations. Off the main thread so that
 * a commit, an index merge or a checkpoint never keeps the main thread from handing the next input
 * to a parse worker. Protocol: see {@link WriterRequest} / {@link WriterReply}.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { buildSearchIndex, tuneForWriting } from './archive.js'
import { resolveCitations } from './citations.js'
import { openDatabase, sqliteCode, type Database } from './driver.js'
import { RowInserter } from './insert.js'
import { profileFile, threadCpuSeconds, ThreadProfile } from '../profile.js'

export interface WriterOptions {
  path: string
  /** Index clauses for search as they are written (an archive begun so by an earlier version). */
  index: boolean
  /** Build the search index in one pass once every record is in (the default: cheaper than as they come). */
  buildIndex: boolean
  /** Records per transaction; a transaction also ends after `commitMs`. */
  batchSize: number
  commitMs: number
  /** Test hook: SQLite's page limit, standing in for a full disk. */
  maxPages?: number
}

export type WriterRequest = { type: 'record'; key: string; json: Uint8Array; rows?: Uint8Array } | { type: 'finish' } | { type: 'abort' }

export type WriterReply =
  | { type: 'ready' }
  /** `n` records taken (inserted or buffered in the open transaction). */
  | { type: 'taken'; n: number }
  | { type: 'closed' }
  | { type: 'error'; code: string | null; message: string }

const port = parentPort
if (port) {
  const options = workerData as WriterOptions
  const post = (m: WriterReply) => port.postMessage(m)
  let db: Database | null = null
  let rows: RowInserter
  let pending = 0
  let lastCommit = Date.now()
  let timer: NodeJS.Timeout | null = null
  let failed = false
  const profile = profileFile ? new ThreadProfile('sqlite-writer') : null
  /** Wall and CPU seconds of each end-of-batch step (profile only). */
  const steps: Record<string, number> = {}
  const step = (name: string, fn: () => void) => {
    if (!profile) return fn()
    const t0 = performance.now()
    const c0 = threadCpuSeconds()
    fn()
    steps[name] = +((performance.now() - t0) / 1000).toFixed(2)
    steps[`${name}Cpu`] = +(threadCpuSeconds() - c0).toFixed(2)
  }

  const commit = () => {
    if (timer) clearTimeout(timer)
    timer = null
    if (!db!.inTransaction) return
    rows.flush()
    db!.exec('COMMIT')
    pending = 0
    lastCommit = Date.now()
  }
  const fail = (e: unknown) => {
    failed = true
    if (timer) clearTimeout(timer)
    // the open transaction goes: its inputs are not recorded as done, so --resume redoes them
    try {
      if (db?.inTransaction) db.exec('ROLLBACK')
    } catch {
      // the connection is unusable; closing below still releases the file
    }
    post({ type: 'error', code: sqliteCode(e), message: (e as Error)?.message ?? String(e) })
  }
  const close = () => {
    if (db?.open) db.close()
    profile?.write({ steps: { ...steps, indexWhileWriting: +((rows?.indexMs ?? 0) / 1000).toFixed(2) } })
    post({ type: 'closed' })
  }

  try {
    db = openDatabase(options.path, { fileMustExist: true })
    tuneForWriting(db)
    if (options.maxPages && options.maxPages > 0) db.pragma(`max_page_count = ${Math.floor(options.maxPages)}`)
    rows = new RowInserter(db, options.index)
    post({ type: 'ready' })
  } catch (e) {
    fail(e)
  }

  port.on('message', (m: WriterRequest) => {
    if (m.type === 'record') {
      if (failed) return post({ type: 'taken', n: 1 })
      try {
        if (!db!.inTransaction) db!.exec('BEGIN')
        if (profile) profile.unit(() => rows.add(m.key, m.json, m.rows))
        else rows.add(m.key, m.json, m.rows)
        pending++
        if (pending >= options.batchSize || Date.now() - lastCommit >= options.commitMs) commit()
        // a pause in the stream (slow inputs) must not leave records uncommitted for long
        else
          timer ??= setTimeout(() => {
            try {
              commit()
            } catch (e) {
              fail(e)
            }
          }, options.commitMs)
      } catch (e) {
        fail(e)
      }
      post({ type: 'taken', n: 1 })
      return
    }
    if (failed) return close()
    try {
      step('lastCommit', commit)
      if (m.type === 'finish') {
        if (options.buildIndex) step('searchIndex', () => buildSearchIndex(db!))
        step('citations', () => db!.transaction(() => resolveCitations(db!))())
        step('checkpoint', () => db!.pragma('wal_checkpoint(TRUNCATE)'))
      }
    } catch (e) {
      fail(e)
    }
    close()
  })
}
