/**
 * Draw a seeded sample of the role sweep's unexplained cues (issue 11, helper lawroles) for reading.
 *
 *   node --import tsx scripts/draw-unexplained.ts [--round R] [TSV] [N] [OUT]
 *
 * TSV: the sweep's unexplained cues, one a line (doc id, offset, cue, 40 characters before, 25 after), as
 * scripts/collect-unexplained-roles.ts writes them (from round 3; rounds 1 and 2 ran the same step from outside the
 * repository): `node --import tsx scripts/collect-unexplained-roles.ts <dir>/unexplained-bulk.tsv`. The rows
 * are shuffled with mulberry32 (the round's seed) and the first N (default 80) written to OUT with ±120 characters
 * from the document (bulk jsonl), no parser output. A later round first drops every cue an earlier round judged
 * (same document and offset), so no row is read twice. The texts stay outside the repository;
 * test/gold/audit/lawroles.tsv (round 1), lawroles2.tsv (round 2), lawroles3.tsv (round 3), lawroles4.tsv (round 4) and lawroles5.tsv (round 5) hold ids, offsets,
 * cues and judgments.
 *
 * Round `polroles1` (twenty-third session) reads POLICY documents, not laws: its TSV comes from
 * `collect-unexplained-roles.ts … --corpus --only corpus,politic_analysis_2025,govcn_platform1`, and the draw is
 * stratified by source (corpus/ seeds + policy, and each bulk file), each stratum's quota proportional to its
 * unexplained cues (largest remainder), each quota the first rows of one seeded shuffle of the stratum. Texts of
 * corpus/ ids are read from the repository's corpus/ folder. It drops every cue lawroles rounds 1–5 judged.
 *
 * Round `polroles2` (thirtieth session) repeats polroles1 with seed 20261330 and N = 60 (`--round polroles2 TSV 60`),
 * dropping every cue polroles1, the lawroles rounds, roles27–29 and the sweep audits roles-A…roles3-B judged.
 */
import { createReadStream, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { createGunzip } from 'node:zlib'
import { allocate, mulberry32, shuffle } from './lib/random.js'
import { simplifiedCopy } from './sweep/simplified.js'

/** The law rounds' judged files, in the order they were drawn: each round excludes the rows of those before it. */
const LAW_ROUNDS = ['lawroles', 'lawroles2', 'lawroles3', 'lawroles4', 'lawroles5'].map((name) => `test/gold/audit/${name}.tsv`)
/** Each round: its seed, where its cues are collected and its sample written, and the judged files it must not repeat. */
const ROUNDS: Record<string, { seed: number; dir: string; judged: string[]; stratified?: boolean }> = {
  '1': { seed: 20261209, dir: '/work/audit/lawroles', judged: [] },
  '2': { seed: 20261211, dir: '/work/audit/lawroles2', judged: LAW_ROUNDS.slice(0, 1) },
  '3': { seed: 20261215, dir: '/work/audit/lawroles3', judged: LAW_ROUNDS.slice(0, 2) },
  '4': { seed: 20261218, dir: '/work/audit/lawroles4', judged: LAW_ROUNDS.slice(0, 3) },
  '5': { seed: 20261220, dir: '/work/audit/lawroles5', judged: LAW_ROUNDS.slice(0, 4) },
  polroles1: {
    seed: 20261225,
    dir: '/work/audit/polroles',
    judged: [...LAW_ROUNDS, 'test/gold/audit/lawroles5-second-reader.tsv'],
    stratified: true,
  },
  polroles2: {
    seed: 20261330,
    dir: '/work/audit/polroles2',
    judged: [
      ...LAW_ROUNDS,
      'test/gold/audit/lawroles5-second-reader.tsv',
      ...['polroles1', 'roles27-draw', 'roles28-draw', 'roles29-draw', 'roles-A', 'roles-B', 'roles2-A', 'roles2-B', 'roles3-A', 'roles3-B'].map((name) => `test/gold/audit/${name}.tsv`),
    ],
    stratified: true,
  },
}
export const SEED = ROUNDS['1'].seed
const BULK = process.env.GONGWEN_BULK ?? '/work/shared/corpus/bulk'

const argv = process.argv.slice(2)
const at = argv.indexOf('--round')
const round = ROUNDS[at >= 0 ? argv.splice(at, 2)[1] : '1']
if (!round) throw new Error(`--round: one of ${Object.keys(ROUNDS).join(', ')}`)
const [tsv = `${round.dir}/unexplained-bulk.tsv`, n = '80', out = `${round.dir}/sample.tsv`] = argv
/** A cue is its document and offset: the judged file's `id` and `offset` columns, found by the header (the sweep
 * audits roles-A…roles3-B put a stratum before the id). */
function judgedCues(file: string): string[] {
  const [head = '', ...body] = readFileSync(file, 'utf8').split('\n')
  const names = head.split('\t')
  const idColumn = names.indexOf('id')
  const offsetColumn = names.indexOf('offset')
  if (idColumn < 0 || offsetColumn < 0) throw new Error(`${file}: no id or offset column`)
  return body.filter(Boolean).map((line) => {
    const cells = line.split('\t')
    return `${cells[idColumn]}\t${cells[offsetColumn]}`
  })
}
const seen = new Set(round.judged.flatMap(judgedCues))
const rows = readFileSync(tsv, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => l.split('\t'))
  .filter((r) => !seen.has(`${r[0]}\t${r[1]}`))
/** A row's stratum: `corpus` for corpus/ ids, else its bulk file. */
const stratum = (id: string) => (id.startsWith('corpus/') ? 'corpus' : id.split('/')[0])
function draw(): string[][] {
  const shuffled = shuffle(rows, mulberry32(round.seed))
  if (!round.stratified) return shuffled.slice(0, Number(n))
  const names = [...new Set(rows.map((r) => stratum(r[0])))].sort()
  const sizes = names.map((s) => rows.filter((r) => stratum(r[0]) === s).length)
  const quotas = allocate(sizes, sizes, Number(n), 0)
  console.log(names.map((s, i) => `${s} ${quotas[i]} of ${sizes[i]}`).join(', '))
  return names.flatMap((s, i) => shuffled.filter((r) => stratum(r[0]) === s).slice(0, quotas[i]))
}
const drawn = draw()
const wanted = new Map<string, string[][]>()
for (const r of drawn) wanted.set(r[0], [...(wanted.get(r[0]) ?? []), r])
const files = new Set(drawn.filter((r) => !r[0].startsWith('corpus/')).map((r) => r[0].split('/')[0]))
const texts = new Map<string, string>()
for (const r of drawn) if (r[0].startsWith('corpus/')) texts.set(r[0], simplifiedCopy(readFileSync(r[0], 'utf8')))
for (const f of files) {
  const rl = createInterface({ input: createReadStream(join(BULK, `${f}.jsonl.gz`)).pipe(createGunzip()) })
  for await (const line of rl) {
    const d = JSON.parse(line)
    if (wanted.has(d.id)) texts.set(d.id, simplifiedCopy(d.text))
  }
}
const flat = (s: string) => s.replace(/\s+/g, ' ')
const lines = drawn.map((r, i) => {
  const t = texts.get(r[0]) ?? ''
  const at = Number(r[1])
  return [i + 1, r[0], at, r[2], flat(t.slice(Math.max(0, at - 120), at)), flat(t.slice(at, at + 80))].join('\t')
})
writeFileSync(out, `row\tid\toffset\tcue\tbefore\tafter\n${lines.join('\n')}\n`)
console.log(`${drawn.length} of ${rows.length} rows (${seen.size} judged before left out) → ${out}`)
