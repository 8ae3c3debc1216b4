import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluate, loadGold, regressions, type Baseline } from '../../src/eval/index.js'

const ROOT = new URL('../..', import.meta.url).pathname
const BLIND = join(ROOT, 'test/gold/blind')

describe('the blind development gold (annotated before the parser ran on it)', () => {
  const gold = loadGold(BLIND)

  it('holds at least 40 sampled documents and 10 family fixtures, each input present', () => {
    expect(gold.filter((g) => !g.name.startsWith('fx-')).length).toBeGreaterThanOrEqual(40)
    expect(gold.filter((g) => g.name.startsWith('fx-')).length).toBeGreaterThanOrEqual(10)
    for (const { gold: g } of gold) expect(existsSync(join(ROOT, g.file)), g.file).toBe(true)
  })

  it('does not fall below its committed baseline in any field', () => {
    const report = evaluate(BLIND, { root: ROOT })
    expect(report.files.filter((f) => f.error).map((f) => `${f.name}: ${f.error}`)).toEqual([])
    const baseline = JSON.parse(readFileSync(join(BLIND, 'baseline.json'), 'utf8')) as Baseline
    expect(regressions(report, baseline)).toEqual([])
  })
})
