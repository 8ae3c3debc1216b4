/**
 * CPU profiles: runs a script under `node --cpu-prof`, then sums self time per function (mapped
 * back to src/ through dist's source map) and per source area (src/normalize, opencc-js, GC …).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { SourceMap } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative, resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ROOT } from './gongwen.mjs'

/**
 * @param {string} script absolute path of the script to profile
 * @param {string[]} args its arguments
 * @returns {{ ok: boolean, status: number | null, stdout: string, summary?: ReturnType<typeof summarize> }}
 */
export function profileScript(script, args, { top = 15, timeoutMs = 180_000 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-prof-'))
  const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=500', script, ...args], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 26 })
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))
  const out = { ok: r.status === 0 && !!file, status: r.status, stdout: r.stdout }
  // The script may print `loopStartUs` (monotonic clock, as the profile's timestamps): samples
  // before it are start-up (module loading, reading the corpus), not the code under test.
  let fromUs = 0
  try {
    fromUs = JSON.parse(r.stdout.trim().split('\n').pop()).loopStartUs ?? 0
  } catch {}
  if (file) out.summary = summarize(JSON.parse(readFileSync(join(dir, file), 'utf8')), top, fromUs)
  rmSync(dir, { recursive: true, force: true })
  return out
}

const maps = new Map()
/** Source map of a bundled file, if it has one next to it. */
function mapFor(path) {
  if (!maps.has(path)) {
    const m = `${path}.map`
    maps.set(path, existsSync(m) ? { map: new SourceMap(JSON.parse(readFileSync(m, 'utf8'))), dir: dirname(path) } : null)
  }
  return maps.get(path)
}

/** url + 0-based line/column of a call frame → repository-relative file and 1-based line. */
function locate(frame) {
  const { url, lineNumber, columnNumber } = frame
  if (!url) return { file: '', line: 0 }
  if (!url.startsWith('file:')) return { file: url, line: lineNumber + 1 }
  const path = fileURLToPath(url)
  const sm = mapFor(path)
  if (sm && lineNumber >= 0) {
    const e = sm.map.findEntry(lineNumber, columnNumber)
    if (e?.originalSource) {
      const src = e.originalSource.startsWith('file:') ? fileURLToPath(e.originalSource) : resolve(sm.dir, e.originalSource)
      return { file: relative(ROOT, src), line: e.originalLine + 1 }
    }
  }
  // Source loaded through tsx: V8 reports positions in tsx's output, not in the .ts file; find
  // the function's definition in the source instead.
  if (path.endsWith('.ts') && frame.functionName) return { file: relative(ROOT, path), line: definitionLine(path, frame.functionName) }
  return { file: relative(ROOT, path), line: lineNumber + 1 }
}

/**
 * Where a stack-trace location (`file:///…/dist/index.js:6938:25`, 1-based) is in src/, through the
 * source map: `src/extract/tasks.ts:63`.
 */
export function mapStackLocation(url, line, column) {
  const { file, line: l } = locate({ url, lineNumber: line - 1, columnNumber: column - 1, functionName: '' })
  return `${file}:${l}`
}

const sources = new Map()
function definitionLine(path, name) {
  if (!sources.has(path)) sources.set(path, existsSync(path) ? readFileSync(path, 'utf8').split('\n') : [])
  const lines = sources.get(path)
  const esc = name.replace(/[$]/g, '\\$')
  const def = new RegExp(`(?:function\\s+${esc}\\b|class\\s+${esc}\\b|\\b${esc}\\s*(?:=|\\()|^\\s*(?:static\\s+|private\\s+|public\\s+)*${esc}\\s*\\()`)
  const i = lines.findIndex((l) => def.test(l))
  return i + 1
}

/** Which part of the code a file belongs to: `src/normalize`, `opencc-js`, `node internals` … */
export function areaOf(file, fn) {
  if (!file) return fn?.startsWith('RegExp:') ? 'regular expressions' : fn?.startsWith('(') ? fn : '(native)'
  if (file.startsWith('node:')) return 'node internals'
  const nm = file.lastIndexOf('node_modules/')
  if (nm >= 0) {
    const rest = file.slice(nm + 13).split('/')
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]
  }
  const parts = file.split('/')
  if (parts[0] === 'src') return parts.length > 2 ? `src/${parts[1]}` : file
  return parts[0]
}

/** Self time by function and by area, largest first. */
export function summarize(profile, top = 15, fromUs = 0) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map()
  const { samples, timeDeltas } = profile
  // Samples are counted, each worth the median sampling period: when other processes take the
  // cores, single gaps of tens of ms land on whatever frame was current and would swamp it.
  const tick = [...timeDeltas].sort((a, b) => a - b)[timeDeltas.length >> 1] / 1000
  let ts = profile.startTime
  for (let i = 0; i < samples.length; i++) {
    ts += timeDeltas[i]
    if (ts < fromUs) continue
    self.set(samples[i], (self.get(samples[i]) ?? 0) + tick)
  }
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const keyOf = new Map() // node id → function key
  const fns = new Map()
  const fnOf = (id) => {
    let key = keyOf.get(id)
    if (key === undefined) {
      const f = byId.get(id).callFrame
      const { file, line } = locate(f)
      const name = f.functionName || '(anonymous)'
      key = `${name}\u0000${file}\u0000${line}`
      keyOf.set(id, key)
      if (!fns.has(key)) fns.set(key, { name, file, line, selfMs: 0, totalMs: 0 })
    }
    return fns.get(key)
  }
  const areas = new Map()
  let total = 0
  for (const [id, ms] of self) {
    const f = byId.get(id).callFrame
    const cur = fnOf(id)
    const { file } = cur
    cur.selfMs += ms
    // inclusive time: once for every distinct function on the stack
    const seen = new Set()
    for (let a = id; a !== undefined; a = parent.get(a)) {
      const fa = fnOf(a)
      if (!seen.has(fa)) {
        seen.add(fa)
        fa.totalMs += ms
      }
    }
    const area = areaOf(file, f.functionName)
    areas.set(area, (areas.get(area) ?? 0) + ms)
    total += ms
  }
  const idle = (areas.get('(idle)') ?? 0) + (areas.get('(program)') ?? 0)
  const busy = total - idle
  const pct = (ms) => (busy > 0 ? (100 * ms) / busy : 0)
  return {
    totalMs: total,
    busyMs: busy,
    functions: [...fns.values()]
      .filter((f) => f.selfMs > 0 && f.name !== '(idle)' && f.name !== '(program)')
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map((f) => ({ ...f, pct: pct(f.selfMs) })),
    /** every function with its inclusive (self + callees) time, for callers of hot code */
    inclusive: [...fns.values()].filter((f) => f.totalMs > 0 && f.name !== '(root)'),
    areas: [...areas]
      .filter(([a]) => a !== '(idle)' && a !== '(program)')
      .sort((a, b) => b[1] - a[1])
      .map(([area, selfMs]) => ({ area, selfMs, pct: pct(selfMs) })),
  }
}
