/**
 * Metadata audit by blind sampling (issue 11): are title, docType, 字号, signed/published dates and issuers
 * right on documents nobody annotated? The gold sets are few and tuned; this draws from the whole corpus.
 *
 *   node --import tsx scripts/audit-meta.ts draw [OUTDIR] [--round 2]   draw round 1's 60 (default
 *                                                     /work/audit/metaaudit) or round 2's 40 (…/metaaudit2)
 *   node --import tsx scripts/audit-meta.ts score [--round 2] [--verbose]  score the round's committed judgments
 *   node --import tsx scripts/audit-meta.ts score [--round 2] --check      …and exit 1 when the pooled F1 or a
 *                                                     field's F1 falls below test/gold/audit/recorded.json
 *                                                     `meta` (round 1) or `meta2` (round 2)
 *
 * Strata as in the deadline audit: corpus/seeds, corpus/policy and each bulk file. 60 documents, at least 8 a
 * stratum (all 5 seeds), the rest shared in proportion to the strata's sizes (largest remainder), each drawn
 * uniformly. For each the sample holds the first 40 and last 25 lines and every other line that prints a 字号 or
 * a date (〔, 号, 年…月…日, 印发, 发布) — what a reader needs to judge the six fields, and no parser output.
 *
 * Round 2 (seed 20261208, 40 documents, meta2.tsv, record key `meta2`) draws by the same rules from the documents
 * round 1 did not draw (its meta.tsv ids left out of each stratum); the seeds, all in round 1, give none. Its floor
 * is 5 a stratum: 40 documents cannot give 8 to each of the six strata left.
 *
 * The judgments (test/gold/audit/meta.tsv) hold the document id and the six values; the scorer builds a gold
 * part from each row and counts with `compareDocument` (src/eval/compare.ts), the matching `gongwen eval` uses.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compareDocument, type GoldPart, META_FIELDS, type MetaField, type Mismatch } from '../src/eval/index.js'
import { add, type Counts, score as prf, zero } from '../src/eval/metrics.js'
import { parse } from '../src/index.js'
import { AUDIT, type Doc, STRATA, stratumDocs } from './audit-deadlines.js'
import { mulberry32, shuffle } from './lib/random.js'

/** A draw: its seed, size, floor a stratum, judgment file, key in recorded.json and default sample directory. */
export interface Round {
  seed: number
  total: number
  floor: number
  tsv: string
  key: 'meta' | 'meta2'
  out: string
  /** Rounds whose drawn documents this one leaves out. */
  after: number[]
}

export const ROUNDS: Record<number, Round> = {
  1: { seed: 20261204, total: 60, floor: 8, tsv: 'meta.tsv', key: 'meta', out: '/work/audit/metaaudit', after: [] },
  2: { seed: 20261208, total: 40, floor: 5, tsv: 'meta2.tsv', key: 'meta2', out: '/work/audit/metaaudit2', after: [1] },
}
const HEAD = 40
const TAIL = 25
/** A line a reader looks at for the 字号 or a date outside the head and the tail. */
const CUE = /〔|号|年[^\n]{0,6}月[^\n]{0,4}日|印发|发布/

/**
 * Quotas: `floor` each (a smaller stratum gives all it has), the rest in proportion to the sizes of the strata
 * that have documents left, by largest remainder.
 */
export function quotas(sizes: number[], total: number, floor: number): number[] {
  const n = sizes.map((s) => Math.min(floor, s))
  const open = sizes.map((s, i) => s > n[i])
  const left = total - n.reduce((a, b) => a + b, 0)
  const sum = sizes.reduce((a, s, i) => a + (open[i] ? s : 0), 0)
  const want = sizes.map((s, i) => (open[i] ? (s / sum) * left : 0))
  const add = want.map(Math.floor)
  let rest = left - add.reduce((a, b) => a + b, 0)
  const order = want.map((w, i) => [w - Math.floor(w), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (const [, i] of order) if (rest-- > 0) add[i]++
  return n.map((x, i) => Math.min(sizes[i], x + add[i]))
}

const flat = (s: string) => s.replace(/\t/g, ' ').replace(/\r/g, '')

/** The lines shown to the reader: head, tail and cue lines, each with its 1-based number. */
export function excerpt(text: string): [number, string][] {
  const lines = text.split('\n')
  const out: [number, string][] = []
  lines.forEach((l, i) => {
    const show = i < HEAD || i >= lines.length - TAIL || CUE.test(l)
    if (show) out.push([i + 1, flat(l.length > 300 ? `${l.slice(0, 300)}…` : l)])
  })
  return out
}

async function draw(round: Round, outDir: string) {
  const rnd = mulberry32(round.seed)
  const drawn = new Set(round.after.flatMap((r) => readJudgments(join(AUDIT, ROUNDS[r].tsv)).map((j) => j.id)))
  const ids: string[][] = []
  for (const s of STRATA) {
    const xs: string[] = []
    for await (const d of stratumDocs(s)) if (!drawn.has(d.id)) xs.push(d.id)
    ids.push(xs)
  }
  const q = quotas(
    ids.map((x) => x.length),
    round.total,
    round.floor,
  )
  const picked = ids.map((xs, i) => shuffle(xs, rnd).slice(0, q[i]))
  const want = new Set(picked.flat())
  const docs = new Map<string, Doc>()
  for (const s of STRATA) for await (const d of stratumDocs(s, want)) docs.set(d.id, d)
  const rows: string[] = [['doc', 'stratum', 'id', 'line', 'text'].join('\t')]
  let k = 0
  for (const id of picked.flat()) {
    const d = docs.get(id)
    if (!d) throw new Error(`not found again: ${id}`)
    k++
    for (const [n, l] of excerpt(d.text)) rows.push([k, d.stratum, id, n, l].join('\t'))
  }
  mkdirSync(outDir, { recursive: true })
  writeFileSync(join(outDir, 'sample.tsv'), rows.join('\n') + '\n')
  const strata = STRATA.map((s, i) => ({ stratum: s, docs: ids[i].length, quota: q[i] }))
  writeFileSync(join(outDir, 'strata.json'), JSON.stringify({ seed: round.seed, strata, ids: picked.flat() }, null, 2) + '\n')
  console.table(strata)
}

// ---------------------------------------------------------------- scoring

export interface Judgment {
  id: string
  stratum: string
  meta: GoldPart['meta']
}

/**
 * meta.tsv: id, stratum and the six fields. `null` = the document prints none, `-` = not judged (left out of the
 * gold: the part of the text that would print it is lost), issuers joined by ` | ` (`[]` for none).
 */
export function readJudgments(file = join(AUDIT, 'meta.tsv')): Judgment[] {
  const [head, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n')
  const keys = head.split('\t')
  return rows
    .filter((r) => r.trim() && !r.startsWith('#'))
    .map((r) => {
      const v = Object.fromEntries(r.split('\t').map((x, i) => [keys[i], x.trim()]))
      const meta: GoldPart['meta'] = {}
      for (const f of META_FIELDS) {
        const x = v[f]
        if (x === undefined || x === '-') continue
        if (f === 'issuers') meta.issuers = x === '[]' || x === 'null' ? [] : x.split(' | ')
        else meta[f] = x === 'null' ? null : x
      }
      return { id: v.id, stratum: v.stratum, meta }
    })
}

export interface MetaScore {
  /** Counts per field, and per stratum and field. */
  fields: Record<MetaField, Counts>
  strata: Record<string, Record<MetaField, Counts>>
  pooled: Counts
  documents: number
  mismatches: (Mismatch & { id: string })[]
}

const emptyFields = () => Object.fromEntries(META_FIELDS.map((f) => [f, zero()])) as Record<MetaField, Counts>

/** Parses the judged documents and counts each meta field as `gongwen eval` does. */
export async function score(judgments = readJudgments()): Promise<MetaScore> {
  const byId = new Map(judgments.map((j) => [j.id, j]))
  const out: MetaScore = { fields: emptyFields(), strata: {}, pooled: zero(), documents: 0, mismatches: [] }
  for (const s of STRATA)
    for await (const d of stratumDocs(s, new Set(byId.keys()))) {
      const j = byId.get(d.id)
      if (!j) continue
      out.documents++
      const c = compareDocument({ meta: j.meta, tasks: [], stages: [] }, parse(d.text))
      const st = (out.strata[j.stratum] ??= emptyFields())
      for (const f of META_FIELDS) {
        out.fields[f] = add(out.fields[f], c.counts[f])
        st[f] = add(st[f], c.counts[f])
        out.pooled = add(out.pooled, c.counts[f])
      }
      for (const m of c.mismatches) if ((META_FIELDS as readonly string[]).includes(m.field) && m.document === '0') out.mismatches.push({ ...m, id: d.id })
    }
  return out
}

const f1 = (c: Counts) => prf(c).f1 ?? 1

/** The recorded figures a score falls below (pooled F1 and each field's F1), as messages; none when it holds. */
export function belowRecorded(s: MetaScore, key: Round['key'] = 'meta'): string[] {
  const rec = (JSON.parse(readFileSync(join(AUDIT, 'recorded.json'), 'utf8')) as Record<Round['key'], { pooled: Counts; fields: Record<MetaField, Counts> }>)[key]
  const out: string[] = []
  const check = (name: string, now: Counts, was: Counts) => {
    if (f1(now) < f1(was) - 1e-9) out.push(`${name} F1 ${f1(now).toFixed(3)} (${now.tp}/${now.fp}/${now.fn}) is below the recorded ${f1(was).toFixed(3)} (${was.tp}/${was.fp}/${was.fn})`)
  }
  check('pooled', s.pooled, rec.pooled)
  for (const f of META_FIELDS) check(f, s.fields[f], rec.fields[f])
  return out
}

const cell = (x: number | null) => (x === null ? '—' : x.toFixed(3))
function table(name: string, fields: Record<MetaField, Counts>): string[] {
  const pooled = META_FIELDS.reduce((a, f) => add(a, fields[f]), zero())
  const line = (label: string, c: Counts) => {
    const s = prf(c)
    return `${label.padEnd(12)} ${String(c.tp + c.fn).padStart(4)} ${String(c.tp + c.fp).padStart(6)} ${String(c.tp).padStart(7)}  ${cell(s.precision).padStart(9)} ${cell(s.recall).padStart(6)} ${cell(s.f1).padStart(6)}`
  }
  return [`${name}`, `${'field'.padEnd(12)} gold parsed matched  precision recall     F1`, ...META_FIELDS.map((f) => line(f, fields[f])), line('pooled', pooled)]
}

async function main() {
  const [cmd = 'score', arg] = process.argv.slice(2)
  const at = process.argv.indexOf('--round')
  const round = ROUNDS[at > 0 ? Number(process.argv[at + 1]) : 1]
  if (!round) throw new Error(`no such round: ${process.argv[at + 1]}`)
  if (cmd === 'draw') return draw(round, arg && !arg.startsWith('--') ? arg : round.out)
  const s = await score(readJudgments(join(AUDIT, round.tsv)))
  console.log(table(`All strata (${s.documents} documents)`, s.fields).join('\n'))
  for (const st of STRATA) if (s.strata[st]) console.log(`\n${table(st, s.strata[st]).join('\n')}`)
  if (process.argv.includes('--verbose')) {
    console.log('')
    for (const m of s.mismatches) console.log(m.kind, m.field.padEnd(13), m.id, m.item)
  }
  if (process.argv.includes('--check')) {
    const failures = belowRecorded(s, round.key)
    for (const f of failures) console.error(f)
    if (failures.length) process.exit(1)
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
