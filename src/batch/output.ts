import { mkdir, open, readdir, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { dirname, join } from 'node:path'
import { encoder, type Encoder, type OutputFormat } from './encoders.js'
import { DIR_JOURNAL, DIR_LOCK, journalPathOf, lockPathOf } from './guard.js'
import { AlreadyComplete, Journal, keyHash, readJournal, type JournalState } from './journal.js'
import { OutputLock } from './lock.js'
import type { PipelineItem } from './pipeline.js'

const NEWLINE = Buffer.from('\n')

/**
 * A file sink writes its records in pieces of about this many bytes, and before each journal entry
 * is made durable. One write per record (≈ 30 KB of JSON each on the bulk set) cost the process a
 * thread-pool round trip per record: 3,842 records of 32 KB written one by one took 0.26–0.72
 * CPU-seconds, in 1 MiB pieces 0.04–0.07.
 */
export const WRITE_BYTES = 1024 * 1024

/**
 * Where records go. `open` tells which inputs a resumed run may skip. An implementation writes
 * one record per pipeline item that has a result, and takes care that it is the only writer.
 */
export interface Sink {
  /** Files and directories this sink writes: never to be read back as input. */
  readonly ownPaths: string[]
  open(): Promise<Map<string, number>>
  write(item: PipelineItem): Promise<void>
  /** The batch ended normally: finish the file and drop the journal. */
  finish(): Promise<void>
  /** The batch was interrupted: make what is written durable and keep the journal. */
  abort(): Promise<void>
}

export interface FileSinkOptions {
  path: string
  format: OutputFormat
  resume: boolean
  /** Settings a resumed run must share with the interrupted one. */
  settings: Record<string, unknown>
  /** Called when --resume found nothing to resume. */
  notice?: (message: string) => void
}

/** One output file (jsonl, json, csv or md) with its progress journal `<path>.progress`. */
export class FileSink implements Sink {
  private fh!: FileHandle
  private journal!: Journal
  private lock: OutputLock | null = null
  /** End of the records given so far (held ones included). */
  private offset = 0
  /** End of what is written to the file. */
  private written = 0
  /** Records given but not yet written: one write per WRITE_BYTES, not one per record. */
  private held: Uint8Array[] = []
  private heldBytes = 0
  private count = 0
  private readonly enc: Encoder

  constructor(private readonly options: FileSinkOptions) {
    this.enc = encoder(options.format)
  }

  get journalPath(): string {
    return journalPathOf(this.options.path)
  }

  get ownPaths(): string[] {
    return [this.options.path, this.journalPath, lockPathOf(this.options.path)]
  }

  /** Takes the output's lock (one writer per output), then opens or resumes it. */
  async open(): Promise<Map<string, number>> {
    await mkdir(dirname(this.options.path), { recursive: true })
    this.lock = await OutputLock.acquire(lockPathOf(this.options.path), this.options.path)
    try {
      return await this.openLocked()
    } catch (e) {
      await this.lock.release()
      this.lock = null
      throw e
    }
  }

  private async openLocked(): Promise<Map<string, number>> {
    const { path, settings } = this.options
    let state: JournalState | null = null
    if (this.options.resume) {
      state = await readJournal(this.journalPath, settings)
      if (state) {
        const size = await stat(path).then(
          (s) => s.size,
          () => -1,
        )
        if (size < state.offset) {
          this.options.notice?.(`${path} is shorter than its progress journal says; starting over`)
          state = null
        }
      } else if (
        await stat(path).then(
          (s) => s.size > 0,
          () => false,
        )
      ) {
        throw new AlreadyComplete(`${path} is complete (no progress journal ${this.journalPath} beside it); nothing to resume`)
      } else this.options.notice?.(`no progress journal ${this.journalPath}; starting from the beginning`)
    }
    if (state) {
      this.fh = await open(path, 'r+')
      // drop a half-written last record and anything the journal did not confirm
      await this.fh.truncate(state.offset)
      this.offset = state.offset
      this.written = state.offset
      this.count = state.count
      this.journal = await Journal.open(this.journalPath, null, state.validLength)
      return state.done
    }
    this.fh = await open(path, 'w')
    const header = this.enc.header()
    await this.fh.write(header)
    this.offset = header.length
    this.written = header.length
    this.journal = await Journal.open(this.journalPath, { gongwen: 'batch-journal', version: 1, settings, start: this.offset })
    return new Map()
  }

  async write(item: PipelineItem): Promise<void> {
    if (!item.result) return
    for (const chunk of this.enc.record(item.result, this.count)) {
      this.held.push(chunk)
      this.heldBytes += chunk.length
      this.offset += chunk.length
    }
    this.count++
    this.journal.add(keyHash(item.key), this.offset)
    if (this.heldBytes >= WRITE_BYTES || this.held.length >= 1024) await this.drain()
    if (this.journal.due()) await this.flushJournal()
  }

  /** Writes the records held back (the journal may name only what the file holds). */
  private async drain(): Promise<void> {
    if (!this.held.length) return
    const chunks = this.held
    this.held = []
    this.heldBytes = 0
    this.written += await writeAll(this.fh, chunks, this.written)
  }

  private async flushJournal(): Promise<void> {
    await this.drain()
    await this.journal.flush(this.fh)
  }

  async finish(): Promise<void> {
    await this.flushJournal()
    const footer = this.enc.footer()
    await this.fh.truncate(this.offset)
    if (footer.length) await this.fh.write(footer, 0, footer.length, this.offset)
    await this.fh.datasync()
    await this.fh.close()
    await this.journal.close(true)
    await this.lock?.release()
  }

  async abort(): Promise<void> {
    try {
      await this.flushJournal()
      await this.fh.close()
      await this.journal.close(false)
    } finally {
      await this.lock?.release()
    }
  }
}

/** Records to a stream (stdout): no journal, so no resume. */
export class StreamSink implements Sink {
  readonly ownPaths: string[] = []
  private count = 0
  private readonly enc: Encoder

  constructor(
    private readonly stream: NodeJS.WritableStream,
    format: OutputFormat,
  ) {
    this.enc = encoder(format)
  }

  async open(): Promise<Map<string, number>> {
    await this.put(this.enc.header())
    return new Map()
  }

  async write(item: PipelineItem): Promise<void> {
    if (item.result) for (const chunk of this.enc.record(item.result, this.count++)) await this.put(chunk)
  }

  async finish(): Promise<void> {
    await this.put(this.enc.footer())
  }

  async abort(): Promise<void> {}

  private put(s: Uint8Array): Promise<void> {
    if (!s.length) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const ok = this.stream.write(s, (e) => (e ? reject(e) : undefined))
      if (ok) resolve()
      else this.stream.once('drain', () => resolve())
    })
  }
}

/**
 * One `<input>.json` file per record under a directory, mirroring the input paths
 * (`docs/a.txt` → `out/docs/a.txt.json`, `bulk.jsonl.gz#law/1.txt` → `out/bulk.jsonl.gz/law/1.txt.json`;
 * see {@link outputName}). Each file is written whole then renamed, so it is complete or absent;
 * the journal `<dir>/.gongwen-batch.progress` lists the finished inputs for --resume, and the lock
 * `<dir>/.gongwen-batch.lock` keeps a second run out.
 *
 * Two inputs whose names map to the same file (`../x.txt` and `x.txt`; `A.txt` and `a.txt` on a
 * case-insensitive disk) or a name blocked by something already there never abort the batch: the
 * later one gets the name with `~` and a hash of its input (stable across runs), and its record a
 * `file` field naming the file it went to. Names taken are remembered as short hashes (in memory and
 * in the journal, so a resumed run knows them too).
 */
export class DirSink implements Sink {
  private journal!: Journal
  private handle!: FileHandle
  private lock: OutputLock | null = null
  /** Hashes of the lower-cased names written by this run (and the run it resumes). */
  private taken = new Set<string>()

  constructor(
    private readonly dir: string,
    private readonly resume: boolean,
    private readonly settings: Record<string, unknown>,
    private readonly notice?: (message: string) => void,
  ) {}

  get ownPaths(): string[] {
    return [this.dir]
  }

  async open(): Promise<Map<string, number>> {
    await mkdir(this.dir, { recursive: true })
    this.lock = await OutputLock.acquire(join(this.dir, DIR_LOCK), this.dir)
    try {
      const journalPath = join(this.dir, DIR_JOURNAL)
      // the journal's "output" is the directory; its data is made durable per file below
      this.handle = await open(this.dir, 'r')
      const state = this.resume ? await readJournal(journalPath, this.settings) : null
      if (this.resume && !state) {
        // a finished run removed its journal and left its records: nothing to resume (the lock is ours)
        const records = (await readdir(this.dir)).filter((n) => n !== DIR_LOCK && n !== DIR_JOURNAL)
        if (records.length > 0) throw new AlreadyComplete(`${this.dir} is complete (no progress journal ${journalPath} in it); nothing to resume`)
        this.notice?.(`no progress journal ${journalPath}; starting from the beginning`)
      }
      if (state) this.taken = state.names
      this.journal = await Journal.open(journalPath, state ? null : { gongwen: 'batch-journal', version: 1, settings: this.settings, start: 0 }, state?.validLength)
      return state?.done ?? new Map()
    } catch (e) {
      await this.lock.release()
      this.lock = null
      throw e
    }
  }

  async write(item: PipelineItem): Promise<void> {
    if (!item.result) return
    const { input, json } = item.result
    const base = outputName(input)
    for (const name of nameCandidates(base, input)) {
      const taken = keyHash(name.toLowerCase())
      if (this.taken.has(taken)) continue
      const body = name === base ? json : withFileField(json, input, name)
      try {
        await this.put(name, body)
      } catch (e) {
        // something already stands there (a file where a directory is needed, a directory where
        // the file goes) or the name is too long: try the next name
        if (!OBSTACLES.has((e as NodeJS.ErrnoException).code ?? '')) throw e
        this.taken.add(taken)
        continue
      }
      this.taken.add(taken)
      this.journal.add(keyHash(item.key), 0, taken)
      if (this.journal.due()) await this.journal.flush(this.handle)
      return
    }
    throw new Error(`no usable file name under ${this.dir} for ${input}`)
  }

  private async put(name: string, body: Uint8Array): Promise<void> {
    const target = join(this.dir, name)
    await mkdir(dirname(target), { recursive: true })
    const tmp = `${target}.${process.pid}.tmp`
    try {
      await writeFile(tmp, Buffer.concat([body, NEWLINE]))
      await rename(tmp, target)
    } catch (e) {
      await rm(tmp, { force: true }).catch(() => undefined)
      throw e
    }
  }

  async finish(): Promise<void> {
    await this.journal.flush(this.handle)
    await this.handle.close()
    await this.journal.close(true)
    await this.lock?.release()
  }

  async abort(): Promise<void> {
    try {
      await this.journal.flush(this.handle)
      await this.handle.close()
      await this.journal.close(false)
    } finally {
      await this.lock?.release()
    }
  }
}

const OBSTACLES = new Set(['EEXIST', 'ENOTDIR', 'EISDIR', 'ENOTEMPTY', 'ENAMETOOLONG', 'EINVAL'])

/** Characters escaped in output names (`%XX`): reserved on some file system, or our own escape. */
const UNSAFE = /[%#:<>"|?*\u0000-\u001f\u007f]/g

/** Longest name segment kept whole (bytes); longer ones are cut and get a hash. */
const MAX_SEGMENT_BYTES = 200

/**
 * An input id as a file name relative to the output directory, `/`-separated: the input's path
 * segments (`..`, `.` and the root dropped, so it stays inside), the first `#` (JSON Lines file →
 * id of a line in it) and a trailing `:N` (line number) as one more directory level, every other
 * character that is unsafe in a file name as `%XX`, and `.json` appended. A directory level that
 * ends in `.json` gets its last letter escaped, so it can never clash with a record file.
 *
 * @example
 * outputName('bulk.jsonl#a#b') // 'bulk.jsonl/a%23b.json'
 * outputName('bulk.jsonl#x.json/y') // 'bulk.jsonl/x.jso%6E/y.json'
 */
export function outputName(input: string): string {
  let id = input
  const hash = id.indexOf('#')
  if (hash >= 0) id = `${id.slice(0, hash)}/${id.slice(hash + 1)}`
  else id = id.replace(/:(\d+)$/, '/$1')
  const parts = id
    .split(/[\\/]+/)
    .filter((p) => p && p !== '.' && p !== '..')
    .map((p) => shorten(p.replace(UNSAFE, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'))))
  if (!parts.length) parts.push('input')
  for (let i = 0; i < parts.length - 1; i++) {
    if (/\.json$/i.test(parts[i]))
      parts[i] =
        parts[i].slice(0, -1) +
        '%' +
        parts[i]
          .charCodeAt(parts[i].length - 1)
          .toString(16)
          .toUpperCase()
  }
  return parts.join('/') + '.json'
}

/** @deprecated the name's directory part as a native relative path; use {@link outputName}. */
export function safeRelative(input: string): string {
  return join(...outputName(input).slice(0, -'.json'.length).split('/'))
}

function shorten(segment: string): string {
  if (Buffer.byteLength(segment) <= MAX_SEGMENT_BYTES) return segment
  let cut = segment.slice(0, 60)
  while (Buffer.byteLength(cut) > 180) cut = cut.slice(0, -1)
  return `${cut}~${createHash('sha256').update(segment).digest('hex').slice(0, 16)}`
}

/** The mirrored name, then the same with a hash of the input, then flat names at the top. */
function* nameCandidates(base: string, input: string): Generator<string> {
  yield base
  const h = createHash('sha256').update(input).digest('hex')
  const stem = base.slice(0, -'.json'.length)
  yield `${stem}~${h.slice(0, 8)}.json`
  for (let k = 2; k <= 4; k++) yield `${stem}~${h.slice(0, 8)}~${k}.json`
  // a deep name that cannot be created at all: flat, by hash
  for (let k = 1; k <= 1000; k++) yield `%23${h.slice(0, 24)}${k > 1 ? `~${k}` : ''}.json`
}

/** The record with `"file": name` after its `input` (records always begin with `{"input":…,`). */
function withFileField(json: Uint8Array, input: string, name: string): Uint8Array {
  const text = Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8')
  const head = `{"input":${JSON.stringify(input)},`
  if (text.startsWith(head)) return Buffer.from(`${head}"file":${JSON.stringify(name)},${text.slice(head.length)}`)
  const record = JSON.parse(text) as Record<string, unknown>
  return Buffer.from(JSON.stringify({ input: record.input, file: name, ...record }))
}

/** Writes all chunks at `position` (looping over short writes); returns the bytes written. */
async function writeAll(fh: FileHandle, chunks: Uint8Array[], position: number): Promise<number> {
  let total = 0
  for (const c of chunks) total += c.length
  let done = 0
  let rest = chunks
  while (done < total) {
    const { bytesWritten } = await fh.writev(rest, position + done)
    done += bytesWritten
    if (done < total) rest = [Buffer.concat(chunks).subarray(done)]
  }
  return total
}
