/**
 * The time scanner's gate (src/extract/time/grammar/registry.ts, mayHoldTime), measured old vs new
 * in one process, passes alternating so the machine's load falls on both alike:
 * - the scanner as the extract step calls it: scanTime once per preamble paragraph and clause
 *   text (the bench's "extract: deadlines" row), gated vs scanTimeUngated;
 * - parse() end to end with the gate on and off (timeGate).
 * Prints the counts of ranges (all, with an expression, passing the gate) and the median of
 * ROUNDS passes in MB (UTF-8 of the documents) per CPU-second.
 *
 *   node --import tsx scripts/time-gate-bench.ts [ROUNDS]
 */
import { parse } from '../src/index.js'
import { localCorpus } from './sweep/corpus.js'
import { mayHoldTime } from '../src/extract/time/grammar/registry.js'
import { canonicalize } from '../src/extract/time/canon.js'
import { scanTime, scanTimeUngated, timeGate } from '../src/extract/time/scan.js'
import { normalizeStep, segmentStep, structureStep } from '../src/steps.js'

const rounds = Number(process.argv[2] ?? 7)
const texts = localCorpus().map((d) => d.text)
const mb = texts.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1e6

interface Clause {
  data: { textStart: number; textEnd: number }
  type: string
  children: Clause[]
}
// [text, from, to] of every preamble paragraph and clause text, as the bench's stage table takes them
const ranges: Array<[string, number, number]> = []
for (const t of texts) {
  const { view } = normalizeStep(t)
  const trees = structureStep(segmentStep(view), view) as unknown as Array<{ preamble: Array<{ data: { start: number; end: number } }>; clauses: Clause[] }>
  const visit = (c: Clause) => {
    ranges.push([view.text, c.data.textStart, c.data.textEnd])
    for (const k of c.children) if (k.type === 'clause') visit(k)
  }
  for (const tree of trees) {
    for (const p of tree.preamble) ranges.push([view.text, p.data.start, p.data.end])
    tree.clauses.forEach(visit)
  }
}

let withTime = 0
let passing = 0
let missed = 0
for (const [text, from, to] of ranges) {
  const found = scanTimeUngated(text, { from, to }).matches.length > 0
  const pass = mayHoldTime(canonicalize(text, from, to).text)
  if (found) withTime++
  if (pass) passing++
  if (found && !pass) missed++
}
console.log(
  `${texts.length} docs, ${mb.toFixed(2)} MB, ${ranges.length} ranges: ${withTime} hold an expression, ${passing} pass the gate, ${ranges.length - passing} skipped, ${missed} skipped with an expression`,
)

const cpu = (fn: () => void) => {
  const c0 = process.cpuUsage()
  fn()
  const c = process.cpuUsage(c0)
  return (c.user + c.system) / 1e6
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]

function ab(name: string, a: () => void, b: () => void, passes: number, perSample = 1) {
  for (let r = 0; r < 2; r++) {
    a()
    b()
  }
  const ta: number[] = []
  const tb: number[] = []
  for (let r = 0; r < passes; r++) {
    if (r % 2) {
      ta.push(cpu(a))
      tb.push(cpu(b))
    } else {
      tb.push(cpu(b))
      ta.push(cpu(a))
    }
  }
  const [ma, mb_] = [(mb * perSample) / median(ta), (mb * perSample) / median(tb)]
  console.log(`${name}: ungated ${ma.toFixed(1)} MB/s, gated ${mb_.toFixed(1)} MB/s (×${(mb_ / ma).toFixed(2)}), median of ${passes}`)
}

const scanAll = (scan: typeof scanTime) => () => {
  for (const [text, from, to] of ranges) scan(text, { from, to })
}
// the scanner pass is short: several corpus passes per sample
const repeat = (fn: () => void, n: number) => () => {
  for (let i = 0; i < n; i++) fn()
}
ab('time scanner per clause', repeat(scanAll(scanTimeUngated), 5), repeat(scanAll(scanTime), 5), rounds, 5)
ab(
  'parse() end to end',
  () => {
    timeGate.enabled = false
    for (const t of texts) parse(t)
    timeGate.enabled = true
  },
  () => {
    for (const t of texts) parse(t)
  },
  rounds,
)
