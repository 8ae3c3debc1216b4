import { constants, type Stats } from 'node:fs'
import { open, opendir, stat, type FileHandle } from 'node:fs/promises'
import { createHash, type Hash } from 'node:crypto'
import { createGunzip, gunzipSync } from 'node:zlib'
import type { Readable } from 'node:stream'
import { basename, join, relative, resolve } from 'node:path'
import { formatFromPath } from '../formats/path.js'
import { globBase, globMatcher, hasMagic } from './glob.js'
import type { BatchErrorCode, BatchInput, WorkUnit } from './types.js'

/**
 * A unit as enumerated: ready to send to a worker, or already failed (cannot be read).
 * `key` identifies the input for --resume: absolute path (+ line) + sha256 of the content.
 */
export type Enumerated = { kind: 'work'; key: string; unit: WorkUnit; bytes: number } | { kind: 'failed'; key: string; input: string; code: BatchErrorCode; message: string; bytes: number }

export interface EnumerateOptions {
  include?: string[]
  exclude?: string[]
  /** Files larger than this are `too-large` without being read. */
  maxBytes?: number
  /** Files and directories never read as input, by identity (device and inode): the batch's own output, journal and lock. */
  skipPaths?: string[]
  signal?: AbortSignal
}

/** Extensions taken from directory walks (unless --include says otherwise). */
const KNOWN = ['.txt', '.md', '.markdown', '.html', '.htm', '.jsonl', '.ndjson']

export function isKnownInput(name: string): boolean {
  const n = name.toLowerCase().replace(/\.gz$/, '')
  return KNOWN.some((ext) => n.endsWith(ext))
}

function isJsonLines(name: string): boolean {
  const n = name.toLowerCase().replace(/\.gz$/, '')
  return n.endsWith('.jsonl') || n.endsWith('.ndjson')
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex')

/**
 * Walks the inputs (files, directories recursively in name order, globs) and yields one entry
 * per document: a file, or a line of a JSON Lines file. Streams: directories are read one at a
 * time and JSON Lines files line by line, so memory does not depend on how many inputs there are.
 *
 * Guarantees on hostile trees: symlinks are followed, but each directory is walked once per
 * argument (tracked by device and inode), so a link loop ends; FIFOs, sockets and devices are
 * never opened for reading (`not-a-file`); no input is read past `maxBytes` whatever its size
 * claims (`too-large`); the batch's own output files (`skipPaths`) are never read.
 */
export async function* enumerate(args: string[], options: EnumerateOptions = {}): AsyncGenerator<Enumerated> {
  const skip = await identities(options.skipPaths ?? [])
  for await (const file of files(args, options, skip)) {
    options.signal?.throwIfAborted()
    if ('error' in file) {
      yield { kind: 'failed', key: `${resolve(file.path)}:`, input: file.path, code: 'read-error', message: file.error, bytes: 0 }
      continue
    }
    const opened = await openInput(file.path, skip)
    if (opened === null) continue
    if (!('fh' in opened)) {
      yield opened
      continue
    }
    if (isJsonLines(file.path)) yield* jsonLines(file.path, opened.fh, options)
    else yield await readDocument(file.path, opened.fh, opened.size, options)
  }
}

/** Documents given directly to parseBatch. */
export async function* enumerateDirect(inputs: AsyncIterable<BatchInput> | Iterable<BatchInput>): AsyncGenerator<Enumerated> {
  for await (const d of inputs) {
    const format = d.format ?? formatFromPath(d.id)
    if (d.bytes) {
      yield { kind: 'work', key: `${d.id}\0${sha256(d.bytes)}`, unit: { kind: 'bytes', input: d.id, path: d.id, format, bytes: d.bytes }, bytes: d.bytes.length }
    } else {
      const text = d.text ?? ''
      yield {
        kind: 'work',
        key: `${d.id}\0${sha256(text)}`,
        unit: { kind: 'text', input: d.id, path: d.id, format, text },
        bytes: Buffer.byteLength(text),
      }
    }
  }
}

type Found = { path: string } | { path: string; error: string }

/** `dev:ino` of a stat result: the same file whatever name, link or hard link reaches it. */
const identity = (st: { dev: number; ino: number }) => `${st.dev}:${st.ino}`

/** Identities of the paths that exist (the output and its journal and lock). */
async function identities(paths: string[]): Promise<Set<string>> {
  const out = new Set<string>()
  for (const p of paths) {
    const st = await stat(p).catch(() => null)
    if (st) out.add(identity(st))
  }
  return out
}

/** Files named by the arguments, each once per argument, in a stable order. */
async function* files(args: string[], options: EnumerateOptions, skip: Set<string>): AsyncGenerator<Found> {
  const include = (options.include ?? []).map(globMatcher)
  const exclude = (options.exclude ?? []).map(globMatcher)
  const wanted = (path: string, root: string) => {
    const rel = relative(root, path) || basename(path)
    if (exclude.some((m) => m(rel) || m(path))) return false
    if (include.length) return include.some((m) => m(rel) || m(path))
    return isKnownInput(path)
  }
  for (const arg of args) {
    if (hasMagic(arg)) {
      const base = globBase(arg)
      const match = globMatcher(arg)
      let n = 0
      for await (const f of walk(base, { visited: new Set(), skip, signal: options.signal })) {
        if ('error' in f) {
          yield f
          continue
        }
        if (match(f.path) && wanted(f.path, base)) {
          n++
          yield f
        }
      }
      if (n === 0) yield { path: arg, error: 'no file matches this pattern' }
      continue
    }
    let st
    try {
      st = await stat(arg)
    } catch (e) {
      yield { path: arg, error: errorMessage(e) }
      continue
    }
    if (st.isDirectory()) {
      for await (const f of walk(arg, { visited: new Set(), skip, signal: options.signal })) {
        if ('error' in f || wanted(f.path, arg)) yield f
      }
    } else yield { path: arg } // named explicitly: always taken
  }
}

interface WalkState {
  /** Directories already walked for this argument (`dev:ino`): a symlink back to one is a loop. */
  visited: Set<string>
  /** Never walked or read: the batch's own output. */
  skip: Set<string>
  signal?: AbortSignal
}

/**
 * Depth-first walk in code-point order of names; skips names starting with `.` or `_`.
 * Symlinks are followed, each directory entered once (by identity), so loops and links to a
 * directory already walked add nothing. Entries that are neither files nor directories (FIFOs,
 * sockets, devices) are yielded like files: opening them is refused with a `not-a-file` record.
 */
async function* walk(dir: string, state: WalkState): AsyncGenerator<Found> {
  let names: Array<{ name: string; dir: boolean }>
  try {
    const id = identity(await stat(dir))
    if (state.visited.has(id) || state.skip.has(id)) return
    state.visited.add(id)
    const entries: Array<{ name: string; dir: boolean }> = []
    for await (const e of await opendir(dir)) {
      if (e.name.startsWith('.') || e.name.startsWith('_')) continue
      let isDir = e.isDirectory()
      if (e.isSymbolicLink()) {
        try {
          isDir = (await stat(join(dir, e.name))).isDirectory()
        } catch {
          isDir = false
        }
      }
      entries.push({ name: e.name, dir: isDir })
    }
    names = entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  } catch (e) {
    yield { path: dir, error: errorMessage(e) }
    return
  }
  for (const e of names) {
    state.signal?.throwIfAborted()
    const p = join(dir, e.name)
    if (e.dir) yield* walk(p, state)
    else yield { path: p }
  }
}

/** What a non-regular file is, for its `not-a-file` record. */
function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory'
  if (st.isFIFO()) return 'a FIFO (named pipe)'
  if (st.isSocket()) return 'a socket'
  if (st.isCharacterDevice()) return 'a character device'
  if (st.isBlockDevice()) return 'a block device'
  return 'not a regular file'
}

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/**
 * Opens an input for reading if it is a regular file (checked before opening, and again on the
 * open handle, so a file swapped for a FIFO in between is still refused). Null for the batch's
 * own output files, which are not inputs.
 */
async function openInput(path: string, skip: Set<string>): Promise<{ fh: FileHandle; size: number } | Extract<Enumerated, { kind: 'failed' }> | null> {
  const abs = resolve(path)
  const refuse = (st: Stats): Extract<Enumerated, { kind: 'failed' }> => ({
    kind: 'failed',
    key: `${abs}:not-a-file`,
    input: path,
    code: 'not-a-file',
    message: `${kindOf(st)}, not a regular file: not read`,
    bytes: 0,
  })
  let fh: FileHandle | null = null
  try {
    const before = await stat(path)
    if (skip.has(identity(before))) return null
    if (!before.isFile()) return refuse(before)
    fh = await open(path, OPEN_FLAGS)
    const st = await fh.stat()
    if (!st.isFile()) {
      await fh.close()
      return refuse(st)
    }
    if (skip.has(identity(st))) {
      await fh.close()
      return null
    }
    return { fh, size: st.size }
  } catch (e) {
    await fh?.close().catch(() => undefined)
    return { kind: 'failed', key: `${abs}:unreadable`, input: path, code: 'read-error', message: errorMessage(e), bytes: 0 }
  }
}

/**
 * Reads at most `cap` + 1 bytes (one more than allowed tells "too large" apart from "exactly
 * the limit"), whatever size stat reported: /proc files say 0, a growing file says less.
 */
async function readCapped(fh: FileHandle, sizeHint: number, cap: number): Promise<{ bytes: Uint8Array; over: boolean }> {
  const limit = Number.isFinite(cap) ? cap + 1 : Infinity
  let buf = Buffer.allocUnsafe(Math.max(1, Math.min(limit, sizeHint + 1, 64 * 1024 * 1024)))
  let length = 0
  for (;;) {
    if (length === buf.length) {
      if (length >= limit) break
      const bigger = Buffer.allocUnsafe(Math.min(limit, Math.max(buf.length * 2, 64 * 1024)))
      buf.copy(bigger, 0, 0, length)
      buf = bigger
    }
    const { bytesRead } = await fh.read(buf, length, buf.length - length, null)
    if (bytesRead === 0) break
    length += bytesRead
  }
  const over = length > cap
  // an exact-size copy owns its ArrayBuffer, so it can be transferred to a worker
  const bytes = new Uint8Array(over ? 0 : length)
  if (!over) bytes.set(buf.subarray(0, length))
  return { bytes, over }
}

/** Bytes a compressed input may take before it is too large without decompressing it. */
const GZ_SLACK = 1024 * 1024

async function readDocument(path: string, fh: FileHandle, size: number, options: EnumerateOptions): Promise<Enumerated> {
  const abs = resolve(path)
  const max = options.maxBytes ?? Infinity
  const gz = path.toLowerCase().endsWith('.gz')
  try {
    // gzip never shrinks text by less than nothing: a .gz larger than the limit (plus header
    // slack) cannot decompress to within it
    const cap = gz ? max + GZ_SLACK : max
    if (size > cap) {
      return { kind: 'failed', key: `${abs}:size=${size}`, input: path, code: 'too-large', message: `${size} bytes, more than the limit of ${max}`, bytes: 0 }
    }
    const read = await readCapped(fh, size, cap)
    if (read.over) {
      return { kind: 'failed', key: `${abs}:size>${cap}`, input: path, code: 'too-large', message: `more than the limit of ${max} bytes (the file grew, or its size was not known)`, bytes: 0 }
    }
    let bytes = read.bytes
    if (gz) {
      try {
        bytes = gunzipSync(bytes, { maxOutputLength: Number.isFinite(max) ? max + 1 : undefined })
      } catch (e) {
        const tooBig = (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
        return {
          kind: 'failed',
          key: `${abs}:${sha256(bytes)}`,
          input: path,
          code: tooBig ? 'too-large' : 'read-error',
          message: tooBig ? `decompresses to more than the limit of ${max} bytes` : `cannot decompress: ${errorMessage(e)}`,
          bytes: bytes.length,
        }
      }
      if (bytes.length > max) {
        return { kind: 'failed', key: `${abs}:${sha256(bytes)}`, input: path, code: 'too-large', message: `decompresses to more than the limit of ${max} bytes`, bytes: 0 }
      }
    }
    return { kind: 'work', key: `${abs}:${sha256(bytes)}`, unit: { kind: 'bytes', input: path, path, format: formatFromPath(path), bytes }, bytes: bytes.length }
  } catch (e) {
    return { kind: 'failed', key: `${abs}:unreadable`, input: path, code: 'read-error', message: errorMessage(e), bytes: 0 }
  } finally {
    await fh.close().catch(() => undefined)
  }
}

/**
 * Bytes of gunzip output per chunk of a `.jsonl.gz`: each chunk is a round trip to the thread pool
 * and a callback on the main thread, which also hands out the work; node's default (16 KiB) made
 * ≈ 10,000 of them for the bulk set's 166 MB. Below glibc's mmap threshold (128 KiB): 256 KiB
 * chunks raised the batch's peak RSS (malloc arenas).
 */
export const GUNZIP_CHUNK = 64 * 1024

/**
 * The bytes of a JSON Lines file as a stream, gunzipped when its name ends in `.gz` (in GUNZIP_CHUNK
 * pieces); a read error reaches the stream. `raw` is the file's own stream, to destroy with it.
 */
function readStream(path: string, fh: FileHandle): { raw: Readable; stream: Readable } {
  const raw = fh.createReadStream()
  const stream = path.toLowerCase().endsWith('.gz') ? raw.pipe(createGunzip({ chunkSize: GUNZIP_CHUNK })) : raw
  raw.on('error', (e) => stream.destroy(e))
  return { raw, stream }
}

/**
 * One entry per non-blank line; the stream is pulled only as fast as entries are consumed.
 * Lines stay bytes here (hashed and handed to a worker as they are): the main thread neither
 * decodes nor copies document text beyond cutting it out of the stream. A line longer than
 * `maxBytes` is not collected: once past the limit its bytes are only hashed (for --resume) and
 * counted, then it gets its `too-large` record and the following lines theirs — memory stays
 * within the limit plus one chunk whatever the line's length.
 */
async function* jsonLines(path: string, fh: FileHandle, options: EnumerateOptions): AsyncGenerator<Enumerated> {
  const { raw, stream } = readStream(path, fh)
  try {
    yield* linesOf(stream as AsyncIterable<Uint8Array>, path, options)
  } finally {
    stream.destroy()
    raw.destroy()
  }
}

/** The entries of a stream of JSON Lines (exported for tests that feed a generated stream). */
export async function* linesOf(stream: AsyncIterable<Uint8Array>, path: string, options: EnumerateOptions = {}): AsyncGenerator<Enumerated> {
  const abs = resolve(path)
  const max = options.maxBytes ?? Infinity
  let lineNo = 0
  let pieces: Uint8Array[] = []
  let length = 0
  // set once the line is past the limit: from then on it is hashed, not kept
  let overlong: Hash | null = null
  const add = (piece: Uint8Array) => {
    length += piece.length
    if (overlong) {
      overlong.update(piece)
      return
    }
    pieces.push(piece)
    // +1: a CR before the LF does not count against the limit
    if (length > max + 1) {
      overlong = createHash('sha256')
      for (const p of pieces) overlong.update(p)
      pieces = []
    }
  }
  const entry = (): Enumerated | null => {
    lineNo++
    const collected = pieces
    const total = length
    const hash = overlong
    pieces = []
    length = 0
    overlong = null
    const input = `${path}:${lineNo}`
    if (hash) {
      const key = `${abs}:${lineNo}:${hash.digest('hex')}`
      return { kind: 'failed', key, input, code: 'too-large', message: `line is ${total} bytes, more than the limit of ${max}`, bytes: 0 }
    }
    // one exact-size buffer per line, so it can be transferred to the worker
    const line = new Uint8Array(total)
    let at = 0
    for (const p of collected) {
      line.set(p, at)
      at += p.length
    }
    const end = total > 0 && line[total - 1] === 13 ? total - 1 : total
    if (isBlank(line, end)) return null
    const body = end === total ? line : line.subarray(0, end)
    const key = `${abs}:${lineNo}:${sha256(body)}`
    if (end > max) return { kind: 'failed', key, input, code: 'too-large', message: `line is ${end} bytes, more than the limit of ${max}`, bytes: 0 }
    return { kind: 'work', key, unit: { kind: 'json-line', input, path, line: body }, bytes: end }
  }
  try {
    for await (const chunk of stream) {
      options.signal?.throwIfAborted()
      let start = 0
      for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
        add(chunk.subarray(start, nl))
        const e = entry()
        start = nl + 1
        if (e) yield e
      }
      if (start < chunk.length) add(chunk.subarray(start))
    }
    const e = entry()
    if (e) yield e
  } catch (err) {
    if (options.signal?.aborted) throw err
    // a corrupt or truncated archive: what was read stands, the rest is one failed entry
    yield { kind: 'failed', key: `${abs}:${lineNo + 1}:unreadable`, input: `${path}:${lineNo + 1}`, code: 'read-error', message: `cannot read further: ${errorMessage(err)}`, bytes: 0 }
  }
}

function isBlank(line: Uint8Array, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const b = line[i]
    if (b !== 32 && b !== 9 && b !== 13) return false
  }
  return true
}

export function errorMessage(e: unknown): string {
  if (!(e instanceof Error)) return String(e)
  const code = (e as NodeJS.ErrnoException).code
  // fs errors already start with their code ("ENOENT: no such file …"): do not say it twice
  return code && !e.message.startsWith(code) ? `${code}: ${e.message}` : e.message
}

/**
 * How many entries {@link enumerate} will yield (for percent and ETA); JSON Lines files are
 * counted by their line breaks. Runs alongside the batch and reads only names and line breaks.
 */
export async function countInputs(args: string[], options: EnumerateOptions = {}): Promise<number> {
  let n = 0
  const skip = await identities(options.skipPaths ?? [])
  for await (const f of files(args, options, skip)) {
    options.signal?.throwIfAborted()
    if ('error' in f || !isJsonLines(f.path)) {
      n++
      continue
    }
    // the same checks as the batch: never the output, never a FIFO or device
    const opened = await openInput(f.path, skip)
    if (opened === null) continue
    if (!('fh' in opened)) {
      n++
      continue
    }
    try {
      const { stream } = readStream(f.path, opened.fh)
      let last = 10
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        options.signal?.throwIfAborted()
        for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++
        if (chunk.length) last = chunk[chunk.length - 1]
      }
      if (last !== 10) n++
    } catch {
      n++
    } finally {
      await opened.fh.close().catch(() => undefined)
    }
  }
  return n
}
