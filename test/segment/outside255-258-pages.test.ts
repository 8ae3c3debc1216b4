import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside255–258 (issue #11, the helpers' draws of the fifty-sixth session's first round), on fixtures of our
 * own wording in the pages' shapes. Each positive has a control the change must leave as it was.
 */

describe('a 版记 with a 抄报 line over the 抄送 line and a bare print count (outside255 02)', () => {
  const page = (colophon: string[]) =>
    parse(
      [
        '青川市卫生局关于印发农村改厕项目实施方案的通知',
        '',
        '青卫发〔2007〕47号',
        '',
        '各县（区）卫生局：',
        '现将《农村改厕项目实施方案》印发给你们，请认真组织实施。',
        '',
        '二〇〇七年十一月六日',
        '',
        '主题词：卫生 改厕 方案 通知',
        ...colophon,
      ].join('\n'),
    )

  it('the date over them is the 落款, and both label lines name copies', () => {
    const doc = page(['抄报：省卫生厅', '抄送：市农委，市财政局', '青川市卫生局办公室 2007年11月8日印发', '印60份'])
    expect(doc.meta.signedDate).toBe('2007-11-06')
    expect(doc.meta.printedDate).toBe('2007-11-08')
    expect(doc.meta.copyTo).toEqual(['省卫生厅', '市农委', '市财政局'])
  })

  it('the same 版记 with its 抄送 line alone reads as before', () => {
    const doc = page(['抄送：市农委，市财政局', '青川市卫生局办公室 2007年11月8日印发'])
    expect(doc.meta.signedDate).toBe('2007-11-06')
    expect(doc.meta.copyTo).toEqual(['市农委', '市财政局'])
  })

  it('a count of printed copies in a sentence of the body is no 版记', () => {
    const doc = parse('青川市卫生局关于领取宣传册的通知\n\n各县（区）卫生局：\n宣传册已印60份，请派员领取。\n印60份\n')
    expect(doc.meta.printedDate ?? null).toBeNull()
  })
})

describe('a news headline reporting the document by its title in 《》 (outside255 02)', () => {
  const page = (headline: string) =>
    parse([headline, '- 日期:2007-11-09', '- 点击:120', '青卫发〔2007〕47号', '各县（区）卫生局：', '现将《农村改厕项目实施方案》印发给你们，请认真组织实施。', '二〇〇七年十一月六日'].join('\n'))

  it('the title is the quoted one', () => {
    expect(page('市卫生局发出《关于印发农村改厕项目实施方案的通知》').meta.title).toBe('关于印发农村改厕项目实施方案的通知')
  })

  it('a forwarding headline keeps its words (转发 is how the notice is titled)', () => {
    expect(page('市卫生局转发《关于印发农村改厕项目实施方案的通知》').meta.title).not.toBe('关于印发农村改厕项目实施方案的通知')
  })

  it('a headline whose quoted name holds no 关于 keeps its words', () => {
    expect(page('市卫生局印发《农村改厕项目实施方案》').meta.title).not.toBe('农村改厕项目实施方案')
  })
})

describe('a portal’s mobile-view footer closing the page under the 落款 (outside255 05)', () => {
  const page = (footer: string) => parse(['据预测，近期林区火险等级较高。各级各有关单位要落实预警响应措施，发现火情及时报告。', '青川州森林防灭火指挥部', '2025年3月31日', footer].join('\n'))

  it('扫一扫在手机打开当前页面 is chrome: the 落款 is read', () => {
    const doc = page('扫一扫在手机打开当前页面')
    expect(doc.meta.signedDate).toBe('2025-03-31')
    expect(doc.meta.issuers).toEqual(['青川州森林防灭火指挥部'])
  })

  it('a sentence of the body about phones stays text', () => {
    const doc = page('请在手机上打开当前页面填写回执。')
    expect(doc.meta.signedDate ?? null).toBeNull()
  })
})

describe('a target year and its goal as the subject of 是 (outside255 06)', () => {
  const due = (sentence: string) => parse(`青川市农业发展规划\n第一章 发展形势\n${sentence}\n`).tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => d.date))

  it('到2020年…，是…目标 characterises the goal: no due date', () => {
    expect(due('到2020年全面建成小康社会，是党中央确定的奋斗目标。')).toEqual([])
    expect(due('到2020年，全面建成小康社会，是我们的奋斗目标。')).toEqual([])
  })

  it('a target the sentence sets stays due', () => {
    expect(due('到2020年全面建成高标准农田，实现灌溉全覆盖。')).toEqual(['2020-12-31'])
    expect(due('到2020年，全市完成改造，是否达标由省里验收。')).toEqual(['2020-12-31'])
  })
})

describe('a prefecture portal’s stamp with its chrome cells over the 字号 (outside257 02)', () => {
  const page = (stamp: string) =>
    parse(
      [
        '青川藏族自治州人民政府办公室关于印发青川州森林防火总体方案的通知',
        '',
        stamp,
        '',
        '青办发〔2021〕8号',
        '',
        '青川藏族自治州人民政府办公室',
        '',
        '关于印发青川州森林防火总体方案的通知',
        '',
        '各县（市）人民政府，州级各部门：',
        '《青川州森林防火总体方案》已经州政府同意，现印发给你们，请认真组织实施。',
        '',
        '青川藏族自治州人民政府办公室',
        '2021年3月1日',
      ].join('\n'),
    )

  it('the 字号 under a long stamp line is read, and the stamp crediting 州政府办公室 is the publication', () => {
    const doc = page('2021年05月18日21 09:00 来源:州政府办公室 字体:【 【打印文本】 分享到:')
    expect(doc.meta.docNumber?.raw).toBe('青办发〔2021〕8号')
    expect(doc.meta.publishedDate).toBe('2021-05-18')
  })

  it('a stamp crediting another organ dates no publication', () => {
    const doc = page('2021年05月18日 21:09:00 来源:州林业和草原局 字体:【 【打印文本】 分享到:')
    expect(doc.meta.docNumber?.raw).toBe('青办发〔2021〕8号')
    expect(doc.meta.publishedDate).toBeNull()
  })
})

describe('a county portal’s short headline over its stamp, the 字号 and the title without its organ (outside254 05)', () => {
  const page = (stamp: string) =>
    parse(
      [
        '当前位置:首页 >> 信息公开 >> 公共监管信息 >> 安全生产',
        '9号 十四五消防规划',
        stamp,
        '',
        '青安委发〔2021〕9号',
        '',
        '关于印发消防工作“十四五”规划的',
        '',
        '通    知',
        '',
        '各镇街,区直各有关部门:',
        '《青川县消防工作“十四五”规划》已经县政府安委会审议通过,现印发给你们,请认真贯彻执行。',
        '',
        '青川县人民政府安全生产委员会',
        '2021年12月30日',
      ].join('\n'),
    )

  it('the title is the notice’s own, and the date with a counter cell is a stamp', () => {
    const doc = page('2022-01-14    点击:8次')
    expect(doc.meta.title).toBe('关于印发消防工作“十四五”规划的通知')
    expect(doc.meta.docNumber?.raw).toBe('青安委发〔2021〕9号')
  })

  it('a heading over a sentence, not a 字号 and a title, stays the title', () => {
    const doc = parse(['青川县消防工作“十四五”规划', '2022-01-14    点击:8次', '', '关于印发消防工作规划的说明', '', '一、编制背景', '全县消防工作取得新进展。'].join('\n'))
    expect(doc.meta.title).toBe('青川县消防工作“十四五”规划')
  })
})

describe('a law site’s menu, then its breadcrumb with arrows run onto the title, then 【label】 lines (outside259 07)', () => {
  const menu = ['  • 离婚', '  • 社保', '  • 公积金', '  • 商标', '  • 产假', '  • 按揭', '  • 欠薪', '  • 营业执照']
  const page = (crumbLine: string, printedAgain = true) =>
    parse(
      [
        ...menu,
        crumbLine,
        '  • 【发布文号】青府发[2001]24号',
        '  • 【发布日期】2001-08-29',
        '',
        ...(printedAgain ? ['青川省人民政府关于印发青川省妇女发展纲要的通知', ''] : []),
        '各市、县(区)人民政府,省政府各部门:',
        '《青川省妇女发展纲要(2001-2010年)》已经省政府同意,现印发给你们,请认真贯彻执行。',
      ].join('\n'),
    )

  it('the crumbs go, and the labels under the menu are read', () => {
    const doc = page('好律师> 法律法规库> 地方法规> 青川省人民政府关于印发青川省妇女发展纲要的通知')
    expect(doc.meta.title).toBe('青川省人民政府关于印发青川省妇女发展纲要的通知')
    expect(doc.meta.issuers).toEqual(['青川省人民政府'])
    expect(doc.meta.docNumber?.normalized).toBe('青府发〔2001〕24号')
    expect(doc.meta.publishedDate).toBe('2001-08-29')
  })

  it('a title quoting a name in angle brackets keeps its words', () => {
    const doc = page('青川省人民政府关于印发<青川省妇女发展纲要>的通知', false)
    expect(doc.meta.title).toBe('青川省人民政府关于印发<青川省妇女发展纲要>的通知')
  })
})

describe('a joint 落款 printed two organs a row, a customs district among them (outside259 04)', () => {
  const doc = (row: string) =>
    parse(
      [
        '青川市疾病预防控制局等4部门关于印发监测预警行动方案的通知',
        '',
        '各区县人民政府：',
        '现将《监测预警行动方案》印发给你们，请认真贯彻执行。',
        '',
        '青川市疾病预防控制局 青川市卫生健康委员会',
        row,
        '2025年6月17日',
      ].join('\n'),
    )

  it('海关 ends an organ: the row splits into its two', () => {
    expect(doc('中华人民共和国青川海关 青川市气象局').meta.issuers).toEqual(['青川市疾病预防控制局', '青川市卫生健康委员会', '中华人民共和国青川海关', '青川市气象局'])
  })

  it('a row naming no organ is not split into organs', () => {
    expect(doc('青川市气象局 请认真落实').meta.issuers).not.toContain('请认真落实')
  })
})

describe('a joint 落款 printed in columns, each column’s place on the row above its organ (outside261 05)', () => {
  const doc = (places: string) =>
    parse(
      [
        '青川省发展和改革委员会 青川省文化和旅游厅关于印发旅游实施意见的通知',
        '',
        '各市发展改革委、文化和旅游局：',
        '现将《旅游实施意见》印发给你们，请结合实际认真贯彻落实。',
        '',
        places,
        '',
        '发展和改革委员会             文化和旅游厅',
        '',
        '2019年6月17日',
      ].join('\n'),
    )

  it('each organ takes its column’s place', () => {
    expect(doc('青川省             青川省').meta.issuers).toEqual(['青川省发展和改革委员会', '青川省文化和旅游厅'])
  })

  it('a row that is no row of places is left out of the 落款', () => {
    expect(doc('特此通知。').meta.issuers).not.toContain('青川省发展和改革委员会')
  })
})

describe('a law site’s 【label】 lines each opening a markdown list item (outside261 02)', () => {
  const page = (dash: string) =>
    parse(
      [
        `${dash}【发布单位】青川省人民政府`,
        `${dash}【发布文号】办字〔2009〕48号`,
        `${dash}【发布日期】2009-03-27`,
        '青川省人民政府办公厅关于印发《青川省食品安全年行动方案》的通知',
        '（办字〔2009〕48号）',
        '各设区市人民政府，省政府有关部门：',
        '《青川省食品安全年行动方案》已经省政府同意，现印发给你们，请认真贯彻落实。',
      ].join('\n'),
    )

  it('the labels are read under their dashes', () => {
    expect(page('- ').meta.publishedDate).toBe('2009-03-27')
  })

  it('the same labels without dashes read the same', () => {
    expect(page('').meta.publishedDate).toBe('2009-03-27')
  })
})

describe('a spam host’s keyword line right over a portal’s label table (outside264 07)', () => {
  const page = (top: string) =>
    parse(
      [
        top,
        '索引号: l864814--2023-0292 主题分类: 民政',
        '发布机构: 青川县人民政府 生成日期: 2023-05-11',
        '文件编号: 青府发〔2023〕1号 有效性: 有效',
        '青川县人民政府关于印发青川县防汛抗旱应急预案的通知',
        '各乡（镇）人民政府，县政府各部门：',
        '《青川县防汛抗旱应急预案》已经县政府常务会研究同意，现印发给你们，请认真遵照执行。',
        '2023年5月10日',
      ].join('\n'),
    )

  it('the keywords are no title: the notice’s own line is', () => {
    expect(page('免费观看,在线视频网站,高清影院,精品视频,手机看片').meta.title).toBe('青川县人民政府关于印发青川县防汛抗旱应急预案的通知')
  })

  it('a title line over the labels stays the title', () => {
    expect(page('青川县人民政府关于印发青川县防汛抗旱应急预案的通知').meta.title).toBe('青川县人民政府关于印发青川县防汛抗旱应急预案的通知')
  })
})

describe('a nested title printed in the 《》 the notice quotes it in (outside264 01)', () => {
  const nestedTitle = (line: string) =>
    parse(
      [
        '关于印发《加快推进青川核心区建设的意见》的通知',
        '各地、各部门：',
        '《加快推进青川核心区建设的意见》已经自治区同意，现印发给你们，请认真贯彻落实。',
        '青川核心区建设工作领导小组办公室',
        '2017年1月10日',
        line,
        '一、总体要求',
        '加快推进核心区建设。',
      ].join('\n'),
    ).documents[0]?.meta.title

  it('the name inside the brackets is the title', () => {
    expect(nestedTitle('《加快推进青川核心区建设的意见》')).toBe('加快推进青川核心区建设的意见')
  })

  it('a title printed without brackets reads the same', () => {
    expect(nestedTitle('加快推进青川核心区建设的意见')).toBe('加快推进青川核心区建设的意见')
  })
})

describe('a portal block’s heading over its 更多 link, then a headline naming the place before the quoted title (outside263 02)', () => {
  const page = (headline: string) =>
    parse(
      [
        '首 页 画院简介 艺术动态 书画名家 联系我们',
        '其它',
        '画院公告',
        '更多>>>',
        '艺术书籍',
        '更多>>>',
        headline,
        '发布时间:2010-11-04 11:26:04  浏览次数:4749',
        '中共青川省委、青川省人民政府',
        '关于加快推进文化改革发展的决定',
        '(2010年10月29日)',
        '为加快文化事业和文化产业发展，现作出如下决定。',
        '一、充分认识加快文化改革发展的重要意义',
      ].join('\n'),
    )

  it('the block heading is no title, and the organs over the title printed again are its issuers', () => {
    const doc = page('青川省《关于加快推进文化改革发展的决定》')
    expect(doc.meta.title).toBe('中共青川省委、青川省人民政府关于加快推进文化改革发展的决定')
    expect(doc.meta.signedDate).toBe('2010-10-29')
    expect(doc.meta.issuers).toEqual(['中共青川省委', '青川省人民政府'])
  })

  it('a headline quoting a name that opens with no 关于 is not cut to the quote', () => {
    expect(page('青川省《文化改革发展纲要》').meta.title).not.toBe('文化改革发展纲要')
  })
})

describe('a law site’s label lines opening the page, no line above them (outside258 06, a crash caught before commit)', () => {
  it('the labels are read and the text parses', () => {
    const doc = parse(
      [
        '发文标题: 青川省人民政府关于推进义务教育均衡发展的意见',
        '发文文号: 青政发[2016]28号',
        '发文部门: 青川省人民政府',
        '发文时间: 2016-6-20',
        '发文内容:',
        '各市、县人民政府，省人民政府各工作部门：',
        '现提出以下意见：',
        '一、目标任务',
        '到2017年底，全省所有县（区）达到义务教育发展基本均衡。',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('青川省人民政府关于推进义务教育均衡发展的意见')
    expect(doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => d.date))).toEqual(['2017-12-31'])
  })
})
