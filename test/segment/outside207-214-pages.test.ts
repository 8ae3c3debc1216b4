import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside207–214 (issue #11, helpers' draws of the fifty-second session), on fixtures of our own wording in
 * the pages' shapes: an organ's site crediting one of its own sections in its stamp (208 04, and 203 05's `局办公室`);
 * an organ's site named by its welcome line, its stamp crediting no source (207 01); a 落款 naming the issuer by a short
 * word of its name (207 04's 省政府安委会); a newspaper printing a law under its announcement with no title line (210 04); a portal's validity mark opening the title (213 05); a party committee named by its 党委 glued to the government in a title (212 06); a 字号 over the title, its brackets lost (209 04).
 */
describe("an organ's site crediting its own section", () => {
  const page = (source: string) =>
    parse(['青溪市地质灾害防治“十四五”规划', `来源:${source} 发表时间:2022-03-03 09:26`, '', '  为了有效减轻地质灾害风险，依据有关法规，制定本规划。', '  一、现状与形势'].join('\n'))

  it.each(['测绘地勘科', '局办公室', '办公室'])('`来源:%s` dates the publication', (source) => {
    expect(page(source).meta.publishedDate).toBe('2022-03-03')
  })

  it("a named government's office or another site credits nobody the page is", () => {
    expect(page('青溪市人民政府办公室').meta.publishedDate).toBeNull()
    expect(page('中国新闻网').meta.publishedDate).toBeNull()
  })
})

describe("an organ's site named by its welcome line, its stamp crediting no source", () => {
  const page = (site: string, organ?: string) =>
    parse(
      [
        site,
        `欢迎进入${site}网站!`,
        '您当前所在位置:首页 > 水环境管理',
        '青溪市水污染防治工作方案',
        '来源:  发布日期: 2016-04-05  访问量: ',
        '',
        '   为加快推进水污染防治，结合我市实际，制定本工作方案。',
        '  一、总体要求和主要目标',
        ...(organ ? [organ, '2016年3月30日'] : []),
      ].join('\n'),
    )

  it("dates a document naming no issuer, or the organ's own", () => {
    expect(page('青溪市生态环境局').meta.publishedDate).toBe('2016-04-05')
    expect(page('青溪市生态环境局', '青溪市生态环境局').meta.publishedDate).toBe('2016-04-05')
  })

  it("not another organ's document, nor on a site whose welcome line names no organ", () => {
    expect(page('青溪市生态环境局', '青溪市人民政府').meta.publishedDate).toBeNull()
    expect(page('青溪水环境资讯').meta.publishedDate).toBeNull()
  })
})

describe('a 落款 naming the issuer by a short word of its name', () => {
  it("keeps the title's full name (安委会 for 安全生产委员会)", () => {
    const doc = parse(
      [
        '青川省人民政府安全生产委员会关于印发青川省遏制重特大事故工作指导意见的通知',
        '各市（州）人民政府，省政府安委会有关成员单位：',
        '经省政府同意，现将《青川省遏制重特大事故工作指导意见》印发给你们，请认真贯彻落实。',
        '青川省政府安委会',
        '2017年8月18日',
      ].join('\n'),
    )
    expect(doc.meta.issuers).toEqual(['青川省人民政府安全生产委员会'])
  })
})

describe('a law printed under its announcement, no title line between', () => {
  const page = (next: string) =>
    parse(
      [
        '青川省人民代表大会常务委员会公告',
        '(第75号)',
        '《青川省实施〈中华人民共和国中小企业促进法〉办法》已由青川省第十三届人民代表大会常务委员会第三十五次会议于2022年9月28日修订通过，现予公布，自2022年11月1日起施行。',
        '特此公告。',
        '青川省人民代表大会常务委员会',
        '2022年10月4日',
        next,
        '第一章 总 则',
        '第一条 为改善中小企业经营环境，制定本办法。',
      ].join('\n'),
    )

  it.each(['目录', '第一章 总 则'])('takes the quoted title as the document, the law (%s under the block)', (next) => {
    const doc = page(next)
    expect(doc.meta.title).toBe('青川省实施《中华人民共和国中小企业促进法》办法')
    expect(doc.meta.docType).toBe('办法')
    expect(doc.meta.publishedDate).toBe('2022-10-04')
  })
})

describe("a portal's validity mark opening the title", () => {
  const page = (heading: string) =>
    parse(
      [
        '  1. [制发单位] 青溪市东城区人民政府',
        '  2. [成文日期] 2021-11-21',
        '  3. [发文字号] 东政发〔2021〕11号',
        '  4. [有效性] 失效',
        '',
        heading,
        '',
        '各街道办事处，区政府各委、办、局：',
        '  《青溪市东城区公共文化服务三年行动计划（2021-2023年）》已经区政府同意，现印发给你们，请认真贯彻落实。',
        '青溪市东城区人民政府',
        '2021年11月21日',
      ].join('\n'),
    )
  const title = '青溪市东城区人民政府关于印发《青溪市东城区公共文化服务三年行动计划（2021-2023年）》的通知'

  it.each(['(失效)', '【已废止】', '（有效）'])('drops `%s` before the title', (mark) => {
    expect(page(mark + title).meta.title).toBe(title)
  })

  it('keeps a bracket that is no validity mark', () => {
    expect(page(`(重要)${title}`).meta.title).toBe(`（重要）${title}`)
  })
})

describe('a party committee named by its 党委 and the government, glued in the title', () => {
  const page = (title: string) => parse([title, '(2025年2月9日)', '为全面推进美丽青川建设，结合实际，制定本实施意见。', '一、总体要求'].join('\n'))

  it('names the two organs', () => {
    expect(page('自治区党委自治区人民政府关于全面推进美丽青川建设的实施意见').meta.issuers).toEqual(['自治区党委', '自治区人民政府'])
    expect(page('自治区党委关于全面推进美丽青川建设的实施意见').meta.issuers).toEqual(['自治区党委'])
  })
})

describe('a 字号 over the title, its brackets lost', () => {
  const page = (number: string) =>
    parse(
      [
        '主动公开',
        '',
        number,
        '',
        '青溪市人民政府关于印发青溪市国民',
        '经济和社会发展第十四个五年规划纲要的通知',
        '',
        '各区人民政府，市政府各部门：',
        '现将《青溪市国民经济和社会发展第十四个五年规划纲要》印发给你们，请认真组织实施。',
        '青溪市人民政府',
        '2021年4月6日',
      ].join('\n'),
    )

  it('is the document’s 字号', () => {
    expect(page('青府20216').meta.docNumber?.normalized).toBe('青府〔2021〕6号')
    expect(page('青府〔2021〕6号').meta.docNumber?.normalized).toBe('青府〔2021〕6号')
  })

  it('a line of digits after a word that ends no 字号 code is none (guard)', () => {
    expect(page('青溪20216').meta.docNumber).toBeNull()
  })
})
