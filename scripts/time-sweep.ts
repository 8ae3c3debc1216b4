/**
 * Gold-free sweep of every date expression of the corpus (issue 11, family 7). Each document is
 * parsed; every date the time grammar finds in the whole input (scanTime over the raw text) is put
 * in the first class whose output span holds it:
 *
 *   deadline   in a task's deadlines or milestones
 *   event      in a task's events (meeting, publication, statistic, since …)
 *   stage      in a stage (heading or summary)
 *   history    in meta.history (amendment and promulgation history)
 *   metadata   in another positioned metadata field (落款 date, header, 版记, plan period …)
 *   title      inside a cited title 《…》
 *   event-untasked  outside every task (preamble, a clause with no task) but read as an event by
 *              the same reader as task events (eventOf, with the document date)
 *   heading    on a short line with no sentence end (a title, a cover date, a table header: 行动计划（2021-2025年）)
 *   furniture  web-page furniture: a date with a clock time (2020年07月07日00:41:37), a line of a
 *              numbered link list (48. 福田区2020年10月财政预算执行情况), a `date:` field
 *   year-unknown  a yearless date the parser could not date (a regulation with no date of its own:
 *              于7月底前提请…, 3月15日至4月15日为…戒严期; it reports time-year-unknown), or 当年 / 同年
 *              with no year printed before it in its clause
 *   unexplained none of these (split: preamble, clause text)
 *
 * and, as a precision proxy, the deadlines due before their document's date (`past`). Prints the
 * table and writes a deterministic sample of unexplained dates and past deadlines (with context)
 * for reading by hand.
 *
 *   node --import tsx scripts/time-sweep.ts [--bulk [--source political_reports]] [--limit N] [--sample 40] [--out /tmp/time-sweep.json]
 */
import { createReadStream, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { createGunzip } from 'node:zlib'
import { CLASSES, sweepDocument, type Class } from './time-sweep-classes.js'

const { values } = parseArgs({
  options: {
    bulk: { type: 'boolean', default: false },
    limit: { type: 'string' },
    out: { type: 'string', default: '/tmp/time-sweep.json' },
    sample: { type: 'string', default: '40' },
    /** only bulk files whose name contains this */
    source: { type: 'string' },
  },
})
const LIMIT = values.limit ? Number(values.limit) : Infinity
const SAMPLE = Number(values.sample)

const counts: Record<string, Record<Class | 'past' | 'total', number>> = {}
const samples: Array<{ id: string; cls: string; raw: string; context: string; date?: string | null; docDate?: string }> = []
const unexplained: typeof samples = []
const past: typeof samples = []
let docs = 0

function row(src: string) {
  return (counts[src] ??= Object.fromEntries([...CLASSES, 'past', 'total'].map((k) => [k, 0])) as Record<Class | 'past' | 'total', number>)
}

function sweep(id: string, src: string, text: string) {
  docs++
  const r = row(src)
  const swept = sweepDocument(text)
  const ctx = (i: number, e: number) => (text.slice(Math.max(0, i - 30), i) + '⟦' + text.slice(i, e) + '⟧' + text.slice(e, e + 30)).replace(/\s+/g, ' ')
  for (const x of swept.dates) {
    r[x.cls]++
    r.total++
    if (x.cls === 'unexplained') unexplained.push({ id, cls: `unexplained/${x.where}`, raw: x.raw, context: ctx(x.index, x.end), date: x.date, docDate: swept.docDate })
  }
  for (const p of swept.past) {
    r.past++
    past.push({ id, cls: 'past', raw: p.raw, context: p.index !== undefined ? ctx(p.index, p.end!) : p.raw, date: p.date, docDate: swept.docDate })
  }
}

const root = fileURLToPath(new URL('../corpus/', import.meta.url))
for (const dir of ['seeds', 'policy']) {
  for (const f of readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    if (docs >= LIMIT) break
    sweep(`${dir}/${f}`, `corpus/${dir}`, readFileSync(join(root, dir, f), 'utf8'))
  }
}
if (values.bulk) {
  const bulk = fileURLToPath(new URL('../../shared/corpus/bulk', import.meta.url))
  for (const f of readdirSync(bulk)
    .filter((f) => f.endsWith('.jsonl.gz') && (!values.source || f.includes(values.source)))
    .sort()) {
    const rl = createInterface({ input: createReadStream(join(bulk, f)).pipe(createGunzip()), crlfDelay: Infinity })
    for await (const line of rl) {
      if (docs >= LIMIT) break
      if (!line.trim()) continue
      const j = JSON.parse(line) as { id: string; text: string }
      sweep(j.id, `bulk/${f.replace('.jsonl.gz', '')}`, j.text)
    }
  }
}

// deterministic sample: every k-th
const every = <T>(xs: T[], n: number) => (xs.length <= n ? xs : xs.filter((_, i) => i % Math.ceil(xs.length / n) === 0))
samples.push(...every(unexplained, SAMPLE), ...every(past, SAMPLE))
const total = row('total')
for (const [k, r] of Object.entries(counts)) if (k !== 'total') for (const c of Object.keys(r) as Array<keyof typeof r>) total[c] += r[c]
const cols = [...CLASSES, 'past', 'total'] as const
console.log(['source', ...cols, 'unexplained %'].join('\t'))
for (const [k, r] of Object.entries(counts)) console.log([k, ...cols.map((c) => r[c]), ((100 * r.unexplained) / Math.max(1, r.total)).toFixed(1)].join('\t'))
console.log(`${docs} documents`)
writeFileSync(values.out!, JSON.stringify({ counts, samples }, null, 1))
