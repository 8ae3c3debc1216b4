import { createReadStream } from 'node:fs'
import { opendir, readFile, stat } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { createGunzip, gunzipSync } from 'node:zlib'
import { basename, join, relative, resolve } from 'node:path'
import { formatFromPath } from '../formats/path.js'
import { globBase, globMatcher, hasMagic } from './glob.js'
import type { BatchErrorCode, BatchInput, WorkUnit } from './types.js'

/**
 * A unit as enumerated: ready to send to a worker, or already failed (cannot be read).
 * `key` identifies the input for --resume: absolute path (+ line) + sha256 of the content.
 */
export type Enumerated =
  | { kind: 'work'; key: string; unit: WorkUnit; bytes: number }
  | { kind: 'failed'; key: string; input: string; code: BatchErrorCode; message: string; bytes: number }

export interface EnumerateOptions {
  include?: string[]
  exclude?: string[]
  /** Files larger than this are `too-large` without being read. */
  maxBytes?: number
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
 */
export async function* enumerate(args: string[], options: EnumerateOptions = {}): AsyncGenerator<Enumerated> {
  for await (const file of files(args, options)) {
    options.signal?.throwIfAborted()
    if ('error' in file) {
      yield { kind: 'failed', key: `${resolve(file.path)}:`, input: file.path, code: 'read-error', message: file.error, bytes: 0 }
      continue
    }
    if (isJsonLines(file.path)) yield* jsonLines(file.path, options)
    else yield await readDocument(file.path, options)
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

/** Files named by the arguments, each once per argument, in a stable order. */
async function* files(args: string[], options: EnumerateOptions): AsyncGenerator<Found> {
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
      for await (const f of walk(base, options.signal)) {
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
      for await (const f of walk(arg, options.signal)) {
        if ('error' in f || wanted(f.path, arg)) yield f
      }
    } else yield { path: arg } // named explicitly: always taken
  }
}

/** Depth-first walk in code-point order of names; skips names starting with `.` or `_`. */
async function* walk(dir: string, signal?: AbortSignal): AsyncGenerator<Found> {
  let names: Array<{ name: string; dir: boolean }>
  try {
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
    signal?.throwIfAborted()
    const p = join(dir, e.name)
    if (e.dir) yield* walk(p, signal)
    else yield { path: p }
  }
}

async function readDocument(path: string, options: EnumerateOptions): Promise<Enumerated> {
  const abs = resolve(path)
  const max = options.maxBytes ?? Infinity
  try {
    const st = await stat(path)
    if (st.size > max && !path.toLowerCase().endsWith('.gz')) {
      return { kind: 'failed', key: `${abs}:size=${st.size}:mtime=${st.mtimeMs}`, input: path, code: 'too-large', message: `${st.size} bytes, more than the limit of ${max}`, bytes: 0 }
    }
    let bytes: Uint8Array = await readFile(path)
    if (path.toLowerCase().endsWith('.gz')) {
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
  }
}

/**
 * One entry per non-blank line; the stream is pulled only as fast as entries are consumed.
 * Lines stay bytes here (hashed and handed to a worker as they are): the main thread neither
 * decodes nor copies document text beyond cutting it out of the stream.
 */
async function* jsonLines(path: string, options: EnumerateOptions): AsyncGenerator<Enumerated> {
  const abs = resolve(path)
  const max = options.maxBytes ?? Infinity
  const raw = createReadStream(path)
  const stream = path.toLowerCase().endsWith('.gz') ? raw.pipe(createGunzip()) : raw
  raw.on('error', (e) => stream.destroy(e))
  let lineNo = 0
  const entry = (pieces: Uint8Array[]): Enumerated | null => {
    lineNo++
    let length = 0
    for (const p of pieces) length += p.length
    // one exact-size buffer per line, so it can be transferred to the worker
    const line = new Uint8Array(length)
    let at = 0
    for (const p of pieces) {
      line.set(p, at)
      at += p.length
    }
    const end = length > 0 && line[length - 1] === 13 ? length - 1 : length
    if (isBlank(line, end)) return null
    const body = end === length ? line : line.subarray(0, end)
    const input = `${path}:${lineNo}`
    const key = `${abs}:${lineNo}:${sha256(body)}`
    if (end > max) return { kind: 'failed', key, input, code: 'too-large', message: `line is ${end} bytes, more than the limit of ${max}`, bytes: 0 }
    return { kind: 'work', key, unit: { kind: 'json-line', input, path, line: body }, bytes: end }
  }
  try {
    let pieces: Uint8Array[] = []
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      options.signal?.throwIfAborted()
      let start = 0
      for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
        pieces.push(chunk.subarray(start, nl))
        const e = entry(pieces)
        pieces = []
        start = nl + 1
        if (e) yield e
      }
      if (start < chunk.length) pieces.push(chunk.subarray(start))
    }
    const e = entry(pieces)
    if (e) yield e
  } catch (err) {
    if (options.signal?.aborted) throw err
    // a corrupt or truncated archive: what was read stands, the rest is one failed entry
    yield { kind: 'failed', key: `${abs}:${lineNo + 1}:unreadable`, input: `${path}:${lineNo + 1}`, code: 'read-error', message: `cannot read further: ${errorMessage(err)}`, bytes: 0 }
  } finally {
    stream.destroy()
    raw.destroy()
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
  for await (const f of files(args, options)) {
    options.signal?.throwIfAborted()
    if ('error' in f || !isJsonLines(f.path)) {
      n++
      continue
    }
    try {
      const raw = createReadStream(f.path)
      const stream = f.path.toLowerCase().endsWith('.gz') ? raw.pipe(createGunzip()) : raw
      raw.on('error', (e) => stream.destroy(e))
      let last = 10
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++
        if (chunk.length) last = chunk[chunk.length - 1]
      }
      if (last !== 10) n++
    } catch {
      n++
    }
  }
  return n
}
