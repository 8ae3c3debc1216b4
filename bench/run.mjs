#!/usr/bin/env node
/**
 * `npm run bench`: how fast gongwen is, where its time goes, how it scales, and how it compares
 * with what a user would otherwise run — measured in one run on this machine.
 *
 *   node bench/run.mjs [--quick] [--only=stages,peers,bulk,hostile,profile]
 *
 * --quick   bulk at 1k and 5k documents only, hostile inputs at a quarter size, fewer samples;
 *           writes bench/results/<date>-<host>-quick.json and prints the table.
 * --only=…  runs the named sections and prints the table, writes nothing.
 * --render=bench/results/<file>.json  rewrites latest.md, the charts and the README section from
 *           a saved run, measuring nothing.
 * A full run writes bench/results/<date>-<host>.json, latest.md, the two SVG charts and the
 * results section of bench/README.md.
 */
import { writeFileSync, readFileSync, existsSync, mkdirSync } from 'node:fs'
import { execSync } from 'node:child_process'
import { cpus, availableParallelism, hostname, loadavg, totalmem, platform, release, arch } from 'node:os'
import { fileURLToPath } from 'node:url'
import { loadGongwen, DIST, ROOT } from './lib/gongwen.mjs'
import { loadPolicyCorpus } from './lib/corpus.mjs'
import { measureStages } from './lib/stages.mjs'
import { measurePeers } from './lib/peers.mjs'
import { measureBulk } from './lib/bulk.mjs'
import { measureHostile } from './lib/hostile.mjs'
import { profileScript } from './lib/profile.mjs'
import { evaluateTargets, toMarkdown, TARGETS } from './lib/report.mjs'
import { barChart, scalingChart } from './lib/svg.mjs'

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const onlyArg = args.find((a) => a.startsWith('--only='))
const only = onlyArg ? new Set(onlyArg.slice(7).split(',')) : null
const want = (s) => !only || only.has(s)
const log = (s) => console.log(s)
const RESULTS = fileURLToPath(new URL('./results/', import.meta.url))
const PROFILE_SECONDS = quick ? 3 : 8

const renderArg = args.find((a) => a.startsWith('--render='))
if (renderArg) {
  // Re-renders latest.md, the charts and the README section from a saved results file.
  const saved = JSON.parse(readFileSync(renderArg.slice(9), 'utf8'))
  saved.targets = evaluateTargets(saved)
  writeOutputs(
    saved,
    renderArg
      .slice(9)
      .split('/')
      .pop()
      .replace(/\.json$/, ''),
  )
  process.exit(0)
}

const t0 = performance.now()
const now = new Date()
const date = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
const host = hostname()
const git = (c) => {
  try {
    return execSync(`git ${c}`, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return ''
  }
}

const { pkg, stages: S, stagesFrom, notes } = await loadGongwen()
const r = {
  date,
  host,
  quick,
  machine: {
    cpu: cpus()[0]?.model?.trim() ?? 'unknown',
    cores: availableParallelism(),
    memGB: Math.round(totalmem() / 2 ** 30),
    node: process.versions.node,
    v8: process.versions.v8,
    os: `${platform()} ${release()} ${arch()}`,
    loadStart: loadavg()[0],
  },
  code: { commit: git('rev-parse --short HEAD'), dirty: git('status --porcelain -- src grammars') !== '', stagesFrom },
  targets: TARGETS,
}
log(`gongwen bench — ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}; stages from ${stagesFrom}${quick ? '; quick' : ''}`)

if (want('stages') || want('peers')) {
  const corpus = loadPolicyCorpus()
  if (want('stages')) {
    log('per stage, seeds + policy:')
    r.stages = await measureStages(corpus, S, pkg, { quick, log, notes })
  }
  if (want('peers')) {
    log('ceiling and peers, same documents:')
    r.peers = await measurePeers(corpus, { quick, log })
  }
}
if (want('profile')) {
  log(`profile: parse() over seeds + policy for ${PROFILE_SECONDS} s`)
  const p = profileScript(fileURLToPath(new URL('./lib/profile-target.mjs', import.meta.url)), [String(PROFILE_SECONDS)])
  const out = p.ok ? JSON.parse(p.stdout.trim().split('\n').pop()) : {}
  if (p.summary) delete p.summary.inclusive // every function's inclusive time: needed for hostile growth only
  r.profile = { seconds: PROFILE_SECONDS, passes: out.passes ?? null, summary: p.summary }
}
if (want('bulk')) {
  log('bulk, end to end:')
  r.bulk = await measureBulk({ quick, dist: DIST, log })
}
if (want('hostile')) {
  log('hostile inputs:')
  r.hostile = await measureHostile({ quick, dist: DIST, log })
}

r.machine.loadEnd = loadavg()[0]
r.durationSec = (performance.now() - t0) / 1000
r.targets = evaluateTargets(r)
const md = toMarkdown(r)

if (only) {
  console.log(`\n${md}`)
} else {
  mkdirSync(RESULTS, { recursive: true })
  const base = `${date}-${host}${quick ? '-quick' : ''}`
  writeFileSync(`${RESULTS}${base}.json`, JSON.stringify(r, null, 2) + '\n')
  if (quick) {
    console.log(`\n${md}\n\nwrote bench/results/${base}.json (quick runs leave latest.md, the charts and the README alone)`)
  } else {
    writeOutputs(r, base)
    console.log(`\n${md}\n\nwrote bench/results/${base}.json, latest.md, throughput-by-stage.svg, scaling.svg and the README section`)
  }
}

function writeOutputs(r, base) {
  const md = toMarkdown(r)
  writeFileSync(`${RESULTS}latest.md`, `# gongwen benchmark — latest run\n\nRaw numbers: [${base}.json](${base}.json). How to run and what each number means: [../README.md](../README.md).\n\n${md}\n`)
  writeCharts(r)
  updateReadme(md.replaceAll('](throughput-by-stage.svg)', '](results/throughput-by-stage.svg)').replaceAll('](scaling.svg)', '](results/scaling.svg)'))
}

function writeCharts(r) {
  if (r.stages || r.peers) {
    const bars = []
    for (const s of r.stages?.rows ?? []) if (s.measured) bars.push({ label: s.stage, value: s.mbPerSecCpu, kind: s.stage.startsWith('parse()') ? 'total' : 'stage' })
    for (const p of r.peers?.rows ?? []) bars.push({ label: p.name, value: p.mbPerSecCpu, kind: p.kind })
    writeFileSync(
      `${RESULTS}throughput-by-stage.svg`,
      barChart(bars, {
        title: 'gongwen throughput by stage, with the ceiling and peers',
        subtitle: `seeds + policy (${r.stages?.docs ?? ''} docs), MB/s per CPU-second, one thread — ${r.machine.cpu}, Node ${r.machine.node}, ${r.date}`,
        target: { value: TARGETS.perCoreMBs, label: `target ${TARGETS.perCoreMBs} MB/s` },
      }),
    )
  }
  if (r.bulk) {
    const series = r.bulk.workerCounts.map((w) => ({
      label: `${w} worker${w > 1 ? 's' : ''}`,
      points: r.bulk.runs.filter((x) => x.workers === w && !x.error).map((x) => ({ docs: x.docs, seconds: x.wallMs / 1000, rssMB: x.peakRss / 1e6 })),
    }))
    writeFileSync(
      `${RESULTS}scaling.svg`,
      scalingChart(series, {
        title: 'gongwen parse() over the bulk set: scaling',
        subtitle: `${r.bulk.docs} documents, ${(r.bulk.bytes / 1e6).toFixed(0)} MB — ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node}, ${r.date}`,
        rssLimit: { value: TARGETS.peakRssMB, label: `target < ${TARGETS.peakRssMB} MB` },
      }),
    )
  }
}

/** Replaces the text between the results markers of bench/README.md. */
function updateReadme(section) {
  const path = fileURLToPath(new URL('./README.md', import.meta.url))
  if (!existsSync(path)) return
  const text = readFileSync(path, 'utf8')
  const a = '<!-- results:start -->',
    b = '<!-- results:end -->'
  const i = text.indexOf(a),
    j = text.indexOf(b)
  if (i < 0 || j < i) return
  writeFileSync(path, `${text.slice(0, i + a.length)}\n${section}\n${text.slice(j)}`)
}
