/**
 * The texts the benchmark runs on.
 * - `loadPolicyCorpus()`: corpus/seeds + corpus/policy, in memory (per-stage and peer runs).
 * - `prepareBulk()`: the bulk set (../shared/corpus/bulk/*.jsonl.gz, or the bundled corpus repeated
 *   to the same document count when that folder is absent), unpacked once into a flat byte cache
 *   with an offset index, so that worker runs read only the documents they parse (a 1k-document
 *   run must not pay for gunzipping 166 MB) and the main process never holds the corpus.
 */
import { createReadStream, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs'
import { createGunzip } from 'node:zlib'
import { createInterface } from 'node:readline'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './gongwen.mjs'

export const BULK_DIR = join(ROOT, '..', 'shared', 'corpus', 'bulk')
/** Size of the shared bulk set; the fallback repeats the bundled corpus to this many documents. */
export const BULK_DOCS = 15_362

/** @returns {{ name: string, bytes: Buffer, text: string }[]} seeds then policy, in file-name order */
export function loadPolicyCorpus() {
  const out = []
  for (const dir of ['seeds', 'policy']) {
    const abs = join(ROOT, 'corpus', dir)
    for (const f of readdirSync(abs)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const bytes = readFileSync(join(abs, f))
      out.push({ name: `${dir}/${f}`, bytes, text: bytes.toString('utf8') })
    }
  }
  return out
}

/** Streams `{ id, text }` from gzipped JSON Lines, file by file in name order. */
export async function* readJsonlGz(dir) {
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl.gz'))
    .sort()) {
    const rl = createInterface({ input: createReadStream(join(dir, f)).pipe(createGunzip()), crlfDelay: Infinity })
    for await (const line of rl) {
      if (!line) continue
      const o = JSON.parse(line)
      if (typeof o.text === 'string') yield { id: o.id ?? `${f}#?`, text: o.text }
    }
  }
}

/** The bundled corpus, cycled to `n` documents (the fallback when the bulk folder is absent). */
export function* repeatedCorpus(n) {
  const docs = loadPolicyCorpus()
  for (let i = 0; i < n; i++) {
    const d = docs[i % docs.length]
    yield { id: `${d.name}#${Math.floor(i / docs.length)}`, text: d.text }
  }
}

/**
 * Unpacks the bulk set into `<tmp>/gongwen-bench/<key>.bin` (UTF-8 texts back to back) and
 * `<key>.json` (offsets, lengths, ids), reusing them while the source files are unchanged.
 * @returns {{ source: string, files: string[], docs: number, bytes: number, chars: number, bin: string, offsets: number[], lengths: number[], ids: string[] }}
 */
export async function prepareBulk() {
  const haveBulk = existsSync(BULK_DIR) && readdirSync(BULK_DIR).some((f) => f.endsWith('.jsonl.gz'))
  const files = haveBulk
    ? readdirSync(BULK_DIR)
        .filter((f) => f.endsWith('.jsonl.gz'))
        .sort()
    : []
  const key = createHash('sha1')
    .update(
      haveBulk
        ? files
            .map((f) => {
              const s = statSync(join(BULK_DIR, f))
              return `${f}:${s.size}:${s.mtimeMs}`
            })
            .join('|')
        : `repeat:${BULK_DOCS}:${loadPolicyCorpus().length}`,
    )
    .digest('hex')
    .slice(0, 12)
  const dir = join(tmpdir(), 'gongwen-bench')
  const bin = join(dir, `${key}.bin`)
  const idx = join(dir, `${key}.json`)
  if (!existsSync(bin) || !existsSync(idx)) {
    mkdirSync(dir, { recursive: true })
    const fd = openSync(`${bin}.part`, 'w')
    const offsets = [],
      lengths = [],
      ids = []
    let pos = 0,
      chars = 0
    for await (const d of haveBulk ? readJsonlGz(BULK_DIR) : repeatedCorpus(BULK_DOCS)) {
      const b = Buffer.from(d.text, 'utf8')
      writeSync(fd, b)
      offsets.push(pos)
      lengths.push(b.length)
      ids.push(d.id)
      pos += b.length
      chars += d.text.length
    }
    closeSync(fd)
    renameSync(`${bin}.part`, bin)
    writeFileSync(idx, JSON.stringify({ offsets, lengths, ids, chars }))
  }
  const { offsets, lengths, ids, chars } = JSON.parse(readFileSync(idx, 'utf8'))
  return {
    source: haveBulk ? `shared/corpus/bulk (${files.join(', ')})` : `bundled corpus (seeds + policy) repeated to ${BULK_DOCS} documents (shared bulk folder absent)`,
    files: haveBulk ? files.map((f) => join(BULK_DIR, f)) : [],
    docs: offsets.length,
    bytes: lengths.reduce((a, b) => a + b, 0),
    chars,
    bin,
    offsets,
    lengths,
    ids,
  }
}

/** `m` document indices spread evenly over `0..total-1` (every source represented in every subset). */
export function evenSample(total, m) {
  m = Math.min(m, total)
  const out = []
  for (let i = 0; i < total; i++) if (Math.floor(((i + 1) * m) / total) > Math.floor((i * m) / total)) out.push(i)
  return out
}
