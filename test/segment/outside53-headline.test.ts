import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside53 page 03's head (test/gold/outside/outside53.md), in a fixture of our own wording

describe('a news headline quoting the title with its issuing verb, over the title printed alone', () => {
  const page = (headline: string) =>
    `当前位置: 首页> 政务公开\n\n${headline}\n\n发布日期:2017-03-02   发稿人:某某   来源:某某网   阅读:次\n\n某市大气污染防治工作方案\n\n为切实改善空气质量，结合我市实际，制订本工作方案。\n\n一、工作目标\n\n到2020年，全市细颗粒物浓度比2015年下降20%。\n`

  it('takes the printed line as the title, whichever side the verb stands', () => {
    for (const headline of ['《某市大气污染防治工作方案》印发', '市政府印发《某市大气污染防治工作方案》']) {
      const doc = parse(page(headline))
      expect([doc.meta.title, doc.meta.docType]).toEqual(['某市大气污染防治工作方案', '工作方案'])
    }
  })

  it('keeps a quoted heading without an issuing verb as it was read', () => {
    const doc = parse(page('《某市大气污染防治工作方案》解读'))
    expect(doc.meta.title).not.toBe('某市大气污染防治工作方案')
  })
})
