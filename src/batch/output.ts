import { mkdir, open, readdir, rename, stat, writeFile, type FileHandle } from 'node:fs/promises'
import { dirname, join, normalize, sep } from 'node:path'
import { encoder, type Encoder, type OutputFormat } from './encoders.js'
import { AlreadyComplete, Journal, keyHash, readJournal, type JournalState } from './journal.js'
import type { PipelineItem } from './pipeline.js'

const NEWLINE = Buffer.from('\n')

/** Where records go. `open` tells which inputs a resumed run may skip. */
export interface Sink {
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
  private offset = 0
  private count = 0
  private readonly enc: Encoder

  constructor(private readonly options: FileSinkOptions) {
    this.enc = encoder(options.format)
  }

  get journalPath(): string {
    return this.options.path + '.progress'
  }

  async open(): Promise<Map<string, number>> {
    const { path, settings } = this.options
    await mkdir(dirname(path), { recursive: true })
    let state: JournalState | null = null
    if (this.options.resume) {
      state = await readJournal(this.journalPath, settings)
      if (state) {
        const size = await stat(path).then((s) => s.size, () => -1)
        if (size < state.offset) {
          this.options.notice?.(`${path} is shorter than its progress journal says; starting over`)
          state = null
        }
      } else if (await stat(path).then((s) => s.size > 0, () => false)) {
        throw new AlreadyComplete(`${path} is complete (no progress journal ${this.journalPath} beside it); nothing to resume`)
      } else this.options.notice?.(`no progress journal ${this.journalPath}; starting from the beginning`)
    }
    if (state) {
      this.fh = await open(path, 'r+')
      // drop a half-written last record and anything the journal did not confirm
      await this.fh.truncate(state.offset)
      this.offset = state.offset
      this.count = state.count
      this.journal = await Journal.open(this.journalPath, null)
      return state.done
    }
    this.fh = await open(path, 'w')
    const header = this.enc.header()
    await this.fh.write(header)
    this.offset = header.length
    this.journal = await Journal.open(this.journalPath, { gongwen: 'batch-journal', version: 1, settings, start: this.offset })
    return new Map()
  }

  async write(item: PipelineItem): Promise<void> {
    if (!item.result) return
    this.offset += await writeAll(this.fh, this.enc.record(item.result, this.count), this.offset)
    this.count++
    this.journal.add(keyHash(item.key), this.offset)
    if (this.journal.due()) await this.journal.flush(this.fh)
  }

  async finish(): Promise<void> {
    await this.journal.flush(this.fh)
    const footer = this.enc.footer()
    await this.fh.truncate(this.offset)
    if (footer.length) await this.fh.write(footer, 0, footer.length, this.offset)
    await this.fh.datasync()
    await this.fh.close()
    await this.journal.close(true)
  }

  async abort(): Promise<void> {
    await this.journal.flush(this.fh)
    await this.fh.close()
    await this.journal.close(false)
  }
}

/** Records to a stream (stdout): no journal, so no resume. */
export class StreamSink implements Sink {
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
 * (`docs/a.txt` → `out/docs/a.txt.json`, `bulk.jsonl.gz#law/1.txt` → `out/bulk.jsonl.gz/law/1.txt.json`).
 * Each file is written whole then renamed, so it is complete or absent; the journal
 * `<dir>/.gongwen-batch.progress` lists the finished inputs for --resume.
 */
export class DirSink implements Sink {
  private journal!: Journal
  private handle!: FileHandle

  constructor(
    private readonly dir: string,
    private readonly resume: boolean,
    private readonly settings: Record<string, unknown>,
    private readonly notice?: (message: string) => void,
  ) {}

  async open(): Promise<Map<string, number>> {
    await mkdir(this.dir, { recursive: true })
    const journalPath = join(this.dir, '.gongwen-batch.progress')
    // the journal's "output" is the directory; its data is made durable per file below
    this.handle = await open(this.dir, 'r')
    const state = this.resume ? await readJournal(journalPath, this.settings) : null
    if (this.resume && !state) {
      if ((await readdir(this.dir)).length > 0) throw new AlreadyComplete(`${this.dir} is complete (no progress journal ${journalPath} in it); nothing to resume`)
      this.notice?.(`no progress journal ${journalPath}; starting from the beginning`)
    }
    this.journal = await Journal.open(journalPath, state ? null : { gongwen: 'batch-journal', version: 1, settings: this.settings, start: 0 })
    return state?.done ?? new Map()
  }

  async write(item: PipelineItem): Promise<void> {
    if (!item.result) return
    const target = join(this.dir, safeRelative(item.result.input) + '.json')
    await mkdir(dirname(target), { recursive: true })
    const tmp = `${target}.${process.pid}.tmp`
    await writeFile(tmp, Buffer.concat([item.result.json, NEWLINE]))
    await rename(tmp, target)
    this.journal.add(keyHash(item.key), 0)
    if (this.journal.due()) await this.journal.flush(this.handle)
  }

  async finish(): Promise<void> {
    await this.journal.flush(this.handle)
    await this.handle.close()
    await this.journal.close(true)
  }

  async abort(): Promise<void> {
    await this.journal.flush(this.handle)
    await this.handle.close()
    await this.journal.close(false)
  }
}

/** An input id as a relative path that stays inside the output directory. */
export function safeRelative(input: string): string {
  const parts = normalize(input.replace(/[#:]/g, sep))
    .split(/[\\/]+/)
    .filter((p) => p && p !== '.' && p !== '..')
    .map((p) => p.replace(/[<>"|?*\u0000-\u001f]/g, '_'))
  return parts.join(sep) || 'input'
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
