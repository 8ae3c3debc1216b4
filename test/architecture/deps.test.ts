/**
 * The architecture check: dependency-cruiser with the rules of .dependency-cruiser.cjs (no import
 * cycle; each step imports only earlier steps and the lower layer). The same check as
 * `npm run depcheck`, here so that CI counts a violation as a failed test.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const BIN = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs')

interface Violation {
  from: string
  to: string
  rule: { name: string }
  cycle?: Array<{ name: string }>
}

/** Cruises `dir` with the repo's rules; the violations found, as `rule: from → to` lines. */
function violations(dir: string): string[] {
  const out = execFileSync(process.execPath, [BIN, dir, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const result = JSON.parse(out) as { summary: { violations: Violation[]; totalCruised: number } }
  expect(result.summary.totalCruised).toBeGreaterThan(0)
  const strip = (p: string) => p.replace(/^test\/fixtures\/architecture\//, '')
  return result.summary.violations.map((v) => `${v.rule.name}: ${strip(v.from)} → ${strip(v.to)}`).sort()
}

describe('architecture rules', () => {
  it('src/ has no import cycle and no backward import between steps', { timeout: 120_000 }, () => {
    expect(violations('src')).toEqual([])
  })

  // The rules themselves: a fixture tree with one of each fault must give exactly these.
  it('catch a backward import, a cycle, a lower layer reaching up and a module in no layer', { timeout: 120_000 }, () => {
    expect(violations('test/fixtures/architecture/src')).toEqual([
      'known-layer: src/emit/json.ts → src/misc/helper.ts',
      'lower-layer: src/text/words.ts → src/extract/roles.ts',
      'no-cycle: src/extract/roles.ts → src/extract/units.ts',
      'order:normalize: src/normalize/joins.ts → src/segment/titles.ts',
      'order:normalize: src/normalize/spaces.ts → src/segment/titles.ts',
    ])
  })
})
