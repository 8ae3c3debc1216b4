import { createHash } from 'node:crypto'
import { open, readFile, rm, type FileHandle } from 'node:fs/promises'

/**
 * The progress journal beside an output (`out.jsonl.progress`): which inputs are in the output
 * and where the output ended after each. It is written only after the records it names are on
 * disk (fdatasync), so after a crash — Ctrl-C, SIGKILL, power loss — the journal never claims
 * more than the output holds. Resuming truncates the output to the last journaled end (dropping
 * a half-written line and any record the journal missed) and skips the journaled inputs.
 *
 * Format: a JSON header line, then `<key hash> <output end offset>` per record; a directory output
 * adds ` <name hash>` (the file name the record went to, so a resumed run knows the names taken).
 */
export interface JournalHeader {
  gongwen: 'batch-journal'
  version: 1
  /** Output settings that must not change between a run and its resumption. */
  settings: Record<string, unknown>
  /** Output offset after the output's own header (csv columns, `[`). */
  start: number
}

export interface JournalState {
  /** Keys done, with multiplicity (the same input may be named twice). */
  done: Map<string, number>
  /** Output length covered by the journal. */
  offset: number
  /** Records covered. */
  count: number
  /**
   * Bytes of the journal that end with its last complete, well-formed line. A crash mid-append
   * (power loss) leaves a torn tail; appending after it would glue the next entry to it and lose
   * that entry, so a resumed journal is cut back to here first.
   */
  validLength: number
  /** Name hashes of a directory output's entries. */
  names: Set<string>
}

export class SettingsMismatch extends Error {}

/**
 * `--resume` found the output but no journal beside it: the run that wrote it finished (a finished
 * run removes its journal; an interrupted one never does). Nothing to resume, and the output is kept.
 */
export class AlreadyComplete extends Error {}

export function keyHash(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 22)
}

/** Reads a journal; null when missing or unreadable. Throws SettingsMismatch when settings differ. */
export async function readJournal(path: string, settings: Record<string, unknown>): Promise<JournalState | null> {
  let data: Buffer
  try {
    data = await readFile(path)
  } catch {
    return null
  }
  const firstNl = data.indexOf(10)
  if (firstNl < 0) return null
  let header: JournalHeader
  try {
    header = JSON.parse(data.subarray(0, firstNl).toString('utf8')) as JournalHeader
  } catch {
    return null
  }
  if (header.gongwen !== 'batch-journal' || header.version !== 1) return null
  if (JSON.stringify(header.settings) !== JSON.stringify(settings)) {
    throw new SettingsMismatch(`the interrupted run used ${JSON.stringify(header.settings)}, this one ${JSON.stringify(settings)}`)
  }
  const done = new Map<string, number>()
  const names = new Set<string>()
  let offset = header.start
  let count = 0
  let validLength = firstNl + 1
  // entries are ASCII; only complete lines (followed by \n) count, and the journal is valid up to
  // the last well-formed one: anything after it is a torn append
  for (let at = firstNl + 1, nl = data.indexOf(10, at); nl >= 0; at = nl + 1, nl = data.indexOf(10, at)) {
    const m = ENTRY.exec(data.subarray(at, nl).toString('latin1'))
    if (!m) continue
    done.set(m[1], (done.get(m[1]) ?? 0) + 1)
    offset = Math.max(offset, Number(m[2]))
    if (m[3]) names.add(m[3])
    count++
    validLength = nl + 1
  }
  return { done, offset, count, validLength, names }
}

const ENTRY = /^([A-Za-z0-9_-]{22}) (\d+)(?: ([A-Za-z0-9_-]{22}))?$/

export class Journal {
  private pending: string[] = []
  private lastFlush = Date.now()

  private constructor(
    private readonly path: string,
    private readonly fh: FileHandle,
  ) {}

  /**
   * Starts a new journal (replacing any) or continues an existing one, cut back to
   * `validLength` (see {@link JournalState.validLength}) so a torn tail cannot swallow the next entry.
   */
  static async open(path: string, header: JournalHeader | null, validLength?: number): Promise<Journal> {
    if (!header && validLength !== undefined) {
      const cut = await open(path, 'r+')
      try {
        await cut.truncate(validLength)
        await cut.datasync()
      } finally {
        await cut.close()
      }
    }
    const fh = await open(path, header ? 'w' : 'a')
    if (header) {
      await fh.write(JSON.stringify(header) + '\n')
      await fh.datasync()
    }
    return new Journal(path, fh)
  }

  add(hash: string, endOffset: number, name?: string): void {
    this.pending.push(name ? `${hash} ${endOffset} ${name}\n` : `${hash} ${endOffset}\n`)
  }

  /** Time to make progress durable? (every 500 records or second) */
  due(): boolean {
    return this.pending.length >= 500 || (this.pending.length > 0 && Date.now() - this.lastFlush >= 1000)
  }

  /** Makes the output durable first, then records what it holds. */
  async flush(output: FileHandle): Promise<void> {
    this.lastFlush = Date.now()
    if (!this.pending.length) return
    await output.datasync()
    const chunk = this.pending.join('')
    this.pending = []
    await this.fh.write(chunk)
  }

  async close(remove: boolean): Promise<void> {
    await this.fh.close()
    if (remove) await rm(this.path, { force: true })
  }
}
