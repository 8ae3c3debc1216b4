import type { PolicyDocument } from '../schema/document.js'
import type { Task } from '../schema/task.js'
import type { Deadline } from '../schema/time.js'
import { canonicalText, canonicalUnit, pathKey } from './canonical.js'
import type { GoldMeta, GoldPart, GoldUnit } from './gold.js'
import { add, zero, type Counts } from './metrics.js'

/** The scored fields, in table order. */
export const META_FIELDS = ['title', 'docType', 'docNumber', 'signedDate', 'publishedDate', 'issuers'] as const
/**
 * Meta fields added later (版记 and amendment history): scored where a gold file annotates them,
 * and listed in a report only when some gold file does, so that older reports and baselines keep
 * their columns.
 */
export const OPTIONAL_FIELDS = ['printedDate', 'printedBy', 'copyTo', 'history'] as const
export const FIELDS = [...META_FIELDS, 'roles', 'deadlines', 'stages', ...OPTIONAL_FIELDS] as const
export type MetaField = (typeof META_FIELDS)[number]
export type OptionalField = (typeof OPTIONAL_FIELDS)[number]
export type Field = (typeof FIELDS)[number]

/** One item that did not match: what the gold had and the parser missed (fn), or the reverse (fp). */
export interface Mismatch {
  field: Field
  kind: 'fp' | 'fn'
  /** Which document: `0` the outer one, `0.1` its second nested document. */
  document: string
  item: string
}

export interface Comparison {
  counts: Record<Field, Counts>
  mismatches: Mismatch[]
}

export function emptyCounts(): Record<Field, Counts> {
  return Object.fromEntries(FIELDS.map((f) => [f, zero()])) as Record<Field, Counts>
}

/**
 * Compares a parsed document with its gold annotation, nested documents aligned by index.
 *
 * - meta fields: exact match after `canonicalText` (issuers as a set); a field the gold leaves out
 *   is not scored, `null`/`[]` in the gold means the parser should give none.
 * - roles: (task path, role, unit) triples; units equal when their canonical names are equal, or
 *   when the parsed unit's `canonical` equals the gold name or the gold `canonical`.
 * - deadlines: (task path, date) pairs from deadlines and milestones of kind `due`, and the part's own `documentTime`
 *   due dates under path [] where the gold part has a task of path [].
 * - a gold part that leaves `tasks` out scores neither roles nor deadlines.
 * - stages: (start, end) pairs; parsed stages with neither date, or with both dates inferred, carry
 *   no time of their own and are not counted.
 *
 * @example
 * compareDocument(goldFile, parse(text)).counts.roles // { tp: 120, fp: 3, fn: 8 }
 */
export function compareDocument(gold: GoldPart, parsed: PolicyDocument | null): Comparison {
  const counts = emptyCounts()
  const mismatches: Mismatch[] = []
  const visit = (g: GoldPart | null, p: PolicyDocument | null, id: string) => {
    const out = (field: Field, c: Counts, fps: string[], fns: string[]) => {
      counts[field] = add(counts[field], c)
      for (const item of fps) mismatches.push({ field, kind: 'fp', document: id, item })
      for (const item of fns) mismatches.push({ field, kind: 'fn', document: id, item })
    }
    if (g) for (const f of META_FIELDS) compareMetaField(f, g.meta, p, out)
    if (g) compareColophon(g.meta, p, out)
    // A gold part without tasks scores neither its roles nor its deadlines (the parser's are not wrong there).
    if (!g || g.tasks) {
      matchSets('roles', g ? goldTriples(g) : [], p ? parsedTriples(p.tasks) : [], out)
      // (the part's own due dates outside every clause only where the gold annotates that level, a task of path []: the
      // gold sets written before outside101 03 settled it leave such dates unannotated)
      const outside = g?.tasks?.some((t) => t.path.length === 0) && p ? documentDeadlines(p) : []
      matchSets('deadlines', g ? goldDeadlines(g) : [], p ? [...parsedDeadlines(p.tasks), ...outside] : [], out)
    }
    matchSets('stages', g ? goldStages(g) : [], p ? parsedStages(p) : [], out)
    const n = Math.max(g?.documents?.length ?? 0, p?.documents.length ?? 0)
    for (let i = 0; i < n; i++) visit(g?.documents?.[i] ?? null, p?.documents[i] ?? null, `${id}.${i}`)
  }
  visit(gold, parsed, '0')
  return { counts, mismatches }
}

type Out = (field: Field, c: Counts, fps: string[], fns: string[]) => void

function compareMetaField(field: MetaField, gold: GoldMeta, parsed: PolicyDocument | null, out: Out) {
  const g = gold[field]
  if (g === undefined) return
  const goldValue = metaValue(g)
  const parsedValue = parsed ? metaValue(parsedMeta(parsed, field)) : null
  if (goldValue === null && parsedValue === null) return
  if (goldValue !== null && goldValue === parsedValue) return out(field, { tp: 1, fp: 0, fn: 0 }, [], [])
  out(field, { tp: 0, fp: parsedValue === null ? 0 : 1, fn: goldValue === null ? 0 : 1 }, parsedValue === null ? [] : [parsedValue], goldValue === null ? [] : [goldValue])
}

/**
 * 版记 and history, each only where the gold has the key: printedDate and printedBy as one value
 * (like the other meta fields); copyTo as a set of units and history as a set of (date, action)
 * pairs, each item a match, a miss or an extra.
 */
function compareColophon(gold: GoldMeta, parsed: PolicyDocument | null, out: Out) {
  const m = parsed?.meta
  for (const f of ['printedDate', 'printedBy'] as const) {
    if (gold[f] === undefined) continue
    const g = metaValue(gold[f])
    const p = metaValue(m?.[f])
    if (g === null && p === null) continue
    if (g !== null && g === p) out(f, { tp: 1, fp: 0, fn: 0 }, [], [])
    else out(f, { tp: 0, fp: p === null ? 0 : 1, fn: g === null ? 0 : 1 }, p === null ? [] : [p], g === null ? [] : [g])
  }
  if (gold.copyTo !== undefined) {
    const item = (u: string): Item => ({ group: '', keys: [canonicalUnit(u)], label: canonicalText(u) })
    matchSets('copyTo', gold.copyTo.map(item), (m?.copyTo ?? []).map(item), out)
  }
  if (gold.history !== undefined) {
    const item = (h: { date: string | null; action: string }): Item => ({ group: '', keys: [`${h.date ?? '…'} ${h.action}`], label: `${h.date ?? '…'} ${h.action}` })
    matchSets('history', gold.history.map(item), (m?.history ?? []).map(item), out)
  }
}

/** The optional fields a gold part (or its nested parts) annotates. */
export function annotatedOptionalFields(gold: GoldPart): Set<OptionalField> {
  const out = new Set<OptionalField>()
  const visit = (g: GoldPart) => {
    for (const f of OPTIONAL_FIELDS) if (g.meta[f] !== undefined) out.add(f)
    for (const d of g.documents ?? []) visit(d)
  }
  visit(gold)
  return out
}

function parsedMeta(doc: PolicyDocument, field: MetaField): string | string[] | null | undefined {
  const m = doc.meta
  switch (field) {
    case 'docNumber':
      return m.docNumber?.normalized ?? null
    case 'issuers':
      return m.issuers
    default:
      return m[field]
  }
}

/** A comparable value: canonical text, issuers sorted and joined; null when absent or empty. */
function metaValue(v: string | string[] | null | undefined): string | null {
  if (v === null || v === undefined) return null
  if (Array.isArray(v)) return v.length ? [...new Set(v.map(canonicalText))].sort().join('、') : null
  const s = canonicalText(v)
  return s ? s : null
}

/** An item to match: `group` must be equal, then `keys` are tried (any shared key matches). */
interface Item {
  group: string
  keys: string[]
  label: string
}

/**
 * One-to-one matching inside each group: a parsed item matches the first unmatched gold item with
 * a shared key. Duplicates on the parsed side (the same unit twice in one role) count once.
 */
function matchSets(field: Field, gold: Item[], parsed: Item[], out: Out) {
  const seen = new Set<string>()
  const uniqueParsed = parsed.filter((p) => {
    const id = `${p.group}\u0000${p.keys[0]}`
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
  const free = new Map<string, Item[]>()
  for (const g of gold) free.set(g.group, [...(free.get(g.group) ?? []), g])
  const fps: string[] = []
  let tp = 0
  for (const p of uniqueParsed) {
    const pool = free.get(p.group) ?? []
    const i = pool.findIndex((g) => g.keys.some((k) => p.keys.includes(k)))
    if (i < 0) {
      fps.push(p.label)
      continue
    }
    pool.splice(i, 1)
    tp++
  }
  const fns = [...free.values()].flat().map((g) => g.label)
  out(field, { tp, fp: fps.length, fn: fns.length }, fps, fns)
}

/** The keys a unit matches by: its canonical name, and the canonical form of its `canonical` when it has one. */
export function unitKeys(u: GoldUnit | { name: string; canonical?: string }): string[] {
  const name = typeof u === 'string' ? u : u.name
  const canonical = typeof u === 'string' ? undefined : u.canonical
  return canonical ? [canonicalUnit(name), canonicalUnit(canonical)] : [canonicalUnit(name)]
}

function goldTriples(g: GoldPart): Item[] {
  return (g.tasks ?? []).flatMap((t) =>
    t.roles.flatMap((r) =>
      r.units.map((u) => {
        const keys = unitKeys(u)
        return { group: `${pathKey(t.path)}|${r.role}`, keys, label: `${pathKey(t.path)} ${r.role} ${keys[0]}` }
      }),
    ),
  )
}

function parsedTriples(tasks: Task[]): Item[] {
  return tasks.flatMap((t) =>
    t.roles.flatMap((r) =>
      r.units.map((u) => {
        const keys = unitKeys(u)
        return { group: `${pathKey(t.path)}|${r.role}`, keys, label: `${pathKey(t.path)} ${r.role} ${canonicalText(u.name)}` }
      }),
    ),
  )
}

function goldDeadlines(g: GoldPart): Item[] {
  return (g.tasks ?? []).flatMap((t) => [...new Set(t.deadlines)].map((d) => dateItem(pathKey(t.path), d)))
}

/** The last day that meets a deadline, for kind `due` only. */
function dueDate(d: Deadline | null | undefined): string | null {
  if (d?.kind !== 'due') return null
  return d.date ?? d.end ?? null
}

function parsedDeadlines(tasks: Task[]): Item[] {
  return tasks.flatMap((t) => {
    const dates = [...t.deadlines.map(dueDate), ...(t.milestones ?? []).map((m) => dueDate(m.deadline))]
    return [...new Set(dates.filter((d): d is string => d !== null))].map((d) => dateItem(pathKey(t.path), d))
  })
}

/**
 * The due dates a part gives itself outside any clause (`documentTime`: a plan's goal paragraph with no marker, `到2027年，…`;
 * a notice's own `于…前上报`), scored as the gold's task of path [] — the gold README's convention since outside101 03.
 */
function documentDeadlines(doc: PolicyDocument): Item[] {
  const dates = (doc.documentTime?.deadlines ?? []).map(dueDate).filter((d): d is string => d !== null)
  return [...new Set(dates)].map((d) => dateItem(pathKey([]), d))
}

function dateItem(path: string, date: string): Item {
  return { group: path, keys: [date], label: `${path} ${date}` }
}

function goldStages(g: GoldPart): Item[] {
  return g.stages.map((s) => stageItem(s.name, s.start, s.end))
}

function parsedStages(doc: PolicyDocument): Item[] {
  // a stage whose both bounds are inferred (the span of `共分四个阶段` given to its first and last
  // stage, neighbours' bounds) prints no time of its own, like a stage with neither date
  const own = (s: PolicyDocument['stages'][number]) => (s.start || s.end) && !(s.inferred?.start && s.inferred?.end)
  return doc.stages.filter(own).map((s) => stageItem(s.name, s.start, s.end))
}

function stageItem(name: string, start: string | null, end: string | null): Item {
  const key = `${start ?? '…'}–${end ?? '…'}`
  return { group: '', keys: [key], label: `${name} ${key}` }
}
