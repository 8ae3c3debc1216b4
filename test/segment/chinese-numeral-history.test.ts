import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// A history parenthesis dated in Chinese numerals under the title (outside60 page 10: `（二〇二五年十二月一日…全体会议通过）`
// under a party committee's 建议), read before only when its date was printed in Arabic digits. The texts are written
// for the test.

const history = (text: string) => parse(text).meta.history?.map((h) => `${h.date} ${h.action}`) ?? []

describe('a history line dated in Chinese numerals', () => {
  it('is read like one in Arabic digits', () => {
    expect(history('中共某省委关于制定某某规划的建议\n（二〇二五年十二月一日中国共产党某省第十一届委员会第十一次全体会议通过）\n一、总体要求\n1.指导思想。坚持新发展理念。\n')).toEqual([
      '2025-12-01 通过',
    ])
    expect(history('某某条例\n（一九九八年十二月二十九日第九届全国人民代表大会常务委员会第六次会议通过）\n第一条 为了某某，制定本条例。\n第二条 本条例适用于某某。\n')).toEqual(['1998-12-29 通过'])
  })

  it('leaves the Arabic form and a bracketed note that is no history as before', () => {
    expect(history('某某条例\n（1998年12月29日第九届全国人民代表大会常务委员会第六次会议通过）\n第一条 为了某某，制定本条例。\n第二条 本条例适用于某某。\n')).toEqual(['1998-12-29 通过'])
    expect(history('某某工作方案\n（征求意见稿）\n一、总体要求\n坚持新发展理念。\n')).toEqual([])
  })
})
