import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside112's page families (test/gold/outside/outside112.md), in fixtures of our own wording

const rolesOf = (text: string) => parse(`一、总体要求\n${text}\n`).tasks.map((t) => t.roles.map((r) => [r.role, r.units.map((u) => u.name)]))

describe('Inner Mongolia’s banners as a collective (各旗县（区）, 相关旗县)', () => {
  it('are responsible where a county would be', () => {
    expect(rolesOf('市商务局负责指导，相关旗县（区）负责组织实施。')).toEqual([
      [
        ['responsible', ['市商务局']],
        ['responsible', ['相关旗县（区）']],
      ],
    ])
  })
})

describe('a title opening with its organ before an implementing verb, no 关于', () => {
  const page = (title: string) => parse(`${title}\n为贯彻落实国家规划的工作部署，特制定如下实施方案：\n一、工作目标\n到2025年，全省网络零售额达到1万亿元。\n`)

  it('names the organ as the issuer', () => {
    expect(page('青溪省商务厅贯彻“十四五”电子商务发展规划实施方案').meta.issuers).toEqual(['青溪省商务厅'])
  })

  it('a subject before 贯彻 that is no organ names none (guard)', () => {
    expect(page('全面贯彻“十四五”电子商务发展规划实施方案').meta.issuers).toEqual([])
  })
})

describe('a disclosure platform’s label rows glued by normalization above the title', () => {
  const page = (first: string) =>
    parse(
      `${first}\n发布机构 市交通运输局 发布日期 2016-03-02 09:15:20\n信息名称 关于印发青溪市政务公开工作规则等制度的通知\n内容概述\n关于印发青溪市政务公开工作规则等制度的通知\n各县（市）、区人民政府，市政府各部门：\n现将《青溪市政务公开工作规则》印发给你们，请认真贯彻执行。\n青溪市政务公开工作规则\n一、为规范政务公开工作，制定本规则。\n`,
    )

  it('reads the rows as labels, the title under them, the index number whole', () => {
    const doc = page('索 引 号 003110926/201603-00021 信息分类 信息公开制度')
    expect([doc.meta.title, doc.meta.docType, doc.meta.indexNumber, doc.documents.map((d) => d.meta.title)]).toEqual([
      '关于印发青溪市政务公开工作规则等制度的通知',
      '通知',
      '003110926/201603-00021',
      ['青溪市政务公开工作规则'],
    ])
  })
})

describe('a mirror’s clock, back-to-top link and side columns over the title', () => {
  const page = (clock: string) =>
    parse(
      `回頂部\n${clock}\n重要通告\n推薦圖文\n推薦重要通告\n點擊排行\n青溪省農業廳關于實行青溪流域禁漁期制度的通告\n為養護水生生物資源，我廳決定實行禁漁期制度。現通告如下：\n一、禁漁期\n每年4月1日至6月30日。\n`,
    )

  it('leaves them out and reads the title', () => {
    expect(page('2025年09月19日 星期五 16時46分').meta.title).toBe('青溪省農業廳關于實行青溪流域禁漁期制度的通告')
  })

  it('a date line that names no weekday stays a line of the page (guard)', () => {
    const doc = parse('青溪省農業廳關于實行青溪流域禁漁期制度的通告\n為養護水生生物資源，我廳決定實行禁漁期制度。\n青溪省農業廳\n2025年09月19日\n')
    expect(doc.meta.signedDate).toBe('2025-09-19')
  })
})
