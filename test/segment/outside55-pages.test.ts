import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside55's families (test/gold/outside/outside55.md), in fixtures of our own wording

describe('a joint 落款 closed by a 供销合作社', () => {
  const notice = (organs: string) =>
    `关于印发某省农产品流通体系建设三年行动方案的通知\n某农发〔2024〕6号\n各市（州）人民政府：\n为加快农产品流通体系建设，经省人民政府同意，现将《某省农产品流通体系建设三年行动方案》印发给你们，请认真组织实施。\n${organs}\n2024年3月18日\n`

  it('reads every organ, two to a line, the last one a 供销合作总社', () => {
    const doc = parse(notice('某省农业农村厅 某省商务厅\n某省财政厅 某省交通运输厅\n某省供销合作总社'))
    expect(doc.meta.issuers).toEqual(['某省农业农村厅', '某省商务厅', '某省财政厅', '某省交通运输厅', '某省供销合作总社'])
    expect(doc.meta.signedDate).toBe('2024-03-18')
  })

  it("reads a county's 供销合作社联合社 signing alone", () => {
    expect(parse(notice('某县供销合作社联合社')).meta.issuers).toEqual(['某县供销合作社联合社'])
  })
})

describe("a department's portal heading, its 字号 after a dash", () => {
  const page = (heading: string) =>
    `某省民政厅\n\n当前位置 : 首页 > 政府信息公开 > 规划计划\n${heading}\n时间:2023-05-12 10:20:00\n来源:\n 各市（州）民政局:\n\n  省民政厅制定了《某省养老服务体系建设规划》，经省政府同意，现印发给你们，请认真抓好贯彻落实。\n\n       某省民政厅\n\n       2023年5月8日\n`

  it('splits the 字号 off the title under the site name and breadcrumb', () => {
    const doc = parse(page('某省民政厅关于印发《某省养老服务体系建设规划》的通知-某民发〔2023〕18号'))
    expect([doc.meta.title, doc.meta.docType, doc.meta.docNumber?.normalized]).toEqual(['某省民政厅关于印发《某省养老服务体系建设规划》的通知', '通知', '某民发〔2023〕18号'])
  })

  it('splits it after a space too', () => {
    const doc = parse(page('某省民政厅关于印发《某省养老服务体系建设规划》的通知 某民发〔2023〕18号'))
    expect([doc.meta.title, doc.meta.docNumber?.normalized]).toEqual(['某省民政厅关于印发《某省养老服务体系建设规划》的通知', '某民发〔2023〕18号'])
  })

  it('keeps a title that cites a 字号 inside it whole', () => {
    const doc = parse(page('某省民政厅关于废止某民发〔2019〕3号文件的通知'))
    expect(doc.meta.title).toBe('某省民政厅关于废止某民发〔2019〕3号文件的通知')
  })
})

describe("a city portal's label table over the printed head", () => {
  const page = (printedTitle: string, authority = '') =>
    `字体大小:    \n\n关闭\n索  引  号012345AB00100/2016-00321\n发文字号某政办发[2016]45号 发布日期2016年08月22日\n发文机关${authority} 关  键  字\n标  题关于印发某市防汛应急预案的通知\n主题分类城乡建设、环境保护 成文日期\n\n某市人民政府办公厅\n\n${printedTitle}\n\n各县（市、区）人民政府，市直有关单位：\n\n  新修订的《某市防汛应急预案》已经市人民政府同意，现印发给你们，请认真贯彻执行。\n\n某市防汛应急预案\n\n1 总则\n\n1.1 编制目的\n\n为做好防汛应急处置工作，最大限度减轻洪涝灾害损失，制定本预案。\n`

  it('reads an empty 发文机关 cell as empty, not as the label beside it', () => {
    const doc = parse(page('关于印发某市防汛应急预案的通知'))
    expect(doc.meta.issuers).not.toContain('关键字')
    expect(doc.meta.docNumber?.normalized).toBe('某政办发〔2016〕45号')
    expect(doc.meta.publishedDate).toBe('2016-08-22')
  })

  it('gives the labelled title the organ the document prints above it, and takes that organ as issuer', () => {
    const doc = parse(page('关于印发某市防汛应急预案的通知'))
    expect([doc.meta.title, doc.meta.issuers]).toEqual(['某市人民政府办公厅关于印发某市防汛应急预案的通知', ['某市人民政府办公厅']])
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['某市防汛应急预案'])
  })

  it('does so when the printed title lost its closing genre word', () => {
    const doc = parse(page('关于印发某市防汛应急预案的'))
    expect([doc.meta.title, doc.meta.issuers]).toEqual(['某市人民政府办公厅关于印发某市防汛应急预案的通知', ['某市人民政府办公厅']])
  })

  it('still reads a 发文机关 cell that holds a name', () => {
    expect(parse(page('关于印发某市防汛应急预案的通知', '某市人民政府办公厅')).meta.issuers).toEqual(['某市人民政府办公厅'])
  })
})
