import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside74's families (test/gold/outside/outside74.md), in fixtures of our own wording

describe("a portal's label rows, glued without spaces, under a stamp line under the title", () => {
  const page = (stamp: string) =>
    `应急管理\n\n某地区燃气安全专项整治行动实施方案\n\n${stamp}\n索 引 号 11650000-1/2021-00012 发布机构 公开日期 2021-05-20\n发文日期 2021-05-18 有效性 有效 文号\n\n为加强燃气安全管理,制定本实施方案。\n\n一、整治目标\n\n2022年底前,燃气安全风险明显减少。\n`

  it('reads the rows under the stamp: an empty 发布机构 cell, then 公开日期 as the publication date', () => {
    const doc = parse(page('时间:2021-05-20 点击:'))
    expect([doc.meta.title, doc.meta.publishedDate, doc.meta.issuers]).toEqual(['某地区燃气安全专项整治行动实施方案', '2021-05-20', []])
  })

  it('reads the rows the same with no stamp line above them', () => {
    expect(parse(page('')).meta.publishedDate).toBe('2021-05-20')
  })

  it('leaves a stamp line followed by body text alone', () => {
    const doc = parse('某地区燃气安全专项整治行动实施方案\n时间:2021-05-20 点击:\n为加强燃气安全管理,制定本实施方案。\n一、整治目标\n2022年底前,燃气安全风险明显减少。\n')
    expect(doc.meta.publishedDate).toBeNull()
  })
})

describe("a plan's title run into a preamble that opens by saying what its matter is", () => {
  it('ends the title at its genre word before `水是…`', () => {
    const doc = parse('某市水污染防治工作方案水是生命之源,关系人民群众身体健康.为切实加强我市水污染防治,结合我市实际,制定本工作方案.一、总体要求\n')
    expect([doc.meta.title, doc.meta.docType]).toEqual(['某市水污染防治工作方案', '工作方案'])
  })

  it('does not cut a title whose genre word is followed by more of the title', () => {
    const doc = parse('某市水污染防治工作方案实施细则\n为落实工作方案,制定本细则。\n第一条 本细则适用于本市。\n')
    expect(doc.meta.title).toBe('某市水污染防治工作方案实施细则')
  })
})

describe('a 版头 naming the issuer over a title without an organ and a 落款 of its date alone', () => {
  const page = (signature: string) =>
    `来源: 时间:2012-03-01\n某市人民政府办公室文件\n某府办〔2012〕8号\n印发某市科技发展“十二五”规划的通知\n各区人民政府,市政府各部门: 《某市科技发展“十二五”规划》业经市政府批准,现印发给你们,请组织实施。\n${signature}\n某市科技发展“十二五”规划\n一、发展基础\n我市科技创新能力逐步提高。\n`

  it('reads the letterhead organ as the issuer', () => {
    const doc = parse(page('二○一二年二月十日'))
    expect([doc.meta.title, doc.meta.docNumber?.normalized, doc.meta.signedDate, doc.meta.issuers]).toEqual([
      '印发某市科技发展“十二五”规划的通知',
      '某府办〔2012〕8号',
      '2012-02-10',
      ['某市人民政府办公室'],
    ])
  })

  it('keeps the 落款 organ when one is printed', () => {
    expect(parse(page('某市人民政府\n二○一二年二月十日')).meta.issuers).toEqual(['某市人民政府'])
  })
})
