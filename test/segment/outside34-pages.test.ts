import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside34 probe (issue #11): the second seeded random draw. Fixtures written for the test in the forms the draw
// met (own places, names and dates).
const fixture = (name: string) => parse(readFileSync(new URL(`../fixtures/outside34/${name}`, import.meta.url), 'utf8'))

describe('a portal label whose name ends in a known one (`目录名称` holds 名称, the title label)', () => {
  it('is a label of its own: the line is header, the document’s title is found under it', () => {
    const doc = fixture('portal-catalog-labels.txt')
    expect(doc.meta.title).toBe('青山省人民政府关于加快发展山地旅游的意见')
    expect(doc.meta.docType).toBe('意见')
    expect(doc.meta.issuers).toEqual(['青山省人民政府'])
    expect(doc.meta.docNumber?.normalized).toBe('青政发〔2025〕6号')
    expect(doc.meta.publishedDate).toBe('2025-04-08')
    // 效用状态 is the record's validity, as 有效性 is
    expect(doc.meta.status).toBe('有效')
  })
})

describe('an issued plan under a heading a site printed for its title (`發展規劃`)', () => {
  it('takes the name the notice quotes', () => {
    const doc = fixture('generic-plan-heading.txt')
    expect(doc.meta.title).toBe('青山省人民政府辦公廳關於印發青山省山區職業教育發展規劃（2024—2028年）的通知')
    expect(doc.documents).toHaveLength(1)
    const plan = doc.documents[0]
    expect(plan.meta.title).toBe('青山省山區職業教育發展規劃（2024—2028年）')
    expect(plan.meta.docType).toBe('规划')
  })

  it('keeps a heading that names its subject, and a heading no quoted name holds', () => {
    const named = parse(
      '青山省人民政府办公厅关于印发山区职业教育发展规划的通知\n各市人民政府：\n《青山省山区职业教育发展规划》已经省人民政府同意，现印发给你们，请认真贯彻执行。\n青山省人民政府办公厅\n2024年3月9日\n青山省山区职业教育规划\n一、现实基础\n',
    )
    expect(named.documents.map((d) => d.meta.title)).toEqual(['青山省山区职业教育规划'])
  })
})

describe('a joint 发文机关标志 converted from PDF: organ lines, the 字号, a lone `文件`, then the title', () => {
  it('finds the title broken over two lines under the 字号, and keeps the 字号', () => {
    const doc = fixture('letterhead-number-above-title.txt')
    expect(doc.meta.title).toBe('关于印发《青河市高标准农田建设与管护办法（试行）》的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.docNumber?.normalized).toBe('青农字〔2025〕3号')
    expect(doc.meta.signedDate).toBe('2025-05-06')
  })
})

describe('a body that names its own genre as the subject of a definition or an aim (no title line)', () => {
  it('`本通知所称…` is a 通知, `本要点旨在…` a 要点', () => {
    expect(parse('各有关单位：\n现将有关要求明确如下：\n一、本通知所称智能终端是指接入公众网络的设备。\n二、请认真执行。\n').meta.docType).toBe('通知')
    expect(parse('本要点旨在指导申请人准备注册申报资料。\n一、适用范围\n本要点适用于体外诊断试剂。\n').meta.docType).toBe('要点')
  })
})
