/**
 * The classes of scripts/time-sweep.ts: every date the time grammar finds in a document's input,
 * put in the first class whose output span holds it (see the script's header), and the deadlines
 * due before their document's date. Used by the script and by test/extract/time/sweep.test.ts.
 */
import { parse } from '../src/index.js'
import { eventOf, scanTime } from '../src/extract/time/index.js'

export const CLASSES = ['deadline', 'event', 'stage', 'history', 'metadata', 'title', 'event-untasked', 'heading', 'furniture', 'year-unknown', 'unexplained'] as const
export type Class = (typeof CLASSES)[number]
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
    } else if (t[i] === '\n' && stack.length && i - stack[stack.length - 1] > 120) stack.length = 0 // a title wrapped by a PDF line break stays open
  }
  return out
}

export interface SweptDate {
  cls: Class
  /** For unexplained dates: inside a clause, or in the preamble. */
  where?: 'clause' | 'preamble'
  index: number
  end: number
  raw: string
  date?: string | null
}

export interface Swept {
  docDate?: string
  dates: SweptDate[]
  /** Deadlines due before the document's date. */
  past: Array<{ raw: string; date: string; index?: number; end?: number }>
}

/** Sweep one document's input. */
export function sweepDocument(text: string): Swept {
  const doc = parse(text) as unknown as Record<string, unknown>
  const spans: Span[] = []
  collect(doc, undefined, spans)
  const clauseSpans: Array<[number, number]> = []
  const walkDocs = (d: Record<string, unknown>) => {
    for (const c of (d.clauses as Array<{ position?: Pos }>) ?? []) {
      const p = posOf(c)
      if (p) clauseSpans.push([p.start.offset, p.end.offset])
    }
    for (const x of (d.documents as Array<Record<string, unknown>>) ?? []) walkDocs(x)
  }
  walkDocs(doc)
  spans.push(...titleSpans(text))
  const rank = (c: Class) => CLASSES.indexOf(c)
  const meta = doc.meta as Record<string, string> | undefined
  const docDate = (meta?.signedDate ?? meta?.publishedDate) || undefined
  const out: Swept = { docDate, dates: [], past: [] }
  // yearless dates the parser could not date (a law or a page with no date of its own): it reports
  // each with a time-year-unknown diagnostic and keeps no deadline
  const undated = ((doc.diagnostics as Array<{ code: string; position?: Pos }>) ?? [])
    .filter((x) => x.code === 'time-year-unknown' && x.position)
    .map((x) => [x.position!.start.offset, x.position!.end.offset] as const)
  for (const m of scanTime(text).matches) {
    const d = m.deadline
    if (!(d.date || d.start || d.end || d.kind === 'recurring')) continue
    let cls: Class = 'unexplained'
    for (const sp of spans) if (sp.s < m.end && m.index < sp.e && rank(sp.c) < rank(cls)) cls = sp.c
    if (cls === 'unexplained' && eventOf(text, m, docDate)) cls = 'event-untasked'
    // …and 当年 / 同年 whose year this whole-text scan borrowed from another clause
    if (cls === 'unexplained' && (undated.some(([s, e]) => s < m.end && m.index < e) || (/[当當同]年/.test(d.raw) && d.inferred?.year === 'item'))) cls = 'year-unknown'
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
    const item: SweptDate = { cls, index: m.index, end: m.end, raw: d.raw, date: d.date ?? d.start }
    if (cls === 'unexplained') item.where = clauseSpans.some(([s, e]) => s <= m.index && m.index < e) ? 'clause' : 'preamble'
    out.dates.push(item)
  }
  const tasksOf = (x: Record<string, unknown>): Array<Record<string, unknown>> => [
    ...((x.tasks as Array<Record<string, unknown>>) ?? []),
    ...((x.documents as Array<Record<string, unknown>>) ?? []).flatMap(tasksOf),
  ]
  if (docDate) {
    for (const t of tasksOf(doc)) {
      for (const d of (t.deadlines as Array<{ kind: string; date?: string; raw: string; position?: Pos }>) ?? []) {
        if (d.kind !== 'due' || !d.date || d.date >= docDate) continue
        out.past.push({ raw: d.raw, date: d.date, index: d.position?.start.offset, end: d.position?.end.offset })
      }
    }
  }
  return out
}
