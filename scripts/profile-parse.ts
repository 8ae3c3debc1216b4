/**
 * Where parse() spends its time and memory in the steady state: the work tree's src/ and grammars/ bundled with
 * tsup (esbuild, so self time lands on source functions, not on tsx's loader), WARM passes over seeds + policy,
 * then the inspector's CPU profiler (or, with HEAP=1, V8's sampling heap profiler with collected objects
 * counted) over PASSES passes. Prints the top functions by self time (or by bytes allocated) with their
 * shares; a whole-process `--cpu-prof` would count one-time costs (tables built at load) as per-pass ones.
 *
 *   node --import tsx scripts/profile-parse.ts [PASSES=8] [TOP=25]
 *   HEAP=1 node --import tsx scripts/profile-parse.ts 3
 *   LINES=scanRoles,readSentence node --import tsx scripts/profile-parse.ts   (their hottest lines)
 *   CALLERS=longestAt node --import tsx scripts/profile-parse.ts   (its self time by caller)
 *   CHILDREN=scanRoles node --import tsx scripts/profile-parse.ts   (what it calls, inclusive)
 *   DOCS=govcn_platform1__23_ node --import tsx scripts/profile-parse.ts 200   (one document)
 *   INCLUSIVE=1 node --import tsx scripts/profile-parse.ts   (each function with what it calls)
 *   STEP=segment node --import tsx scripts/profile-parse.ts   (one pipeline step alone: normalize, segment or
 *     structure, over the texts the earlier steps made before the profile starts)
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'tsup'
import { localCorpus } from './sweep/corpus.js'

const passes = Number(process.argv[2] ?? 8)
const top = Number(process.argv[3] ?? 25)
const warm = 3
const repo = fileURLToPath(new URL('..', import.meta.url))
// inside node_modules so the bundle resolves the packages it leaves external; one folder per run
const cache = join(repo, 'node_modules', '.cache', `gongwen-prof-${process.pid}`)
const dir = join(cache, 'src')
mkdirSync(dir, { recursive: true })
for (const d of ['src', 'grammars']) cpSync(join(repo, d), join(dir, d), { recursive: true })
writeFileSync(join(dir, 'entry.ts'), "export { parse } from './src/index.js'\nexport { normalizeStep, segmentStep, structureStep } from './src/steps.js'\n")
const outDir = join(cache, 'out')
await build({ config: false, entry: { lib: join(dir, 'entry.ts') }, format: ['esm'], platform: 'node', outDir, silent: true, dts: false, splitting: false })
const [file] = readdirSync(outDir).filter((f) => /\.m?js$/.test(f))
const lib = (await import(pathToFileURL(join(outDir, file)).href)) as {
  parse(text: string): unknown
  normalizeStep(text: string): { view: unknown }
  segmentStep(view: unknown): unknown
  structureStep(seg: unknown, view: unknown): unknown
}

// DOCS=substring: only the documents whose id holds it (a slow document profiled alone)
const texts = localCorpus()
  .filter((d) => !process.env.DOCS || d.id.includes(process.env.DOCS))
  .map((d) => d.text)
const mb = texts.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1e6
// STEP=normalize|segment|structure: that step alone, its input made by the earlier steps once, here
const step = process.env.STEP ?? 'parse'
const views = step === 'segment' || step === 'structure' ? texts.map((t) => lib.normalizeStep(t).view) : []
const segments = step === 'structure' ? views.map((v) => lib.segmentStep(v)) : []
const steps: Record<string, () => void> = {
  parse: () => texts.forEach((t) => lib.parse(t)),
  normalize: () => texts.forEach((t) => lib.normalizeStep(t)),
  segment: () => views.forEach((v) => lib.segmentStep(v)),
  structure: () => segments.forEach((s, k) => lib.structureStep(s, views[k])),
}
if (!steps[step]) throw new Error(`STEP=${step}: one of ${Object.keys(steps).join(', ')}`)
const pass = steps[step]
for (let i = 0; i < warm; i++) pass()

const session = new Session()
session.connect()
const heap = process.env.HEAP === '1'
const c0 = process.cpuUsage()
const rows = new Map<string, number>()
let total = 0
// the bundle's module comments (`// src/extract/tasks.ts`) name each function's source file
const bundleLines = readFileSync(join(outDir, file), 'utf8').split('\n')
const moduleAt: string[] = []
for (let i = 0, m = ''; i < bundleLines.length; i++) moduleAt.push((m = /^\/\/ \S*\/(src\/\S+\.ts)$/.exec(bundleLines[i])?.[1] ?? m))
const key = (f: { functionName: string; url: string; lineNumber: number }) => `${f.functionName || '(anonymous)'}${f.url.endsWith(file) ? `  ${moduleAt[f.lineNumber]}:${f.lineNumber + 1}` : ''}`
if (heap) {
  await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true })
  for (let i = 0; i < passes; i++) pass()
  const { profile } = await session.post('HeapProfiler.stopSampling')
  type Node = { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: Node[] }
  const visit = (n: Node) => {
    const k = key(n.callFrame)
    rows.set(k, (rows.get(k) ?? 0) + n.selfSize)
    total += n.selfSize
    for (const c of n.children) visit(c)
  }
  visit(profile.head as Node)
} else {
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 200 })
  await session.post('Profiler.start')
  for (let i = 0; i < passes; i++) pass()
  const { profile } = await session.post('Profiler.stop')
  // LINES=fnA,fnB: the hottest bundle lines of those functions (self ticks), with the line's code
  const fns = (process.env.LINES ?? '').split(',').filter(Boolean)
  if (fns.length > 0) {
    const ticks = new Map<number, number>()
    let all = 0
    for (const n of profile.nodes) {
      for (const t of n.positionTicks ?? []) all += t.ticks
      if (!(fns.includes('*') || fns.includes(n.callFrame.functionName)) || !n.callFrame.url.endsWith(file)) continue
      for (const t of n.positionTicks ?? []) ticks.set(t.line, (ticks.get(t.line) ?? 0) + t.ticks)
    }
    for (const [line, n] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${((100 * n) / all).toFixed(2).padStart(5)} %  ${moduleAt[line - 1]}:${line}  ${bundleLines[line - 1].trim().slice(0, 150)}`)
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const hits = new Map<number, number>()
  for (const s of profile.samples ?? []) hits.set(s, (hits.get(s) ?? 0) + 1)
  // INCLUSIVE=1: each function once per sample that has it on the stack
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  // CHILDREN=fn: the samples under fn by the function it called (inclusive), and fn's own
  const under = process.env.CHILDREN
  if (under) {
    const by = new Map<string, number>()
    let all = 0
    for (const [id, n] of hits) {
      all += n
      let below: number | undefined
      for (let at: number | undefined = id; at !== undefined; below = at, at = parent.get(at)) {
        if (byId.get(at)!.callFrame.functionName !== under) continue
        const k = below === undefined ? '(self)' : key(byId.get(below)!.callFrame)
        by.set(k, (by.get(k) ?? 0) + n)
        break
      }
    }
    for (const [k, n] of [...by].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * n) / all).toFixed(2).padStart(5)} %  ${under} → ${k}`)
  }
  // CALLERS=fn: the self time of fn by the function that called it
  const callee = process.env.CALLERS
  if (callee) {
    const by = new Map<string, number>()
    let all = 0
    for (const [id, n] of hits) {
      all += n
      if (byId.get(id)!.callFrame.functionName !== callee) continue
      const up = parent.get(id)
      const k = up === undefined ? '(none)' : key(byId.get(up)!.callFrame)
      by.set(k, (by.get(k) ?? 0) + n)
    }
    for (const [k, n] of [...by].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * n) / all).toFixed(2).padStart(5)} %  ${callee} ← ${k}`)
  }
  for (const [id, n] of hits) {
    total += n
    if (process.env.INCLUSIVE !== '1') {
      const k = key(byId.get(id)!.callFrame)
      rows.set(k, (rows.get(k) ?? 0) + n)
      continue
    }
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(key(byId.get(at)!.callFrame))
    for (const k of seen) rows.set(k, (rows.get(k) ?? 0) + n)
  }
}
const c = process.cpuUsage(c0)
const cpuS = (c.user + c.system) / 1e6
console.log(
  `${heap ? 'allocation' : 'self time'}, ${passes} passes after ${warm} warm; ${texts.length} documents, ${mb.toFixed(2)} MB; ` +
    `${heap ? `${(total / passes / 1e6).toFixed(1)} MB allocated per pass` : `${((mb * passes) / cpuS).toFixed(2)} MB/s per CPU-second while profiled`}; load ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
)
for (const [k, v] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${((100 * v) / total).toFixed(1).padStart(5)} %  ${heap ? `${(v / passes / 1e6).toFixed(2).padStart(6)} MB  ` : ''}${k}`)
rmSync(cache, { recursive: true, force: true })
