/**
 * 在2025年或之前 (Hong Kong's `in or before`): the year is the last one that meets the target, as
 * 2025年之前 is (issue #11; test/gold/outside/outside13.md page 01).
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { scanTime } from '../../../src/extract/time/index.js'
import { fixtureText } from '../../helpers.js'

describe('或之前 after a date', () => {
  it('a KPI list in traditional script: 在2025年或之前 → due 2025-12-31, 2024年底前 → 2024-12-31', () => {
    const doc = parse(fixtureText('time-outside/hk-or-before.txt'))
    const dues = doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => [t.path.join('/'), d.raw, d.date]))
    expect(dues).toEqual([
      ['1', '2025年或之前', '2025-12-31'],
      ['2', '2024年底前', '2024-12-31'],
    ])
  })

  it('a day with 或之前 keeps its day: 2026年3月31日或之前提交 → 2026-03-31', () => {
    const [m] = scanTime('申請人須於2026年3月31日或之前提交文件。').matches
    expect([m.deadline.kind, m.deadline.raw, m.deadline.date]).toEqual(['due', '2026年3月31日或之前', '2026-03-31'])
  })

  it('或以前 stays out: 八十六年度或以前年度 qualifies years, it sets no date', () => {
    const text = '以其一百零六年度或以前年度之盈餘所分配者,應計入綜合所得總額。'
    expect(scanTime(text).matches.filter((m) => m.deadline.kind === 'due')).toEqual([])
  })
})
