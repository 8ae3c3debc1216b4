import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const child = join(import.meta.dirname, 'jit-child.ts')
const repo = join(import.meta.dirname, '..', '..')

/** How V8 compiled hot functions while a pool worker parsed the seeds, by mode (from --trace-opt). */
function compiles(workers: number, cores: number, nodeArgs: string[] = []): { serial: boolean; synchronous: number; concurrent: number } {
  const r = spawnSync(process.execPath, [...nodeArgs, '--trace-opt', '--import', 'tsx', child, String(workers), String(cores)], { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 })
  expect(r.status, r.stderr).toBe(0)
  const modes = [...r.stdout.matchAll(/\[compiling method .*mode: ConcurrencyMode::k(\w+)\]/g)].map((m) => m[1])
  return {
    serial: /serial=true/.test(r.stderr),
    synchronous: modes.filter((m) => m === 'Synchronous').length,
    concurrent: modes.filter((m) => m === 'Concurrent').length,
  }
}

describe("the batch's compiler tuning (jit.ts tuneCompilerForWorkers)", () => {
  it('has workers compile on their own thread when they are as many as the cores', () => {
    const c = compiles(2, 2)
    expect(c.serial).toBe(true)
    // the worker's optimizing compiles all run on the worker; the concurrent ones left are the main thread's (its isolate existed before)
    expect(c.synchronous).toBeGreaterThan(50)
    expect(c.synchronous).toBeGreaterThan(3 * c.concurrent)
  }, 120_000)

  it('keeps the helper thread when a core is left over, or when the command line says so', () => {
    const fewer = compiles(1, 2)
    expect(fewer.serial).toBe(false)
    expect(fewer.synchronous).toBe(0)
    expect(fewer.concurrent).toBeGreaterThan(50)
    const given = compiles(2, 2, ['--concurrent-recompilation'])
    expect(given.serial).toBe(false)
    expect(given.synchronous).toBe(0)
  }, 120_000)
})
