import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { genreFromBody } from '../../src/text/genre.js'

/**
 * Families of outside121 and outside123 (issue #11, helpers' draws of the forty-fifth session), on fixtures of our own
 * wording in the pages' shapes: a body-only notice under a site's stamp items (`- 时间:…`), a plan genre 实施计划,
 * an untitled report that says what it reports (…汇报如下).
 */
describe("an untitled notice under a site's stamp items", () => {
  const notice = [
    '- 时间:2012-07-02',
    '- 点击:15',
    '- 来源:',
    '某政办发〔2012〕16号',
    '各市、自治州人民政府,省政府有关部门:',
    '《2012年某省粮食稳定增产行动方案》已经省政府同意,现印发给你们,请认真组织实施。',
    '某某省人民政府办公厅',
    '二○一二年六月二十九日',
    '2012年某省粮食稳定增产行动方案',
    '今年是实施规划承上启下的重要一年,为稳定粮食生产,制定本方案。',
    '一、目标任务',
    '全年粮食播种面积稳定在4000万亩以上。',
  ].join('\n')

  it('`- 时间:…` ⏎ `- 点击:15` ⏎ `- 来源:` are no paragraphs: the act past them (，现印发给你们) still tells a 通知', () => {
    const doc = parse(notice)
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.docNumber?.normalized).toBe('某政办发〔2012〕16号')
  })
})

describe('实施计划 is a plan genre of its own, as 实施方案 is', () => {
  it('the issuing title names the plan, and the plan keeps 实施', () => {
    const doc = parse(
      [
        '某省人民政府办公厅关于印发某省人口发展规划2012年实施计划的通知',
        '某办函〔2012〕56号',
        '各市(州)人民政府,省政府各部门:',
        '《某省人口发展规划2012年实施计划》已经省政府同意,现印发给你们,请认真贯彻执行。',
        '某省人民政府办公厅',
        '二〇一二年三月十五日',
        '某省人口发展规划2012年实施计划',
        '一、工作目标',
        '人口自然增长率控制在千分之七以内。',
      ].join('\n'),
    )
    expect(doc.meta.docType).toBe('通知')
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['某省人口发展规划2012年实施计划', '实施计划']])
  })

  it('a title ending 工作计划 or 行动计划 keeps its own genre', () => {
    expect(parse('某市2020年全民健身行动计划\n一、目标\n全年举办赛事十场。').meta.docType).toBe('行动计划')
    expect(parse('某县2021年档案工作计划\n一、目标\n全年接收档案一千卷。').meta.docType).toBe('工作计划')
  })
})

describe('an untitled report says what it reports', () => {
  it('现将…情况汇报如下 → 报告', () => {
    const doc = parse('我馆档案工作在上级业务部门的指导下稳步推进。现将“十四五”规划落实情况汇报如下:\n1.做好重大活动档案收集整理工作。\n2.推进档案数字化。')
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.docType).toBe('报告')
  })

  it('…报告如下 too; a titled notice keeps its title genre', () => {
    expect(genreFromBody('现将有关情况和我部的建议报告如下:')).toBe('报告')
    expect(parse('某市人民政府关于加强防汛工作的通知\n各区政府:\n现将今年汛情报告如下:\n一、汛情').meta.docType).toBe('通知')
  })
})

describe("a reposting site's notes under the 落款", () => {
  const page = (tail: string[]) =>
    parse(
      [
        '经景区自愿申报、市级部门推荐，自治区文化和旅游厅组织综合评定，某某湖旅游度假区达到省级旅游度假区标准，现评定为省级旅游度假区。',
        '特此公告。',
        '附件:某某湖旅游度假区简介',
        '某某自治区文化和旅游厅',
        '2022年8月26日',
        ...tail,
      ].join('\n'),
    )

  it('(原题:《…(省)级…的公告》) and 转载请注明:… close the page: the 落款 above them is read', () => {
    const doc = page(['(原题:《关于确定某某湖旅游度假区为某某自治区(省)级旅游度假区的公告》)', '转载请注明:示例旅游网 » 某某新增一家省级旅游度假区'])
    expect(doc.meta.docType).toBe('公告')
    expect(doc.meta.issuers).toEqual(['某某自治区文化和旅游厅'])
    expect(doc.meta.signedDate).toBe('2022-08-26')
  })

  it('a bracketed line of the body naming no 原题 or source still ends the text as before', () => {
    const doc = page(['(以上内容请各景区对照执行)'])
    expect(doc.meta.signedDate).toBeNull()
  })
})
