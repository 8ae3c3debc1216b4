import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside77's families (test/gold/outside/outside77.md), in fixtures of our own wording

describe("a plan's period printed under its title with 年 after both years", () => {
  const page = (period: string) =>
    `发布机构 | 人民政府办公室 | 文 号 | 某政办发【2022】3号 |\n成文日期 | 2022-03-01 | 公文时效 | 有效 |\n某旗草原保护利用规划\n${period}\n第一章 总 则\n第一节 前 言\n一、编制背景\n为加强草原保护,特制订本规划。\n`

  it('takes the period into the title', () => {
    expect(parse(page('(2021年—2035年)')).meta.title).toBe('某旗草原保护利用规划（2021年—2035年）')
  })

  it('takes a period with 年 after the second year only, as before', () => {
    expect(parse(page('(2021—2035年)')).meta.title).toBe('某旗草原保护利用规划（2021—2035年）')
  })
})

describe('a public letter or a proposal as a genre', () => {
  it.each([
    ['致全镇群众的森林防火公开信', '公开信'],
    ['文明祭扫倡议书', '倡议书'],
  ])('%s → %s', (title, genre) => {
    const doc = parse(`${title}\n尊敬的各位群众:\n为确保森林资源和群众生命财产安全,请大家自觉遵守有关规定。\n某镇人民政府\n2023年1月10日\n`)
    expect([doc.meta.title, doc.meta.docType]).toEqual([title, genre])
  })
})
