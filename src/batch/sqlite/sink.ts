import { existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Sink } from '../output.js'
import { keyHash, SettingsMismatch } from '../journal.js'
import type { PipelineItem } from '../pipeline.js'
import { workerEntry } from '../pool.js'
import { reapplyHeapTuning } from '../heap.js'
import { ArchiveError, createArchive, openArchive, readMeta, searchIndexReady } from './archive.js'
import { describeSqliteError, type Database } from './driver.js'
import type { WriterOptions, WriterReply, WriterRequest } from './writer-thread.js'

export interface SqliteSinkOptions {
  path: string
  resume: boolean
  /** Settings a resumed run must share with the interrupted one (stored in archive_meta). */
  settings: Record<string, unknown>
  notice?: (message: string) => void
  /** Records per transaction (default 500; a transaction also ends after 2 s). */
  batchSize?: number
  /**
   * Index clauses for search as they are written, in the transaction that writes them (`now`, the
   * default), in one pass at the end of the batch (`end`), or leave it to the first `gongwen
   * search` (`later`: a faster batch).
   */
  searchIndex?: 'now' | 'end' | 'later'
}

/**
 * Records handed to the writer thread and not yet taken: beyond either bound, write() waits, the
 * pipeline stops handing out inputs, and the parse workers idle. Every few hundred records the
 * writer commits (its rows, the search index, a WAL checkpoint: a few hundred milliseconds in which
 * it takes nothing); the queue must hold what two workers parse meanwhile. At 4 records / 1 MB it
 * did not: on the bulk set the workers idled 16 % of their time with SQLite output against 5 % with
 * JSON Lines. At 16 MB (about 300 records of the bulk set) they idle as much as with JSON Lines:
 * bulk set, `--jobs 2`, load 2–3, two rounds — idle share 0.16–0.18 → 0.05–0.06, SQLite wall
 * 1.22–1.23× JSON Lines' (1.33× with the old queue in the same session), peak RSS 277–278 MB.
 */
const MAX_QUEUED = 256
const MAX_QUEUED_BYTES = 16 * 1024 * 1024

/**
 * Batch output into an SQLite archive (see README "SQLite archives"): the same writer interface as
 * JSON Lines output. The parse workers build each document's rows (WorkResult.archive); a writer
 * thread inserts them in transactions of a few hundred records, each input's key going into
 * `inputs` in the same transaction as its rows, so the archive itself is the resume journal —
 * after a SIGKILL, --resume skips exactly the inputs whose rows were committed. The main thread
 * only passes records on (without copying them) and waits when the writer falls behind.
 */
export class SqliteSink implements Sink {
  private writer: Worker | null = null
  private queued = 0
  private queuedBytes = 0
  private readonly queuedSizes: number[] = []
  private error: ArchiveError | null = null
  private wake: (() => void) | null = null
  private closed: Promise<void> | null = null

  constructor(private readonly options: SqliteSinkOptions) {}

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
    let db: Database
    if (this.options.resume && existsSync(path)) {
      db = openArchive(path, { write: true })
      try {
        const had = readMeta(db, 'settings')
        if (had !== wanted) throw new SettingsMismatch(`the interrupted run used ${had}, this one ${wanted}`)
        for (const key of db.prepare('SELECT key FROM inputs').pluck().iterate() as Iterable<string>) done.set(key, (done.get(key) ?? 0) + 1)
      } catch (e) {
        db.close()
        throw e
      }
    } else {
      if (this.options.resume) this.options.notice?.(`no archive ${path}; starting from the beginning`)
      // `now`: each transaction indexes its own clauses, so the index is complete at every commit
      // (also after a kill). `end`/`later`: complete only once built, at the end or by the first search.
      const now = (this.options.searchIndex ?? 'now') === 'now'
      db = createArchive(path, { settings: wanted, search_index: now ? 'ready' : 'pending' })
    }
    // Indexing as clauses arrive costs the same CPU as one pass at the end (220,322 clauses of a
    // quarter of the bulk set, one thread: 8.7–9.4 CPU-s in steps of 500 or 2,000 clauses, 8.5 in
    // one pass), but it runs in the writer thread while the workers parse, where the pass at the
    // end runs alone on one core after them (1.83× JSON Lines' wall time on the bulk set).
    const index = searchIndexReady(db)
    const buildIndex = !index && this.options.searchIndex !== 'later'
    db.close()
    try {
      await this.startWriter({
        path,
        index,
        buildIndex,
        // test hook: small transactions, so a kill test sees commits before a small batch ends
        batchSize: this.options.batchSize ?? (Number(process.env.GONGWEN_SQLITE_BATCH) || 500),
        commitMs: 2000,
        // test hook: a size limit standing in for a full disk where no small file system can be mounted
        maxPages: Number(process.env.GONGWEN_SQLITE_MAX_PAGES) || undefined,
      })
    } catch (e) {
      await this.writer?.terminate()
      this.writer = null
      throw e
    }
    return done
  }

  async write(item: PipelineItem): Promise<void> {
    const result = item.result
    if (!result) return
    if (this.error) throw this.error
    const { json, archive } = result
    const size = json.byteLength + (archive?.byteLength ?? 0)
    const request: WriterRequest = { type: 'record', key: keyHash(item.key), json, rows: archive }
    this.writer!.postMessage(
      request,
      [json, archive].filter(owned).map((b) => b.buffer as ArrayBuffer),
    )
    this.queued++
    this.queuedBytes += size
    this.queuedSizes.push(size)
    while (!this.error && (this.queued >= MAX_QUEUED || this.queuedBytes >= MAX_QUEUED_BYTES)) await this.next()
    if (this.error) throw this.error
  }

  async finish(): Promise<void> {
    await this.end({ type: 'finish' })
    if (this.error) throw this.error
  }

  async abort(): Promise<void> {
    await this.end({ type: 'abort' })
  }

  private startWriter(options: WriterOptions): Promise<void> {
    const here = import.meta.url
    const { url, execArgv } = workerEntry(new URL(here.endsWith('.ts') ? './writer-thread.ts' : './sqlite-writer.js', here))
    // a small young generation, as the parse workers have: the writer's garbage is short-lived rows
    const writer = new Worker(url, { workerData: options, execArgv, resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 512 } })
    this.writer = writer
    writer.once('online', reapplyHeapTuning)
    let ready: () => void
    let failed: (e: Error) => void
    const started = new Promise<void>((resolve, reject) => {
      ready = resolve
      failed = reject
    })
    let closed: () => void
    this.closed = new Promise<void>((resolve) => (closed = resolve))
    writer.on('message', (m: WriterReply) => {
      if (m.type === 'ready') {
        reapplyHeapTuning()
        ready()
      } else if (m.type === 'taken') {
        this.queued -= m.n
        for (let i = 0; i < m.n; i++) this.queuedBytes -= this.queuedSizes.shift() ?? 0
      } else if (m.type === 'error') {
        this.error ??= this.failure(m.code, m.message)
        failed(this.error)
      } else if (m.type === 'closed') closed()
      this.wake?.()
    })
    writer.on('error', (e) => {
      this.error ??= new ArchiveError(`the archive writer stopped: ${e.message}; the archive keeps every document committed before — run the same command with --resume`)
      failed(this.error)
      closed()
      this.wake?.()
    })
    writer.on('exit', (code) => {
      // gone before we asked it to end (killed, out of memory): no record can be written any more
      if (this.writer === writer) this.error ??= new ArchiveError(`the archive writer exited (code ${code}); the archive keeps every document committed before — run the same command with --resume`)
      if (this.error) failed(this.error)
      closed()
      this.wake?.()
    })
    return started
  }

  private next(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = () => {
        this.wake = null
        resolve()
      }
    })
  }

  private async end(request: WriterRequest): Promise<void> {
    const writer = this.writer
    if (!writer) return
    this.writer = null
    writer.postMessage(request)
    await this.closed
    await writer.terminate()
  }

  private failure(code: string | null, message: string): ArchiveError {
    const e = Object.assign(new Error(message), { code })
    return new ArchiveError(`${describeSqliteError(e, this.options.path)}; the archive keeps every document committed before — fix the cause and run the same command with --resume`)
  }
}

/** A view that owns its whole buffer can be transferred; any other is copied. */
function owned(b: Uint8Array | undefined): b is Uint8Array {
  return !!b && b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer
}
