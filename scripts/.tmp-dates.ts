import { createReadStream, readdirSync, readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { createGunzip } from 'node:zlib'
import { parse } from '../src/index.js'
import { sweepDocument } from '../src/eval/sweep.js'
import { simplifiedCopy } from './sweep/simplified.js'
const out: string[] = []
function visit(id: string, text: string) {
  const doc = parse(text)
  const r = sweepDocument(text, doc, Infinity, doc.source?.script === 'traditional' ? simplifiedCopy(text) : text)
  for (const c of r.dates.unexplained) out.push(`${id}\t${c.line}\t${c.cue}\t${c.context}`)
  for (const c of r.markers.unexplained) out.push(`M\t${id}\t${c.line}\t${c.cue}\t${c.context}`)
}
for (const folder of ['seeds', 'policy']) for (const f of readdirSync(`corpus/${folder}`).filter((n) => n.endsWith('.txt')).sort()) visit(`corpus/${folder}/${f}`, readFileSync(`corpus/${folder}/${f}`, 'utf8'))
const bulk = '../shared/corpus/bulk'
for (const f of readdirSync(bulk).filter((n) => n.endsWith('.jsonl.gz')).sort()) {
  for await (const line of createInterface({ input: createReadStream(`${bulk}/${f}`).pipe(createGunzip()), crlfDelay: Infinity })) {
    if (!line.trim()) continue
    const r = JSON.parse(line) as { id: string; text: string }
    visit(r.id, r.text)
  }
}
console.log(out.join('\n'))
