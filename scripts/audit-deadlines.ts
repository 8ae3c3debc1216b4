/**
 * Deadline audit by blind sampling (issue 11): is the parser's *decision* on a date right, on the corpus
 * nobody annotated? The sweeps only ask whether some class explains a date; this asks a reader.
 *
 *   node --import tsx scripts/audit-deadlines.ts draw [OUTDIR]   draw samples A and B (default /work/audit/dlaudit)
 *   node --import tsx scripts/audit-deadlines.ts score           score the committed judgments against the parser
 *   node --import tsx scripts/audit-deadlines.ts --check         score, and exit 1 when B precision or A recall
 *                                                                falls below the figures in test/gold/audit/recorded.json
 *   … --round 2                                                  the same for round 2 (ROUNDS below)
 *
 * Rounds: once a sample has been tuned on it no longer estimates unseen documents, so a later round draws
 * afresh with its own seed and sizes, leaving out every row (doc id + offset) of the earlier rounds' samples,
 * and keeps its own judgment files and recorded figures.
 *
 * Strata: corpus/seeds, corpus/policy, and each bulk file (govcn_platform1, politic_analysis_2025,
 * political_reports, lawrefbook, mojlaw_tw). Only documents with at least one neutral match take part.
 *
 * (A) date expressions found by NEUTRAL (below) — written from the texts, not the parser's time grammar —
 *     printed with ±100 characters and their line and no parser output. The 150 rows are shared equally
 *     between the seven strata (largest remainder), which weights the small, deadline-rich strata (seeds,
 *     policy, the reports) far above their share of the corpus's 115,000 matches; within a stratum two thirds
 *     of the quota come from the *due-shaped* matches (ending in 前/以前/之前/底/末 — where deadlines occur;
 *     counted durations such as 30日内 are not due-shaped) and one third from the others, each drawn uniformly.
 *     strata.json gives each sub-stratum's size, so an estimate can weight a row by size / rows drawn.
 * (B) the parser's dated deadlines (kind `due` with a date, in tasks' deadlines and milestones — what the scorer
 *     counts), with the same context, the ISO date and the task path. Per stratum, documents are shuffled and
 *     parsed in that order up to a character budget (all of the small strata; 4 M characters of lawrefbook and
 *     mojlaw_tw), and the quota is drawn uniformly from the deadlines of the parsed documents: every deadline of
 *     the stratum has the same chance. Quotas are proportional to the stratum's estimated number of parser
 *     deadlines (the pool scaled by all characters / parsed characters), at least 8: close to self-weighting.
 *
 * The texts stay outside the repository; the judgments (test/gold/audit/deadlines-A.tsv, deadlines-B.tsv)
 * hold only document ids, offsets, the expression and the reader's decision. Scoring joins them by id + offset.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { createGunzip } from 'node:zlib'
import { parse } from '../src/index.js'
import type { Deadline, PolicyDocument, Task } from '../src/schema/index.js'
import { excerptAround, flat, formatRate, ratesBelowRecord, readTsv } from './lib/audit.js'
import { allocate, drawScaled, mulberry32, shuffle } from './lib/random.js'

export interface Round {
  round: number
  seed: number
  /** rows of sample A (shared equally between the strata) and of sample B */
  sizeA: number
  sizeB: number
  /** judgment files in test/gold/audit */
  fileA: string
  fileB: string
  /** where the figures sit in recorded.json: the file's top level, or this key */
  recordKey?: string
  outDir: string
  /**
   * Optional weight of each stratum (by name; 1 when absent) in sample A's equal shares and in sample B's
   * self-weighting quotas — a round weighted toward some kind of document. `floorB` is B's least quota per
   * stratum (8 when absent), lower when weights are to matter at B's size.
   */
  weights?: Record<string, number>
  floorB?: number
}

export const ROUNDS: Record<number, Round> = {
  1: { round: 1, seed: 20261202, sizeA: 150, sizeB: 100, fileA: 'deadlines-A.tsv', fileB: 'deadlines-B.tsv', outDir: '/work/audit/dlaudit' },
  2: {
    round: 2,
    seed: 20261205,
    sizeA: 100,
    sizeB: 100,
    fileA: 'deadlines2-A.tsv',
    fileB: 'deadlines2-B.tsv',
    recordKey: 'round2',
    outDir: '/work/audit/dlaudit2',
  },
  3: {
    round: 3,
    seed: 20261210,
    sizeA: 100,
    sizeB: 100,
    fileA: 'deadlines3-A.tsv',
    fileB: 'deadlines3-B.tsv',
    recordKey: 'round3',
    outDir: '/work/audit/dlaudit3',
  },
  4: {
    round: 4,
    seed: 20261214,
    sizeA: 150,
    sizeB: 100,
    fileA: 'deadlines4-A.tsv',
    fileB: 'deadlines4-B.tsv',
    recordKey: 'round4',
    outDir: '/work/audit/dlaudit4',
  },
  5: {
    round: 5,
    seed: 20261217,
    sizeA: 150,
    sizeB: 100,
    fileA: 'deadlines5-A.tsv',
    fileB: 'deadlines5-B.tsv',
    recordKey: 'round5',
    outDir: '/work/audit/dlaudit5',
  },
  6: {
    round: 6,
    seed: 20261219,
    sizeA: 150,
    sizeB: 100,
    fileA: 'deadlines6-A.tsv',
    fileB: 'deadlines6-B.tsv',
    recordKey: 'round6',
    outDir: '/work/audit/dlaudit6',
  },
  // (twenty-fourth session, the lead: a smaller round — the helper briefed for it never started)
  7: {
    round: 7,
    seed: 20261224,
    sizeA: 60,
    sizeB: 40,
    fileA: 'deadlines7-A.tsv',
    fileB: 'deadlines7-B.tsv',
    recordKey: 'round7',
    outDir: '/work/audit/dlaudit7',
  },
  // (twenty-fifth session, the lead again: the helper briefed for it made no change in 15 minutes)
  8: {
    round: 8,
    seed: 20261227,
    sizeA: 40,
    sizeB: 40,
    fileA: 'deadlines8-A.tsv',
    fileB: 'deadlines8-B.tsv',
    recordKey: 'round8',
    outDir: '/work/audit/dlaudit8',
  },
  // (thirtieth session, helper dl9: weighted toward policy documents — the seeds are drawn out since round 8,
  // the Taiwan statutes count for half — a first draw with weight 1 gave them 14 of B's 40 rows, its quota table
  // seen and no row read; B's floor lowered so that the weights act at 40 rows)
  9: {
    round: 9,
    seed: 20261331,
    sizeA: 40,
    sizeB: 40,
    fileA: 'deadlines9-A.tsv',
    fileB: 'deadlines9-B.tsv',
    recordKey: 'round9',
    outDir: '/work/audit/dl9/draw',
    weights: { seeds: 0, policy: 3, govcn_platform1: 2, politic_analysis_2025: 2, political_reports: 1, lawrefbook: 1, mojlaw_tw: 0.5 },
    floorB: 4,
  },
}
export const SEED = ROUNDS[1].seed
const repo = fileURLToPath(new URL('../', import.meta.url))
const BULK = process.env.GONGWEN_BULK ?? join(repo, '../shared/corpus/bulk')
export const AUDIT = join(repo, 'test/gold/audit')

const D = '[0-9０-９]'
const C = '[〇○零一二三四五六七八九十百]'
const YEAR = `(?:${D}{4}|${C}{2,4})年`
const YEARS = `(?:${D}{4}[—–\\-－~～至到、])?${YEAR}`
const MONTH = `(?:${D}{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?`
const DAY = `(?:${D}{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]`
const QUARTER = `第?[一二三四1-4１-４]季度`
const TAIL = '(?:[上中下]旬)?(?:底|末|初)?(?:前|以前|之前|内|以内|期间|止|为止)?'
/**
 * The neutral pattern: what a reader sees as a point or span of calendar time — a year (digits, Chinese
 * numerals, an ROC year), a year range, a month, a day, a quarter, 上/下半年, 年底/年内, 今年/明年/当年…,
 * a five-year plan (十四五期间), a day-of-month with 前, and counted durations (30日内, 三个月内, 二年内).
 */
export const NEUTRAL = new RegExp(
  [
    `${YEARS}(?:上半年|下半年|年?底|年末|年初|年内|${QUARTER}|${MONTH}(?:${DAY})?)?${TAIL}`,
    `(?:今年|明年|本年度?|当年|同年|该年|次年|上年|全年)(?:上半年|下半年|年?底|年末|内|${QUARTER}|${MONTH}(?:${DAY})?)?${TAIL}`,
    `(?:年底|年末|年内|年初)(?:前|以前|之前)?`,
    `${QUARTER}${TAIL}`,
    `${MONTH}(?:${DAY})?${TAIL}`,
    `[“"「]?(?:[六七八九]|十[一二三四五]?)五[”"」]?(?:期间|时期|末|规划期)`,
    `${DAY}(?:前|以前|之前)`,
    `(?:${D}+|${C}+)个?(?:工作日|日|天|月|年)(?:内|以内)`,
  ].join('|'),
  'g',
)
const DUE_SHAPED = /(?:前|底|末)$/

export interface Doc {
  id: string
  stratum: string
  text: string
}

/** Every document of a stratum, in corpus order. */
export async function* stratumDocs(stratum: string, only?: Set<string>): AsyncGenerator<Doc> {
  if (stratum === 'seeds' || stratum === 'policy') {
    const dir = join(repo, 'corpus', stratum)
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.txt'))
      .sort()) {
      const id = `corpus/${stratum}/${f}`
      if (only && !only.has(id)) continue
      yield { id, stratum, text: readFileSync(join(dir, f), 'utf8') }
    }
    return
  }
  const rl = createInterface({ input: createReadStream(join(BULK, `${stratum}.jsonl.gz`)).pipe(createGunzip()), crlfDelay: Infinity })
  for await (const line of rl) {
    if (!line.trim()) continue
    const d = JSON.parse(line) as { id: string; text: string }
    const id = `bulk/${d.id}`
    if (only && !only.has(id)) continue
    yield { id, stratum, text: d.text }
  }
}

export const STRATA = ['seeds', 'policy', 'govcn_platform1', 'politic_analysis_2025', 'political_reports', 'lawrefbook', 'mojlaw_tw']

interface Match {
  id: string
  stratum: string
  offset: number
  expr: string
}

function matches(doc: Doc): Match[] {
  const out: Match[] = []
  for (const m of doc.text.matchAll(NEUTRAL)) if (m[0].length >= 2) out.push({ id: doc.id, stratum: doc.stratum, offset: m.index ?? 0, expr: m[0] })
  return out
}

/** A dated deadline as the scorer counts it, with its task path (`d1/` before a nested document's paths). */
export interface Dated {
  offset: number
  end: number
  raw: string
  date: string
  path: string
}

function dueDate(d: Deadline | null | undefined): string | null {
  if (d?.kind !== 'due') return null
  return d.date ?? d.end ?? null
}

export function datedDeadlines(doc: PolicyDocument): Dated[] {
  const out: Dated[] = []
  const walk = (tasks: Task[], prefix: string) => {
    for (const t of tasks) {
      const all = [...t.deadlines, ...(t.milestones ?? []).map((m) => m.deadline)]
      for (const d of all) {
        const date = dueDate(d)
        if (d && date) out.push({ offset: d.position.start.offset, end: d.position.end.offset, raw: d.raw, date, path: prefix + t.path.join('/') })
      }
    }
  }
  walk(doc.tasks, '')
  doc.documents.forEach((sub, i) => walk(sub.tasks, `d${i + 1}/`))
  return out
}

/** `id@offset` of every row judged in the rounds before `r`: a later round draws none of them again. */
function earlierRows(r: Round): Set<string> {
  const out = new Set<string>()
  for (const e of Object.values(ROUNDS)) if (e.round < r.round) for (const f of [e.fileA, e.fileB]) for (const row of readTsv(join(AUDIT, f))) out.add(`${row.id}@${row.offset}`)
  return out
}

async function draw(r: Round, outDir: string) {
  const rnd = mulberry32(r.seed)
  const seen = earlierRows(r)
  const fresh = (x: { id: string; offset: number }) => !seen.has(`${x.id}@${x.offset}`)
  const texts = new Map<string, string>()
  const perStratum: { stratum: string; docs: string[]; matches: Match[]; due: number; chars: Map<string, number> }[] = []
  for (const stratum of STRATA) {
    const ms: Match[] = []
    const docs: string[] = []
    const chars = new Map<string, number>()
    for await (const doc of stratumDocs(stratum)) {
      const m = matches(doc)
      if (m.length === 0) continue
      docs.push(doc.id)
      chars.set(doc.id, doc.text.length)
      ms.push(...m.filter(fresh))
    }
    perStratum.push({ stratum, docs, matches: ms, due: ms.filter((m) => DUE_SHAPED.test(m.expr)).length, chars })
  }
  const weight = (stratum: string) => r.weights?.[stratum] ?? 1
  const qa = allocate(
    perStratum.map((s) => weight(s.stratum)),
    perStratum.map((s) => s.matches.length),
    r.sizeA,
    0,
  )
  const rowsA: Match[] = []
  perStratum.forEach((s, i) => {
    const due = s.matches.filter((m) => DUE_SHAPED.test(m.expr))
    const rest = s.matches.filter((m) => !DUE_SHAPED.test(m.expr))
    const nDue = Math.min(due.length, Math.round((qa[i] * 2) / 3))
    rowsA.push(...shuffle(due, rnd).slice(0, nDue), ...shuffle(rest, rnd).slice(0, qa[i] - nDue))
  })
  const pools: (Dated & { id: string; stratum: string })[][] = []
  const parsed: Record<string, { docs: number; chars: number; deadlines: number }> = {}
  for (const s of perStratum) {
    const budget = s.docs.length > 1000 ? 4_000_000 : Infinity
    const order = shuffle(s.docs, rnd)
    const pick = new Set<string>()
    let chars = 0
    for (const id of order) {
      if (chars >= budget) break
      chars += s.chars.get(id) ?? 0
      pick.add(id)
    }
    const pool: (Dated & { id: string; stratum: string })[] = []
    for await (const doc of stratumDocs(s.stratum, pick)) {
      texts.set(doc.id, doc.text)
      for (const d of datedDeadlines(parse(doc.text))) if (fresh({ id: doc.id, offset: d.offset })) pool.push({ ...d, id: doc.id, stratum: s.stratum })
    }
    parsed[s.stratum] = { docs: pick.size, chars, deadlines: pool.length }
    pools.push(pool)
  }
  const allChars = perStratum.map((s) => [...s.chars.values()].reduce((a, b) => a + b, 0))
  // a stratum's weight scales its characters, hence its estimated number of deadlines, hence its quota
  const { rows: rowsB, quotas: qb } = drawScaled(
    pools,
    allChars.map((c, i) => c * weight(perStratum[i].stratum)),
    perStratum.map((s) => parsed[s.stratum].chars),
    r.sizeB,
    r.floorB ?? 8,
    rnd,
  )
  const needA = new Set(rowsA.map((r) => r.id).filter((id) => !texts.has(id)))
  for (const s of STRATA) for await (const doc of stratumDocs(s, needA)) texts.set(doc.id, doc.text)
  mkdirSync(outDir, { recursive: true })
  const headA = ['row', 'stratum', 'id', 'offset', 'expr', 'before', 'after', 'line']
  writeFileSync(
    join(outDir, 'sampleA.tsv'),
    [
      headA,
      ...rowsA.map((r, k) => {
        const c = excerptAround(texts.get(r.id) ?? '', r.offset, r.expr.length, 100)
        return [k + 1, r.stratum, r.id, r.offset, r.expr, c.before, c.after, c.line]
      }),
    ]
      .map((x) => x.join('\t'))
      .join('\n') + '\n',
  )
  const headB = ['row', 'stratum', 'id', 'offset', 'raw', 'date', 'path', 'before', 'after', 'line']
  writeFileSync(
    join(outDir, 'sampleB.tsv'),
    [
      headB,
      ...rowsB.map((r, k) => {
        const c = excerptAround(texts.get(r.id) ?? '', r.offset, r.end - r.offset, 100)
        return [k + 1, r.stratum, r.id, r.offset, flat(r.raw), r.date, r.path, c.before, c.after, c.line]
      }),
    ]
      .map((x) => x.join('\t'))
      .join('\n') + '\n',
  )
  const strata = perStratum.map((s, i) => ({ stratum: s.stratum, docs: s.docs.length, matches: s.matches.length, dueShaped: s.due, quotaA: qa[i], quotaB: qb[i], parsedForB: parsed[s.stratum] }))
  writeFileSync(join(outDir, 'strata.json'), JSON.stringify({ round: r.round, seed: r.seed, excluded: seen.size, strata }, null, 2) + '\n')
  console.table(strata.map((s) => ({ ...s, parsedForB: `${s.parsedForB.docs} docs, ${s.parsedForB.deadlines} deadlines` })))
}

// ---------------------------------------------------------------- scoring

export interface Score {
  recallA: { k: number; n: number }
  precisionA: { k: number; n: number }
  precisionB: { k: number; n: number }
  missesA: { id: string; offset: number; expr: string; gold: string; parser: string }[]
  falseA: { id: string; offset: number; expr: string; judgment: string; gold: string; parser: string }[]
  wrongB: { id: string; offset: number; raw: string; judgment: string; gold: string; parser: string }[]
}

/** Scores the committed judgments against the parser, parsing only the sampled documents. */
export async function score(r: Round = ROUNDS[1]): Promise<Score> {
  const A = readTsv(join(AUDIT, r.fileA))
  const B = readTsv(join(AUDIT, r.fileB))
  const ids = new Set([...A, ...B].map((r) => r.id))
  const dated = new Map<string, Dated[]>()
  for (const s of STRATA)
    if (s === 'seeds' || s === 'policy' || existsSync(join(BULK, `${s}.jsonl.gz`))) for await (const doc of stratumDocs(s, ids)) dated.set(doc.id, datedDeadlines(parse(doc.text)))
  const out: Score = { recallA: { k: 0, n: 0 }, precisionA: { k: 0, n: 0 }, precisionB: { k: 0, n: 0 }, missesA: [], falseA: [], wrongB: [] }
  for (const r of A) {
    const off = Number(r.offset)
    const end = off + r.expr.length
    const hits = (dated.get(r.id) ?? []).filter((d) => d.offset < end && d.end > off)
    const dates = [...new Set(hits.map((h) => h.date))]
    const ok = r.judgment === 'deadline' && dates.includes(r.iso)
    if (r.judgment === 'deadline') {
      out.recallA.n++
      if (ok) out.recallA.k++
      else out.missesA.push({ id: r.id, offset: off, expr: r.expr, gold: r.iso, parser: dates.join(' ') || '-' })
    }
    if (dates.length > 0) {
      out.precisionA.n++
      if (ok) out.precisionA.k++
      else out.falseA.push({ id: r.id, offset: off, expr: r.expr, judgment: r.judgment, gold: r.iso, parser: dates.join(' ') })
    }
  }
  for (const r of B) {
    const off = Number(r.offset)
    const hit = (dated.get(r.id) ?? []).filter((d) => d.offset === off)
    if (hit.length === 0) continue // no longer emitted: out of B's denominator
    out.precisionB.n++
    const ok = r.judgment !== 'not-due' && hit.some((h) => h.date === r.iso && h.path === r.path)
    if (ok) out.precisionB.k++
    else out.wrongB.push({ id: r.id, offset: off, raw: r.raw, judgment: r.judgment, gold: `${r.iso} ${r.path}`, parser: hit.map((h) => `${h.date} ${h.path}`).join('; ') })
  }
  return out
}

/** The recorded figures (test/gold/audit/recorded.json) a score falls below, as messages; none when it holds. */
export function belowRecorded(s: Score, r: Round = ROUNDS[1]): string[] {
  return ratesBelowRecord(s, join(AUDIT, 'recorded.json'), r.recordKey)
}

async function main() {
  const args = process.argv.slice(2)
  const at = args.indexOf('--round')
  const r = ROUNDS[at >= 0 ? Number(args[at + 1]) : 1]
  if (!r) throw new Error(`no such round: ${args[at + 1]}`)
  const [cmd = 'score', arg] = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args
  if (cmd === 'draw') return draw(r, arg ?? r.outDir)
  const s = await score(r)
  console.log(`A recall    ${formatRate(s.recallA)}`)
  console.log(`A precision ${formatRate(s.precisionA)}`)
  console.log(`B precision ${formatRate(s.precisionB)}`)
  if (process.argv.includes('--verbose')) {
    for (const m of s.missesA) console.log('miss', m.id, m.offset, m.expr, 'gold', m.gold, 'parser', m.parser)
    for (const m of s.falseA) console.log('A-fp', m.id, m.offset, m.expr, m.judgment, 'gold', m.gold, 'parser', m.parser)
    for (const m of s.wrongB) console.log('B-wrong', m.id, m.offset, m.raw, m.judgment, 'gold', m.gold, 'parser', m.parser)
  }
  if (cmd === '--check') {
    const failures = belowRecorded(s, r)
    for (const f of failures) console.error(f)
    if (failures.length) process.exit(1)
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
