/**
 * How many documents need the jieba word segmenter (a prose unit list with no left boundary in
 * the text), over the bulk set or any .jsonl(.gz) / .txt files: jieba's dictionary (38–54 MB per
 * worker) is loaded only by a worker that meets such a document.
 *
 *   node --import tsx scripts/jieba-count.ts [--every N] [files or dirs…]   (default: ../shared/corpus/bulk)
 */
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { createGunzip } from 'node:zlib'
import { parse } from '../src/index.js'
import { segmenterUseCount } from '../src/extract/roles/segment.js'

const args = process.argv.slice(2)
let every = 1
const k = args.indexOf('--every')
if (k >= 0) every = Number(args.splice(k, 2)[1])
const roots = args.length ? args : [new URL('../../shared/corpus/bulk/', import.meta.url).pathname]
const files = roots
  .flatMap((r) =>
    statSync(r).isDirectory()
      ? readdirSync(r)
          .sort()
          .map((f) => join(r, f))
      : [r],
  )
  .filter((f) => /\.(jsonl(\.gz)?|txt)$/.test(f))

async function* documents(file: string): AsyncGenerator<{ text: string; format?: 'text' | 'markdown' | 'html' }> {
  if (file.endsWith('.txt')) return yield { text: readFileSync(file, 'utf8') }
  const input = file.endsWith('.gz') ? createReadStream(file).pipe(createGunzip()) : createReadStream(file)
  let n = 0
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (!line.trim() || n++ % every !== 0) continue
    const rec = JSON.parse(line) as { text?: unknown; format?: unknown }
    if (typeof rec.text !== 'string' || !rec.text.trim()) continue
    const format = rec.format === 'markdown' || rec.format === 'html' ? rec.format : 'text'
    yield { text: rec.text, format }
  }
}

let docs = 0
let needing = 0
let calls = 0
for (const file of files) {
  let fileDocs = 0
  let fileNeeding = 0
  for await (const d of documents(file)) {
    const before = segmenterUseCount()
    parse(d.text, { format: d.format })
    const used = segmenterUseCount() - before
    fileDocs++
    if (used > 0) fileNeeding++
    calls += used
  }
  docs += fileDocs
  needing += fileNeeding
  console.log(`${file.split('/').pop()}: ${fileNeeding} of ${fileDocs} documents need jieba`)
}
console.log(`total: ${needing} of ${docs} documents (${((100 * needing) / Math.max(1, docs)).toFixed(1)} %) need jieba; ${calls} segmenter calls${every > 1 ? ` (every ${every}th document)` : ''}`)
