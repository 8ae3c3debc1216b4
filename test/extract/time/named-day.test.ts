import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'

/**
 * A day the text names (`2022年10月16日是第42个世界粮食日`: grammars/time/events.json namedDay) is no due date — an activity
 * plan's background, outside185 03 (issue #11, fiftieth session); fixtures of our own wording.
 */
const plan = (sentence: string) => ['某区2022年粮食安全宣传周活动方案', '一、活动背景', sentence, '二、工作要求', '各单位要于2022年10月20日前报送活动总结。'].join('\n')
const due = (text: string) => parse(text).tasks.flatMap((t) => t.deadlines.map((d) => `${t.path.join('/')}:${d.date}`))

describe('a day named by the text', () => {
  it('is no due date when a copula names it a day', () => {
    expect(due(plan('2022年10月16日是第42个世界粮食日，今年的主题是“不让任何人掉队”。'))).toEqual(['二:2022-10-20'])
    expect(due(plan('2022年10月16日为集中宣传日，各单位要组织宣传活动。'))).toEqual(['二:2022-10-20'])
  })

  it('keeps a yearly day its yearly reading: no year is printed (guard)', () => {
    const doc = parse(['某市消防条例', '第一章 总则', '第六条 每年11月9日为本市消防日。'].join('\n'))
    expect(doc.tasks.flatMap((t) => (t.events ?? []).map((e) => e.date))).toEqual([])
  })

  it('stays due when the copula opens a sentence of work, not a day’s name (guard)', () => {
    expect(due(plan('2022年10月16日是各单位报送方案的最后期限，逾期不予受理。'))).toContain('一:2022-10-16')
  })
})
