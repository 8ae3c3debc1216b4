/**
 * The long fuzz run: 100,000 generated inputs through parse(), every one checked for the
 * invariants of test/fuzz-checks.ts. Prints counts: exceptions, schema failures, broken
 * positions/markers, round-trip losses (known bug apart), and the slowest inputs.
 *
 *   node --import tsx scripts/fuzz.ts [--runs 100000] [--seed N]
 *
 * Mix: 80% keyword soup, 10% real seeds with tokens spliced in, 10% random bytes.
 * Exit code 1 when any input threw or broke an invariant other than the known one.
 */
import { parseArgs } from 'node:util'
import fc from 'fast-check'
import { parse, PolicyDocumentSchema } from '../src/index.js'
import { checkRoundTrip, checkStructure } from '../test/parse/fuzz-checks.js'
import { bytes, mutatedDocument, soup } from '../test/parse/fuzz-soup.js'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string' } } })
const RUNS = Number(values.runs)
const SEED = values.seed ? Number(values.seed) : Date.now() % 2 ** 31
const BATCH = 1000

/** A violation's kind: its message with paths, offsets and quoted text taken out. */
const kindOf = (v: string) =>
  v
    .replace(/"[^"]*"/g, '…')
    .replace(/\{.*\}/, '{…}')
    .replace(/clause \S+/g, 'clause X')
    .replace(/before \S+/, 'before X')
    .replace(/\d+/g, 'N')
    .slice(0, 100)

const counts = { inputs: 0, chars: 0, soups: 0, mutated: 0, bytes: 0, threw: 0, schemaInvalid: 0, structure: 0, roundTrip: 0, withClauses: 0, clauses: 0 }
const kinds = new Map<string, { n: number; example: string; input: string }>()
const slowest: Array<{ ms: number; chars: number; input: string }> = []

function note(kind: string, example: string, input: string) {
  const k = kinds.get(kind)
  if (k) k.n++
  else kinds.set(kind, { n: 1, example, input: input.slice(0, 300) })
}

function countClauses(cs: Array<{ children: unknown[] }>): number {
  return cs.reduce((n, c) => n + 1 + countClauses(c.children as never), 0)
}

function checkString(input: string) {
  const t0 = performance.now()
  let doc
  try {
    doc = parse(input, { script: 'keep' })
  } catch (e) {
    counts.threw++
    note(
      `threw: ${(e as Error).message.slice(0, 80)}`,
      String((e as Error).stack)
        .split('\n')
        .slice(0, 3)
        .join(' | '),
      input,
    )
    return
  }
  const ms = performance.now() - t0
  slowest.push({ ms, chars: input.length, input })
  if (slowest.length > 20) slowest.sort((a, b) => b.ms - a.ms).length = 10
  const n = [doc, ...doc.documents].reduce((k, d) => k + countClauses(d.clauses), 0)
  counts.clauses += n
  if (n) counts.withClauses++
  for (const v of checkStructure(input, doc)) {
    if (v.startsWith('schema')) counts.schemaInvalid++
    else counts.structure++
    note(kindOf(v), v, input)
  }
  for (const v of checkRoundTrip(input, doc)) {
    counts.roundTrip++
    note(kindOf(v), v, input)
  }
}

const started = performance.now()
for (let b = 0; b * BATCH < RUNS; b++) {
  const n = Math.min(BATCH, RUNS - b * BATCH)
  const nSoup = Math.round(n * 0.8)
  const nMut = Math.round(n * 0.1)
  const nBytes = n - nSoup - nMut
  for (const input of fc.sample(soup(), { numRuns: nSoup, seed: SEED + b * 3 })) {
    counts.soups++
    counts.chars += input.length
    checkString(input)
  }
  for (const input of fc.sample(mutatedDocument(), { numRuns: nMut, seed: SEED + b * 3 + 1 })) {
    counts.mutated++
    counts.chars += input.length
    checkString(input)
  }
  for (const input of fc.sample(bytes, { numRuns: nBytes, seed: SEED + b * 3 + 2 })) {
    counts.bytes++
    counts.chars += input.length
    try {
      if (!PolicyDocumentSchema.safeParse(parse(input)).success) {
        counts.schemaInvalid++
        note('schema (bytes)', 'schema', Buffer.from(input).toString('hex'))
      }
    } catch (e) {
      counts.threw++
      note(
        `threw on bytes: ${(e as Error).message.slice(0, 80)}`,
        String((e as Error).stack)
          .split('\n')
          .slice(0, 3)
          .join(' | '),
        Buffer.from(input).toString('hex'),
      )
    }
  }
  counts.inputs += n
  if ((b + 1) % 10 === 0) process.stderr.write(`${counts.inputs} inputs, ${((performance.now() - started) / 1000).toFixed(0)} s\n`)
}

const seconds = (performance.now() - started) / 1000
slowest.sort((a, b) => b.ms - a.ms)
// Wall time of one parse includes GC pauses and JIT warm-up: re-time the slowest inputs (best of 3)
// to tell a slow input from a slow moment.
const retimed = slowest.slice(0, 5).map((s) => {
  let best = Infinity
  for (let i = 0; i < 3; i++) {
    const t = performance.now()
    parse(s.input, { script: 'keep' })
    best = Math.min(best, performance.now() - t)
  }
  return { ...s, best }
})
process.stdout.write(
  [
    `gongwen fuzz: ${counts.inputs} inputs (seed ${SEED}) in ${seconds.toFixed(0)} s — ${counts.soups} keyword soups, ${counts.mutated} mutated seeds, ${counts.bytes} byte strings; ${(counts.chars / 1e6).toFixed(1)} M characters`,
    `exceptions:                 ${counts.threw}`,
    `schema-invalid documents:   ${counts.schemaInvalid}`,
    `position/marker violations: ${counts.structure}`,
    `round-trip violations:      ${counts.roundTrip}`,
    `inputs with clauses:        ${counts.withClauses} (${counts.clauses} clauses checked)`,
    `slowest parses (first run → best of 3 re-runs): ${retimed.map((s) => `${s.ms.toFixed(0)} → ${s.best.toFixed(0)} ms for ${s.chars} chars`).join('; ')}`,
    ...(kinds.size ? ['', 'violations by kind (count, first example, its input):'] : []),
    ...[...kinds.entries()].sort((a, b) => b[1].n - a[1].n).map(([k, v]) => `${v.n}\t${k}\n\t${v.example.slice(0, 300)}\n\t${JSON.stringify(v.input)}`),
  ].join('\n') + '\n',
)
process.exitCode = counts.threw || counts.schemaInvalid || counts.structure || counts.roundTrip ? 1 : 0
