import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// Every parse worker of a batch loads the modules its entry imports, each in its own isolate. zod and
// the schemas built with it are not read by parse(); loading them cost each worker ≈ 3 MB of heap
// and their load time. This walks the static imports (not `import type`, not `import()`) of the
// batch's thread entries through src/ and names the packages they reach.
const SRC = new URL('../../src/', import.meta.url)

function packagesReached(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>()
  const packages = new Set<string>()
  const queue = [new URL(entry, SRC).pathname]
  while (queue.length) {
    const file = queue.pop()!
    if (modules.has(file)) continue
    modules.add(file)
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/^(import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const spec = m[2]
      if (spec.startsWith('.')) {
        const target = new URL(spec.replace(/\.js$/, '.ts'), `file://${file}`).pathname
        queue.push(existsSync(target) ? target : target.replace(/\.ts$/, '/index.ts'))
      } else if (!spec.startsWith('node:')) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0])
    }
  }
  return { modules, packages }
}

describe('what a batch thread loads', () => {
  it('the parse worker reaches the parser’s packages, not zod', () => {
    const { modules, packages } = packagesReached('batch/worker.ts')
    expect(modules.size).toBeGreaterThan(50)
    // the walk sees the parser's own packages: it follows the imports that matter
    expect(packages).toContain('unified')
    expect(packages).toContain('opencc-js')
    expect(packages).not.toContain('zod')
    expect([...modules].some((f) => f.endsWith('/schema/time.ts'))).toBe(false)
  })

  it('the segmenter thread reaches neither zod nor the parser', () => {
    const { packages } = packagesReached('batch/segmenter-thread.ts')
    expect(packages).not.toContain('zod')
    expect(packages).not.toContain('unified')
  })

  it('the schema still lists the precisions the scanner uses, in the same order', async () => {
    const { DeadlineSchema, TimeEventSchema } = await import('../../src/schema/time.js')
    const { PRECISIONS } = await import('../../src/schema/precision.js')
    expect(DeadlineSchema.shape.precision.options).toEqual(['day', 'xun', 'month', 'quarter', 'half', 'year', 'plan-period', 'none'])
    expect(TimeEventSchema.shape.precision.options).toEqual([...PRECISIONS])
  })
})
