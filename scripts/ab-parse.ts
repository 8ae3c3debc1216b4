/**
 * parse() of two versions of the library in one process: each revision's src/ and grammars/
 * (`git archive`, or the work tree for WORK) bundled with tsup (esbuild), then passes over seeds + policy
 * alternating A, B / B, A so the machine's load falls on both alike. Per pair the ratio of CPU
 * times (process.cpuUsage, user + system); prints the medians in MB per CPU-second, the median
 * ratio B/A with its range, and the load average. Also the structure stage alone (markers); ROWS
 * picks the rows (comma-separated): parse(), structure (the default), normalize, segment, and the role and
 * time scanners over every line of each normalized text (roles/line, time/line), the stage finder over
 * every document's blocks (stages; no STAGE_CUE gate, so every document's blocks are read), and the date reader
 * alone (dates: asked at every position where a time expression can start, in the canonical text of each
 * normalized document — whole, as the extract step's clause ranges run over line breaks).
 *
 *   node --import tsx scripts/ab-parse.ts c6d48fb WORK [PAIRS]
 *   ROWS='parse(),roles/line' node --import tsx scripts/ab-parse.ts HEAD WORK 15
 *   REPS=20 ROWS=stages node --import tsx scripts/ab-parse.ts HEAD WORK 15   (each sample REPS passes: a
 *     row of a few ms per pass is otherwise below the timer's and the scheduler's resolution)
 */
import { execSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'tsup'
import { corpusDocuments, localCorpus } from './sweep/corpus.js'
import { detectScript } from '../src/normalize/script.js'

const [revA = 'HEAD', revB = 'WORK', pairsArg = '9'] = process.argv.slice(2)
const pairs = Number(pairsArg)
const repo = fileURLToPath(new URL('..', import.meta.url))
// inside node_modules so the bundles resolve the packages they leave external
// (one folder per run: node_modules is shared by every work tree of the repository, and two runs at once
// would overwrite each other's bundles)
const cache = join(repo, 'node_modules', '.cache', `gongwen-ab-${process.pid}`)

interface Lib {
  parse(text: string): unknown
  normalizeStep(text: string): { view: unknown }
  segmentStep(view: unknown): unknown
  structureStep(seg: unknown, view: unknown): unknown
  scanRoles(text: string, options?: { from?: number; to?: number }): unknown
  scanTime(text: string, options?: { from?: number; to?: number }): unknown
  createProcessor(): { parse(file: unknown): unknown; runSync(tree: unknown, file: unknown): unknown }
  stageBlocks(doc: unknown, view: unknown): unknown[]
  findStages(blocks: unknown[]): unknown
  VFile: new (options: { value: string }) => { data: { gongwen?: { view: unknown } } }
  // (the dates row's, bundled only when it is asked for: older revisions may lack them)
  canonicalize(text: string, from?: number, to?: number): { text: string }
  mayHoldTime(canonical: string): boolean
  isTimeStart(code: number): boolean
  dates: { open(text: string): (offset: number) => unknown }
}

async function bundle(name: string, rev: string): Promise<Lib> {
  const dir = join(cache, `src-${name}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  if (rev === 'WORK') for (const d of ['src', 'grammars']) cpSync(join(repo, d), join(dir, d), { recursive: true })
  else execSync(`git archive ${rev} src grammars | tar -x -C ${dir}`, { cwd: repo })
  writeFileSync(
    join(dir, 'entry.ts'),
    "export { parse } from './src/index.js'\nexport { normalizeStep, segmentStep, structureStep } from './src/steps.js'\nexport { scanRoles } from './src/extract/roles/scan.js'\nexport { scanTime } from './src/extract/time/scan.js'\nexport { createProcessor } from './src/pipeline.js'\nexport { stageBlocks } from './src/extract/clause-time.js'\nexport { findStages } from './src/extract/time/stages.js'\nexport { VFile } from 'vfile'\n" +
      (wanted.includes('dates')
        ? "export { canonicalize } from './src/extract/time/canon.js'\nexport { mayHoldTime, isTimeStart } from './src/extract/time/grammar/registry.js'\nexport { dates } from './src/extract/time/grammar/dates.js'\n"
        : ''),
  )
  const outDir = join(cache, name)
  // (config: false: the repository's tsup.config.ts builds the package, not this)
  await build({ config: false, entry: { [name]: join(dir, 'entry.ts') }, format: ['esm'], platform: 'node', outDir, silent: true, dts: false, splitting: false })
  const [file] = readdirSync(outDir).filter((f) => f.startsWith(name) && /\.m?js$/.test(f))
  return (await import(pathToFileURL(join(outDir, file)).href)) as Lib
}

const wanted = (process.env.ROWS ?? 'parse(),structure').split(',')
// TEXTS=bulk:K: every K-th document of the bulk set in place of seeds + policy (TEXTS=traditional:K: of those, the
// ones normalize reads as traditional script — corpus/ holds none, so the script conversion is measured there)
const texts = await textsToTime(process.env.TEXTS)
const mb = texts.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1e6

const A = await bundle('a', revA)
const B = await bundle('b', revB)
const prepared = (L: Lib) =>
  texts.map((t) => {
    const { view } = L.normalizeStep(t)
    const text = (view as { text: string }).text
    // the text's lines, as ranges for the scanners (about the size of the extract step's clauses)
    const lines: Array<[number, number]> = []
    for (let a = 0; a < text.length; ) {
      const b = text.indexOf('\n', a) < 0 ? text.length : text.indexOf('\n', a)
      if (b > a) lines.push([a, b])
      a = b + 1
    }
    return { view, seg: L.segmentStep(view), text, lines, blocks: wanted.includes('stages') ? stageBlocksOf(L, t) : [], dateLines: wanted.includes('dates') ? dateLinesOf(L, text) : [] }
  })
// the dates row's input: the normalized document's canonical text (when the time gate lets it through) and the
// positions where the registry would ask the readers (a time expression's start character)
function dateLinesOf(L: Lib, text: string): Array<{ canonical: string; starts: Int32Array }> {
  const canonical = L.canonicalize(text).text
  if (!L.mayHoldTime(canonical)) return []
  const starts: number[] = []
  for (let k = 0; k < canonical.length; k++) if (L.isTimeStart(canonical.charCodeAt(k))) starts.push(k)
  return [{ canonical, starts: Int32Array.from(starts) }]
}
// the stage finder's input (blocks of every document of the tree, as extract builds them), for the stages row
function stageBlocksOf(L: Lib, t: string): unknown[][] {
  const file = new L.VFile({ value: t })
  const proc = L.createProcessor()
  const root = proc.runSync(proc.parse(file), file) as { children: unknown[] }
  const view = file.data.gongwen!.view
  const out: unknown[][] = []
  const visit = (doc: { type: string; children: unknown[] }) => {
    out.push(L.stageBlocks(doc, view))
    for (const child of doc.children as Array<{ type: string; children: unknown[] }>) if (child.type === 'document') visit(child)
  }
  for (const doc of root.children as Array<{ type: string; children: unknown[] }>) visit(doc)
  return out
}
const PA = prepared(A)
const PB = prepared(B)

const reps = Number(process.env.REPS ?? 1)
const cpu = (f: () => void): number => {
  const c0 = process.cpuUsage()
  for (let r = 0; r < reps; r++) f()
  const c = process.cpuUsage(c0)
  return (c.user + c.system) / 1e6
}
const median = (v: number[]) => [...v].sort((x, y) => x - y)[v.length >> 1]

const allRows: Array<[string, (L: Lib, P: typeof PA) => void]> = [
  ['parse()', (L) => texts.forEach((t) => L.parse(t))],
  ['structure', (L, P) => P.forEach((p) => L.structureStep(p.seg, p.view))],
  ['normalize', (L) => texts.forEach((t) => L.normalizeStep(t))],
  ['segment', (L, P) => P.forEach((p) => L.segmentStep(p.view))],
  ['roles/line', (L, P) => P.forEach((p) => p.lines.forEach(([a, b]) => L.scanRoles(p.text, { from: a, to: b })))],
  ['time/line', (L, P) => P.forEach((p) => p.lines.forEach(([a, b]) => L.scanTime(p.text, { from: a, to: b })))],
  ['stages', (L, P) => P.forEach((p) => p.blocks.forEach((blocks) => L.findStages(blocks)))],
  [
    'dates',
    (L, P) =>
      P.forEach((p) =>
        p.dateLines.forEach(({ canonical, starts }) => {
          const read = L.dates.open(canonical)
          for (let k = 0; k < starts.length; k++) read(starts[k])
        }),
      ),
  ],
]
const rows = allRows.filter(([name]) => wanted.includes(name))
console.log(`A = ${revA}, B = ${revB}; ${texts.length} documents, ${mb.toFixed(2)} MB; ${pairs} pairs`)
for (const [name, run] of rows) {
  for (let i = 0; i < 2; i++) {
    run(A, PA)
    run(B, PB)
  }
  const ta: number[] = []
  const tb: number[] = []
  const ratio: number[] = []
  for (let i = 0; i < pairs; i++) {
    let a: number
    let b: number
    if (i % 2 === 0) {
      a = cpu(() => run(A, PA))
      b = cpu(() => run(B, PB))
    } else {
      b = cpu(() => run(B, PB))
      a = cpu(() => run(A, PA))
    }
    ta.push(a)
    tb.push(b)
    ratio.push(a / b)
  }
  console.log(
    `${name.padEnd(10)} A ${((reps * mb) / median(ta)).toFixed(2)}  B ${((reps * mb) / median(tb)).toFixed(2)} MB/s per CPU-s  B/A ${median(ratio).toFixed(3)}× ` +
      `(${Math.min(...ratio).toFixed(2)}–${Math.max(...ratio).toFixed(2)}), load ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
  )
}
// (the bundles are loaded: this run's folder goes)
rmSync(cache, { recursive: true, force: true })

async function textsToTime(choice: string | undefined): Promise<string[]> {
  if (!choice) return localCorpus().map((d) => d.text)
  const [set, every] = choice.split(':')
  const step = Number(every ?? 1)
  const out: string[] = []
  let k = 0
  for await (const doc of corpusDocuments({ bulk: true })) {
    if (doc.id.startsWith('corpus/') || k++ % step !== 0) continue
    if (set === 'traditional' && detectScript(doc.text) !== 'traditional') continue
    out.push(doc.text)
  }
  return out
}
