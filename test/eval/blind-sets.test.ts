import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluate, loadGold, regressions, type Baseline } from '../../src/eval/index.js'

const ROOT = new URL('../..', import.meta.url).pathname

// The gold sets drawn by a committed script: each holds what its SAMPLE.tsv drew and never falls below
// its baseline. (The tuned gold and the first blind set have their own tests: eval.test.ts, blind.test.ts.)
const DRAWN_SETS = [
  { dir: 'blind-c', what: 'the plan gold blind-c (drawn by scripts/sample-gold-c.ts, annotated before the parser ran on it)' },
  { dir: 'blind-d', what: 'the stage gold blind-d (drawn by scripts/sample-gold-d.ts, annotated before the parser ran on it)' },
  { dir: 'blind-e', what: 'the long-plan stage gold blind-e (drawn by scripts/sample-gold-e.ts, annotated before the parser ran on it)' },
  { dir: 'blind-f', what: 'the review-section gold blind-f (drawn by scripts/sample-review.ts, annotated before the parser ran on it)' },
]

describe.each(DRAWN_SETS)('$what', ({ dir }) => {
  const setDir = join(ROOT, 'test/gold', dir)
  const gold = loadGold(setDir)

  it('holds every document of SAMPLE.tsv, each input present', () => {
    const [header, ...sample] = readFileSync(join(setDir, 'SAMPLE.tsv'), 'utf8').trim().split('\n')
    const fileColumn = header!.split('\t').indexOf('file')
    expect(fileColumn).toBeGreaterThan(0)
    expect(gold.length).toBe(sample.length)
    for (const { gold: annotated } of gold) expect(existsSync(join(ROOT, annotated.file)), annotated.file).toBe(true)
    // Every sampled file is annotated.
    const files = new Set(gold.map((entry) => entry.gold.file))
    for (const row of sample) expect(files.has(row.split('\t')[fileColumn]!), row).toBe(true)
  })

  it('does not fall below its committed baseline in any field', () => {
    const report = evaluate(setDir, { root: ROOT })
    expect(report.files.filter((file) => file.error).map((file) => `${file.name}: ${file.error}`)).toEqual([])
    const baseline = JSON.parse(readFileSync(join(setDir, 'baseline.json'), 'utf8')) as Baseline
    expect(regressions(report, baseline)).toEqual([])
  })
})
