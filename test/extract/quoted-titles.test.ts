import { describe, expect, it } from 'vitest'
import { quotedTitles } from '../../src/extract/quoted-titles.js'
import { SpanSet } from '../../src/text/spans.js'

describe('quotedTitles', () => {
  it('finds each 《…》 of a range, nested 〈〉 and all, at offsets into the whole text', () => {
    const text = '前言。按照《2019年〈河湖长制〉工作要点》和《考核办法》要求，2020年底前完成。'
    const spans = quotedTitles(text, 3, text.length)
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['《2019年〈河湖长制〉工作要点》', '《考核办法》'])
    expect(new SpanSet(spans).has(text.indexOf('2019'))).toBe(true)
    expect(new SpanSet(spans).has(text.indexOf('2020'))).toBe(false)
  })

  it('takes the outer title when titles nest, and none when one is never closed', () => {
    const nested = '转发《关于印发《实施细则》的通知》，2021年起施行'
    expect(quotedTitles(nested, 0, nested.length).map(([s, e]) => nested.slice(s, e))).toEqual(['《关于印发《实施细则》的通知》'])
    expect(quotedTitles('见《未完的标题，2021年', 0, 12)).toEqual([])
  })
})
