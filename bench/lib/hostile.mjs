/**
 * Hostile inputs: each case is built at 1×, 2× and 4× its base size (and 16× when 4× still takes
 * under 100 ms) and parsed in a child process (its own heap, and a timeout so a blow-up cannot
 * hang the run). Time growing faster than the size (exponent > 1.4) means super-linear work; that
 * case is then profiled to name the function.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { loadPolicyCorpus } from './corpus.mjs'
import { profileScript, mapStackLocation } from './profile.mjs'

const CHILD = fileURLToPath(new URL('./hostile-child.mjs', import.meta.url))

/** The cases; `n4` is the 4× size (as named in the issue), in the unit `build` takes. */
export const CASES = [
  { name: 'single line', what: 'the bundled corpus with every line break removed, as one line', unit: 'MB', n4: 50e6, build: singleLine },
  { name: 'nested brackets', what: '（ ×n, a word, ） ×n', unit: 'brackets', n4: 100_000, build: (n) => '（'.repeat(n) + '内容' + '）'.repeat(n) },
  { name: 'unclosed brackets', what: '（ ×n, never closed', unit: 'brackets', n4: 100_000, build: (n) => '关于（' + '（'.repeat(n) + '的通知' },
  { name: '、 run', what: '、 ×n on one line', unit: 'chars', n4: 1_000_000, build: (n) => '一、' + '、'.repeat(n) },
  { name: 'digit run', what: '0123456789… ×n on one line', unit: 'chars', n4: 1_000_000, build: (n) => '1'.padEnd(n, '0123456789') + '年' },
  { name: '第一条 ×n', what: '第一条 on n lines', unit: 'lines', n4: 100_000, build: (n) => '第一条\n'.repeat(n) },
  { name: '第一条 ×n one line', what: '第一条 repeated n times on one line', unit: 'repeats', n4: 100_000, build: (n) => '第一条'.repeat(n) },
]

/** Policy texts joined with line breaks removed, cut to `bytes` UTF-8 bytes. */
function singleLine(bytes) {
  const one = loadPolicyCorpus()
    .map((d) => d.text.replace(/[\r\n]+/g, ''))
    .join('')
  const perChar = Buffer.byteLength(one) / one.length
  const chars = Math.floor(bytes / perChar)
  return one.repeat(Math.ceil(chars / one.length)).slice(0, chars)
}

export function buildCase(name, n) {
  return CASES.find((c) => c.name === name).build(n)
}

/**
 * @returns {Promise<Array<{ case: string, what: string, runs: Array<{ scale: number, n: number, bytes?: number, ms?: number, msPerMB?: number, peakRss?: number, timedOut?: boolean, error?: string }>, growth: number | null, superLinear: boolean, profile?: any }>>}
 */
export async function measureHostile({ quick = false, dist, timeoutMs = 60_000, log = () => {} }) {
  const out = []
  for (const c of CASES) {
    const runs = []
    const scales = [1, 2, 4]
    for (let k = 0; k < scales.length; k++) {
      const scale = scales[k]
      const n = Math.round((c.n4 * scale) / 4 / (quick ? 4 : 1))
      const r = spawnSync(process.execPath, [CHILD, JSON.stringify({ case: c.name, n, dist })], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 24 })
      if (r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGTERM') {
        runs.push({ scale, n, timedOut: true })
        log(`  ${c.name} ${scale}×: timed out after ${timeoutMs / 1000} s`)
        break
      }
      if (r.status !== 0) {
        const error = describeCrash(r.stderr || '')
        runs.push({ scale, n, error })
        log(`  ${c.name} ${scale}×: failed: ${error}`)
        break
      }
      const res = JSON.parse(r.stdout.trim().split('\n').pop())
      runs.push({ scale, n, ...res, msPerMB: res.ms / (res.bytes / 1e6) })
      log(
        `  ${c.name.padEnd(20)} ${String(scale).padStart(2)}× ${(res.bytes / 1e6).toFixed(2).padStart(7)} MB ${res.ms.toFixed(1).padStart(9)} ms CPU ${(res.ms / (res.bytes / 1e6)).toFixed(1).padStart(8)} ms/MB`,
      )
      // Too fast at 4× to tell linear from quadratic through timer noise: go on to 16×.
      if (scale === 4 && res.ms < 100) scales.push(16)
    }
    const done = runs.filter((r) => r.ms !== undefined)
    const first = done[0],
      last = done[done.length - 1]
    const growth = done.length >= 2 ? last.msPerMB / first.msPerMB : null
    // time ∝ size^exponent between the smallest and largest run: 1 is linear, 2 quadratic.
    const exponent = done.length >= 2 ? Math.log(last.ms / first.ms) / Math.log(last.bytes / first.bytes) : null
    const superLinear = runs.some((r) => r.timedOut || r.error) || (exponent !== null && exponent > 1.4)
    const row = { case: c.name, what: c.what, runs, growth, exponent, superLinear }
    if (superLinear) {
      // Two sizes 4× apart; below the 1× size when that already took seconds, to keep the run short.
      // When the 1× run itself threw or timed out: ¼ and ½ of its size, the largest that may pass.
      const slow = first && first.ms > 2000
      const n1 = runs[0].n
      const small = !first ? { n: Math.round(n1 / 4) } : slow ? { n: Math.round(first.n / 4) } : first
      const big = !first ? { n: Math.round(n1 / 2) } : slow ? first : last !== first ? last : { n: small.n * 4 }
      log(`  ${c.name}: super-linear (exponent ${exponent?.toFixed(2)}), profiling at n=${small.n} and n=${big.n}`)
      row.profile = growthProfile(c.name, small.n, big.n, dist, timeoutMs)
      // The profiles parse many times (warm JIT): if they show no growth in time per MB, the
      // timing runs' growth was noise from the few cold parses they could afford.
      if (!runs.some((q) => q.timedOut || q.error) && row.profile.growth !== undefined && row.profile.growth < 1.3) {
        row.superLinear = false
        row.noise = true
      }
    }
    out.push(row)
  }
  return out
}

/**
 * Names the function behind a super-linear case: profiles parse() at a small and a large size and
 * ranks functions by how much of their self time per MB is new at the large size. A linear
 * function keeps its ms per MB; the culprit's grows with the size.
 */
export function growthProfile(name, nSmall, nBig, dist, timeoutMs) {
  const run = (n) => {
    const p = profileScript(CHILD, [JSON.stringify({ case: name, n, dist, profileSeconds: 3 })], { top: Infinity, timeoutMs })
    if (!p.summary) return null
    const res = JSON.parse(p.stdout.trim().split('\n').pop())
    const mb = res.bytes / 1e6
    // self ms per parse per MB, by function
    const totalPerMB = p.summary.busyMs / res.reps / mb
    const per = new Map(p.summary.functions.map((f) => [`${f.name}\u0000${f.file}:${f.line}`, { ...f, msPerMB: f.selfMs / res.reps / mb }]))
    const incl = new Map(p.summary.inclusive.map((f) => [`${f.name}\u0000${f.file}:${f.line}`, { ...f, msPerMB: f.totalMs / res.reps / mb }]))
    return { n, mb, reps: res.reps, totalPerMB, per, incl, areas: p.summary.areas.slice(0, 6) }
  }
  const a = run(nSmall),
    b = run(nBig)
  if (!a || !b) return { n: nBig, error: 'profile run failed' }
  const rows = []
  for (const [k, fb] of b.per) {
    const fa = a.per.get(k)
    const extraMs = (fb.msPerMB - (fa?.msPerMB ?? 0)) * b.mb // ms per large parse beyond linear growth
    rows.push({ name: fb.name, file: fb.file, line: fb.line, msPerMBSmall: fa?.msPerMB ?? 0, msPerMBBig: fb.msPerMB, extraMs })
  }
  rows.sort((x, y) => y.extraMs - x.extraMs)
  // Inclusive extra time per src/ function, against the extra time of the whole parse().
  const extra = []
  for (const [k, fb] of b.incl) {
    if (!fb.file.startsWith('src/') || fb.file === 'src/pipeline.ts' || fb.file === 'src/parse.ts') continue
    const fa = a.incl.get(k)
    extra.push({ name: fb.name, file: fb.file, line: fb.line, extraMs: (fb.msPerMB - (fa?.msPerMB ?? 0)) * b.mb })
  }
  // the whole parse: parseWithProcessor (runPipeline before it was renamed)
  const whole = (m) => m.get([...m.keys()].find((k) => k.startsWith('parseWithProcessor\u0000') || k.startsWith('runPipeline\u0000'))) ?? { msPerMB: 0 }
  const all = whole(b.incl).msPerMB * b.mb - whole(a.incl).msPerMB * b.mb
  // Outermost first: the chain of src/ functions that each hold at least half of the extra time.
  // Callers that hold (nearly) all of it are the pipeline around the culprit, not news: left out.
  const chain =
    all > 0
      ? extra
          .filter((x) => x.extraMs >= all / 2 && x.extraMs < all * 0.98)
          .sort((x, y) => y.extraMs - x.extraMs)
          .slice(-4)
          .map((x) => ({ ...x, share: x.extraMs / all }))
      : []
  return { nSmall, nBig, mbSmall: a.mb, mbBig: b.mb, msPerMBSmall: a.totalPerMB, msPerMBBig: b.totalPerMB, growth: b.totalPerMB / a.totalPerMB, functions: rows.slice(0, 6), chain, areas: b.areas }
}

/** `RangeError: Maximum call stack size exceeded at visit (src/extract/tasks.ts:63)` from a crash's stderr. */
export function describeCrash(stderr) {
  const lines = stderr.split('\n')
  const message = lines.find((l) => /^[A-Za-z]*Error\b/.test(l)) ?? lines.filter(Boolean).pop() ?? 'exited with an error'
  const at = lines.map((l) => /^\s+at (?:(\S+) )?\(?(file:\/\/[^\s)]+):(\d+):(\d+)\)?/.exec(l)).find(Boolean)
  if (!at) return message.trim()
  return `${message.trim()} at ${at[1] ?? '(anonymous)'} (${mapStackLocation(at[2], Number(at[3]), Number(at[4]))})`
}
