import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside191–194 (issue #11, helpers' draws of the fifty-first session's first round), on fixtures of our own
 * wording in the pages' shapes: a plan's revision closing its title line (192 06); a sharing site's preview notice over
 * the file's text (192 04); a portal heading that printed only a cover title's first line (192 05); a label table's 标题
 * over a title line cut after its issuing verb (191 02); a platform's menu words over an untitled notice (191 06); a
 * portal's stamp line, its domain and a 年月日 date, over the title under its breadcrumb (191 07).
 */
describe("a plan's revision closing its title line", () => {
  const plan = (title: string) => parse([title, '1 总则', '1.1 气候特点', '本市汛期降水常集中在7月下旬和8月上旬，易形成洪涝。', '1.2 编制目的', '为做好防汛工作，制定本预案。'].join('\n'))

  it("is the plan's edition, kept in its title", () => {
    expect(plan('青溪市防汛应急预案(2014年修订)').meta.title).toBe('青溪市防汛应急预案（2014年修订）')
    expect(plan('青溪市防汛應急預案(2014年修訂)').meta.title).toBe('青溪市防汛應急預案（2014年修訂）')
  })

  it("dates none of the plan's yearless days: the revision's year is not the year its work is for", () => {
    const doc = plan('青溪市防汛应急预案(2014年修订)')
    expect(doc.tasks.flatMap((t) => t.deadlines.map((d) => d.date))).toEqual([])
  })

  it("stays a law site's version tag on a rule (guard)", () => {
    expect(parse('青溪市城市供水管理办法(2014年修订)\n第一条 为了加强城市供水管理，制定本办法。').meta.title).toBe('青溪市城市供水管理办法')
  })
})

describe("a sharing site's preview notice over the file's text", () => {
  it('is chrome: the title printed under it is found', () => {
    const doc = parse(
      [
        '青溪市国民经济和社会发展第十一个五年规划纲要 - 图文',
        '更新时间:2024-06-14 00:40:01 阅读量: 综合文库 文档下载',
        '说明:文章内容仅供预览,部分内容可能不全。下载后的文档,内容与下面显示的完全一致。下载之前请确认下面内容是否您想要的,是否完整无缺。',
        '1',
        '青溪市国民经济和社会发展第十一个五年规划纲要',
        '序 言',
        '“十一五”时期，是我市实现全面协调可持续发展的重要战略机遇期。',
        '第一章 发展基础与环境',
        '“十五”时期，是我市改革开放以来发展最快最好的时期。',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('青溪市国民经济和社会发展第十一个五年规划纲要')
    expect(doc.meta.docType).toBe('纲要')
  })
})

describe("a portal heading that printed only the first line of a cover's title", () => {
  it("gives way to the cover's title whole", () => {
    const doc = parse(
      [
        '当前位置:首页 > 政策文件',
        '青溪市红十字会自然灾害',
        '发布时间:2013-11-01 15:50 来源:某区红十字会机关 作者:某区红十字会机关',
        '字体+ | 字体- 分享:',
        '青溪市红十字会自然灾害',
        '应急预案(2011年修订版)',
        '青溪市红十字会',
        '二○一一年十月',
        '1 总则',
        '1.1 编制目的',
        '为提高应对自然灾害的能力，制定本预案。',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('青溪市红十字会自然灾害应急预案（2011年修订版）')
    expect(doc.meta.docType).toBe('应急预案')
  })

  it('stays when nothing under it goes on to a genre (guard)', () => {
    const doc = parse(['青溪市红十字会自然灾害应急预案', '发布时间:2013-11-01 15:50 来源:某区红十字会机关', '1 总则', '1.1 编制目的', '为提高应对自然灾害的能力，制定本预案。'].join('\n'))
    expect(doc.meta.title).toBe('青溪市红十字会自然灾害应急预案')
  })
})

describe("a label table's 标题 over a title line cut after its issuing verb", () => {
  const page = (printed: string) =>
    parse(
      [
        '索 引 号 | 01151201X/2016-00091 | 信息分类 | 通知 |',
        '发文机关 | 某某自治区人民政府办公厅 | ||',
        '标 题 | 某某自治区人民政府办公厅关于印发2016年度水污染防治计划的通知 | ||',
        '发文字号 | 某政办发〔2016〕84号 | 成文日期 | 2016-07-07 |',
        printed,
        '各盟行政公署、市人民政府，自治区各委、办、厅、局：',
        '经自治区人民政府同意，现将《某某自治区2016年度水污染防治计划》印发给你们，请认真组织实施。',
        '2016年7月7日',
      ].join('\n'),
    )

  it('holds the title whole', () => {
    expect(page('2016年度水污染防治计划的通知').meta.title).toBe('某某自治区人民政府办公厅关于印发2016年度水污染防治计划的通知')
  })

  it('keeps the 字号 its row under the label title gives', () => {
    expect(page('2016年度水污染防治计划的通知').meta.docNumber?.normalized).toBe('某政办发〔2016〕84号')
  })

  it('leaves a title line printed whole as it is (guard)', () => {
    expect(page('某某自治区人民政府办公厅关于印发2016年度水污染防治计划的通知').meta.title).toBe('某某自治区人民政府办公厅关于印发2016年度水污染防治计划的通知')
  })
})

describe("a platform's menu words over an untitled notice", () => {
  it('hide no 印发 sentence: the notice is a 通知, its plan a 分工方案', () => {
    const doc = parse(
      [
        '供应',
        '产品',
        '采购',
        '企业',
        '各市、县(区)人民政府，省人民政府各部门：',
        '《贯彻落实〈某省大气污染防治行动计划实施细则〉责任分工方案》已经省政府常务会议研究通过，现印发给你们，请认真贯彻执行。',
        '某省人民政府办公厅',
        '2014年6月6日',
        '贯彻落实《某省大气污染防治行动计划实施细则》责任分工方案',
        '为扎实推进我省大气污染防治工作，现提出具体措施和责任分工方案。',
        '一、加大综合治理力度',
        '（一）加强工业企业大气污染综合治理。',
      ].join('\n'),
    )
    expect(doc.meta.docType).toBe('通知')
    expect(doc.documents.map((d) => d.meta.docType)).toEqual(['分工方案'])
  })
})

describe("a portal's stamp line over the title, under its menus and breadcrumb", () => {
  const page = (stamp: string) =>
    parse(
      [
        '设为首页 | 加入收藏 | 简体版 | 繁体版',
        '//',
        '您当前的位置 :政府信息公开 > 法规文件 > 省政府办公厅文件 > 2017 正文',
        stamp,
        '某某省人民政府办公厅',
        '关于印发某某省突发地质灾害应急预案的',
        '通  知',
        '某政办〔2017〕118号',
        '各省辖市人民政府，省人民政府各部门：',
        '现将《某某省突发地质灾害应急预案》印发给你们，请认真贯彻执行。',
        '某某省人民政府办公厅',
        '2017年9月29日',
      ].join('\n'),
    )

  it("dates the document's publication on the issuer's own portal: its domain, a 年月日 date, the office credited short", () => {
    expect(page('某某省人民政府门户网站 www.mm.gov.cn   2017年09月29日   来源:省政府办公厅').meta.publishedDate).toBe('2017-09-29')
  })

  it('dates nothing when it credits another organ (guard)', () => {
    expect(page('某某省人民政府门户网站 www.mm.gov.cn   2017年09月29日   来源:某某日报').meta.publishedDate).toBeNull()
  })
})
