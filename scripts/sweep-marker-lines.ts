/**
 * Gold-free sweep of numbering (issue #11) over the whole corpus: corpus/ and
 * ../shared/corpus/bulk/*.jsonl.gz. Every line that starts with a marker-shaped token opens a
 * clause, falls in a named class (cross-reference, number, table row, inline list, table of
 * contents, box content, header, amendment history, attachment file name) or is `unexplained`
 * (scripts/sweep/marker-lines.ts). Prints counts per class and a sample of unexplained lines.
 *
 *   node --import tsx scripts/sweep-marker-lines.ts [--no-bulk] [--limit N] [--samples 30] [--out file.json]
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parse, type PolicyDocument } from '../src/index.js'
import { corpusDocuments, spread } from './sweep/corpus.js'
import { classifyMarkerLines, UNEXPLAINED } from './sweep/marker-lines.js'

const { values } = parseArgs({
  options: {
    'no-bulk': { type: 'boolean', default: false },
    limit: { type: 'string' },
    samples: { type: 'string', default: '30' },
    out: { type: 'string' },
  },
})

const counts = new Map<string, number>()
const unexplained: Array<{ id: string; line: number; text: string }> = []
let docs = 0
let lines = 0
const started = Date.now()
for await (const { id, text } of corpusDocuments({ bulk: !values['no-bulk'], limit: values.limit ? Number(values.limit) : undefined })) {
  docs++
  let doc: PolicyDocument
  try {
    doc = parse(text)
  } catch {
    continue
  }
  for (const l of classifyMarkerLines(text, doc)) {
    lines++
    counts.set(l.cls, (counts.get(l.cls) ?? 0) + 1)
    if (l.cls === UNEXPLAINED) unexplained.push({ id, line: l.line, text: l.text })
  }
}
const rows = [...counts].sort((a, b) => b[1] - a[1])
console.log(`${docs} documents, ${lines} marker-shaped lines, ${((Date.now() - started) / 1000).toFixed(0)} s`)
for (const [k, v] of rows) console.log(`${String(v).padStart(8)}  ${((100 * v) / lines).toFixed(1).padStart(5)}%  ${k}`)
const sample = spread(unexplained, Number(values.samples))
console.log(`\n${sample.length} unexplained lines:`)
for (const u of sample) console.log(`${u.id}:${u.line}  ${u.text}`)
if (values.out) writeFileSync(values.out, JSON.stringify({ docs, lines, counts: Object.fromEntries(rows), unexplained }, null, 1))
