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
import { parse } from '../src/index.js'
import { eventOf, scanTime } from '../src/extract/time/index.js'

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

const CLASSES = ['deadline', 'event', 'stage', 'history', 'metadata', 'title', 'event-untasked', 'heading', 'furniture', 'unexplained'] as const
type Class = (typeof CLASSES)[number]
type Span = { s: number; e: number; c: Class }

interface Pos {
  start: { offset: number }
  end: { offset: number }
}
const posOf = (o: unknown): Pos | undefined => {
  const p = (o as { position?: Pos } | null)?.position
  return p && typeof p.start?.offset === 'number' ? p : undefined
}

/** Every positioned object under `o`, with the class of the field it hangs from. */
function collect(o: unknown, c: Class | undefined, out: Span[]): void {
  if (!o || typeof o !== 'object') return
  if (Array.isArray(o)) {
    for (const x of o) collect(x, c, out)
    return
  }
  const p = posOf(o)
  if (p && c) out.push({ s: p.start.offset, e: p.end.offset, c })
  for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
    if (k === 'position') continue
    let kc = c
    if (k === 'deadlines' || k === 'milestones') kc = 'deadline'
    else if (k === 'events') kc = 'event'
    else if (k === 'stages') kc = 'stage'
    else if (k === 'history') kc = 'history'
    else if (k === 'meta' || k === 'signature') kc = 'metadata'
    else if (k === 'references') kc = 'title'
    else if (k === 'tasks' || k === 'clauses' || k === 'documents' || k === 'roles') kc = undefined
    if (k === 'documents') {
      collect(v, undefined, out)
      continue
    }
    collect(v, kc, out)
  }
}

function titleSpans(t: string): Span[] {
  const out: Span[] = []
  const stack: number[] = []
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '《') stack.push(i)
    else if (t[i] === '》' && stack.length) {
      const s = stack.pop()!
      if (!stack.length) out.push({ s, e: i + 1, c: 'title' })
    } else if (t[i] === '\n') stack.length = 0
  }
  return out
}

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
  const doc = parse(text) as unknown as Record<string, unknown>
  const spans: Span[] = []
  collect(doc, undefined, spans)
  const clauseSpans: Array<[number, number]> = []
  const walkClauses = (cs: unknown) => {
    for (const c of (cs as Array<{ position?: Pos; children?: unknown }>) ?? []) {
      const p = posOf(c)
      if (p) clauseSpans.push([p.start.offset, p.end.offset])
    }
  }
  const walkDocs = (d: Record<string, unknown>) => {
    walkClauses(d.clauses)
    for (const x of (d.documents as Array<Record<string, unknown>>) ?? []) walkDocs(x)
  }
  walkDocs(doc)
  spans.push(...titleSpans(text))
  const rank = (c: Class) => CLASSES.indexOf(c)
  const r = row(src)
  const { matches } = scanTime(text)
  const docDate = ((doc.meta as Record<string, string> | undefined)?.signedDate ?? (doc.meta as Record<string, string> | undefined)?.publishedDate) || undefined
  for (const m of matches) {
    const d = m.deadline
    if (!(d.date || d.start || d.end || d.kind === 'recurring')) continue
    let cls: Class = 'unexplained'
    for (const sp of spans) if (sp.s < m.end && m.index < sp.e && rank(sp.c) < rank(cls)) cls = sp.c
    if (cls === 'unexplained' && eventOf(text, m, docDate)) cls = 'event-untasked'
    if (cls === 'unexplained') {
      let a = m.index
      while (a > 0 && text[a - 1] !== '\n') a--
      let b = m.end
      while (b < text.length && text[b] !== '\n') b++
      const line = text.slice(a, b).trim()
      const after = text.slice(m.end, m.end + 12)
      if (/^\s*\d{1,2}[:：]\d{2}/.test(after) || /(?:^|\s)\d{1,3}\.\s*\S/.test(text.slice(Math.max(a, m.index - 40), m.index)) || /date[:：]\s*$/.test(text.slice(a, m.index))) cls = 'furniture'
      else if (line.length <= 50 && !/[。；;]$/.test(line) && !/[，,。]/.test(line)) cls = 'heading'
    }
    r[cls]++
    r.total++
    const context = text.slice(Math.max(0, m.index - 30), m.index) + '⟦' + text.slice(m.index, m.end) + '⟧' + text.slice(m.end, m.end + 30)
    const item: (typeof samples)[number] = { id, cls, raw: d.raw, context: context.replace(/\s+/g, ' '), date: d.date ?? d.start, docDate }
    if (cls === 'unexplained') {
      const inClause = clauseSpans.some(([s, e]) => s <= m.index && m.index < e)
      item.cls = inClause ? 'unexplained/clause' : 'unexplained/preamble'
      unexplained.push(item)
    }
  }
  // past deadlines: a due date before the document date (a precision proxy)
  const tasksOf = (x: Record<string, unknown>): Array<Record<string, unknown>> => [
    ...((x.tasks as Array<Record<string, unknown>>) ?? []),
    ...((x.documents as Array<Record<string, unknown>>) ?? []).flatMap(tasksOf),
  ]
  if (docDate) {
    for (const t of tasksOf(doc)) {
      for (const d of (t.deadlines as Array<{ kind: string; date?: string; raw: string; position?: Pos }>) ?? []) {
        if (d.kind !== 'due' || !d.date || d.date >= docDate) continue
        r.past++
        const p = d.position
        const context = p ? text.slice(Math.max(0, p.start.offset - 30), p.start.offset) + '⟦' + d.raw + '⟧' + text.slice(p.end.offset, p.end.offset + 30) : d.raw
        past.push({ id, cls: 'past', raw: d.raw, context: context.replace(/\s+/g, ' '), date: d.date, docDate })
      }
    }
  }
}

const root = fileURLToPath(new URL('../corpus/', import.meta.url))
for (const dir of ['seeds', 'policy']) {
  for (const f of readdirSync(join(root, dir)).filter((f) => f.endsWith('.txt')).sort()) {
    if (docs >= LIMIT) break
    sweep(`${dir}/${f}`, `corpus/${dir}`, readFileSync(join(root, dir, f), 'utf8'))
  }
}
if (values.bulk) {
  const bulk = fileURLToPath(new URL('../../shared/corpus/bulk', import.meta.url))
  for (const f of readdirSync(bulk).filter((f) => f.endsWith('.jsonl.gz') && (!values.source || f.includes(values.source))).sort()) {
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
