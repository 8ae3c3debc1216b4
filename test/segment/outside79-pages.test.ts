import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside79's families (test/gold/outside/outside79.md), in fixtures of our own wording
// (a law site opening with the publishing sentence: test/segment/promulgation.test.ts)

const events = (doc: ReturnType<typeof parse>) => (doc.meta.history ?? []).map((h) => `${h.date} ${h.action}`)

describe("a law's history parenthesis ending `公布施行`, its adopting body named with the province", () => {
  const law = `*注:本篇法规已被《临川市人大常委会关于修改<临川市菜市场管理条例>的决定》(发布日期:2009年5月6日 实施日期:2009年5月6日)修正临川市菜市场管理条例
(1996年3月8日江西省临川市第十届人民代表
大会常务委员会第九次会议通过 1996年5月30日
江西省第八届人民代表大会常务委员会第十一次会议批准
1996年5月30日公布施行)
第一章 总则
第一条 为了加强菜市场管理,制定本条例。
`

  it('reads the publication and the entry into force, both on the day printed', () => {
    const doc = parse(law)
    expect(events(doc)).toEqual(['1996-03-08 通过', '1996-05-30 批准', '1996-05-30 公布', '1996-05-30 施行', '2009-05-06 修正'])
    expect(doc.meta.publishedDate).toBe('1996-05-30')
    expect(doc.meta.effectiveDate).toBe('1996-05-30')
  })

  it("names the city's standing committee without the province before it", () => {
    expect(parse(law).meta.issuers).toEqual(['临川市人民代表大会常务委员会'])
  })

  it('keeps a province before an organ that is no city’s (guard)', () => {
    const doc = parse('某省商业网点管理条例\n（1999年3月8日江西省商业超市协会第十次会议通过）\n第一条 为了加强商业网点管理,制定本条例。\n')
    expect(doc.meta.issuers).not.toContain('商业超市协会')
  })
})

describe("a site's word or a file's extension after a title it prints whole", () => {
  it.each([
    ['临川市“十四五”城乡供水规划纲要(全文)', '临川市“十四五”城乡供水规划纲要'],
    ['临川市“十四五”城乡供水规划纲要（全文）', '临川市“十四五”城乡供水规划纲要'],
    ['临川市人民政府关于印发《临川市城乡供水规划》的通知全文', '临川市人民政府关于印发《临川市城乡供水规划》的通知'],
    ['临川市人民政府办公室关于印发《临川市城乡供水规划》的通知.doc', '临川市人民政府办公室关于印发《临川市城乡供水规划》的通知'],
    ['临川市人民政府关于印发《临川市城乡供水管理办法》的通知.pdf', '临川市人民政府关于印发《临川市城乡供水管理办法》的通知'],
  ])('%s', (line, title) => {
    // (a notice's title over its own 主送 and issuing sentence; a plan's over its first heading)
    const body = title.endsWith('通知') ? '各县(区)人民政府：\n现将规划印发给你们，请认真执行。\n' : '一、规划背景\n全市供水能力稳步提升。\n'
    expect(parse(`首页 > 规划计划\n${line}\n${body}`).meta.title).toBe(title)
  })
})

describe("a law library's three label rows under the title, a status label among them", () => {
  const page = (chrome: string) =>
    `${chrome}临川市人民政府办公室关于做好汛期安全工作的通知\n\n状态:有效 发布日期:2012-06-01 生效日期: 2012-06-01\n发布部门: 临川市人民政府办公室\n发布文号: 临府办[2012]21号\n\n各县(区)人民政府,市直各单位:\n  入汛以来,我市降雨偏多。\n`

  it('reads every row', () => {
    const doc = parse(page('用户名 密码\n记住我\n加入收藏\n全国站 [进入分站]\n发布免费法律咨询\n'))
    expect(doc.meta.docNumber?.normalized).toBe('临府办〔2012〕21号')
    expect(doc.meta.publishedDate).toBe('2012-06-01')
    expect(doc.meta.status).toBe('有效')
    expect(doc.meta.issuers).toEqual(['临川市人民政府办公室'])
  })
})

describe("a notice flattened onto one line by a sharing site: its date alone after the request, the issued plan's contents after it", () => {
  const file =
    '临川市人民政府办公室关于印发《临川市城乡供水规划》的通知.doc\n临政办发〔2022〕9 号 临川市人民政府办公室 关于印发《临川市城乡供水规划》 的通知 各县(区)人民政府,市政府各部门: 经市人民政府同意,现将《临川市城乡供水规划》印发给你们,请认真贯彻落实。 2022 年 3 月 15 日 (此件公开发布) —1— 目 录 第一章 规划背景 ..........................3 第一节 发展基础 ..........................3 第二节 面临形势 ..........................5 第二章 总体要求 ..........................7 第一节 指导思想 ..........................7'

  it('takes the date as the 落款 and the plan, untitled, by the genre its notice names', () => {
    const doc = parse(file)
    expect(doc.meta.title).toBe('临川市人民政府办公室关于印发《临川市城乡供水规划》的通知')
    expect(doc.meta.signedDate).toBe('2022-03-15')
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([[null, '规划']])
  })
})

describe('an issued text printed without its title under the 落款: its genre from the name the notice quotes', () => {
  it('the full genre of the quoted name before the short form the text names itself by', () => {
    const doc = parse(
      '临川市人民政府办公室关于印发临川市防汛应急预案的通知\n各县(区)人民政府:\n《临川市防汛应急预案》已经市政府同意,现印发给你们,请认真组织实施。\n临川市人民政府办公室\n2021年5月10日\n(此件公开发布)\n1 总则\n1.1 编制目的\n为做好防汛工作,制定本预案。\n',
    )
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([[null, '应急预案']])
  })
})
