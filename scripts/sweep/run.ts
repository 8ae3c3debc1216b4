/**
 * The command-line loop both domain sweeps share (scripts/sweep-marker-lines.ts,
 * scripts/sweep-role-cues.ts): read the corpus, classify each document's cues, print the count per
 * class and a spread sample of the unexplained ones, optionally write everything to --out.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parse, type PolicyDocument } from '../../src/index.js'
import { corpusDocuments, spread } from './corpus.js'

/** One classified cue: its class, its line and the text to show when it is unexplained. */
export interface SweptCue {
  cls: string
  line: number
  text: string
}

export interface SweepScript {
  /** What is counted, for the summary line (`marker-shaped lines`, `role cues`). */
  noun: string
  /** The name of the class nobody explained. */
  unexplained: string
  /** A cheap check that the text holds a cue at all; documents without one are not parsed. */
  mayHoldCue?: (text: string) => boolean
  classify: (text: string, doc: PolicyDocument) => SweptCue[]
}

export async function runSweepScript(sweep: SweepScript): Promise<void> {
  const { values } = parseArgs({
    options: {
      'no-bulk': { type: 'boolean', default: false },
      limit: { type: 'string' },
      samples: { type: 'string', default: '30' },
      out: { type: 'string' },
    },
  })
  const counts = new Map<string, number>()
  const unexplained: Array<{ id: string; line: number; text: string }> = []
  let docs = 0
  let total = 0
  const started = Date.now()
  for await (const { id, text } of corpusDocuments({ bulk: !values['no-bulk'], limit: values.limit ? Number(values.limit) : undefined })) {
    docs++
    if (sweep.mayHoldCue && !sweep.mayHoldCue(text)) continue
    let doc: PolicyDocument
    try {
      doc = parse(text)
    } catch {
      continue
    }
    for (const c of sweep.classify(text, doc)) {
      total++
      counts.set(c.cls, (counts.get(c.cls) ?? 0) + 1)
      if (c.cls === sweep.unexplained) unexplained.push({ id, line: c.line, text: c.text })
    }
  }
  const rows = [...counts].sort((a, b) => b[1] - a[1])
  console.log(`${docs} documents, ${total} ${sweep.noun}, ${((Date.now() - started) / 1000).toFixed(0)} s`)
  for (const [k, v] of rows) console.log(`${String(v).padStart(8)}  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
  const sample = spread(unexplained, Number(values.samples))
  console.log(`\n${sample.length} unexplained (every ${Math.max(1, Math.floor(unexplained.length / Math.max(1, sample.length)))}th):`)
  for (const u of sample) console.log(`${u.id}:${u.line}  ${u.text.replace(/\s+/g, ' ')}`)
  if (values.out) writeFileSync(values.out, JSON.stringify({ docs, total, counts: Object.fromEntries(rows), unexplained }, null, 1))
}
