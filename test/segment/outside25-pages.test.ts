/**
 * Page heads of the outside probe by region (test/gold/outside/outside25.md): a site heading that is no
 * title above a label block that labels the title; a print/bookmark widget line over the issuer line; a
 * 关于 title whose subject takes two lines before the line that closes it; a law database's 【label】 lines
 * under a mirror's menu. Fixtures are our own text in the pages' formats.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

describe('a site heading above a label block that labels its title (名称: …)', () => {
  const page = [
    '青溪市青山区政府信息公开',
    '青溪市政府网 - 信息公开 - 青溪市青山区政府',
    '索 引 号: 110201/2019-00412 信息分类名称: 行政事务/其他公文',
    '发布机构: 青山区政府 生成日期: 2019-04-09 发布日期: 2019-04-10',
    '名  称: 青溪市青山区人民政府关于印发青山区政务值班工作规则的通知',
    '文  号: 青山府发 〔2019〕 12号 主 题 词: 行政事务',
    '青山府发〔2019〕12号',
    '青溪市青山区人民政府关于印发青山区政务值班工作规则的通知',
    '各镇人民政府，区政府各部门：',
    '《青山区政务值班工作规则》已经区政府同意，现印发给你们，请遵照执行。',
    '青溪市青山区人民政府',
    '2019年4月8日',
    '青山区政务值班工作规则',
    '第一条 为规范政务值班工作，制定本规则。',
    '',
  ].join('\n')

  it('takes the labelled title, not the site heading, and keeps the block’s fields', () => {
    const doc = parse(page)
    expect(doc.meta.title).toBe('青溪市青山区人民政府关于印发青山区政务值班工作规则的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.docNumber?.normalized).toBe('青山府发〔2019〕12号')
    expect(doc.meta.publishedDate).toBe('2019-04-10')
    expect(doc.documents[0]?.meta.title).toBe('青山区政务值班工作规则')
  })

  it('keeps a title-like line above the labels as the title', () => {
    const doc = parse('青溪市青山区人民政府关于做好春季防火工作的通知\n发布机构: 青山区政府\n发布日期: 2019-03-02\n名  称: 关于做好春季防火工作的通知\n各镇人民政府：\n请做好防火工作。\n')
    expect(doc.meta.title).toBe('青溪市青山区人民政府关于做好春季防火工作的通知')
  })

  it('a block opening the page (no line above it) is read as before', () => {
    const doc = parse('发布文号: 青政发[2012]8号\n各区人民政府：\n现将有关事项通知如下。\n二○一二年三月一日\n')
    expect(doc.meta.docNumber?.normalized).toBe('青政发〔2012〕8号')
  })
})

describe('a print and bookmark widget over the issuer line (boilerplate portal-print-toolbar)', () => {
  it('drops `友善列印、收藏` so the title is the issuer line and its 關於 line', () => {
    const doc = parse(
      '【法令快訊】青溪省政府《加強山林防火工作的意見》\n\n友善列印、收藏\n\n青溪省人民政府\n關於加強山林防火工作的意見\n\n青政發〔2022〕9號\n\n各市、縣人民政府：\n為加強山林防火工作，提出如下意見。\n',
    )
    expect(doc.meta.title).toBe('青溪省人民政府關於加強山林防火工作的意見')
    expect(doc.meta.issuers).toEqual(['青溪省人民政府'])
    expect(doc.diagnostics.some((d) => d.message.includes('友善列印、收藏'))).toBe(true)
  })

  it('keeps a sentence that mentions printing', () => {
    const doc = parse('青溪县人民政府关于做好档案工作的通知\n各乡镇：\n请将档案打印后收藏于档案室。\n')
    expect(doc.diagnostics.some((d) => d.message.includes('打印后收藏'))).toBe(false)
  })
})

describe('a 关于 title whose subject takes two lines before the line that closes it', () => {
  it('joins `关于…计划` / `执行情况与…发展` / `计划的报告` into one title of genre 报告', () => {
    const doc = parse(
      '关于青溪省2023年国民经济和社会发展计划\n执行情况与2024年国民经济和社会发展\n计划的报告\n青溪省第三届人民代表大会第二次会议审议通过\n一、2023年计划执行情况\n全省经济运行总体平稳。\n',
    )
    expect(doc.meta.title).toBe('关于青溪省2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划的报告')
    expect(doc.meta.docType).toBe('报告')
  })

  it('does not reach past a body line to a later …的通知', () => {
    const doc = parse('关于青溪县2023年农村公路建设计划\n各乡镇人民政府：\n请转发有关单位的通知\n')
    expect(doc.meta.title).toBe('关于青溪县2023年农村公路建设计划')
  })
})

describe('a law database’s 【label】 lines under a mirror’s menu', () => {
  const page = [
    '[Home]',
    '[Databases]',
    '[WorldLII]',
    '[Search]',
    '[Feedback]',
    '青溪省地方法规 |',
    '【发布文号】青政发[1996]47号',
    '【发布日期】1996-08-30',
    '【生效日期】1996-08-30',
    '【所属类别】地方法规',
    '青溪省人民政府关于',
    '印发青溪省山区水库移民安置办法的通知',
    '(青政发〔1996〕47号)各地、市、县人民政府：',
    '现将《青溪省山区水库移民安置办法》印发给你们，请认真贯彻执行。',
    '',
  ].join('\n')

  it('reads the 字号 and the 发布日期 of the block seven lines down', () => {
    const doc = parse(page)
    expect(doc.meta.docNumber?.normalized).toBe('青政发〔1996〕47号')
    expect(doc.meta.publishedDate).toBe('1996-08-30')
    expect(doc.meta.title).toBe('青溪省人民政府关于印发青溪省山区水库移民安置办法的通知')
  })

  it('does not take 【label】 lines below a sentence of the text', () => {
    const doc = parse('青溪省人民政府关于印发山区水库移民安置办法的通知\n各地、市、县人民政府：\n现将办法印发给你们，请认真执行。\n一、\n二、\n三、\n【发布日期】1996-08-30\n【生效日期】1996-08-30\n')
    expect(doc.meta.publishedDate).toBeNull()
    // (nor under a menu that a sentence breaks)
    const broken = parse(
      '[Home]\n[Databases]\n近来，有读者来信询问移民安置的做法。\n[Search]\n[Feedback]\n青溪省地方法规 |\n【发布文号】青政发[1996]47号\n【发布日期】1996-08-30\n青溪省人民政府关于\n印发青溪省山区水库移民安置办法的通知\n各地、市、县人民政府：\n现将办法印发给你们。\n',
    )
    expect(broken.meta.publishedDate).toBeNull()
  })
})

describe('a portal’s numbered list of [label] rows under the title', () => {
  const page = [
    '青溪市青山区“十四五”公共服务规划',
    '  1. [主题分类] 卫生、体育\\其他',
    '  2. [规划分类] 区级专项规划',
    '  3. [发文单位] 青溪市青山区人民政府',
    '  4. [发布日期]2021-11-05',
    '',
    '青山区人民政府',
    '',
    '二〇二一年十月',
    '',
    '第一章 发展基础',
    '一、公共服务水平持续提升',
    '全区新建社区卫生服务站12个。',
    '',
  ].join('\n')

  it('reads the rows as the site table: 发布日期 and 发文单位, past a row no field knows', () => {
    const doc = parse(page)
    expect(doc.meta.publishedDate).toBe('2021-11-05')
    expect(doc.meta.issuers).toEqual(['青溪市青山区人民政府'])
  })

  it('leaves no clause of the rows and no due date of the label’s value or the cover’s month', () => {
    const doc = parse(page)
    const dates = doc.tasks.flatMap((t) => t.deadlines.map((d) => d.date))
    expect(dates).not.toContain('2021-11-05')
    expect(dates).not.toContain('2021-10-31')
  })

  it('keeps a numbered list whose items open with a bracketed word that is no label', () => {
    const doc = parse('青溪市青山区人民政府关于做好防汛工作的通知\n各街道：\n1. [重点] 2021年6月底前完成河道清淤。\n2. [要求] 各街道按时上报。\n')
    expect(doc.tasks.flatMap((t) => t.deadlines.map((d) => d.date))).toContain('2021-06-30')
  })
})

describe('a report title with its delivery dateline and speaker on its line (history.json deliveryVenues)', () => {
  const page =
    '收藏本站 官方微博 欢迎浏览青溪地方志\n\n政府工作报告 (2021年1月12日在青溪市第九届人民代表大会第五次会议上) 青溪市人民政府市长 王某某\n\n发布时间:2022-03-01 点击率:\n\n各位代表:\n\n现在,我代表市人民政府向大会报告工作,请予审议。\n\n一、2020年工作回顾\n\n全市经济运行总体平稳。\n'

  it('cuts the dateline and the speaker off the title, and drops the toolbar and greeting above it', () => {
    const doc = parse(page)
    expect(doc.meta.title).toBe('政府工作报告')
    expect(doc.meta.docType).toBe('政府工作报告')
    expect(doc.diagnostics.some((d) => d.message.includes('欢迎浏览青溪地方志'))).toBe(true)
  })

  it('keeps a title whose parenthesis names no meeting', () => {
    const doc = parse('青溪市人民政府关于印发青溪市节水行动方案(2021—2025年)的通知\n各区人民政府：\n现将方案印发给你们。\n')
    expect(doc.meta.title).toBe('青溪市人民政府关于印发青溪市节水行动方案（2021—2025年）的通知')
  })
})
