// Child for heap.test.ts: the main thread's young generation (V8's new space, MB) after churning
// through real corpus text before and after a batch pool's worker came online, with the batch's
// heap tuning on (argv[2] = 'tuned') or off. A child process, because V8 flags are per process.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { getHeapSpaceStatistics } from 'node:v8'
import { tuneHeapForBatch } from '../../src/batch/heap.js'
import { WorkerPool } from '../../src/batch/pool.js'

const repo = join(import.meta.dirname, '..', '..')
const seeds = join(repo, 'corpus', 'seeds')
const texts = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(seeds, f), 'utf8'))

const newSpaceMb = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size / 2 ** 20
/** The largest new space seen after any round: V8 may grow it and shrink it back within one churn. */
let peak = 0
/** What an orchestrator does all batch long: lines split off texts and kept a little while. */
function churn(rounds: number): void {
  let kept: string[] = []
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) for (const line of t.split('\n')) kept.push(line.trim() + r)
    if (kept.length > 20_000) kept = []
    peak = Math.max(peak, newSpaceMb())
  }
}

if (process.argv[2] === 'tuned') tuneHeapForBatch()
const start = newSpaceMb()
churn(150)
const before = newSpaceMb()
const stub = pathToFileURL(join(repo, 'test', 'fixtures', 'batch', 'parsers', 'stub-parse.ts')).href
const pool = new WorkerPool({ size: 1, workerData: { parseModule: stub, options: {} } })
const result = await pool.run({ kind: 'text', input: 'seed.txt', path: 'seed.txt', format: 'text', text: texts[0] })
churn(150)
const after = newSpaceMb()
await pool.close()
process.stdout.write(JSON.stringify({ start, before, after, peak, ok: 'ok' in result }))
