// re-sweeps the documents of the sampled cases and says which sampled contexts are still unexplained
import { createReadStream, readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { createGunzip } from 'node:zlib'
import { parse } from '../src/index.js'
import { sweepDocument } from '../src/eval/sweep.js'
import { simplifiedCopy } from './sweep/simplified.js'
const md = readFileSync(process.argv[2], 'utf8')
const rows: Array<{ sweep: string; id: string; line: number; context: string }> = []
let sweep = ''
for (const l of md.split('\n')) {
  const h = l.match(/^## (\w+)/)
  if (h) sweep = h[1]
  const m = l.match(/^\| (.+?) \| (\d+) \| (.*) \|$/)
  if (m && rows.filter((r) => r.sweep === sweep).length < 30) rows.push({ sweep, id: m[1].replace(/\\\|/g, '|'), line: Number(m[2]), context: m[3] })
}
const ids = new Set(rows.map((r) => r.id))
const texts = new Map<string, string>()
for (const id of ids) if (id.startsWith('corpus/')) texts.set(id, readFileSync(id, 'utf8'))
for (const f of ['govcn_platform1', 'lawrefbook', 'mojlaw_tw', 'politic_analysis_2025', 'political_reports']) {
  for await (const line of createInterface({ input: createReadStream(`../shared/corpus/bulk/${f}.jsonl.gz`).pipe(createGunzip()), crlfDelay: Infinity })) {
    if (!line.trim()) continue
    const id = line.slice(8, line.indexOf('"', 8))
    if (!ids.has(id)) continue
    texts.set(id, (JSON.parse(line) as { text: string }).text)
  }
}
for (const r of rows) {
  const text = texts.get(r.id)
  if (!text) { console.log('MISSING', r.id); continue }
  const doc = parse(text)
  const res = sweepDocument(text, doc, Infinity, doc.source?.script === 'traditional' ? simplifiedCopy(text) : text)
  const still = (res as any)[r.sweep].unexplained.some((c: any) => c.line === r.line && r.context.includes(c.cue))
  console.log(`${r.sweep}\t${still ? 'STILL' : 'ok'}\t${r.id}\t${r.line}\t${r.context.slice(0, 60)}`)
}
