/**
 * Gold-free sweep of the metadata families over bulk sets: how many documents get an amendment
 * history, a 版记, a title, a 字号, and how many still carry history lines as clauses or deadlines.
 *
 *   node --import tsx scripts/meta-sweep.ts ../shared/corpus/bulk/mojlaw_tw.jsonl.gz ../shared/corpus/bulk/lawrefbook.jsonl.gz
 */
import { createReadStream } from 'node:fs'
import { basename } from 'node:path'
import { createInterface } from 'node:readline'
import { createGunzip } from 'node:zlib'
import { parse, type Clause, type PolicyDocument } from '../src/index.js'

/** A clause that is a history event: a full date first, an action word soon after. */
const HISTORY_TEXT = /^(?:中华民国|民国|\d{4}年)[^。]{0,14}?月[^。]{0,6}?日[^。]{0,60}?(?:制定|订定|修正|修订|废止|公布|发布|施行|通过|批准|失效)/

const all = (cs: Clause[]): Clause[] => cs.flatMap((c) => [c, ...all(c.children)])
const docs = (d: PolicyDocument): PolicyDocument[] => [d, ...d.documents.flatMap(docs)]

interface Counts {
  documents: number
  withHistory: number
  historyEntries: number
  historyClauseDocs: number
  historyClauses: number
  historyDeadlines: number
  withTitle: number
  withDocNumber: number
  withPublished: number
  withColophon: number
  failures: number
}

async function sweep(file: string): Promise<Counts> {
  const c: Counts = {
    documents: 0,
    withHistory: 0,
    historyEntries: 0,
    historyClauseDocs: 0,
    historyClauses: 0,
    historyDeadlines: 0,
    withTitle: 0,
    withDocNumber: 0,
    withPublished: 0,
    withColophon: 0,
    failures: 0,
  }
  const rl = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })
  for await (const line of rl) {
    if (!line.trim()) continue
    const { text } = JSON.parse(line) as { text: string }
    c.documents++
    let doc: PolicyDocument
    try {
      doc = parse(text)
    } catch {
      c.failures++
      continue
    }
    const parts = docs(doc)
    const entries = parts.reduce((n, d) => n + (d.meta.history?.length ?? 0), 0)
    if (entries) c.withHistory++
    c.historyEntries += entries
    const hc = parts.flatMap((d) => all(d.clauses)).filter((cl) => HISTORY_TEXT.test(cl.text.replace(/\s+/g, '')))
    if (hc.length) c.historyClauseDocs++
    c.historyClauses += hc.length
    const paths = new Set(hc.map((cl) => cl.path.join('/')))
    c.historyDeadlines += parts
      .flatMap((d) => d.tasks)
      .filter((t) => paths.has(t.path.join('/')))
      .reduce((n, t) => n + t.deadlines.length, 0)
    if (doc.meta.title) c.withTitle++
    if (doc.meta.docNumber) c.withDocNumber++
    if (doc.meta.publishedDate) c.withPublished++
    if (doc.meta.printedBy || doc.meta.printedDate || doc.meta.copyTo?.length) c.withColophon++
  }
  return c
}

for (const f of process.argv.slice(2)) console.log(basename(f), JSON.stringify(await sweep(f)))
