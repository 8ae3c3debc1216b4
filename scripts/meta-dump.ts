/**
 * The six scored metadata fields of every corpus document (corpus/seeds, corpus/policy and the bulk files), as
 * one JSON line per document, parsed by a given build — to compare two builds over the whole corpus.
 *
 *   node --import tsx scripts/meta-dump.ts DIST/index.js OUT.jsonl     dump (DIST: a copy of main's dist, or ./dist)
 *   node --import tsx scripts/meta-dump.ts --diff A.jsonl B.jsonl      count and list the documents whose fields differ
 */
import { createWriteStream, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { META_FIELDS } from '../src/eval/index.js'
import type { PolicyDocument } from '../src/schema/index.js'
import { STRATA, stratumDocs } from './audit-deadlines.js'

type Meta = Record<string, string | string[] | null>

function metaOf(d: PolicyDocument): Meta {
  const m = d.meta
  return { title: m.title, docType: m.docType, docNumber: m.docNumber?.normalized ?? null, signedDate: m.signedDate, publishedDate: m.publishedDate, issuers: m.issuers }
}

async function dump(dist: string, out: string) {
  const { parse } = (await import(pathToFileURL(resolve(dist)).href)) as { parse: (t: string) => PolicyDocument }
  const w = createWriteStream(out)
  for (const s of STRATA)
    for await (const d of stratumDocs(s)) {
      let meta: Meta | { error: string }
      try {
        meta = metaOf(parse(d.text))
      } catch (e) {
        meta = { error: String(e) }
      }
      w.write(`${JSON.stringify({ id: d.id, stratum: s, ...meta })}\n`)
    }
  await new Promise((r) => w.end(r))
}

function diff(a: string, b: string) {
  const read = (f: string) =>
    new Map(
      readFileSync(f, 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => {
          const o = JSON.parse(l)
          return [o.id as string, o]
        }),
    )
  const A = read(a)
  const B = read(b)
  const byField: Record<string, number> = {}
  const byStratum: Record<string, number> = {}
  let docs = 0
  for (const [id, x] of A) {
    const y = B.get(id)
    if (!y) continue
    const changed = META_FIELDS.filter((f) => JSON.stringify(x[f]) !== JSON.stringify(y[f]))
    if (!changed.length) continue
    docs++
    byStratum[x.stratum] = (byStratum[x.stratum] ?? 0) + 1
    for (const f of changed) {
      byField[f] = (byField[f] ?? 0) + 1
      console.log(`${f}\t${id}\t${JSON.stringify(x[f])}\t→ ${JSON.stringify(y[f])}`)
    }
  }
  console.error(`${docs} of ${A.size} documents changed`, byField, byStratum)
}

const [a, b, c] = process.argv.slice(2)
if (a === '--diff') diff(b, c)
else await dump(a, b)
