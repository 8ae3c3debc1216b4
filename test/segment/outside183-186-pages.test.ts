import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside183–186 (issue #11, helpers' draws of the fiftieth session's third round), on fixtures of our own
 * wording in the pages' shapes: a law library's heading and label table over the notice's own title, its 字号 and date in
 * one bracket (185 05); a consultancy's menu entry that ends like a title (185 01); a gambling site's name printed where
 * the organ stood (184 04); a sharing site's tab lines over a prefecture's plan (184 05).
 */
describe("a law library's heading and label table over the notice's own title", () => {
  const cells = ['颁布机构：|', '某省政府|', '生效状态：|', '在用|', '所属类型：|', '地方规范性文件|', '颁布日期：|', '2011/11/18 |']
  const page = [
    '某省“十二五”期间突发事件应急体系建设规划',
    ...cells,
    ...cells,
    '某省人民政府办公厅关于印发某省“十二五”期间突发事件应急体系建设规划的通知',
    '（某府厅发〔2011〕61号 2011年11月18日）',
    '各市、县（区）人民政府，省政府各部门：',
    '《某省“十二五”期间突发事件应急体系建设规划》已经省政府同意，现印发给你们，请认真贯彻执行。',
    '某省“十二五”期间突发事件应急体系建设规划',
    '突发事件应急体系建设是应急管理工作的重要组成部分。',
  ].join('\n')

  it('gives way to the notice, its 字号 and date read from the bracket under it', () => {
    const doc = parse(page)
    expect(doc.meta.title).toBe('某省人民政府办公厅关于印发某省“十二五”期间突发事件应急体系建设规划的通知')
    expect(doc.meta.docNumber?.normalized).toBe('某府厅发〔2011〕61号')
    expect(doc.meta.signedDate).toBe('2011-11-18')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['某省“十二五”期间突发事件应急体系建设规划'])
  })
})

describe("a site's menu entry that ends like a title", () => {
  it('is no title: the notice under the menu is found', () => {
    const menu = [
      '首页',
      '关于我们',
      '研究院介绍',
      '组织架构',
      '主营业务',
      '高新区研究',
      '区域经济研究',
      '战略性新兴产业研究',
      '智慧城市规划',
      '智慧园区规划',
      '新闻中心',
      '高新院新闻',
      '政策解读',
      '经典案例',
    ]
    const doc = parse(
      [
        ...menu,
        '《某某都市圈发展规划》全文',
        '来源:某某院 日期:2025-04-01 点击:次',
        '某某省人民政府关于印发某某都市圈发展规划的通知',
        '各市人民政府，省政府各部门：',
        '现将《某某都市圈发展规划》印发给你们，请认真组织实施。',
        '某某省人民政府',
        '2025年3月18日',
        '某某都市圈发展规划',
        '为培育发展现代化都市圈，制定本规划。',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('某某省人民政府关于印发某某都市圈发展规划的通知')
    expect(doc.meta.issuers).toEqual(['某某省人民政府'])
  })

  it('keeps a cover’s short title over its organ and date (guard)', () => {
    const doc = parse(['某某县畜牧业发展规划', '某某县农业农村局', '二〇二四年三月', '目录', '第一章 发展基础', '第一节 发展现状', '全县畜牧业稳步发展。'].join('\n'))
    expect(doc.meta.title).toBe('某某县畜牧业发展规划')
  })
})

describe("a gambling site's name printed where the organ stood", () => {
  it('is cut before 关于 and names no issuer, in the title, the label or the 落款', () => {
    const doc = parse(
      [
        '  • 文  号:某政办函〔2015〕87号',
        '  • 发文单位:某宁江南体育官方网站入',
        '  • 发布日期:2015年11月05日',
        '  • 名  称:江南体育官方网站入 关于印发《某宁市气象灾害防御规划(2016—2020年)》的通知',
        '',
        '江南体育官方网站入 关于印发《某宁市气象灾害防御规划(2016—2020年)》的通知',
        '',
        '字号: 分享到:',
        '各县、市、区人民政府：',
        '现将《某宁市气象灾害防御规划(2016—2020年)》印发给你们，请认真组织实施。',
        '某宁江南体育官方网站入',
        '2015年11月2日',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('关于印发《某宁市气象灾害防御规划（2016—2020年）》的通知')
    expect(doc.meta.issuers).toEqual([])
  })

  it('leaves an organ whose name holds 体育 alone (guard)', () => {
    const doc = parse(['国家体育总局关于印发某某方案的通知', '各省体育局：', '现将《某某方案》印发给你们，请认真执行。', '国家体育总局', '2020年1月2日'].join('\n'))
    expect(doc.meta.issuers).toEqual(['国家体育总局'])
  })
})

describe("a sharing site's tab lines over a prefecture's plan", () => {
  it('are no part of the title: a prefecture (…州) opens it', () => {
    const doc = parse(['文旅规划更新', '文旅规划推荐', '文旅规划热门', '某西南州“十二五”文化事业和文化产业发展专项规划', '一、发展现状', '“十一五”期间，全州文化工作取得可喜成绩。'].join('\n'))
    expect(doc.meta.title).toBe('某西南州“十二五”文化事业和文化产业发展专项规划')
  })
})

// outside189 03 (the fourth round): a news site's `(全文)` after a title it quotes whole
describe("a site's `(全文)` after a title quoted whole", () => {
  it('is cut, and the quotation marks with it', () => {
    const doc = parse(['《某某自治区乡村振兴战略规划(2018-2022年)》(全文)', '作者:本站编辑 来源:某某网 发布时间:2018-12-04', '前言', '为实施乡村振兴战略，制定本规划。'].join('\n'))
    expect(doc.meta.title).toBe('某某自治区乡村振兴战略规划（2018-2022年）')
    expect(doc.meta.docType).toBe('规划')
  })

  it('keeps a quoted name that is no title (guard)', () => {
    const doc = parse(['《某某》(全文)', '某某县人民政府关于做好防汛工作的通知', '各乡镇：', '现将有关事项通知如下。'].join('\n'))
    expect(doc.meta.title).toBe('某某县人民政府关于做好防汛工作的通知')
  })
})
