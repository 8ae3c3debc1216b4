/**
 * Collect the role sweep's unexplained cues over the bulk corpus (issue 11, the regulation role audits), the
 * file scripts/draw-unexplained.ts draws a round's sample from. Rounds 1 and 2 ran this step from outside the
 * repository (/work/audit/lawroles/collect.mts and lawroles2/collect.mts, lost); it lives here so a round is reproducible from the repo.
 *
 *   node --import tsx scripts/collect-unexplained-roles.ts [OUT] [--dist DIR] [--only lawrefbook,mojlaw_tw] [--corpus]
 *
 * Each bulk document (GONGWEN_BULK, default ../shared/corpus/bulk; corpus/ is not read, the audits draw from the
 * bulk) is parsed and swept as scripts/sweep.ts does (src/eval/sweep.ts, on a simplified copy of a traditional
 * text so the cues and classes match, offsets unchanged). Every role cue left `unexplained` is one line of OUT
 * (default /tmp/unexplained-bulk.tsv): bulk id, offset, cue, 40 characters before and 25 after (whitespace
 * flattened). The totals (all bulk role cues, unexplained, per bulk file) go to stderr. `--dist` parses with a
 * built dist (…/index.js; e.g. /tmp/old/dist for the start of a session) instead of src/. `--corpus` also reads
 * corpus/seeds and corpus/policy first (ids `corpus/seeds/<file>`, stratum `corpus`; the policy round polroles draws
 * from them, `--only corpus,politic_analysis_2025,govcn_platform1`).
 */
import { createReadStream, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createGunzip } from 'node:zlib'
import { sweepDocument } from '../src/eval/sweep.js'
import type { PolicyDocument } from '../src/index.js'
import { simplifiedCopy } from './sweep/simplified.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dist: { type: 'string' }, only: { type: 'string' }, corpus: { type: 'boolean', default: false } },
})
const out = positionals[0] ?? '/tmp/unexplained-bulk.tsv'
const parse: (text: string) => PolicyDocument = values.dist ? (await import(join(resolve(values.dist), 'index.js'))).parse : (await import('../src/index.js')).parse
const bulk = process.env.GONGWEN_BULK ?? fileURLToPath(new URL('../../shared/corpus/bulk', import.meta.url))
const only = values.only?.split(',')
const flat = (s: string) => s.replace(/\s+/g, ' ')

const lines: string[] = []
let cues = 0
const perFile = new Map<string, number>()
const started = Date.now()
/** One document's unexplained cues to `lines`; returns how many. */
function visit(id: string, text: string): number {
  let left = 0
  const doc = parse(text)
  const copy = doc.source?.script === 'traditional' ? simplifiedCopy(text) : text
  // keep = 0: the unexplained cues come through the trace, all of them, not the sweep's kept sample
  sweepDocument(text, doc, 0, copy, (cls, offset, cue) => {
    cues++
    if (cls !== 'unexplained') return
    left++
    lines.push([id, offset, cue, flat(copy.slice(Math.max(0, offset - 40), offset)), flat(copy.slice(offset + cue.length, offset + cue.length + 25))].join('\t'))
  })
  return left
}

if (values.corpus && (!only || only.includes('corpus'))) {
  const root = fileURLToPath(new URL('../corpus/', import.meta.url))
  let left = 0
  for (const folder of ['seeds', 'policy'])
    for (const f of readdirSync(join(root, folder))
      .filter((n) => n.endsWith('.txt'))
      .sort())
      left += visit(`corpus/${folder}/${f}`, readFileSync(join(root, folder, f), 'utf8'))
  perFile.set('corpus', left)
}
for (const f of readdirSync(bulk)
  .filter((n) => n.endsWith('.jsonl.gz'))
  .sort()) {
  const name = f.replace(/\.jsonl\.gz$/, '')
  if (only && !only.includes(name)) continue
  let left = 0
  const rl = createInterface({ input: createReadStream(join(bulk, f)).pipe(createGunzip()), crlfDelay: Infinity })
  for await (const line of rl) {
    if (!line.trim()) continue
    const { id, text } = JSON.parse(line) as { id: string; text: string }
    left += visit(id, text)
  }
  perFile.set(name, left)
}
writeFileSync(out, lines.length ? `${lines.join('\n')}\n` : '')
const files = [...perFile].map(([k, v]) => `${k} ${v}`).join(', ')
console.error(`${lines.length} of ${cues} bulk role cues unexplained (${files}), ${((Date.now() - started) / 1000).toFixed(0)} s → ${out}`)
