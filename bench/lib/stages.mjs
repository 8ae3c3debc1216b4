/**
 * Per-stage throughput. Each stage reads what earlier stages left in a per-document context and
 * stores its own output there; all stages are first run once in order (untimed) so every stage can
 * then be timed alone over the whole corpus. Adding a stage is one line in STAGES.
 */
import { VFile } from 'vfile'
import { throughput } from './measure.mjs'

/**
 * name: as reported; needs: the function the stages module must export (else the stage is listed
 * as not measured); run(c, S, pkg): one document.
 */
export const STAGES = [
  { name: 'decode', needs: 'decodeStage', run: (c, S) => { c.decoded = S.decodeStage(c.bytes).text } },
  { name: 'normalize', needs: 'normalizeStage', run: (c, S) => { c.view = S.normalizeStage(c.text).view } },
  { name: 'segment', needs: 'segmentStage', run: (c, S) => { c.seg = S.segmentStage(c.view) } },
  { name: 'structure', needs: 'structureStage', run: (c, S) => { c.clauses = S.structureStage(c.seg, c.view) } },
  { name: 'extract roles', needs: 'extractRolesStage', run: (c, S) => { c.roles = S.extractRolesStage(c.view, c.clauses) } },
  { name: 'extract deadlines', needs: 'extractDeadlinesStage', run: (c, S) => { c.deadlines = S.extractDeadlinesStage(c.view, c.clauses) } },
  { name: 'emit', needs: null, prepare: prepareEmit, run: (c) => { c.doc = c.proc.stringify(c.tree, c.file) } },
]

/** Emit is timed as the unified compiler over a tree the processor already parsed and transformed. */
function prepareEmit(c, S, pkg) {
  c.proc = pkg.createProcessor()
  c.file = new VFile({ value: c.text })
  c.tree = c.proc.runSync(c.proc.parse(c.file), c.file)
}

/**
 * @param {{ bytes: Buffer, text: string }[]} corpus
 * @returns {Promise<Array<{ stage: string, measured: boolean, note?: string } & Partial<Awaited<ReturnType<typeof throughput>>>>>}
 */
export async function measureStages(corpus, S, pkg, o = {}) {
  const bytes = corpus.reduce((a, d) => a + d.bytes.length, 0)
  const ctx = corpus.map((d) => ({ bytes: d.bytes, text: d.text }))
  const active = STAGES.filter((s) => !s.needs || typeof S[s.needs] === 'function')
  for (const s of active) for (const c of ctx) { s.prepare?.(c, S, pkg); s.run(c, S, pkg) }
  const rows = []
  for (const s of STAGES) {
    if (!active.includes(s)) { rows.push({ stage: s.name, measured: false, note: `not in this build (stages.${s.needs} missing)` }); continue }
    const r = await throughput(() => { for (const c of ctx) s.run(c, S, pkg) }, bytes, o)
    rows.push({ stage: s.name, measured: true, ...(o.notes?.[s.needs] ? { note: o.notes[s.needs], standIn: true } : {}), ...r })
    o.log?.(`  ${s.name.padEnd(18)} ${r.mbPerSecCpu.toFixed(1).padStart(8)} MB/s (cpu) ${r.mbPerSecWall.toFixed(1).padStart(8)} MB/s (wall)`)
  }
  const full = await throughput(() => { for (const c of ctx) pkg.parse(c.text) }, bytes, o)
  rows.push({ stage: 'parse() end to end', measured: true, ...full })
  o.log?.(`  ${'parse()'.padEnd(18)} ${full.mbPerSecCpu.toFixed(1).padStart(8)} MB/s (cpu) ${full.mbPerSecWall.toFixed(1).padStart(8)} MB/s (wall)`)
  return { bytes, docs: corpus.length, rows }
}
