import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside42 probe (issue #11). Texts written for the test in the forms the draw met (own places, units and dates).

describe('the draft mark of an issued text', () => {
  it('is no part of the attached text’s title, printed under it and quoted with it', () => {
    const doc = parse(
      '为培育电子商务产业，我厅牵头起草了《某省促进电子商务发展若干政策措施（征求意见稿）》，现向社会公开征求意见。\n\n附件：某省促进电子商务发展若干政策措施（征求意见稿）\n\n某省商务厅\n\n2025年10月23日\n\n附件\n\n某省促进电子商务发展若干政策措施\n\n（征求意见稿）\n\n为推动电子商务发展，特制定本政策。\n\n一、培育电商主体\n\n1.支持培育优质电商主体。〔责任单位：省商务厅、省工信厅〕\n',
    )
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['某省促进电子商务发展若干政策措施'])
    expect(doc.documents[0].tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${r.role}:${u.name}`)))).toEqual(['responsible:省商务厅', 'responsible:省工信厅'])
  })
})

describe('a law site’s reading aids above the text', () => {
  it('are no title (`操作说明`, `法规全文 法条导读`)', () => {
    const doc = parse('当前位置:首页 > 法规标准 > 法规全文\n操作说明\n法规全文 法条导读\n某市安全生产条例\n第一条 为了加强安全生产工作，制定本条例。\n')
    expect([doc.meta.title, doc.meta.docType]).toEqual(['某市安全生产条例', '条例'])
  })
})
