import { createHash } from 'node:crypto'
import { open, readFile, rm, type FileHandle } from 'node:fs/promises'

/**
 * The progress journal beside an output (`out.jsonl.progress`): which inputs are in the output
 * and where the output ended after each. It is written only after the records it names are on
 * disk (fdatasync), so after a crash — Ctrl-C, SIGKILL, power loss — the journal never claims
 * more than the output holds. Resuming truncates the output to the last journaled end (dropping
 * a half-written line and any record the journal missed) and skips the journaled inputs.
 *
 * Format: a JSON header line, then `<key hash> <output end offset>` per record.
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
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return null
  }
  const lines = text.split('\n')
  let header: JournalHeader
  try {
    header = JSON.parse(lines[0]) as JournalHeader
  } catch {
    return null
  }
  if (header.gongwen !== 'batch-journal' || header.version !== 1) return null
  if (JSON.stringify(header.settings) !== JSON.stringify(settings)) {
    throw new SettingsMismatch(`the interrupted run used ${JSON.stringify(header.settings)}, this one ${JSON.stringify(settings)}`)
  }
  const done = new Map<string, number>()
  let offset = header.start
  let count = 0
  // the last line may be cut by the crash: only complete lines (followed by \n) count
  for (let i = 1; i < lines.length - 1; i++) {
    const m = /^([A-Za-z0-9_-]{22}) (\d+)$/.exec(lines[i])
    if (!m) continue
    done.set(m[1], (done.get(m[1]) ?? 0) + 1)
    offset = Math.max(offset, Number(m[2]))
    count++
  }
  return { done, offset, count }
}

export class Journal {
  private pending: string[] = []
  private lastFlush = Date.now()

  private constructor(
    private readonly path: string,
    private readonly fh: FileHandle,
  ) {}

  /** Starts a new journal (replacing any) or continues an existing one. */
  static async open(path: string, header: JournalHeader | null): Promise<Journal> {
    const fh = await open(path, header ? 'w' : 'a')
    if (header) {
      await fh.write(JSON.stringify(header) + '\n')
      await fh.datasync()
    }
    return new Journal(path, fh)
  }

  add(hash: string, endOffset: number): void {
    this.pending.push(`${hash} ${endOffset}\n`)
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
