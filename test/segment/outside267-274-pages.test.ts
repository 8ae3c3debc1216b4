import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside267–274 (issue #11, the helpers' draws of the fifty-seventh session's two rounds), on fixtures of
 * our own wording in the pages' shapes. Each positive has a control the change must leave as it was.
 */

describe("a source label naming the issuer's portal, the date after the name (outside267 05)", () => {
  const page = (stamp: string) =>
    parse(
      [
        '青川省人民政府关于印发青川生态省建设规划的通知',
        '',
        '青政〔2011〕84号',
        stamp,
        '',
        '各市、县（区）人民政府，省政府各部门：',
        '《青川生态省建设规划》已经省政府研究同意，现印发给你们，请认真组织实施。',
        '',
        '二〇一一年九月二十七日',
      ].join('\n'),
    )

  it('the portal of the issuing government dates the publication', () => {
    expect(page('来源:青川省人民政府门户网站 2011-09-29 15:05').meta.publishedDate).toBe('2011-09-29')
  })

  it('its space lost, the same', () => {
    expect(page('来源:青川省人民政府门户网站2011-09-29 15:05').meta.publishedDate).toBe('2011-09-29')
  })

  it("another organ's portal dates a repost: no publication date", () => {
    expect(page('来源:青川市人民政府门户网站 2011-09-29 15:05').meta.publishedDate ?? null).toBeNull()
  })
})

describe("a law library's record: its name over its label block, then the document run into one paragraph (outside268 03)", () => {
  const record = (head: string) =>
    [
      '(青川省)关于进一步加强林区防火工作的意见',
      '',
      '颁布机构: 青川省人民政府',
      '生效状态: 在用 所属类型: 地方规范性文件',
      '适用地区: 青川省 适用领域: 消防安全',
      '生效日期: 2012/03/05 颁布日期: 2012/03/05',
      head +
        ' 各市人民政府,各县(市、区)人民政府,省政府各部门:   为进一步加强林区防火工作,加快构建长效机制,切实提高火灾综合防控能力,最大限度地减少火灾发生,保护林业资源和人民生命财产安全,提出如下意见:   一、认清防火形势,增强林区防火工作责任感   林区火灾是一种突发性强、破坏力大、处置困难的自然灾害,各级各部门一定要充分认识做好防火工作的重要性。',
    ].join('\n')

  it("the document's own title, its 字号 and date from the bracket, the issuer from the label", () => {
    const doc = parse(record('青川省人民政府关于进一步加强林区防火工作的意见 (青政〔2012〕19号 2012年3月5日)'))
    expect(doc.meta.title).toBe('青川省人民政府关于进一步加强林区防火工作的意见')
    expect(doc.meta.docNumber?.normalized).toBe('青政〔2012〕19号')
    expect(doc.meta.signedDate).toBe('2012-03-05')
    expect(doc.meta.publishedDate).toBe('2012-03-05')
    expect(doc.meta.issuers).toEqual(['青川省人民政府'])
    expect(doc.meta.level).toBe('地方规范性文件')
    expect(doc.meta.subject).toBe('消防安全')
  })

  it("another document's title run on under the record's name keeps the record's name", () => {
    const doc = parse(record('青川省人民政府关于加强城市绿化工作的意见 (青政〔2012〕20号 2012年3月5日)'))
    expect(doc.meta.title).toBe('关于进一步加强林区防火工作的意见')
  })
})

describe("a portal's owner named on a line of its own over site chrome (outside268 06)", () => {
  const page = (below: string) =>
    parse(
      [
        '各街镇：',
        '为推动社区养老服务发展，区民政局、区财政局结合实际制定了《关于扶持社区日间照料中心的实施方案》，现印发实施。请各单位结合实际，积极组织落实。',
        '区民政局 区财政局',
        '2019年7月4日',
        '(此件主动公开)',
        '主办单位:青川市某区民政局',
        below,
        '网站标识码:1201160099',
      ].join('\n'),
    )

  it('is the footer: no role, no document after the 落款', () => {
    const doc = page('推荐使用IE8及以上版本浏览器浏览')
    expect(doc.documents).toEqual([])
    expect(doc.tasks.flatMap((t) => t.roles)).toEqual([])
  })

  it('the notice issues its plan to be carried out: a 通知', () => {
    expect(page('推荐使用IE8及以上版本浏览器浏览').meta.docType).toBe('通知')
  })

  it("an event's 主办单位 over its 承办单位 stays", () => {
    const doc = parse(['青川市关于举办职工运动会的通知', '各单位：', '一、主办单位', '主办单位:青川市总工会', '承办单位:青川市体育局', '二、比赛时间', '2019年9月。'].join('\n'))
    expect(doc.diagnostics.some((d) => d.message.includes('site-owner-footer'))).toBe(false)
  })
})

describe("a news site's list of its other headlines under the 落款, no heading over it (outside270 05)", () => {
  const page = (tail: string[]) =>
    parse(
      [
        '各市、州农业农村局：',
        '为提升粮食烘干能力，请各地于2022年5月20日前将建设规划统计表报省厅。',
        '附件：1.某县现有烘干中心情况表',
        '2.某市烘干能力建设规划统计表',
        '青川省农业农村厅 青川省农业事业发展中心',
        '2022年2月10日',
        ...tail,
      ].join('\n'),
    )

  it('the 落款 above them signs the notice', () => {
    const doc = page(['农业农村部召开会议 部署全年渔业安全生产工作', '提升粮食收储调控能力', '国家发改委:拟实行粮食出库检验等制度', '春耕农资供应量充足 能够满足生产需要'])
    expect(doc.meta.signedDate).toBe('2022-02-10')
    expect(doc.meta.issuers).toEqual(['青川省农业农村厅', '青川省农业事业发展中心'])
  })

  it('a sentence among the lines under the date keeps them the text', () => {
    const doc = page(['农业农村部召开会议 部署全年渔业安全生产工作', '提升粮食收储调控能力', '各地要按时报送统计表，逾期不报的予以通报。', '春耕农资供应量充足 能够满足生产需要'])
    expect(doc.meta.signedDate ?? null).toBeNull()
  })
})

describe('a title in 《》 broken after its opening mark (outside269 01)', () => {
  const notice = (quoted: string) =>
    parse(
      [
        '青川市人民政府关于印发《青川市殡葬管理规定》的通知',
        '（青政发〔2008〕10号）',
        '各县市区人民政府，市直机关各单位：',
        quoted,
        '青川市人民政府',
        '二00八年四月一日',
        '第一章 总则',
        '第一条 为了加强殡葬管理，推进殡葬改革，根据国务院《',
        '殡葬管理条例》等有关法律、法规的规定，结合本市实际，制订本规定。',
        '第二条 市民政局主管全市殡葬管理工作，县市区民政局负责本行政区域内的殡葬管理工作。',
      ].join('\n'),
    )

  it('is one line again: the 落款 closes the notice and the rule it issues is its nested text', () => {
    const doc = notice('《\n青川市殡葬管理规定》已经市人民政府同意，现印发给你们，请认真遵照执行。')
    expect(doc.meta.signedDate).toBe('2008-04-01')
    expect(doc.documents.map((d) => d.meta.docType)).toEqual(['规定'])
    expect(doc.documents[0].tasks.some((t) => t.roles.some((r) => r.units.some((u) => u.name === '市民政局')))).toBe(true)
  })

  it('the same notice printed whole reads the same', () => {
    const doc = notice('《青川市殡葬管理规定》已经市人民政府同意，现印发给你们，请认真遵照执行。')
    expect(doc.meta.signedDate).toBe('2008-04-01')
    expect(doc.documents.map((d) => d.meta.docType)).toEqual(['规定'])
  })
})

describe("a repost's 原标题 label over the document's title (outside269 02)", () => {
  const page = (label: string) =>
    parse(
      [
        '中级经济师 通过率青川主要产业是什么',
        `${label}青川市人民政府关于印发青川市推动双城经济圈建设行动方案(2023—2027年)的通知`,
        '现将《青川市推动双城经济圈建设行动方案(2023—2027年)》印发给你们，请认真贯彻执行。',
        '为推动双城经济圈建设，结合我市实际，制定本行动方案。',
        '到2027年，双城经济圈建设取得重大进展。',
      ].join('\n'),
    )

  it('the label dropped, the line is the title', () => {
    expect(page('原标题:').meta.title).toBe('青川市人民政府关于印发青川市推动双城经济圈建设行动方案（2023—2027年）的通知')
  })

  it('a label of another name keeps the line as it was', () => {
    expect(page('转载标题:').meta.title).not.toBe('青川市人民政府关于印发青川市推动双城经济圈建设行动方案（2023—2027年）的通知')
  })
})

describe("a food-law library's label block under its title, past its posting stamp and summary (outside269 08)", () => {
  const page = (stamp: string[]) =>
    parse(
      [
        '青川省人民政府办公厅关于加快发展现代水产产业的意见(青办发〔2017〕96号)',
        '',
        '扫描二维码 分享好友和朋友圈',
        ...stamp,
        '发布单位',
        '青川省人民政府',
        '青川省人民政府',
        '发布文号 青办发〔2017〕96号',
        '发布日期 2017-10-10 生效日期 2017-10-10',
        '有效性状态 废止日期 暂无',
        '各市（州）、县（市、区）人民政府，省政府各部门：',
        '为促进我省水产产业转型升级，经省政府同意，现提出以下意见。',
      ].join('\n'),
    )

  it("the block's 发布日期 is the publication date", () => {
    const doc = page(['放大字体  缩小字体 2017-10-16 09:19:59  来源:青川省人民政府办公厅  浏览次数:1244', '核心提示:为促进我省水产产业转型升级，经省政府同意，现提出以下意见'])
    expect(doc.meta.publishedDate).toBe('2017-10-10')
    expect(doc.meta.effectiveDate).toBe('2017-10-10')
  })

  it('the posting stamp is no publication date', () => {
    const doc = page(['放大字体  缩小字体 2017-10-16 09:19:59  来源:青川省人民政府办公厅  浏览次数:1244'])
    expect(doc.meta.publishedDate).not.toBe('2017-10-16')
  })
})

describe("a 版记 with a release note under its 主题词 line and a 印发 date whose 年 and 月 were stripped, right over the issued text's title (outside274 02)", () => {
  const notice = (colophon: string[]) =>
    parse(
      [
        '青川市人民政府关于印发青川妇女发展纲要的通知',
        '青府发〔2012〕16号',
        '各县市区人民政府，市政府各部门：',
        '现将《青川妇女发展纲要》印发给你们，请认真贯彻执行。',
        '青川市人民政府',
        '二○一二年三月十二日',
        ...colophon,
        '青川妇女发展纲要',
        '实行男女平等是我国的基本国策，为促进妇女全面发展，制定本纲要。',
      ].join('\n'),
    )

  it('the 落款 date is the signed date and the 版记 is read', () => {
    const doc = notice(['主题词：妇女 发展 纲要 通知', '信息公开选项：主动公开', '抄送：市委办公室，市人大常委会办公室。', '青川市人民政府办公室 2012313日印'])
    expect(doc.meta.signedDate).toBe('2012-03-12')
    expect(doc.meta.printedDate).toBe('2012-03-13')
    expect(doc.meta.copyTo).toEqual(['市委办公室', '市人大常委会办公室'])
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['青川妇女发展纲要'])
  })

  it('a 印发 date whose split is ambiguous is no date, the 版记 still read', () => {
    const doc = notice(['主题词：妇女 发展 纲要 通知', '抄送：市委办公室，市人大常委会办公室。', '青川市人民政府办公室 2012111日印'])
    expect(doc.meta.signedDate).toBe('2012-03-12')
    expect(doc.meta.printedDate ?? null).toBeNull()
  })
})

describe("a government's gazette column named in its portal's breadcrumb over the title (outside274 06)", () => {
  const page = (crumb: string) =>
    parse(
      [
        crumb,
        '',
        '青川省人民政府关于印发青川省残疾人保障和发展规划的通知',
        '',
        '日期:2022-04-11 09:12 来源:',
        '',
        '各市（地）、县（市）人民政府，省政府各直属单位：',
        '现将《青川省残疾人保障和发展规划》印发给你们，请结合实际认真贯彻执行。',
        '青川省人民政府',
        '2021年12月16日',
      ].join('\n'),
    )

  it("the gazette's stamp dates the publication", () => {
    expect(page('当前位置: 首页>省政府>省政府公报>2022>第7期').meta.publishedDate).toBe('2022-04-11')
  })

  it('a breadcrumb through another column gives no publication date', () => {
    expect(page('当前位置: 首页>省政府>政策文件>2022').meta.publishedDate ?? null).toBeNull()
  })
})

describe("a law site's line under the title giving the date, then the 字号, with no bracket (outside273 06)", () => {
  const page = (line: string) =>
    parse(
      [
        '青川省财政厅关于印发《保护区专项资金使用管理办法》的通知',
        '',
        line,
        '',
        '各市、县财政局：',
        '为加强和规范保护区专项资金的管理，我们制定了《保护区专项资金使用管理办法》。现印发给你们，请遵照执行。',
      ].join('\n'),
    )

  it('the 字号 and the signed date', () => {
    const doc = page('2001年12月5日  青财建〔2001〕899号')
    expect(doc.meta.docNumber?.normalized).toBe('青财建〔2001〕899号')
    expect(doc.meta.signedDate).toBe('2001-12-05')
  })

  it('in its bracket, the same', () => {
    const doc = page('（2001年12月5日 青财建〔2001〕899号）')
    expect(doc.meta.docNumber?.normalized).toBe('青财建〔2001〕899号')
    expect(doc.meta.signedDate).toBe('2001-12-05')
  })
})

describe("a portal's breadcrumb parted by -> over the title (outside271 07)", () => {
  const page = (crumb: string) =>
    parse([crumb, '青川市“十四五”乡村振兴规划', '时间:2022年03月17日来源:市政府办公室', '', '前言', '“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年，制定本规划。'].join('\n'))

  it('is chrome: the title under it is read', () => {
    expect(page('首页 -> 政务公开 -> 法定主动公开内容 -> 规划信息 -> 专项规划').meta.title).toBe('青川市“十四五”乡村振兴规划')
  })

  it('parted by >, the same', () => {
    expect(page('首页 > 政务公开 > 法定主动公开内容 > 规划信息 > 专项规划').meta.title).toBe('青川市“十四五”乡村振兴规划')
  })
})
