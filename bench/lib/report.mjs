/**
 * Turns a results object into the Markdown summary (latest.md, README section) and evaluates the
 * targets of issue 7: reported, never asserted.
 */
const f1 = (v) => (v == null || Number.isNaN(v) ? '–' : v >= 100 ? v.toFixed(0) : v.toFixed(1))
const f2 = (v) => (v == null || Number.isNaN(v) ? '–' : v.toFixed(2))
const mb = (b) => (b / 1e6).toFixed(1)
const pct = (v) => `${v.toFixed(0)} %`

export const TARGETS = { perCoreMBs: 40, chronoRatio: 1.5, peakRssMB: 300, speedup2: 1.8 }

/**
 * Share of parse() time each measured stage takes (seconds per MB of the stage ÷ seconds per MB of
 * parse()), and the rest: the plumbing between stages (unified, VFile, tree nodes, source hash).
 */
export function stageShares(stages) {
  const all = stages.rows.filter((r) => r.measured && r.stage !== 'parse() end to end' && r.stage !== 'decode')
  const rows = all.filter((r) => !r.partOf)
  const parse = stages.rows.find((r) => r.stage === 'parse() end to end')
  const sum = rows.reduce((a, r) => a + 1 / r.mbPerSecCpu, 0)
  const total = parse ? Math.max(sum, 1 / parse.mbPerSecCpu) : sum
  const out = all.map((r) => ({ stage: r.stage, partOf: r.partOf, share: (100 * (1 / r.mbPerSecCpu)) / total }))
  if (parse) out.push({ stage: 'plumbing between stages', share: (100 * (total - sum)) / total })
  return out.sort((a, b) => b.share - a.share)
}

function blameText(r) {
  const shares = r.stages ? stageShares(r.stages) : []
  const s = shares
    .filter((x) => !x.partOf)
    .slice(0, 2)
    .map((x) => {
      const parts = shares.filter((p) => p.partOf && x.stage.startsWith(p.partOf)).map((p) => `${p.stage.replace(/^.*: /, '')} ${pct(p.share)}`)
      return `${x.stage} (${pct(x.share)} of parse() time${parts.length ? `; of which ${parts.join(', ')}` : ''})`
    })
    .join(', ')
  const areas = r.profile?.summary?.areas
    ?.slice(0, 3)
    .map((a) => `${a.area} ${pct(a.pct)}`)
    .join(', ')
  return [s && `slowest stages: ${s}`, areas && `profile self time: ${areas}`].filter(Boolean).join('; ')
}

export function evaluateTargets(r) {
  const out = []
  const parseRow = r.stages?.rows.find((x) => x.stage === 'parse() end to end')
  if (parseRow) {
    const v = parseRow.mbPerSecCpu
    const one = r.bulk?.runs.filter((x) => x.workers === 1 && !x.error).sort((a, b) => b.docs - a.docs)[0]
    const extra = one ? `; bulk, 1 worker: ${f1(one.mbPerSecPerCoreCpu)} MB/s per CPU-second` : ''
    out.push(
      target(
        'full pipeline ≥ 40 MB/s per core on policy text',
        `${f1(v)} MB/s (parse(), seeds + policy, one thread)${extra}`,
        v >= TARGETS.perCoreMBs,
        v < TARGETS.perCoreMBs ? `missed by ${pct((100 * (TARGETS.perCoreMBs - v)) / TARGETS.perCoreMBs)} (needs ${f2(TARGETS.perCoreMBs / v)}× faster); ${blameText(r)}` : '',
      ),
    )
    const chronoRows = r.peers?.rows.filter((x) => x.name.startsWith('chrono-node')) ?? []
    if (chronoRows.length) {
      const best = chronoRows.reduce((a, b) => (b.mbPerSecCpu > a.mbPerSecCpu ? b : a))
      const ratio = v / best.mbPerSecCpu
      out.push(
        target(
          '≥ 1.5× the throughput of chrono-node zh (its fastest use here)',
          `${f2(ratio)}× (${f1(v)} vs ${f1(best.mbPerSecCpu)} MB/s, ${best.name})`,
          ratio >= TARGETS.chronoRatio,
          ratio < TARGETS.chronoRatio
            ? `missed by ${pct((100 * (TARGETS.chronoRatio - ratio)) / TARGETS.chronoRatio)}: parse() would need ${f1(TARGETS.chronoRatio * best.mbPerSecCpu)} MB/s; ${blameText(r)}`
            : '',
        ),
      )
    }
  }
  const runs = r.bulk?.runs.filter((x) => !x.error) ?? []
  if (runs.length) {
    const peak = runs.reduce((a, b) => (b.peakRss > a.peakRss ? b : a))
    const v = peak.peakRss / 1e6
    out.push(
      target(
        'bulk batch peak RSS < 300 MB',
        `${f1(v)} MB (largest: ${peak.workers} worker(s), ${peak.docs} docs)`,
        v < TARGETS.peakRssMB,
        v >= TARGETS.peakRssMB ? `over by ${pct((100 * (v - TARGETS.peakRssMB)) / TARGETS.peakRssMB)}` : '',
      ),
    )
    const sp = speedup(r.bulk)
    if (sp) {
      out.push(
        target(
          '≥ 1.8× speed-up from 1 to 2 workers',
          `${f2(sp.speedup)}× wall (${sp.docs} docs: ${f2(sp.t1 / 1000)} s → ${f2(sp.t2 / 1000)} s; ${f2(sp.coresBusy)} cores busy); from CPU time, two free cores would give ${f2(sp.cpuEstimate)}×`,
          sp.speedup >= TARGETS.speedup2,
          sp.speedup < TARGETS.speedup2 ? `missed by ${pct((100 * (TARGETS.speedup2 - sp.speedup)) / TARGETS.speedup2)}; ${sp.why}` : '',
        ),
      )
    }
  }
  return out
}

function target(name, measured, met, note) {
  return { name, measured, met, note }
}

/** 1 → 2 workers at the largest size both ran, with the CPU the 2-worker run actually got. */
export function speedup(bulk) {
  const one = bulk.runs.filter((x) => x.workers === 1 && !x.error)
  const two = bulk.runs.filter((x) => x.workers === 2 && !x.error)
  const m = Math.max(...one.map((x) => x.m).filter((m) => two.some((t) => t.m === m)))
  if (!Number.isFinite(m)) return null
  const a = one.find((x) => x.m === m),
    b = two.find((x) => x.m === m)
  const coresBusy = b.cpuMs / b.wallMs
  // Cores the 1-worker run already kept busy: the parsing thread plus V8's concurrent GC threads.
  const oneWorkerCores = Math.max(1, a.cpuMs / a.wallMs)
  const cpuGrowth = b.cpuMs / a.cpuMs
  const reasons = []
  if (oneWorkerCores > 1.1)
    reasons.push(`one worker already kept ${f2(oneWorkerCores)} cores busy (the parsing thread plus V8's concurrent GC threads), so 2 workers on 2 cores can give at most ${f2(2 / oneWorkerCores)}×`)
  if (cpuGrowth > 1.1) reasons.push(`2 workers spent ${f2(cpuGrowth)}× the CPU of one for the same documents (GC and caches shared)`)
  if (coresBusy < 1.8) reasons.push(`the 2-worker run got ${f2(coresBusy)} CPU-seconds per second (load average before it ${f2(b.loadBefore)} on ${bulk.cores} cores: other processes shared them)`)
  // What two free cores would give: 1-worker wall with its cores ÷ the 2-worker CPU spread over 2.
  const cpuEstimate = a.cpuMs / oneWorkerCores / (b.cpuMs / 2)
  return { docs: a.docs, t1: a.wallMs, t2: b.wallMs, speedup: a.wallMs / b.wallMs, coresBusy, cpuEstimate, why: reasons.join('; ') || 'no single cause measured' }
}

export function toMarkdown(r) {
  const L = []
  const m = r.machine
  L.push(
    `Run ${r.date} on \`${r.host}\`${r.quick ? ' (**--quick**: subset)' : ''}: ${m.cpu}, ${m.cores} cores, ${m.memGB} GB RAM, Node ${m.node} (V8 ${m.v8}), ${m.os}. ` +
      `Code: \`${r.code.commit}\`${r.code.dirty ? ' (with uncommitted changes)' : ''}, stages loaded from ${r.code.stagesFrom}. Load average at start ${f2(m.loadStart)}, at end ${f2(m.loadEnd)}. Whole run: ${f1(r.durationSec)} s.`,
  )
  L.push('')
  L.push(
    'MB = 10⁶ bytes of UTF-8 input. Single-thread throughput is per CPU-second of the process (`process.cpuUsage`, robust when other processes share the cores); wall-clock throughput beside it. Medians of mitata samples.',
  )
  L.push('')
  if (r.targets?.length) {
    L.push('### Targets (reported, not asserted)', '', '| target | measured | met? | if missed: by how much, and where the time goes |', '| --- | --- | --- | --- |')
    for (const t of r.targets) L.push(`| ${t.name} | ${t.measured} | ${t.met ? 'yes' : '**no**'} | ${t.note || ''} |`)
    L.push('')
  }
  if (r.stages) {
    const shares = new Map(stageShares(r.stages).map((s) => [s.stage, s.share]))
    L.push(
      `### Per stage — seeds + policy (${r.stages.docs} documents, ${mb(r.stages.bytes)} MB)`,
      '',
      '![throughput by stage](throughput-by-stage.svg)',
      '',
      '| stage | MB/s (CPU) | MB/s (wall) | share of parse() time | note |',
      '| --- | ---: | ---: | ---: | --- |',
    )
    for (const s of r.stages.rows) {
      if (!s.measured) {
        L.push(`| ${s.stage} | – | – | | ${s.note} |`)
        continue
      }
      const name = s.stage === 'parse() end to end' ? '**parse() end to end**' : s.stage
      const share = shares.has(s.stage) ? (s.partOf ? `(${pct(shares.get(s.stage))})` : pct(shares.get(s.stage))) : ''
      L.push(`| ${s.partOf ? `&nbsp;&nbsp;${name}` : name} | ${f1(s.mbPerSecCpu)} | ${f1(s.mbPerSecWall)} | ${share} | ${s.note ?? ''} |`)
      if (s.stage === 'parse() end to end' && shares.has('plumbing between stages'))
        L.push(`| (plumbing between stages: unified, VFile, tree nodes, source hash) | | | ${pct(shares.get('plumbing between stages'))} | |`)
    }
    L.push(
      '',
      "decode is bytes → string, not part of `parse(string)`, so the shares leave it out. The shares are of parse() time; what the stages do not account for is the plumbing between them. Rows marked “part of extract” time the scanners the extract stage calls, per clause; their shares (in brackets) are inside the extract stage's.",
    )
    L.push('')
  }
  if (r.peers) {
    const p = r.stages?.rows.find((x) => x.stage === 'parse() end to end')
    L.push(`### Ceiling and peers — same documents, one call per document`, '', '| | MB/s (CPU) | MB/s (wall) | gongwen parse() ÷ this |', '| --- | ---: | ---: | ---: |')
    if (p) L.push(`| **gongwen parse()** | ${f1(p.mbPerSecCpu)} | ${f1(p.mbPerSecWall)} | 1 |`)
    for (const x of r.peers.rows) L.push(`| ${x.name} | ${f1(x.mbPerSecCpu)} | ${f1(x.mbPerSecWall)} | ${p ? f2(p.mbPerSecCpu / x.mbPerSecCpu) + '×' : ''} |`)
    L.push(
      '',
      `Ceiling regex: \`${r.peers.regex.replace(/\|/g, '\\|')}\`. chrono-node finds dates only; opencc-js converts script only; jieba only segments words — gongwen does all of its stages.`,
      '',
    )
  }
  if (r.bulk) {
    const b = r.bulk
    L.push(
      `### End to end over the bulk set — ${b.docs} documents, ${mb(b.bytes)} MB`,
      '',
      `Source: ${b.source}. Documents are read from an unpacked cache; each run is its own process (peak RSS = that process, all worker threads included); subsets are spread evenly over the whole set. Start-up (spawning the workers, loading the package, warm-up parses) is outside the timed window and listed apart.`,
      '',
      '![scaling](scaling.svg)',
      '',
      '| workers | documents | MB | wall s | MB/s | docs/s | ms per MB | MB/s per CPU-second | peak RSS MB | start-up s | errors |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    )
    for (const x of b.runs) {
      if (x.error) {
        L.push(`| ${x.workers} | ${x.m} | | | | | | | | failed |`)
        continue
      }
      L.push(
        `| ${x.workers} | ${x.docs} | ${mb(x.bytes)} | ${f2(x.wallMs / 1000)} | ${f1(x.mbPerSec)} | ${f1(x.docsPerSec)} | ${f1(x.msPerMB)} | ${f1(x.mbPerSecPerCoreCpu)} | ${f1(x.peakRss / 1e6)} | ${f2(x.startupMs / 1000)} | ${x.errors} |`,
      )
    }
    L.push('', `Bulk ceiling (${b.ceiling.what}, one thread): ${f1(b.ceiling.mbPerSecWall)} MB/s wall, ${f1(b.ceiling.mbPerSecCpu)} MB/s per CPU-second.`)
    for (const w of b.workerCounts) {
      const rs = b.runs.filter((x) => x.workers === w && !x.error).sort((a, c) => a.docs - c.docs)
      if (rs.length < 2) continue
      const first = rs[0],
        last = rs[rs.length - 1]
      L.push(
        `${w} worker(s): ${first.docs} → ${last.docs} documents (${f1(last.bytes / first.bytes)}× the bytes) took ${f1(last.wallMs / first.wallMs)}× the time; ms per MB ${f1(first.msPerMB)} → ${f1(last.msPerMB)}; peak RSS ${f1(first.peakRss / 1e6)} → ${f1(last.peakRss / 1e6)} MB.`,
      )
      if (first.warm)
        L.push(
          `The same ${first.docs} documents parsed again in the same worker, its JIT now warm: ${f2(first.warm.wallMs / 1000)} s (${f1(first.warm.msPerMB)} ms per MB, ${f1(first.warm.mbPerSecPerCoreCpu)} MB per CPU-second) against ${f2(first.wallMs / 1000)} s cold. A fresh worker's first seconds run on unoptimized code, which is why small batches cost more per MB; once warm, time grows with the bytes.`,
        )
    }
    const one = b.runs.filter((x) => x.workers === 1 && !x.error && x.bySource).sort((a, c) => c.docs - a.docs)[0]
    if (one) {
      L.push(
        '',
        `By source, 1 worker, ${one.docs} documents (wall time inside parse(), so noisy when the cores are shared):`,
        '',
        '| source | documents | MB | MB/s | ms per document |',
        '| --- | ---: | ---: | ---: | ---: |',
      )
      for (const [k, v] of Object.entries(one.bySource).sort((a, c) => c[1].bytes - a[1].bytes))
        L.push(`| ${k} | ${v.docs} | ${mb(v.bytes)} | ${f1(v.bytes / 1e6 / (v.parseMs / 1000))} | ${f1(v.parseMs / v.docs)} |`)
      L.push('')
    }
    const slow = b.runs.flatMap((x) => x.slowest ?? []).sort((a, c) => c.ms - a.ms)[0]
    if (slow) L.push(`Slowest single document: \`${slow.id ?? `#${slow.doc}`}\`, ${f1(slow.bytes / 1e3)} kB in ${f1(slow.ms)} ms.`)
    L.push('')
  }
  if (r.hostile) {
    L.push(
      '### Hostile inputs — each parsed at 1×, 2×, 4× its size, 16× when 4× is under 100 ms (own process, 60 s limit)',
      '',
      'Times are CPU milliseconds of the fastest of several parses. Exponent k fits time ∝ size^k between the smallest and the largest run: 1 is linear, 2 quadratic; above 1.4 is marked super-linear.',
      '',
      '| case | input | 1× | 2× | 4× | 16× | exponent k | verdict |',
      '| --- | --- | --- | --- | --- | --- | ---: | --- |',
    )
    for (const h of r.hostile) {
      const cell = (s) => {
        const x = h.runs.find((q) => q.scale === s)
        return !x ? '' : x.timedOut ? 'timed out' : x.error ? '**threw**' : `${f2(x.bytes / 1e6)} MB: ${f1(x.ms)} ms (${f1(x.msPerMB)} ms/MB)`
      }
      const crashed = h.runs.some((q) => q.error)
      L.push(
        `| ${h.case} | ${h.what} | ${cell(1)} | ${cell(2)} | ${cell(4)} | ${cell(16)} | ${h.exponent == null ? '–' : f2(h.exponent)} | ${crashed ? '**parse() threw**' : h.superLinear ? '**super-linear**' : h.noise ? 'linear (profiles: no growth)' : 'linear'} |`,
      )
    }
    L.push('')
    for (const h of r.hostile) for (const q of h.runs.filter((x) => x.error)) L.push(`**${h.case}** at ${q.scale}× (n = ${q.n}): parse() threw \`${q.error}\`.`, '')
    for (const h of r.hostile.filter((q) => q.noise && q.profile))
      L.push(
        `**${h.case}**: the timing runs grew (k = ${f2(h.exponent)}), but CPU profiles of many warm parses at ${f2(h.profile.mbSmall)} and ${f2(h.profile.mbBig)} MB take ${f1(h.profile.msPerMBSmall)} and ${f1(h.profile.msPerMBBig)} ms per MB: no growth, so that was the noise of a few cold parses.`,
        '',
      )
    for (const h of r.hostile.filter((q) => q.superLinear && q.profile)) {
      const p = h.profile
      if (p.error) {
        L.push(`**${h.case}** grows super-linearly; ${p.error}.`, '')
        continue
      }
      const lead = h.runs.some((q) => q.error) ? `**${h.case}**: parse() threw, so the profiles are taken below that size` : `**${h.case}** grows super-linearly`
      L.push(
        `${lead}. CPU profiles of parse() at ${f2(p.mbSmall)} MB and ${f2(p.mbBig)} MB (${f1(p.msPerMBSmall)} and ${f1(p.msPerMBBig)} ms per MB); functions ranked by the self time per MB they gain at the larger size (a linear function gains none):`,
        '',
        '| function | file:line | self ms per MB, small | self ms per MB, large | ms beyond linear at the large size |',
        '| --- | --- | ---: | ---: | ---: |',
      )
      for (const fn of p.functions) L.push(`| \`${fn.name.replace(/\|/g, '\\|')}\` | ${fn.file ? `${fn.file}:${fn.line}` : ''} | ${f1(fn.msPerMBSmall)} | ${f1(fn.msPerMBBig)} | ${f1(fn.extraMs)} |`)
      if (!p.chain?.length) L.push('', 'No single function of src/ holds half of the extra time: it is spread over the pipeline.')
      else
        L.push(
          '',
          `Where the extra time sits (inclusive time, outermost first: the functions of src/ that each hold at least half, but not all, of parse()'s extra time at the larger size): ${p.chain.map((x) => `\`${x.name}\` ${x.file}:${x.line} (${pct(100 * x.share)})`).join(' → ')}.`,
        )
      L.push('')
    }
  }
  if (r.profile?.summary) {
    const s = r.profile.summary
    L.push(
      `### Where the time goes — CPU profile of parse() over seeds + policy (${r.profile.seconds} s, ${r.profile.passes} passes)`,
      '',
      '| # | function | file:line | self ms | % of busy time |',
      '| ---: | --- | --- | ---: | ---: |',
    )
    s.functions.forEach((fn, i) => L.push(`| ${i + 1} | \`${fn.name.replace(/\|/g, '\\|')}\` | ${fn.file ? `${fn.file}:${fn.line}` : ''} | ${f1(fn.selfMs)} | ${f1(fn.pct)} |`))
    L.push(
      '',
      'By area: ' +
        s.areas
          .slice(0, 10)
          .map((a) => `${a.area} ${f1(a.pct)} %`)
          .join(', ') +
        '.',
      '',
    )
  }
  return L.join('\n')
}
