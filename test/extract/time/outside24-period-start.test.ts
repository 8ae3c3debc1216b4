/**
 * A dateless plan speaks from the start of the period its title names (test/gold/outside/outside24.md,
 * page 03): its review of the last period (`2020年，全市…削减15%`) is past, no due date; its own targets
 * (`到2025年`) stay due. Fixtures are our own text in the pages' format.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'

const due = (text: string) => parse(text).tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => `${t.path.join('/')} ${d.date}`))

const plan = (title: string) =>
  `${title}\n第一章 发展基础\n一、水环境质量明显改善\n2020年，全市化学需氧量排放量较2015年削减15%，全面完成省级下达的减排目标。\n第二章 总体要求\n一、主要目标\n到2025年，全市地表水优Ⅲ比例达到90%以上。\n`

describe("a dateless plan's review of the last period", () => {
  it('a bare year before the plan period is past: only the target year is due', () => {
    expect(due(plan('青溪市“十四五”水资源保护规划'))).toEqual(['第二章/一 2025-12-31'])
    expect(due(plan('青溪市水资源保护行动计划（2021-2023年）'))).toEqual(['第二章/一 2025-12-31'])
  })

  it('a bare year inside the period (a 十三五 plan) stays due', () => {
    expect(due(plan('青溪市“十三五”水资源保护规划'))).toEqual(['第一章/一 2020-12-31', '第二章/一 2025-12-31'])
  })
})
