import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluate, loadGold, regressions, type Baseline } from '../../src/eval/index.js'

const ROOT = new URL('../..', import.meta.url).pathname
const BLIND_D = join(ROOT, 'test/gold/blind-d')

describe('the stage gold blind-d (drawn by scripts/sample-gold-d.ts, annotated before the parser ran on it)', () => {
  const gold = loadGold(BLIND_D)

  it('holds every document of SAMPLE.tsv, each input present', () => {
    const sample = readFileSync(join(BLIND_D, 'SAMPLE.tsv'), 'utf8').trim().split('\n').slice(1)
    expect(gold.length).toBe(sample.length)
    for (const { gold: g } of gold) expect(existsSync(join(ROOT, g.file)), g.file).toBe(true)
    // Every sampled file is annotated, under its index.
    const files = new Set(gold.map((g) => g.gold.file))
    for (const row of sample) expect(files.has(row.split('\t')[6]!), row).toBe(true)
  })

  it('does not fall below its committed baseline in any field', () => {
    const report = evaluate(BLIND_D, { root: ROOT })
    expect(report.files.filter((f) => f.error).map((f) => `${f.name}: ${f.error}`)).toEqual([])
    const baseline = JSON.parse(readFileSync(join(BLIND_D, 'baseline.json'), 'utf8')) as Baseline
    expect(regressions(report, baseline)).toEqual([])
  })
})
