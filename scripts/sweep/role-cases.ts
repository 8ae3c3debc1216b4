/**
 * Every role cue of the whole corpus with the class the gold-free sweep (src/eval/sweep.ts) gives
 * it, one JSON line each (`{id, cls, cue, offset, before, after}`), so a family can be counted over
 * the whole corpus and a class sampled by reading, not only the unexplained cues.
 *
 *   node --import tsx scripts/sweep/role-cases.ts OUT.jsonl [--no-bulk] [--limit N]
 *   node --import tsx scripts/sweep/role-cases.ts --draw OUT.jsonl [--class unexplained] [--n 30] [--seed 11]
 *
 * `--draw` reads a written file and prints a fixed-seed random sample of one class (mulberry32).
 */
import { createWriteStream, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parse } from '../../src/index.js'
import { sweepDocument } from '../../src/eval/sweep.js'
import { mulberry32 } from '../lib/random.js'
import { corpusDocuments, lineOf } from './corpus.js'
import { simplifiedCopy } from './simplified.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'no-bulk': { type: 'boolean', default: false },
    limit: { type: 'string' },
    draw: { type: 'boolean', default: false },
    class: { type: 'string', default: 'unexplained' },
    n: { type: 'string', default: '30' },
    seed: { type: 'string', default: '11' },
  },
})
const file = positionals[0] ?? '/tmp/role-cases.jsonl'

interface RoleCase {
  id: string
  cls: string
  cue: string
  offset: number
  line: number
  before: string
  after: string
}

if (values.draw) {
  const all = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as RoleCase)
    .filter((c) => c.cls === values.class)
  const random = mulberry32(Number(values.seed))
  // a partial Fisher–Yates shuffle: the first n of a uniform random permutation
  const n = Math.min(Number(values.n), all.length)
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (all.length - i))
    ;[all[i], all[j]] = [all[j], all[i]]
  }
  console.log(`${all.length} cues of class ${values.class}; ${n} drawn with seed ${values.seed}`)
  for (const [k, c] of all.slice(0, n).entries()) console.log(`${k + 1}. ${c.id}:${c.line}\n   ${c.before}⟦${c.cue}⟧${c.after}`.replace(/[ \t]*\n(?! {3})/g, ' '))
} else {
  const out = createWriteStream(file)
  let docs = 0
  for await (const { id, text } of corpusDocuments({ bulk: !values['no-bulk'], limit: values.limit ? Number(values.limit) : undefined })) {
    docs++
    const doc = parse(text)
    const copy = doc.source?.script === 'traditional' ? simplifiedCopy(text) : text
    sweepDocument(text, doc, 0, copy, (cls, offset, cue) => {
      const c: RoleCase = {
        id,
        cls,
        cue,
        offset,
        line: lineOf(text, offset),
        before: copy.slice(Math.max(0, offset - 80), offset).replace(/\s+/g, ' '),
        after: copy.slice(offset + cue.length, offset + cue.length + 60).replace(/\s+/g, ' '),
      }
      out.write(`${JSON.stringify(c)}\n`)
    })
  }
  out.end()
  console.error(`${docs} documents → ${file}`)
}
