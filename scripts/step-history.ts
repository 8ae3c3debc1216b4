/**
 * Which changes cost what: the pipeline's steps (normalize, segment, structure) and parse() timed at several
 * revisions in one process. Each revision's src/ and grammars/ are bundled with tsup (as ab-parse.ts does);
 * then ROUNDS rounds each time every revision once per row, in a rotated order, so the machine's load falls
 * on all alike. Prints per row and revision the median MB per CPU-second and the ratio to the first revision.
 *
 *   node --import tsx scripts/step-history.ts c6d48fb 5b1e2a0 HEAD WORK
 *   FIRST_PARENT=8 node --import tsx scripts/step-history.ts c6d48fb HEAD   (8 evenly spaced first-parent
 *     commits between the two, both ends included)
 *   ROUNDS=7 ROWS=segment node --import tsx scripts/step-history.ts …
 */
import { execSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, writeFileSync, cpSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'tsup'
import { localCorpus } from './sweep/corpus.js'

interface Steps {
  parse(text: string): unknown
  normalizeStep(text: string): { view: unknown }
  segmentStep(view: unknown): unknown
  structureStep(seg: unknown, view: unknown): unknown
}

const repo = fileURLToPath(new URL('..', import.meta.url))
const cache = join(repo, 'node_modules', '.cache', `gongwen-history-${process.pid}`)
const git = (args: string) => execSync(`git ${args}`, { cwd: repo, encoding: 'utf8' }).trim()

/** The revisions asked for: as given, or FIRST_PARENT=N evenly spaced first-parent commits between the two given. */
function revisions(args: string[]): string[] {
  const spaced = Number(process.env.FIRST_PARENT ?? 0)
  if (!spaced) return args
  const [from, to] = args
  const chain = git(`rev-list --first-parent --reverse ${from}..${to}`).split('\n').filter(Boolean)
  const picks = [git(`rev-parse --short ${from}`)]
  for (let k = 1; k < spaced; k++) picks.push(chain[Math.round((k * (chain.length - 1)) / (spaced - 1))].slice(0, 8))
  return picks
}

async function bundle(name: string, rev: string): Promise<Steps> {
  const dir = join(cache, `src-${name}`)
  mkdirSync(dir, { recursive: true })
  if (rev === 'WORK') for (const d of ['src', 'grammars']) cpSync(join(repo, d), join(dir, d), { recursive: true })
  else execSync(`git archive ${rev} src grammars | tar -x -C ${dir}`, { cwd: repo })
  writeFileSync(join(dir, 'entry.ts'), "export { parse } from './src/index.js'\nexport { normalizeStep, segmentStep, structureStep } from './src/steps.js'\n")
  const outDir = join(cache, name)
  await build({ config: false, entry: { [name]: join(dir, 'entry.ts') }, format: ['esm'], platform: 'node', outDir, silent: true, dts: false, splitting: false })
  const [file] = readdirSync(outDir).filter((f) => f.startsWith(name) && /\.m?js$/.test(f))
  return (await import(pathToFileURL(join(outDir, file)).href)) as Steps
}

const revs = revisions(process.argv.slice(2))
if (revs.length < 2) throw new Error('usage: step-history.ts REV REV [REV…] (or FIRST_PARENT=N REV REV)')
const rounds = Number(process.env.ROUNDS ?? 5)
const rows = (process.env.ROWS ?? 'normalize,segment,structure,parse()').split(',')
const texts = localCorpus().map((d) => d.text)
const mb = texts.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1e6

const libs: Steps[] = []
for (const [k, rev] of revs.entries()) libs.push(await bundle(`r${k}`, rev))
// each revision's own inputs for the later steps (its normalize and segment decide them)
const inputs = libs.map((lib) => {
  const views = texts.map((t) => lib.normalizeStep(t).view)
  return { views, segments: views.map((v) => lib.segmentStep(v)) }
})
const run: Record<string, (k: number) => void> = {
  normalize: (k) => texts.forEach((t) => libs[k].normalizeStep(t)),
  segment: (k) => inputs[k].views.forEach((v) => libs[k].segmentStep(v)),
  structure: (k) => inputs[k].segments.forEach((s, d) => libs[k].structureStep(s, inputs[k].views[d])),
  'parse()': (k) => texts.forEach((t) => libs[k].parse(t)),
}
const cpu = (f: () => void): number => {
  const c0 = process.cpuUsage()
  f()
  const c = process.cpuUsage(c0)
  return (c.user + c.system) / 1e6
}
const median = (v: number[]) => [...v].sort((x, y) => x - y)[v.length >> 1]

console.log(`${texts.length} documents, ${mb.toFixed(2)} MB; ${rounds} rounds; revisions ${revs.join(' ')}`)
for (const row of rows) {
  if (!run[row]) throw new Error(`ROWS: ${row} is none of ${Object.keys(run).join(', ')}`)
  // one warm pass each, then the rounds, each in a rotated order
  libs.forEach((_, k) => run[row](k))
  const times: number[][] = libs.map(() => [])
  for (let r = 0; r < rounds; r++)
    for (let j = 0; j < libs.length; j++) {
      const k = (j + r) % libs.length
      times[k].push(cpu(() => run[row](k)))
    }
  const speeds = times.map((t) => mb / median(t))
  console.log(`${row.padEnd(10)} ${speeds.map((s, k) => `${revs[k]} ${s.toFixed(1)} (${(s / speeds[0]).toFixed(2)}×)`).join('  ')}`)
}
console.log(
  `load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
)
rmSync(cache, { recursive: true, force: true })
