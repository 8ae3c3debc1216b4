/**
 * Gold-free sweep of role cues (issue #11) over the whole corpus: corpus/ and
 * ../shared/corpus/bulk/*.jsonl.gz. Every cue is inside an extracted role, in a named
 * non-assignment class, or `unexplained` (scripts/sweep/role-cues.ts). Prints counts per class and
 * a deterministic sample of unexplained cases to read by hand.
 *
 *   node --import tsx scripts/sweep-role-cues.ts [--no-bulk] [--limit N] [--samples 30] [--out file.json]
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parse, type PolicyDocument } from '../src/index.js'
import { corpusDocuments, lineOf, spread } from './sweep/corpus.js'
import { classifyRoleCues, CUES, UNEXPLAINED } from './sweep/role-cues.js'

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
let cues = 0
const started = Date.now()
for await (const { id, text } of corpusDocuments({ bulk: !values['no-bulk'], limit: values.limit ? Number(values.limit) : undefined })) {
  docs++
  CUES.lastIndex = 0
  if (!CUES.test(text)) continue
  CUES.lastIndex = 0
  let doc: PolicyDocument
  try {
    doc = parse(text)
  } catch {
    continue
  }
  for (const c of classifyRoleCues(text, doc)) {
    cues++
    counts.set(c.cls, (counts.get(c.cls) ?? 0) + 1)
    if (c.cls === UNEXPLAINED) unexplained.push({ id, line: lineOf(text, c.index), text: c.context })
  }
}
const rows = [...counts].sort((a, b) => b[1] - a[1])
console.log(`${docs} documents, ${cues} role cues, ${((Date.now() - started) / 1000).toFixed(0)} s`)
for (const [k, v] of rows) console.log(`${String(v).padStart(8)}  ${((100 * v) / cues).toFixed(1).padStart(5)}%  ${k}`)
const sample = spread(unexplained, Number(values.samples))
console.log(`\n${sample.length} unexplained cases (every ${Math.max(1, Math.floor(unexplained.length / Math.max(1, sample.length)))}th):`)
for (const u of sample) console.log(`${u.id}:${u.line}  ${u.text.replace(/\s+/g, ' ')}`)
if (values.out) writeFileSync(values.out, JSON.stringify({ docs, cues, counts: Object.fromEntries(rows), unexplained }, null, 1))
