import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside91's families (test/gold/outside/outside91.md), in fixtures of our own wording

describe("a spam host's keyword links split by underscores over the page", () => {
  it('looks past the line, however long, for the title', () => {
    const keywords = Array.from({ length: 10 }, (_, k) => `某某精品视频第${'一二三四五六七八九十'[k]}页在线观看`).join('_')
    expect(keywords.length).toBeGreaterThan(100)
    const doc = parse(
      `${keywords}\n\n位置:\n青溪省人民政府关于印发青溪省无废城市建设工作方案的通知\n新闻中心\n\n青政字〔2022〕130号\n\n各市人民政府，省政府各部门：\n\n《青溪省无废城市建设工作方案》已经省政府同意，现印发给你们，请认真贯彻执行。\n\n青溪省人民政府\n\n2022年7月14日\n`,
    )
    expect(doc.meta.title).toBe('青溪省人民政府关于印发青溪省无废城市建设工作方案的通知')
    expect(doc.meta.docNumber?.normalized).toBe('青政字〔2022〕130号')
  })
})

describe("a site's heading naming the plan, then the notice under its own 版头", () => {
  const page = (mark: string) =>
    `青溪省土壤污染防治工作方案 青政发〔2016〕85号\n\n2017-11-13 1031\n发文时间:\n\n${mark}\n\n青政发[2016]85 号\n\n省人民政府关于印发青溪省土壤污染防治工作方案的通知\n\n各市、县人民政府，省政府各部门：\n\n现将《青溪省土壤污染防治工作方案》印发给你们，请认真贯彻执行。\n\n2016 年 12 月 30 日\n\n青溪省土壤污染防治工作方案\n\n为加强全省土壤污染防治，制定本工作方案。\n`

  it('reads the notice as the document and its issuer from the 发文机关标志', () => {
    const doc = parse(page('青溪省人民政府文件'))
    expect([doc.meta.title, doc.meta.docType, doc.meta.issuers]).toEqual(['省人民政府关于印发青溪省土壤污染防治工作方案的通知', '通知', ['青溪省人民政府']])
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['青溪省土壤污染防治工作方案'])
  })

  it('takes no notice past the site lines when no 发文机关标志 stands there (guard)', () => {
    expect(parse(page('青溪省土壤办')).meta.title).not.toBe('省人民政府关于印发青溪省土壤污染防治工作方案的通知')
  })
})

describe("a law database's label block going on with labels no field takes", () => {
  const law = (umbrella: string) =>
    `青溪省实施《中华人民共和国水法》办法\n\n【发布部门】${umbrella} 【发布文号】\n【效力级别】省级地方性法规 【时效状态】 已被修改\n【发布日期】 1994-08-18 【实施日期】 1994-08-18\n【法律话题】 社会管理 【产业领域】 公用事业\n\n青溪省实施《中华人民共和国水法》办法\n\n(1994年8月18日青溪省第六届人民代表大会常务委员会第十次会议通过)\n\n第一章 总则\n\n第一条 为了合理开发利用和保护水资源，制定本办法。\n`

  it('reads the history printed under the block, and the adopting body as the issuer', () => {
    const doc = parse(law('青溪省人大(含常委会)'))
    expect(doc.meta.history?.map((h) => [h.date, h.action])).toEqual([['1994-08-18', '通过']])
    expect(doc.meta.issuers).toEqual(['青溪省人民代表大会常务委员会'])
    expect(doc.meta.publishedDate).toBe('1994-08-18')
  })

  it('keeps a department the label names as it is (guard)', () => {
    expect(parse(law('青溪省水利厅')).meta.issuers).toEqual(['青溪省水利厅'])
  })
})

describe("a plan's line under its title naming the organ that made it", () => {
  it('reads the organ as the issuer', () => {
    const doc = parse('青溪区国民经济和社会发展第十四个五年规划纲要\n青溪市青溪区人民政府制定\n前 言\n依据有关建议，编制本纲要。\n第一章 发展基础\n')
    expect(doc.meta.issuers).toEqual(['青溪市青溪区人民政府'])
    expect(doc.meta.docType).toBe('纲要')
  })
})
