/**
 * Per-stage throughput. Each stage reads what earlier stages left in a per-document context and
 * stores its own output there; all stages are first run once in order (untimed) so every stage can
 * then be timed alone over the whole corpus. Adding a stage is one line in STAGES.
 */
import { unified } from 'unified'
import { VFile } from 'vfile'
import { throughput } from './measure.mjs'

/**
 * name: as reported; needs: the function it calls (in the stages module, else the package), the
 * stage is reported as not measured when it is missing; partOf: a stage whose time is inside
 * another row's (left out of the shares' sum); prepare(c, S, pkg): untimed set-up; run: one document.
 */
export const STAGES = [
  {
    name: 'decode',
    needs: 'decodeStep',
    run: (c, S) => {
      c.decoded = S.decodeStep(c.bytes).text
    },
  },
  {
    name: 'normalize',
    needs: 'normalizeStep',
    run: (c, S) => {
      c.view = S.normalizeStep(c.text).view
    },
  },
  {
    name: 'segment',
    needs: 'segmentStep',
    run: (c, S) => {
      c.seg = S.segmentStep(c.view)
    },
  },
  {
    name: 'structure',
    needs: 'structureStep',
    run: (c, S) => {
      c.trees = S.structureStep(c.seg, c.view)
      c.ranges = clauseRanges(c.trees)
    },
  },
  { name: 'extract: roles', needs: 'scanRoles', partOf: 'extract', run: (c, _S, pkg) => scanRolesPerClause(c, pkg) },
  {
    name: 'extract: deadlines',
    needs: 'scanTime',
    partOf: 'extract',
    run: (c, _S, pkg) => {
      for (let i = 0; i < c.ranges.length; i += 2) pkg.scanTime(c.view.text, { from: c.ranges[i], to: c.ranges[i + 1] })
    },
  },
  {
    name: 'extract (whole stage)',
    needs: 'gongwenExtract',
    prepare: prepareExtract,
    run: (c) => {
      c.extract(c.xtree, c.xfile)
      c.xstate.diags.list.length = c.diags0
    },
  },
  {
    name: 'emit',
    needs: 'createProcessor',
    prepare: prepareEmit,
    run: (c) => {
      c.doc = c.proc.stringify(c.tree, c.file)
    },
  },
]

/** [from, to) of every preamble paragraph and every clause's own text, in document order. */
function clauseRanges(trees) {
  const out = []
  const visit = (c) => {
    out.push(c.data.textStart, c.data.textEnd)
    for (const k of c.children) if (k.type === 'clause') visit(k)
  }
  for (const t of trees) {
    for (const p of t.preamble) out.push(p.data.start, p.data.end)
    for (const c of t.clauses) visit(c)
  }
  return out
}

/** The role scanner as the extract stage calls it: once per range, document rules carried along. */
function scanRolesPerClause(c, pkg) {
  c.jurisdiction ??= c.seg.title ? pkg.jurisdictionFromTitle(c.seg.title.text) : { level: 'unknown' }
  let rules = {}
  for (let i = 0; i < c.ranges.length; i += 2) rules = pkg.scanRoles(c.view.text, { from: c.ranges[i], to: c.ranges[i + 1], rules, jurisdiction: c.jurisdiction }).rules
}

/**
 * The extract transformer timed on a tree the parser and structure stages already built. It
 * rewrites the same fields every time; the diagnostics it adds are dropped after each run.
 */
function prepareExtract(c, S, pkg) {
  const proc = unified().use(pkg.gongwenParse).use(pkg.gongwenStructure)
  c.xfile = new VFile({ value: c.text })
  c.xtree = proc.runSync(proc.parse(c.xfile), c.xfile)
  c.xstate = c.xfile.data.gongwen
  c.diags0 = c.xstate.diags.list.length
  c.extract = S.gongwenExtract()
}

/** Emit is timed as the unified compiler over a tree the processor already parsed and transformed. */
function prepareEmit(c, _S, pkg) {
  c.proc = pkg.createProcessor()
  c.file = new VFile({ value: c.text })
  c.tree = c.proc.runSync(c.proc.parse(c.file), c.file)
}

const fnOf = (s, S, pkg) => (typeof S[s.needs] === 'function' ? S[s.needs] : pkg[s.needs])

/**
 * @param {{ bytes: Buffer, text: string }[]} corpus
 */
export async function measureStages(corpus, S, pkg, o = {}) {
  const bytes = corpus.reduce((a, d) => a + d.bytes.length, 0)
  const ctx = corpus.map((d) => ({ bytes: d.bytes, text: d.text }))
  const active = STAGES.filter((s) => typeof fnOf(s, S, pkg) === 'function')
  for (const s of active)
    for (const c of ctx) {
      s.prepare?.(c, S, pkg)
      s.run(c, S, pkg)
    }
  const rows = []
  for (const s of STAGES) {
    if (!active.includes(s)) {
      rows.push({ stage: s.name, measured: false, note: `not in this build (${s.needs} missing)` })
      continue
    }
    const r = await throughput(
      () => {
        for (const c of ctx) s.run(c, S, pkg)
      },
      bytes,
      o,
    )
    const note = o.notes?.[s.needs] ?? (s.partOf ? `part of ${s.partOf}: the scanner as the stage calls it, per clause` : undefined)
    rows.push({ stage: s.name, measured: true, ...(s.partOf ? { partOf: s.partOf } : {}), ...(note ? { note } : {}), ...r })
    o.log?.(`  ${s.name.padEnd(22)} ${r.mbPerSecCpu.toFixed(1).padStart(8)} MB/s (cpu) ${r.mbPerSecWall.toFixed(1).padStart(8)} MB/s (wall)`)
  }
  const full = await throughput(
    () => {
      for (const c of ctx) pkg.parse(c.text)
    },
    bytes,
    o,
  )
  rows.push({ stage: 'parse() end to end', measured: true, ...full })
  o.log?.(`  ${'parse()'.padEnd(22)} ${full.mbPerSecCpu.toFixed(1).padStart(8)} MB/s (cpu) ${full.mbPerSecWall.toFixed(1).padStart(8)} MB/s (wall)`)
  return { bytes, docs: corpus.length, rows }
}
