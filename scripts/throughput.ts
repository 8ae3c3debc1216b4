/**
 * parse() throughput on corpus/seeds + corpus/policy, one thread, measured in CPU time
 * (process.cpuUsage, user + system) so other processes on the machine matter less.
 * Two warm-up passes, then ROUNDS timed passes (default 5); prints the median and best pass.
 *
 *   node --import tsx scripts/throughput.ts [ROUNDS]
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from '../src/index.js'

const rounds = Number(process.argv[2] ?? 5)
const root = fileURLToPath(new URL('../corpus/', import.meta.url))
const texts = [
  ...readdirSync(join(root, 'seeds')).map((f) => readFileSync(join(root, 'seeds', f), 'utf8')),
  ...readdirSync(join(root, 'policy'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(root, 'policy', f), 'utf8')),
]
const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0)
for (let r = 0; r < 2; r++) for (const t of texts) parse(t)
// CPU time per pass: the median and the best pass (the least disturbed by other processes)
const passes: number[] = []
const t0 = performance.now()
for (let r = 0; r < rounds; r++) {
  const c0 = process.cpuUsage()
  for (const t of texts) parse(t)
  const c = process.cpuUsage(c0)
  passes.push((c.user + c.system) / 1e6)
}
const wall = (performance.now() - t0) / 1000
const mb = bytes / 1e6
const sorted = [...passes].sort((a, b) => a - b)
const median = sorted[sorted.length >> 1]
console.log(
  `${texts.length} docs, ${mb.toFixed(2)} MB × ${rounds}: cpu median ${(mb / median).toFixed(2)} MB/s, best ${(mb / sorted[0]).toFixed(2)} MB/s, ` +
    `wall ${((mb * rounds) / wall).toFixed(2)} MB/s, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
)
