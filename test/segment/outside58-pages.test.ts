import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside58's families (test/gold/outside/outside58.md), in fixtures of our own wording

describe('a 落款 whose organ is followed by a seal note, `(代章)`', () => {
  const notice = (organ: string) =>
    `各区人民政府，市直各单位：\n《某市2031年优化营商环境实施方案》已经市领导小组会议审议通过，现印发给你们，请认真贯彻执行。\n${organ}\n2031年4月16日\n(此件主动公开)\n某市2031年优化营商环境实施方案\n为持续优化营商环境，特制定本方案。\n一、总体要求\n`

  it('reads the organ without the note as the issuer', () => {
    const doc = parse(notice('中共某市委优化营商环境领导小组(代章)'))
    expect([doc.meta.issuers, doc.meta.signedDate, doc.documents.map((d) => d.meta.title)]).toEqual([['中共某市委优化营商环境领导小组'], '2031-04-16', ['某市2031年优化营商环境实施方案']])
  })

  it('reads a full-width bracket the same', () => {
    expect(parse(notice('某市禁毒工作领导小组（代章）')).meta.issuers).toEqual(['某市禁毒工作领导小组'])
  })
})

describe("a portal's name printed over a title that stands whole without it", () => {
  const page = (title: string) =>
    `某自治区市场监督管理局\n\n政府信息公开\n\n${title}\n\n发布时间:2031-03-18       【字体:    中    \n\n2031年是规划收官之年。重点做好以下工作。\n\n一、把牢市场监管方向\n\n(一)扎实做好各项重点工作。\n`

  it('leaves the name out of a yearly work plan’s title', () => {
    const doc = parse(page('2031年自治区市场监督管理工作要点'))
    expect([doc.meta.title, doc.meta.docType]).toEqual(['2031年自治区市场监督管理工作要点', '工作要点'])
  })

  it('still takes an organ line over a title broken after 关于', () => {
    const doc = parse('某市人民政府办公厅\n关于印发某市2031年市场监管工作要点的通知\n各区人民政府：\n现将工作要点印发给你们，请认真贯彻执行。\n')
    expect(doc.meta.title).toBe('某市人民政府办公厅关于印发某市2031年市场监管工作要点的通知')
  })
})

describe("a site's breadcrumb printed without arrows on the title's line", () => {
  const page = (first: string) =>
    `${first}\n\n某省生态环境厅关于印发《某省重污染天气应急预案》的通知\n\n来源:某健康网 时间:2031年11月25日 19:21\n\n各市、县(市、区)人民政府，省级有关单位：\n\n经省政府同意，现将《某省重污染天气应急预案》印发给你们，请认真组织实施。\n\n某省生态环境厅\n\n2031年4月24日\n`

  it('cuts the home word and the section words off the title', () => {
    const doc = parse(page('首页 资讯 某省生态环境厅关于印发《某省重污染天气应急预案》的通知'))
    expect([doc.meta.title, doc.meta.issuers]).toEqual(['某省生态环境厅关于印发《某省重污染天气应急预案》的通知', ['某省生态环境厅']])
  })

  it('keeps an organ printed apart before 关于 as the title’s issuer', () => {
    const doc = parse('首页 某市教育局 关于做好2031年秋季学期开学工作的通知\n各学校：\n现将有关事项通知如下。\n')
    expect(doc.meta.title).toBe('某市教育局关于做好2031年秋季学期开学工作的通知')
  })
})
