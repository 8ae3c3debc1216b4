import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'

// outside58's time family (test/gold/outside/outside58.md E), in fixtures of our own wording

const dates = (text: string) => parse(text).tasks.flatMap((t) => t.deadlines.map((d) => `${t.path.join('/')}|${d.kind}:${d.date ?? `${d.start}…${d.end}`}`))
const plan = (goal: string) => `某市2031年营商环境提升实施方案\n为持续优化营商环境，特制定本方案。\n一、工作目标\n${goal}\n二、重点任务\n（一）优化政务服务。\n`

describe('a bare year right after a target’s lead word (力争, 确保, 争取)', () => {
  it('is the year the target is due, though no verb follows it', () => {
    expect(dates(plan('力争2031年营商环境主要指标进入全省第一方阵。'))).toEqual(['一|due:2031-12-31'])
  })

  it('is read with the spaces a PDF export prints around the year, and cut mid-sentence', () => {
    expect(dates(plan('力争 2031 年营商环境重要'))).toEqual(['一|due:2031-12-31'])
  })

  it('leaves a bare year without a lead word a noun', () => {
    expect(dates(plan('2031年营商环境主要指标进入全省第一方阵。'))).toEqual([])
  })
})
