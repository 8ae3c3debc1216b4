import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside86's families (test/gold/outside/outside86.md), in fixtures of our own wording

describe("a site's breadcrumb with arrows on the title's line", () => {
  it('cuts the sections before the last arrow off the title', () => {
    const doc = parse(
      '某某网 > 政策公示 > 临川市人民政府办公室关于印发临川市湿地保护规划的通知\n临川市人民政府办公室关于印发临川市湿地保护规划的通知\n各县(区)人民政府:\n现将《临川市湿地保护规划》印发给你们，请认真贯彻落实。\n临川市人民政府办公室\n2022年12月20日\n',
    )
    expect(doc.meta.title).toBe('临川市人民政府办公室关于印发临川市湿地保护规划的通知')
    expect(doc.meta.issuers).toEqual(['临川市人民政府办公室'])
  })

  it('keeps a line whose words before the arrow are a sentence (guard)', () => {
    const doc = parse('详见下文，请各单位认真阅读 > 临川市人民政府办公室关于印发临川市湿地保护规划的通知\n各县(区)人民政府:\n现将《临川市湿地保护规划》印发给你们。\n')
    expect(doc.meta.title).not.toBe('临川市人民政府办公室关于印发临川市湿地保护规划的通知')
  })
})

describe('an untitled issued text named with a revision mark in the issuing sentence', () => {
  it('takes its genre from the name without the mark', () => {
    const doc = parse(
      '各镇人民政府，区政府各部门:\n《临川区农村供水保障“十四五”规划(2021—2025)修订稿》已经区政府同意，现印发给你们，请认真贯彻执行。\n临川区人民政府办公室\n2023年12月1日\n(此件公开发布)\n目 录\n农村供水是重要的民生工程，事关群众切身利益。\n',
    )
    expect(doc.meta.docType).toBe('通知')
    expect(doc.documents?.[0]?.meta.docType).toBe('规划')
  })
})

describe("a standing committee's decision amending a rule, printed from its enacting sentence", () => {
  const page = (who: string) =>
    `发布单位:${who}\n文号:\n发布日期:1999年6月2日\n生效日期:1999年6月2日\n临川省第九届人民代表大会常务委员会第十次会议决定，对《临川省河道管理办法》作如下修改:\n一、第三条中的“水利部门”改为“水行政主管部门”。\n二、第九条删去。\n`

  it('is a 决定, its issuer the committee named in full', () => {
    const doc = parse(page('临川省人大常委会'))
    expect(doc.meta.docType).toBe('决定')
    expect(doc.meta.publishedDate).toBe('1999-06-02')
    expect(doc.meta.issuers).toEqual(['临川省人民代表大会常务委员会'])
  })

  it('drops a term printed before the short form', () => {
    expect(parse(page('临川省九届人大常委会')).meta.issuers).toEqual(['临川省人民代表大会常务委员会'])
  })
})
