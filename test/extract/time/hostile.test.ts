import { describe, expect, it } from 'vitest'
import { effectiveDates, extractDeadlines, findStages, planPeriodFromTitle, scanTime, splitMilestones } from '../../../src/extract/time/index.js'

/** Hostile inputs: each must come back (no throw, no hang). Times are not asserted. */
const cases: Record<string, () => string> = {
  '100k digits': () => '1'.repeat(100_000),
  '100k 年': () => '年'.repeat(100_000),
  '100k 、': () => '、'.repeat(100_000),
  '100k Chinese numerals': () => '一'.repeat(100_000),
  '100k 2015-': () => '2015-'.repeat(20_000),
  '100k 第': () => '第'.repeat(100_000),
  '100k 自': () => '自'.repeat(100_000),
  '“十三五 without closing quotes': () => '“十三五'.repeat(25_000),
  '。第一阶段（ unclosed': () => '。第一阶段（'.repeat(15_000),
  '有效期至 repeated': () => '本办法有效期至2025年12月31日'.repeat(5_000),
}

describe('hostile input finishes and returns', () => {
  for (const [name, make] of Object.entries(cases)) {
    it(name, () => {
      const text = make()
      const r = scanTime(text, { referenceDate: '2020-01-01' })
      expect(Array.isArray(r.matches)).toBe(true)
      expect(Array.isArray(splitMilestones(text))).toBe(true)
      expect(Array.isArray(findStages([{ text, offset: 0 }]))).toBe(true)
      expect(effectiveDates(text).diagnostics).toBeDefined()
      planPeriodFromTitle(text.slice(0, 1000))
    })
  }

  it('a 5 MB line of policy text', () => {
    const unit = '进度安排：2015年6月底前完成准备工作，12月底前启动运行，长期坚持；到“十四五”末，'
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length))
    expect(text.length).toBeGreaterThanOrEqual(5_000_000)
    const ds = extractDeadlines(text, { referenceDate: '2015-01-01' })
    expect(ds.length).toBe(4 * Math.ceil(5_000_000 / unit.length))
    expect(ds.at(-1)!.raw).toBe('“十四五”末')
  })
})
