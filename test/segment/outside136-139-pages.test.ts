import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside136–139 (issue #11, helpers' draws of the forty-seventh session's first round), on fixtures of
 * our own wording in the pages' shapes: a spam mirror's keyword chain printed where the city's name stood (139 02); a
 * dated draft mark and another after it (138 02); a news site's shortened headline over its stamp and the fuller title
 * (138 03); a period whose dash the scraper lost (138 05); a 版头 naming in full the government its title calls 市政府
 * (136 08); a law's history parenthesis under a site's chrome (136 04).
 */
describe("a spam mirror's keyword chain where the city's name stood", () => {
  const page = (chain: string) =>
    [
      '各区县人民政府，市政府各部门：',
      `现将《${chain}“十四五”体育事业发展规划》印发给你们，请认真贯彻执行。`,
      `${chain}人民政府`,
      '2022年9月29日',
      `${chain}“十四五”体育事业发展规划`,
      '一、发展回顾',
      '（一）主要成就。全民健身设施不断完善。',
    ].join('\n')

  it('is removed wherever it stands: the plan keeps its title, the 落款 names no issuer', () => {
    const doc = parse(page('win88_88娱乐官网_88娱乐下载了'))
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['“十四五”体育事业发展规划'])
    expect(doc.meta.issuers).toEqual([])
    expect(doc.meta.signedDate).toBe('2022-09-29')
    expect(doc.diagnostics.some((d) => d.code === 'keyword-chain-removed')).toBe(true)
  })

  it("a city's name is no chain: it stays, and signs", () => {
    const doc = parse(page('青溪市'))
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['青溪市“十四五”体育事业发展规划'])
    expect(doc.meta.issuers).toEqual(['青溪市人民政府'])
  })

  it('a chain printed once is left as printed', () => {
    const text = '青溪市人民政府关于规范网站栏目命名的通知\n各部门：\n栏目标识如news_list_item一类不再使用。\n'
    expect(parse(text).diagnostics.some((d) => d.code === 'keyword-chain-removed')).toBe(false)
  })
})

describe('draft marks closing a title, one after another', () => {
  it('drops a dated draft mark and the mark after it', () => {
    const doc = parse(['青溪市重污染天气应急预案(2020年修订稿)(征求意见稿)', '1 总则', '1.1 编制目的', '为有效应对重污染天气，特制订本预案。'].join('\n'))
    expect(doc.meta.title).toBe('青溪市重污染天气应急预案')
  })

  it('keeps a status that is no draft mark before it: `(试行)`', () => {
    const doc = parse(['青溪市重污染天气应急预案(试行)(征求意见稿)', '1 总则', '1.1 编制目的', '为有效应对重污染天气，特制订本预案。'].join('\n'))
    expect(doc.meta.title).toBe('青溪市重污染天气应急预案（试行）')
  })
})

describe("a news site's shortened headline over its stamp, then the document's title", () => {
  const page = (own: string) => ['青溪实施国家文化发展纲要意见', '来源:青溪日报 更新时间:2012-04-14', own, '文化是民族的灵魂。为繁荣发展文化事业，提出如下意见。'].join('\n')

  it('the fuller title under the stamp is the title', () => {
    expect(parse(page('青溪市实施《国家“十一五”时期文化发展纲要》的意见')).meta.title).toBe('青溪市实施《国家“十一五”时期文化发展纲要》的意见')
  })

  it('a line under the stamp that does not spell the headline out stays the body', () => {
    expect(parse(page('青溪市关于加强文物保护工作的意见')).meta.title).toBe('青溪实施国家文化发展纲要意见')
  })
})

describe("a plan's period whose dash the scraper lost", () => {
  const page = (period: string) =>
    [
      '青溪市人民政府关于印发青溪市文旅融合行动计划(2021—2023年)的通知',
      '各区县人民政府：',
      `《青溪市文旅融合行动计划(${period}年)》已经市政府同意，现印发给你们，请认真贯彻落实。`,
      '青溪市人民政府',
      '2021年12月17日',
      `青溪市文旅融合行动计划(${period}年)`,
      '为推动文旅融合发展，特制定本行动计划。',
    ].join('\n')

  it('gets it back in the issued title, the later year after the earlier', () => {
    expect(parse(page('20212023')).documents[0].meta.title).toBe('青溪市文旅融合行动计划（2021—2023年）')
  })

  it('two years in the wrong order are left as printed', () => {
    expect(parse(page('20232021')).documents[0].meta.title).toBe('青溪市文旅融合行动计划（20232021年）')
  })
})

describe('a 版头 naming in full the government its title calls 市政府', () => {
  const page = (letterhead: string) =>
    [letterhead, '青政发〔2010〕182号', '市政府关于大力实施商标战略的意见', '各区人民政府，市各委办局：', '为加快品牌强市建设，特制定本意见。', '一、重要意义', '商标战略是经济发展的重要环节。'].join(
      '\n',
    )

  it('the letterhead’s organ is the issuer', () => {
    expect(parse(page('青溪市人民政府文件')).meta.issuers).toEqual(['青溪市人民政府'])
  })

  it('another organ’s letterhead does not rename it', () => {
    expect(parse(page('青溪市人民政府办公室文件')).meta.issuers).toEqual(['市政府'])
  })
})

describe("a law's history parenthesis under a site's chrome", () => {
  const page = (chrome: string[]) =>
    [
      ...chrome,
      '(2000年9月27日青溪省第九届人民代表大会常务委员会第十七次会议通过)',
      '《青溪省实施〈中华人民共和国森林法〉办法》已由青溪省第九届人民代表大会常务委员会第十七次会议于2000年9月27日通过，现予公布，自公布之日起施行。',
      '第一章 总则',
      '第一条 根据《中华人民共和国森林法》，结合本省实际，制定本办法。',
    ].join('\n')

  it('past a hot-topics row and a stamp with its hit count, the history and its adopting body are read', () => {
    const doc = parse(page(['热门专题 》 开发商: 甲地产 乙地产 丙地产 代理商: 丁代理 戊代理', '时间:02-01 17:51:17 浏览:6392次来源:http://www.example.com 法制法规']))
    expect(doc.meta.history?.map((h) => [h.date, h.action])).toEqual([['2000-09-27', '通过']])
    expect(doc.meta.issuers).toEqual(['青溪省人民代表大会常务委员会'])
    expect(doc.meta.docType).toBe('办法')
  })

  it('a sentence above it is no chrome', () => {
    const doc = parse(page(['本站转载以下法规全文，供读者参考。', '时间:02-01 17:51:17 浏览:6392次']))
    expect(doc.meta.history ?? []).toEqual([])
  })
})
