import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import type { PolicyDocument } from '../../src/index.js'

/**
 * Families of outside247–250 (issue #11, the helpers' draws of the fifty-fifth session's first round), on fixtures of our
 * own wording in the pages' shapes. Each positive has a control the change must leave as it was.
 */

const roles = (doc: PolicyDocument) => doc.tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${r.role}:${u.name}`)))

describe('a rule line between the 字号 and the title (outside247 02)', () => {
  const page = (rule: string) =>
    parse(
      [
        '青川省国土资源厅文件',
        '青国土资发[2006]83号',
        rule,
        '关于规范探矿权延续登记有关问题的通知',
        '各市（州）国土资源局：',
        '为规范探矿权管理，现就有关问题通知如下：',
        '一、申请延续的项目应当达到普查程度。',
      ].join('\n'),
    )

  it('a run of hyphens is the 版头 rule, no part of the title and no issuer', () => {
    const doc = page('------------------')
    expect(doc.meta.title).toBe('关于规范探矿权延续登记有关问题的通知')
    expect(doc.meta.issuers).toEqual(['青川省国土资源厅'])
  })

  it('a run of equals signs too; a short dash run is no rule and stays text', () => {
    expect(parse('青川省国土资源厅文件\n青国土资发[2006]83号\n========\n关于规范探矿权延续登记有关问题的通知\n各市（州）国土资源局：\n现就有关问题通知如下。\n').meta.title).toBe(
      '关于规范探矿权延续登记有关问题的通知',
    )
    expect(page('--').meta.title).not.toBe('关于规范探矿权延续登记有关问题的通知')
  })
})

describe('page 2 of a law site’s record: the issued plan from a later heading, right under the notice’s title (outside247 03)', () => {
  const page = (line: string) =>
    parse(
      [
        '青川盟行政公署关于印发2010年全盟就业推进方案的通知',
        '',
        '（三）推进步骤',
        '',
        line,
        '',
        '12月份，由青川调查队牵头，对常住人口进行普查。',
        '',
        '二、调整农牧业结构',
        '',
        '（一）目标任务',
        '',
        '播种马铃薯80万亩。',
      ].join('\n'),
    )

  it('the text is the plan, though one of its sentences holds 发布 (a verb of issuing, unframed)', () => {
    const doc = page('5月份，由盟劳动就业局牵头，对岗位征集情况进行督促检查，并及时发布空岗信息。')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.documents.map((d) => d.meta.docType)).toEqual(['推进方案'])
    expect(roles(doc.documents[0])).toContain('lead:青川调查队')
  })

  it('a framed act of issuing near its top keeps the text the notice’s own', () => {
    const doc = page('现将《2010年全盟就业推进方案》印发给你们，请认真贯彻执行。')
    expect(doc.documents).toEqual([])
  })
})

describe('a 落款 over a table of figures printed without a heading (outside247 06)', () => {
  const page = (cells: string[]) =>
    parse(
      [
        '经省政府审定同意，现将2016年度各市节能目标考核结果公告如下：',
        '成都、自贡等7个市为完成等级。',
        '青川省发展和改革委员会',
        '2017年6月26日',
        '地区',
        '2016年能耗目标（%）',
        '考核结果',
        ...cells,
      ].join('\n'),
    )

  it('the date above the table is the 落款’s', () => {
    const doc = page(['成都市', '-2.50', '-2.66', '完成', '自贡市', '-3.00', '-3.11', '完成'])
    expect(doc.meta.signedDate).toBe('2017-06-26')
    expect(doc.meta.issuers).toEqual(['青川省发展和改革委员会'])
  })

  it('a list of names under the date, no figures, is no such table', () => {
    const doc = page(['成都市', '自贡市', '攀枝花市', '泸州市', '德阳市', '绵阳市', '广元市', '遂宁市'])
    expect(doc.meta.signedDate).toBeNull()
  })
})

describe('a body-only plan that names its genre after a qualifier (outside247 07)', () => {
  it('制定以下年度工作推进方案。 → 推进方案', () => {
    const doc = parse('为实现全省节能目标，结合我省实际，制定以下年度工作推进方案。\n一、强化目标责任\n（一）分解落实目标。\n')
    expect(doc.meta.docType).toBe('推进方案')
  })

  it('制定以下具体目标。 names no genre', () => {
    const doc = parse('为促进消费，结合我省实际，制定以下具体目标。\n一、强化目标责任\n（一）分解落实目标。\n')
    expect(doc.meta.docType).toBeNull()
  })
})

describe('a repost on a news site, its breadcrumb over the title (outside247 08)', () => {
  const page = (crumb: string) =>
    parse(
      [
        crumb,
        '',
        '青川省人民政府办公厅关于印发青川省无废城市建设工作方案的通知',
        '',
        '2022-03-21 10:05:11',
        '来源:青川省人民政府办公厅',
        '',
        '各市人民政府：',
        '　　《青川省无废城市建设工作方案》已经省政府同意，现印发给你们，请认真组织实施。',
        '',
        '青川省人民政府办公厅',
        '',
        '2022年3月20日',
      ].join('\n'),
    )

  it('a stamp crediting the issuer dates the repost when the crumb opens at a site named …网', () => {
    expect(page('您当前的位置 : 青川网 >> 青川发布').meta.publishedDate).toBeNull()
  })

  it('the portal’s own crumb (its home, or a government’s 网) keeps the stamp', () => {
    expect(page('当前位置：首页 > 政务公开 > 政策文件').meta.publishedDate).toBe('2022-03-21')
    expect(page('当前位置：青川省人民政府网 > 政策文件').meta.publishedDate).toBe('2022-03-21')
  })
})

describe('a law site’s default date before the 字号’s year (outside248 08)', () => {
  const page = (date: string) =>
    parse(
      [
        '青川市新一轮菜篮子工程发展规划',
        '',
        '【颁发部门】 青川市政府',
        '',
        '【发文字号】 青政办发[2011]12号',
        '',
        `【颁发时间】 ${date}`,
        '',
        '根据国务院有关意见精神，现结合实际制定本规划。',
        '一、机遇与挑战',
      ].join('\n'),
    )

  it('1970-08-22 over a 2011 字号 and no 落款 is no publication date', () => {
    expect(page('1970-08-22').meta.publishedDate).toBeNull()
  })

  it('a date of the 字号’s year stays', () => {
    expect(page('2011-03-08').meta.publishedDate).toBe('2011-03-08')
  })
})

describe('a portal stamp a mirror spaced after its dashes and colons (outside249 02)', () => {
  const page = (stamp: string) =>
    parse(
      [
        '青川省人民政府办公厅关于印发青川省农村饮用水达标行动计划的通知',
        `• 日期: ${stamp}`,
        '• 来源: 省政府办公厅',
        '各市人民政府：',
        '《青川省农村饮用水达标行动计划》已经省政府同意，现印发给你们。',
        '青川省人民政府办公厅',
        '2018年12月12日',
      ].join('\n'),
    )

  it('2022- 07- 22 16: 21 is read', () => {
    expect(page('2022- 07- 22 16: 21').meta.publishedDate).toBe('2022-07-22')
  })

  it('as the unspaced stamp is', () => {
    expect(page('2022-07-22 16:21').meta.publishedDate).toBe('2022-07-22')
  })
})

describe('a site’s note of when a rule takes effect on its title line (outside250 03)', () => {
  it('…条例2024年1月1日起施行 → the rule’s title', () => {
    const doc = parse('青川自治区人才发展促进条例2024年1月1日起施行\n第一条 为了促进人才发展，制定本条例。\n')
    expect(doc.meta.title).toBe('青川自治区人才发展促进条例')
  })

  it('a notice’s title ending so keeps it (no rule genre before the date)', () => {
    const doc = parse('关于人才新政2024年1月1日起施行\n第一条 为了促进人才发展，制定本条例。\n')
    expect(doc.meta.title).not.toBe('关于人才新政')
  })
})

describe('an order printed without its heading, its title quoting the law it implements (outside250 04)', () => {
  const page = (quoted: string, stamp: string[]) =>
    parse(
      [
        '青川自治区实施《森林防火条例》办法',
        ...stamp,
        `《${quoted}》已经2012年7月18日自治区人民政府第33次常务会议讨论通过，现予发布，自2012年9月1日起施行。`,
        '自治区主席 某某',
        '2012年7月24日',
        '青川自治区实施《森林防火条例》办法',
        '第一条 根据国务院《森林防火条例》，结合自治区实际，制定本办法。',
        '第二条 本办法适用于自治区行政区域内森林火灾的预防和扑救。',
      ].join('\n'),
    )

  it('the sentence quoting the title with 〈〉 or 《》 inside, past a repost’s stamp line: the rule itself, issued by the government its head signs for', () => {
    for (const quoted of ['青川自治区实施〈森林防火条例〉办法', '青川自治区实施《森林防火条例》办法']) {
      const doc = parse(
        [
          '青川自治区实施《森林防火条例》办法',
          '来源: 某某小编整理 · 2020-12-19 · 8745人看过',
          `《${quoted}》已经2012年7月18日自治区人民政府第33次常务会议讨论通过，现予发布，自2012年9月1日起施行。`,
          '自治区主席 某某',
          '2012年7月24日',
          '青川自治区实施《森林防火条例》办法',
          '第一条 根据国务院《森林防火条例》，结合自治区实际，制定本办法。',
        ].join('\n'),
      )
      expect(doc.meta.title).toBe('青川自治区实施《森林防火条例》办法')
      expect(doc.meta.docType).toBe('办法')
      expect(doc.meta.publishedDate).toBe('2012-07-24')
      expect(doc.meta.issuers).toEqual(['青川自治区人民政府'])
      expect(doc.documents).toEqual([])
    }
  })

  it('a sentence quoting another name publishes no such rule: the heading names what the notice issues', () => {
    const doc = page('青川自治区森林防火实施细则', [])
    expect(doc.meta.title).not.toBe('青川自治区实施《森林防火条例》办法')
  })
})

describe('a date stamp’s label left inside a clause (outside237 05)', () => {
  it('发布时间：on its own line is the page’s stamp, no due date', () => {
    const doc = parse('关于食品抽检情况的通告\n一、抽检工作由市场监管局负责。\n发布时间：2023-02-11\n二、结果见附件。\n')
    expect(doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due'))).toEqual([])
  })
})
