// Child for jit.test.ts: runs with `node --trace-opt`, sets the batch's compiler tuning for
// argv[2] workers on argv[3] cores, then parses the seed documents in a pool worker, so V8 prints
// how it compiled the parser's hot functions in that worker (concurrently or on the thread itself).
// A child process, because V8 flags are per process.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { tuneCompilerForWorkers } from '../../src/batch/jit.js'
import { WorkerPool } from '../../src/batch/pool.js'

const seeds = join(import.meta.dirname, '..', '..', 'corpus', 'seeds')
const files = readdirSync(seeds).filter((f) => f.endsWith('.txt'))
const serial = tuneCompilerForWorkers(Number(process.argv[2]), Number(process.argv[3]))
const pool = new WorkerPool({ size: 1, workerData: { options: {} }, shareSegmenter: false })
for (let round = 0; round < 4; round++) {
  for (const f of files) {
    const r = await pool.run({ kind: 'text', input: f, path: f, format: 'text', text: readFileSync(join(seeds, f), 'utf8') })
    if (!r.ok) throw new Error(`${f} failed`)
  }
}
await pool.close()
process.stderr.write(`serial=${serial}\n`)
