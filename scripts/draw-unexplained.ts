/**
 * Draw a seeded sample of the role sweep's unexplained cues (issue 11, helper lawroles) for reading.
 *
 *   node --import tsx scripts/draw-unexplained.ts [TSV] [N] [OUT]
 *
 * TSV: the sweep's unexplained cues, one a line (doc id, offset, cue, 40 characters before, 25 after), as
 * /work/audit/lawroles/collect.mts writes them. The rows are shuffled with mulberry32 (seed 20261209) and the
 * first N (default 80) written to OUT with ±120 characters from the document (bulk jsonl), no parser output.
 * The texts stay outside the repository; test/gold/audit/lawroles.tsv holds ids, offsets, cues and judgments.
 */
import { createReadStream, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { createGunzip } from 'node:zlib'
import { mulberry32, shuffle } from './lib/random.js'
import { simplifiedCopy } from './sweep/simplified.js'

export const SEED = 20261209
const BULK = process.env.GONGWEN_BULK ?? '/work/shared/corpus/bulk'

const [tsv = '/work/audit/lawroles/unexplained-bulk.tsv', n = '80', out = '/work/audit/lawroles/sample.tsv'] = process.argv.slice(2)
const rows = readFileSync(tsv, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => l.split('\t'))
const drawn = shuffle(rows, mulberry32(SEED)).slice(0, Number(n))
const wanted = new Map<string, string[][]>()
for (const r of drawn) wanted.set(r[0], [...(wanted.get(r[0]) ?? []), r])
const files = new Set(drawn.map((r) => r[0].split('/')[0]))
const texts = new Map<string, string>()
for (const f of files) {
  const rl = createInterface({ input: createReadStream(join(BULK, `${f}.jsonl.gz`)).pipe(createGunzip()) })
  for await (const line of rl) {
    const d = JSON.parse(line)
    if (wanted.has(d.id)) texts.set(d.id, simplifiedCopy(d.text))
  }
}
const flat = (s: string) => s.replace(/\s+/g, ' ')
const lines = drawn.map((r, i) => {
  const t = texts.get(r[0]) ?? ''
  const at = Number(r[1])
  return [i + 1, r[0], at, r[2], flat(t.slice(Math.max(0, at - 120), at)), flat(t.slice(at, at + 80))].join('\t')
})
writeFileSync(out, `row\tid\toffset\tcue\tbefore\tafter\n${lines.join('\n')}\n`)
console.log(`${drawn.length} rows → ${out}`)
