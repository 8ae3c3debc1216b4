import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside51's families (test/gold/outside/outside51.md), in fixtures of our own wording

describe("a site's audio player and slogan above a plan's title", () => {
  it('reads the title alone, without the widget lines or the slogan', () => {
    const doc = parse(
      '一分钟了解某某网是做什么的?\n点击播放\n\n农村产权交易服务平台\n\n正在收听青河市国土空间总体规划(2021—2035年)\n\n青河市国土空间总体规划(2021—2035年)\n\n来源:某省自然资源厅2022-03-01 10:00:00\n\n第一章 总 则\n\n第一条 规划目的\n\n为统筹国土空间开发保护，制定本规划。\n',
    )
    expect([doc.meta.title, doc.meta.docType]).toEqual(['青河市国土空间总体规划（2021—2035年）', '规划'])
  })

  it('still joins a title broken after 关于 whose next line opens with 城市', () => {
    const doc = parse('关于深入推进\n城市公共交通优先发展\n的实施意见\n某政办〔2023〕4号\n各县人民政府：\n为推进公共交通发展，提出如下实施意见。\n')
    expect(doc.meta.title).toBe('关于深入推进城市公共交通优先发展的实施意见')
  })

  it('still joins an issuer line over a title that opens with a jurisdiction', () => {
    const doc = parse('某省人民政府办公厅\n某市公共交通发展规划的通知\n各市人民政府：\n现将规划印发给你们。\n')
    expect(doc.meta.title).toBe('某省人民政府办公厅某市公共交通发展规划的通知')
  })
})
