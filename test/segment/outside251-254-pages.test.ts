import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import type { PolicyDocument } from '../../src/index.js'

/**
 * Families of outside251–254 (issue #11, the helpers' draws of the fifty-fifth session's second round), on fixtures of our
 * own wording in the pages' shapes. Each positive has a control the change must leave as it was.
 */

describe('a casino mirror’s brand run onto the title line (outside252 02)', () => {
  const page = (tail: string) =>
    parse([`青川市财政局关于印发《青川市促进金融业发展若干措施》的通知${tail}`, '', '各区财政局：', '《青川市促进金融业发展若干措施》已经市政府同意，现印发给你们，请认真组织实施。'].join('\n'))

  it('the brand is cut after the genre word', () => {
    expect(page('金沙娱乐城- 金沙娱乐官网-城APP【官网直营】').meta.title).toBe('青川市财政局关于印发《青川市促进金融业发展若干措施》的通知')
  })

  it('an article naming a lottery after a genre-like word keeps its text (依法 is no title)', () => {
    const doc = parse('第一条 为了规范管理，制定本规定。\n第二条 市人民政府依法设立的彩票发行机构（以下简称发行机构），负责全市的彩票发行工作。\n')
    expect(doc.diagnostics.some((d) => d.code === 'title-site-name')).toBe(false)
  })

  it('words after the title that name no spam site stay where they were', () => {
    expect(page('（全文）').meta.title).not.toBe('青川市财政局关于印发《青川市促进金融业发展若干措施》的通知金沙')
    expect(page('').meta.title).toBe('青川市财政局关于印发《青川市促进金融业发展若干措施》的通知')
  })
})

describe('a layout table’s row of one cell and a run of empty cells (outside253 05)', () => {
  const page = (row: (text: string) => string) =>
    parse(
      [row('青川市交通运输局关于对人大第七届四次会议第177号建议的答复'), '', '王某、李某代表：', '你们提出的《关于开通公交线路的建议》收悉，现答复如下：', '一、目前城区至片区的公交线路有三条。'].join(
        '\n',
      ),
    )

  it('the bars go, the title is read', () => {
    const doc = page((t) => `| ${t} | ||||||||||||||||`)
    expect(doc.meta.title).toBe('青川市交通运输局关于对人大第七届四次会议第177号建议的答复')
    expect(doc.meta.issuers).toEqual(['青川市交通运输局'])
  })

  it('a row with a second cell of text is a table’s and keeps its bars', () => {
    const doc = page((t) => `| ${t} | 青川 | |||`)
    expect(doc.meta.title).not.toBe('青川市交通运输局关于对人大第七届四次会议第177号建议的答复')
  })
})

describe('an image’s file name where a scraped post showed the picture (outside253 04)', () => {
  const page = (line: string) => parse(['青川市防控指挥部关于停止聚集性活动的决定', '', line, '', '一、停止公众聚集性活动。', '', '二、实行交通检疫。'].join('\n'))

  it('is no text, and its digits no heading', () => {
    const doc = page('微信图片_20200127093801.jpg')
    expect(doc.diagnostics.some((d) => d.code === 'marker-repaired')).toBe(false)
    expect(doc.clauses.map((c) => c.path.join('/'))).toEqual(['一', '二'])
  })

  it('a line that only mentions an image keeps its text', () => {
    const doc = page('详见附图1.jpg所示范围。')
    expect(doc.clauses.map((c) => c.path.join('/'))).toEqual(['一', '二'])
    expect(doc.diagnostics.some((d) => d.message.includes('image-file-names'))).toBe(false)
  })
})

describe('a body-only text naming its genre by the act it makes (outside253 04)', () => {
  it('特作如下规定： → 规定, as 作出如下决定： gives 决定', () => {
    expect(parse('各设区市人民政府：\n为加强管理，特作如下规定：\n一、停止公众聚集性活动。\n').meta.docType).toBe('规定')
    expect(parse('各设区市人民政府：\n经研究，作出如下决定：\n一、停止公众聚集性活动。\n').meta.docType).toBe('决定')
  })

  it('a sentence with no such act names none', () => {
    expect(parse('各设区市人民政府：\n经研究，现就有关事项明确如下：\n一、停止公众聚集性活动。\n').meta.docType).toBeNull()
  })
})

describe('a standing rule inside a task’s bracket naming a development zone (outside251 01)', () => {
  const page = (units: string) =>
    parse(
      [
        '青川市2025年河湖长制工作要点',
        '一、深化河湖长制',
        `1.完善组织体系。压紧压实责任。〔牵头单位：市河长办。以下均需${units}负责，不再列出〕`,
        '2.强化履职尽责。加强排查整治。〔牵头单位：市河长办〕',
      ].join('\n'),
    )
  const responsible = (doc: PolicyDocument, path: string) =>
    doc.tasks.filter((t) => t.path.join('/') === path).flatMap((t) => t.roles.filter((r) => r.role === 'responsible').flatMap((r) => r.units.map((u) => u.name)))

  it('a list mostly of known units is read whole, and stands on the later items', () => {
    const doc = page('各县（市、区）人民政府、青川经开区、青江新区管委会')
    expect(responsible(doc, '一/2')).toEqual(['各县（市、区）人民政府', '青川经开区', '青江新区管委会'])
  })

  it('a list of one known unit and prose is none', () => {
    const doc = page('各县（市、区）人民政府加强统筹、抓好各项工作')
    expect(responsible(doc, '一/2')).toEqual([])
  })
})

describe('a label table’s first row, its cells glued, ending in a genre word (outside251 04)', () => {
  const page = (first: string) =>
    parse(
      [
        first,
        '发布机构 青川市人民政府办公室 文 号 青政办〔2022〕21号',
        '公文生成日期: 2022-07-11',
        '标 题: 青川市人民政府办公室关于印发青川市应急体系建设专项规划的通知',
        '青川市人民政府办公室关于印发青川市应急体系建设专项规划的通知',
        '各镇人民政府：',
        '现将《青川市应急体系建设专项规划》印发给你们。',
      ].join('\n'),
    )

  it('is no title; 公文生成日期 is the signed date', () => {
    const doc = page('索 引 号 QZ06101-0320-2022-00145 主题分类 规划计划方案意见')
    expect(doc.meta.title).toBe('青川市人民政府办公室关于印发青川市应急体系建设专项规划的通知')
    expect(doc.meta.signedDate).toBe('2022-07-11')
  })

  it('a heading that is the title over the labels stays the title', () => {
    expect(page('青川市人民政府办公室关于印发青川市应急体系建设专项规划的通知').meta.title).toBe('青川市人民政府办公室关于印发青川市应急体系建设专项规划的通知')
  })
})

describe('an issued text’s title line the scraper cut (outside251 07)', () => {
  const page = (heading: string) =>
    parse(
      [
        '青川市人民政府关于印发青川市“十四五”推进农业农村现代化规划的通知',
        '各县（市、区）人民政府：',
        '《青川市“十四五”推进农业农村现代化规划》已经市政府同意，现印发给你们，请抓好贯彻落实。',
        '青川市人民政府',
        '2021年9月8日',
        '（此件主动公开）',
        heading,
        '第一章 开启农业农村现代化新征程',
        '“十三五”时期，全市农业农村发展取得显著成效。',
      ].join('\n'),
    )

  it('the quoted name it begins is the title', () => {
    expect(page('青川市“十四五”推进农业农村').documents.map((d) => d.meta.title)).toEqual(['青川市“十四五”推进农业农村现代化规划'])
  })

  it('a printed title ending in its genre word stays as printed', () => {
    expect(page('青川市“十四五”推进农业农村现代化规划').documents.map((d) => d.meta.title)).toEqual(['青川市“十四五”推进农业农村现代化规划'])
  })
})

describe('a disclosure table’s genre label over a text printed without its title (outside254 04)', () => {
  const page = (genre: string) =>
    parse(
      [
        `发布机构:青川市审计局 | 关 键 词:公告 | |`,
        '成文日期:2016-09-05 | 发布日期:2016-09-05 |',
        `体 裁:${genre} | 生效日期 | 废止日期 |`,
        '今年的审计工作，紧紧围绕市委、市政府工作部署，主要对169个部门预算单位进行了审计。',
      ].join('\n'),
    )

  it('体裁:公告 gives the docType', () => {
    expect(page('公告').meta.docType).toBe('公告')
  })

  it('a value that is no genre word gives none', () => {
    expect(page('其他').meta.docType).toBeNull()
  })
})
