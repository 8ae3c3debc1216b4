/**
 * Role audit by blind sampling (issue 11): are the parser's assignments right on the corpus nobody annotated?
 * The same method as the deadline audit (scripts/audit-deadlines.ts, test/gold/audit/README.md), for roles.
 *
 *   node --import tsx scripts/audit-roles.ts draw [OUTDIR]   draw samples A and B (default: the round's OUTDIR)
 *   node --import tsx scripts/audit-roles.ts score [--verbose]
 *   node --import tsx scripts/audit-roles.ts --check         score, and exit 1 when A recall or B precision falls
 *                                                            below test/gold/audit/roles-recorded.json
 *   … --round 2 / --round 3                                  a later draw (ROUNDS below); round 1 is the default
 *
 * Strata as the deadline audit: corpus/seeds, corpus/policy and each bulk file; only documents with a neutral cue.
 *
 * (A) 120 role cues found by NEUTRAL (below) — the words a reader sees handing work to someone, simplified and
 *     traditional, written from the texts and not from grammars/roles — with ±120 characters and the line and no
 *     parser output. Shared equally between the seven strata (largest remainder), so that the small,
 *     role-rich strata (seeds, policy, govcn) weigh far above their share of the corpus's cues; drawn uniformly
 *     within a stratum. strata.json gives each stratum's size, so an estimate can weight a row.
 * (B) 100 parser triples (task path, role, unit), one per unit of each role of each task (nested documents'
 *     paths prefixed d1/, d2/ …). Per stratum, documents are shuffled and parsed up to a character budget (all
 *     of the small strata; 2 M characters of lawrefbook and mojlaw_tw) and the quota drawn uniformly from the
 *     triples found. Quotas proportional to the stratum's estimated number of triples (pool scaled by all
 *     characters / parsed characters), at least 8 each.
 *
 * The texts stay outside the repository; test/gold/audit/roles-A.tsv and roles-B.tsv hold ids, offsets, the cue
 * or unit and the reader's judgment. Scoring joins them by id + offset.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { canonicalUnit, pathKey } from '../src/eval/canonical.js'
import { unitKeys } from '../src/eval/compare.js'
import { parse } from '../src/index.js'
import type { PolicyDocument, Task } from '../src/schema/index.js'
import { AUDIT, type Doc, STRATA, stratumDocs } from './audit-deadlines.js'
import { excerptAround, flat, formatRate, ratesBelowRecord, readTsv } from './lib/audit.js'
import { allocate, drawScaled, mulberry32, shuffle } from './lib/random.js'

/**
 * The draws. Round 1 (seventeenth session) was tuned on; round 2 is a fresh draw by the same method for an honest
 * first score of a later parser: its own seed, judgment files and record key, and none of round 1's rows (A: a cue
 * at the same id + offset; B: a unit at the same id + offset), so no judged row is scored twice.
 */
export interface Round {
  seed: number
  sizeA: number
  sizeB: number
  fileA: string
  fileB: string
  /** the key of its figures in roles-recorded.json; round 1's sit at the top level */
  key?: string
  outDir: string
  /** earlier rounds whose rows the draw leaves out */
  exclude: number[]
}

export const ROUNDS: Record<number, Round> = {
  1: { seed: 20261203, sizeA: 120, sizeB: 100, fileA: 'roles-A.tsv', fileB: 'roles-B.tsv', outDir: '/work/audit/roleaudit', exclude: [] },
  2: { seed: 20261206, sizeA: 100, sizeB: 100, fileA: 'roles2-A.tsv', fileB: 'roles2-B.tsv', key: 'round2', outDir: '/work/audit/roleaudit2', exclude: [1] },
  3: { seed: 20261212, sizeA: 100, sizeB: 100, fileA: 'roles3-A.tsv', fileB: 'roles3-B.tsv', key: 'round3', outDir: '/work/audit/roleaudit3', exclude: [1, 2] },
}
export const SEED = ROUNDS[1].seed
const repo = fileURLToPath(new URL('../', import.meta.url))
const BULK = process.env.GONGWEN_BULK ?? join(repo, '../shared/corpus/bulk')

/**
 * The neutral pattern: verbs and labels by which a text hands work to a unit, in simplified and traditional
 * characters — 牵头, 负责, 配合, 参与/参加, 协助/协同/协办, 会同, 主办/承办, 责任单位/部门/主体, a `单位：`/`部门：`
 * label, 按职责分工. It also finds 负责人, 负责解释, applicant categories and rosters: the reader sorts them out.
 */
export const NEUTRAL =
  /按[职職][责責]分工|[责責]任(?:[单單]位|部[门門]|主[体體]|[处處]室)|(?:[单單]位|部[门門])[：:]|[牵牽][头頭]|[负負][责責]|配合|[参參][与與加]|[协協](?:助|同|[办辦])|[会會]同|主[办辦]|承[办辦]/g

interface Cue {
  id: string
  stratum: string
  offset: number
  cue: string
}

function cues(doc: Doc): Cue[] {
  const out: Cue[] = []
  for (const m of doc.text.matchAll(NEUTRAL)) out.push({ id: doc.id, stratum: doc.stratum, offset: m.index ?? 0, cue: m[0] })
  return out
}

/** One parser assignment of one unit: the role's kind and label, the unit as printed, where both are. */
export interface Triple {
  path: string
  role: string
  label: string
  unit: string
  canonical: string
  offset: number
  end: number
  roleStart: number
  roleEnd: number
  inherited: boolean
  title: string
}

export function triples(doc: PolicyDocument): Triple[] {
  const out: Triple[] = []
  const walk = (tasks: Task[], prefix: string) => {
    for (const t of tasks)
      for (const r of t.roles)
        for (const u of r.units)
          out.push({
            path: prefix + t.path.join('/'),
            role: r.role,
            label: r.label,
            unit: u.name,
            canonical: u.canonical ?? u.name,
            offset: u.position.start.offset,
            end: u.position.end.offset,
            roleStart: r.position.start.offset,
            roleEnd: r.position.end.offset,
            inherited: r.inherited === true,
            title: t.title,
          })
  }
  walk(doc.tasks, '')
  doc.documents.forEach((sub, i) => walk(sub.tasks, `d${i + 1}/`))
  return out
}

const tsv = (rows: (string | number)[][]) => rows.map((x) => x.join('\t')).join('\n') + '\n'

/** `id@offset` of every row an earlier round judged, in sample A and in sample B. */
function judgedRows(rounds: number[]): { A: Set<string>; B: Set<string> } {
  const key = (r: Record<string, string>) => `${r.id}@${r.offset}`
  const A = new Set<string>()
  const B = new Set<string>()
  for (const n of rounds) {
    for (const r of readTsv(join(AUDIT, ROUNDS[n].fileA))) A.add(key(r))
    for (const r of readTsv(join(AUDIT, ROUNDS[n].fileB))) B.add(key(r))
  }
  return { A, B }
}

async function draw(round: Round, outDir: string) {
  const rnd = mulberry32(round.seed)
  const judged = judgedRows(round.exclude)
  const texts = new Map<string, string>()
  const perStratum: { stratum: string; docs: string[]; cues: Cue[]; chars: Map<string, number> }[] = []
  for (const stratum of STRATA) {
    const cs: Cue[] = []
    const docs: string[] = []
    const chars = new Map<string, number>()
    for await (const doc of stratumDocs(stratum)) {
      const c = cues(doc).filter((x) => !judged.A.has(`${x.id}@${x.offset}`))
      if (c.length === 0) continue
      docs.push(doc.id)
      chars.set(doc.id, doc.text.length)
      cs.push(...c)
    }
    perStratum.push({ stratum, docs, cues: cs, chars })
  }
  const qa = allocate(
    perStratum.map(() => 1),
    perStratum.map((s) => s.cues.length),
    round.sizeA,
    0,
  )
  const rowsA = perStratum.flatMap((s, i) => shuffle(s.cues, rnd).slice(0, qa[i]))
  const pools: (Triple & { id: string; stratum: string })[][] = []
  const parsed: Record<string, { docs: number; chars: number; triples: number }> = {}
  for (const s of perStratum) {
    const budget = s.docs.length > 1000 ? 2_000_000 : Infinity
    const pick = new Set<string>()
    let chars = 0
    for (const id of shuffle(s.docs, rnd)) {
      if (chars >= budget) break
      chars += s.chars.get(id) ?? 0
      pick.add(id)
    }
    const pool: (Triple & { id: string; stratum: string })[] = []
    for await (const doc of stratumDocs(s.stratum, pick)) {
      texts.set(doc.id, doc.text)
      for (const t of triples(parse(doc.text))) if (!judged.B.has(`${doc.id}@${t.offset}`)) pool.push({ ...t, id: doc.id, stratum: s.stratum })
    }
    parsed[s.stratum] = { docs: pick.size, chars, triples: pool.length }
    pools.push(pool)
  }
  const allChars = perStratum.map((s) => [...s.chars.values()].reduce((a, b) => a + b, 0))
  const { rows: rowsB, quotas: qb } = drawScaled(
    pools,
    allChars,
    perStratum.map((s) => parsed[s.stratum].chars),
    round.sizeB,
    8,
    rnd,
  )
  const needA = new Set(rowsA.map((r) => r.id).filter((id) => !texts.has(id)))
  for (const s of STRATA) for await (const doc of stratumDocs(s, needA)) texts.set(doc.id, doc.text)
  mkdirSync(outDir, { recursive: true })
  writeFileSync(
    join(outDir, 'sampleA.tsv'),
    tsv([
      ['row', 'stratum', 'id', 'offset', 'cue', 'before', 'after', 'line'],
      ...rowsA.map((r, k) => {
        const c = excerptAround(texts.get(r.id) ?? '', r.offset, r.cue.length, 120)
        return [k + 1, r.stratum, r.id, r.offset, r.cue, c.before, c.after, c.line]
      }),
    ]),
  )
  writeFileSync(
    join(outDir, 'sampleB.tsv'),
    tsv([
      ['row', 'stratum', 'id', 'offset', 'unit', 'role', 'label', 'path', 'inherited', 'roleText', 'title', 'before', 'after', 'line'],
      ...rowsB.map((r, k) => {
        const text = texts.get(r.id) ?? ''
        const c = excerptAround(text, r.offset, r.end - r.offset, 120)
        return [
          k + 1,
          r.stratum,
          r.id,
          r.offset,
          flat(r.unit),
          r.role,
          r.label,
          r.path,
          r.inherited ? 'yes' : '',
          flat(text.slice(r.roleStart, r.roleEnd)),
          flat(r.title.slice(0, 80)),
          c.before,
          c.after,
          c.line,
        ]
      }),
    ]),
  )
  const strata = perStratum.map((s, i) => ({ stratum: s.stratum, docs: s.docs.length, cues: s.cues.length, quotaA: qa[i], quotaB: qb[i], parsedForB: parsed[s.stratum] }))
  writeFileSync(join(outDir, 'strata.json'), JSON.stringify({ seed: round.seed, strata }, null, 2) + '\n')
  console.table(strata.map((s) => ({ ...s, parsedForB: `${s.parsedForB.docs} docs, ${s.parsedForB.chars} chars, ${s.parsedForB.triples} triples` })))
}

// ---------------------------------------------------------------- scoring

/** `lead:省科技厅|participant:省发展改革委` → pairs; empty for a cue that assigns nothing. */
export function assignments(s: string | undefined): { role: string; unit: string }[] {
  return (s ?? '')
    .split('|')
    .filter((x) => x.includes(':'))
    .map((x) => {
      const at = x.indexOf(':')
      return { role: x.slice(0, at), unit: x.slice(at + 1) }
    })
}

const sameUnit = (t: Triple, unit: string) => unitKeys({ name: t.unit, canonical: t.canonical }).includes(canonicalUnit(unit))

export interface Score {
  recallA: { k: number; n: number }
  precisionA: { k: number; n: number }
  precisionB: { k: number; n: number }
  missesA: { id: string; offset: number; cue: string; gold: string; parser: string }[]
  falseA: { id: string; offset: number; cue: string; judgment: string; gold: string; parser: string }[]
  wrongB: { id: string; offset: number; unit: string; judgment: string; gold: string; parser: string }[]
}

/** Scores the committed judgments against the parser, parsing only the sampled documents. */
export async function score(round = 1): Promise<Score> {
  const A = readTsv(join(AUDIT, ROUNDS[round].fileA))
  const B = readTsv(join(AUDIT, ROUNDS[round].fileB))
  const ids = new Set([...A, ...B].map((r) => r.id))
  const found = new Map<string, Triple[]>()
  for (const s of STRATA) if (s === 'seeds' || s === 'policy' || existsSync(join(BULK, `${s}.jsonl.gz`))) for await (const doc of stratumDocs(s, ids)) found.set(doc.id, triples(parse(doc.text)))
  const out: Score = { recallA: { k: 0, n: 0 }, precisionA: { k: 0, n: 0 }, precisionB: { k: 0, n: 0 }, missesA: [], falseA: [], wrongB: [] }
  const show = (ts: Triple[]) => [...new Set(ts.map((t) => `${t.role}:${t.unit}`))].join('|') || '-'
  for (const r of A) {
    const off = Number(r.offset)
    const end = off + r.cue.length
    const all = found.get(r.id) ?? []
    // an assignment the cue makes is found when the parser gives that role to that unit near the cue
    const near = all.filter((t) => t.roleStart < end + 120 && t.roleEnd > off - 120)
    const gold = r.judgment === 'assignment' ? assignments(r.assignments) : []
    for (const g of gold) {
      out.recallA.n++
      if (near.some((t) => t.role === g.role && sameUnit(t, g.unit))) out.recallA.k++
      else out.missesA.push({ id: r.id, offset: off, cue: r.cue, gold: `${g.role}:${g.unit}`, parser: show(near) })
    }
    // the parser's decision on the cue: the assignments whose role span holds it, one per role and unit
    const on = all.filter((t) => t.roleStart < end && t.roleEnd > off)
    const seen = new Set<string>()
    for (const t of on) {
      const key = `${t.role}|${canonicalUnit(t.unit)}`
      if (seen.has(key)) continue
      seen.add(key)
      out.precisionA.n++
      if (gold.some((g) => g.role === t.role && sameUnit(t, g.unit))) out.precisionA.k++
      else
        out.falseA.push({
          id: r.id,
          offset: off,
          cue: r.cue,
          judgment: r.judgment === 'assignment' ? r.assignments : `${r.judgment} ${r.class}`,
          gold: r.assignments || '-',
          parser: `${t.role}:${t.unit}`,
        })
    }
  }
  for (const r of B) {
    const off = Number(r.offset)
    const end = off + Math.max(1, r.unit.length)
    const hit = (found.get(r.id) ?? []).filter((t) => t.offset < end && t.end > off)
    if (hit.length === 0) continue // no longer emitted: out of B's denominator
    out.precisionB.n++
    const ok = r.judgment !== 'not-assignment' && hit.some((t) => t.role === r.goldRole && sameUnit(t, r.goldUnit) && pathKey(t.path.split('/')) === pathKey(r.goldPath.split('/')))
    if (ok) out.precisionB.k++
    else
      out.wrongB.push({
        id: r.id,
        offset: off,
        unit: r.unit,
        judgment: r.judgment,
        gold: r.judgment === 'not-assignment' ? `- (${r.reason})` : `${r.goldRole}:${r.goldUnit} ${r.goldPath}`,
        parser: hit.map((t) => `${t.role}:${t.unit} ${t.path}`).join('; '),
      })
  }
  return out
}

/** The recorded figures (test/gold/audit/roles-recorded.json) a score falls below, as messages; none when it holds. */
export function belowRecorded(s: Score, round = 1): string[] {
  return ratesBelowRecord(s, join(AUDIT, 'roles-recorded.json'), ROUNDS[round].key)
}

async function main() {
  const args = process.argv.slice(2)
  const at = args.indexOf('--round')
  const n = at < 0 ? 1 : Number(args.splice(at, 2)[1])
  const round = ROUNDS[n]
  if (!round) throw new Error(`no round ${n}: ${Object.keys(ROUNDS).join(', ')}`)
  const [cmd = 'score', arg] = args
  if (cmd === 'draw') return draw(round, arg ?? round.outDir)
  const s = await score(n)
  console.log(`A recall    ${formatRate(s.recallA)}`)
  console.log(`A precision ${formatRate(s.precisionA)}`)
  console.log(`B precision ${formatRate(s.precisionB)}`)
  if (process.argv.includes('--verbose')) {
    for (const m of s.missesA) console.log('miss', m.id, m.offset, m.cue, 'gold', m.gold, 'parser', m.parser)
    for (const m of s.falseA) console.log('A-fp', m.id, m.offset, m.cue, 'judged', m.judgment, 'parser', m.parser)
    for (const m of s.wrongB) console.log('B-wrong', m.id, m.offset, m.unit, m.judgment, 'gold', m.gold, 'parser', m.parser)
  }
  if (cmd === '--check' || process.argv.includes('--check')) {
    const failures = belowRecorded(s, n)
    for (const f of failures) console.error(f)
    if (failures.length) process.exit(1)
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
