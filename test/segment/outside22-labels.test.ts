import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { fixtureText } from '../helpers.js'

// outside22 probe (issue #11): joint and party–government documents. A law site prints its label block
// (发文标题 / 发文文号 / 发文部门 / 发文时间) under twenty lines of navigation; a county site bullets its
// label list (`- 发布日期:…`) with a cell no field takes between. Fixtures written for the test in those
// forms (own organs, numbers and dates).

describe('a law site`s label block under its navigation', () => {
  const doc = parse(fixtureText('outside22/law-site-joint-announcement.txt'))

  it('takes the labelled title, genre and announcement number', () => {
    expect(doc.meta.title).toBe('甘肃省财政厅甘肃省国家税务局甘肃省地方税务局关于调整个体工商户定期定额征收有关事项的公告')
    expect(doc.meta.docType).toBe('公告')
    expect(doc.meta.docNumber?.normalized).toBe('甘肃省国家税务局公告2017年第11号')
    expect(doc.meta.docNumber?.year).toBe(2017)
    expect(doc.meta.docNumber?.serial).toBe(11)
  })

  it('names each organ of 发文部门 apart, not the title`s organs run together', () => {
    expect(doc.meta.issuers).toEqual(['甘肃省财政厅', '甘肃省国家税务局', '甘肃省地方税务局'])
    expect(doc.meta.effectiveDate).toBe('2017-04-01')
  })

  it('still reads the body`s clauses', () => {
    const t = doc.tasks.find((x) => x.path.join('/') === '一/（一）')
    expect(t?.roles.map((r) => r.units.map((u) => u.name))).toEqual([['主管税务机关']])
  })

  it('takes no deep block without a title label (a repost stamp in the body stays body)', () => {
    const chrome = Array.from({ length: 8 }, (_, i) => `栏目${i + 1}`).join('\n')
    const page = parse(`${chrome}\n某市人民政府办公室关于做好防汛工作的通知\n各区人民政府:\n一、加强值守。\n来源：某市政府网\n发布日期：2019-06-01\n发文字号：某政办发〔2019〕8号\n二、落实责任。\n`)
    expect(page.meta.header).toBeNull()
    expect(page.meta.publishedDate).toBeNull()
  })

  it('reads a whole announcement number only as a label value, not in running text', () => {
    const page = parse('某县人民政府关于征收管理的通知\n各乡镇:\n一、根据某省税务局公告2016年第23号,做好征收管理。\n')
    expect(page.meta.docNumber).toBeNull()
  })
})

describe('a bulleted label list (`- 发布日期:…`)', () => {
  const doc = parse(fixtureText('outside22/bulleted-label-list.txt'))

  it('reads every known cell, past a cell no field takes (公文种类)', () => {
    expect(doc.meta.docNumber?.normalized).toBe('昌政发〔2022〕17号')
    expect(doc.meta.publishedDate).toBe('2022-06-15')
    expect(doc.meta.title).toBe('昌都市人民政府关于印发《昌都市人民政府工作规则》的通知')
  })

  it('keeps the 落款 for issuer and signature date', () => {
    expect(doc.meta.issuers).toEqual(['昌都市人民政府'])
    expect(doc.meta.signedDate).toBe('2022-06-02')
  })

  it('takes a dash as a bullet only before a label', () => {
    const page = parse('某市人民政府关于加强管理的通知\n各县:\n-2019年底前完成清理。\n某市人民政府\n2019年3月1日\n')
    expect(page.meta.header).toBeNull()
  })
})

describe('cells a label list holds besides the known ones', () => {
  it('reads a row with an unknown cell and a known one glued (废止时间: … 名称: …) as before', () => {
    const page = parse(
      '索引号: 003129766/201901-00336 组配分类: 规范性文件发布\n信息分类: 通知 发布机构: 某县人民政府办公室\n生成日期: 2019-01-23 文号:\n废止时间: 2020-01-23 名称: 某县人民政府关于印发《某县人民政府工作规则》的通知\n某县人民政府关于印发《某县人民政府工作规则》的通知\n各乡镇人民政府:\n现予印发,请遵照执行。\n某县人民政府\n2019年1月17日\n',
    )
    expect(page.meta.title).toBe('某县人民政府关于印发《某县人民政府工作规则》的通知')
  })

  it('takes no issuer, date or genre from the labels over an interpretation of a quoted document (…解读《…》)', () => {
    const page = parse(
      '- 索 引 号:11370700/2022-00011\n- 发布机构:市发改局\n- 发文日期:2022-03-02\n- 标 题:【主要负责人解读】某市发改局局长解读《某市国民经济和社会发展第十四个五年规划纲要》\n【主要负责人解读】某市发改局局长解读《某市国民经济和社会发展第十四个五年规划纲要》\n一、编制背景\n2021年3月,市政府部署了规划编制工作。\n',
    )
    expect(page.meta.docType).toBeNull()
    expect(page.meta.issuers).toEqual([])
    expect(page.meta.signedDate).toBeNull()
  })
})
