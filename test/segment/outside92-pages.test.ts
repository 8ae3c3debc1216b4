import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside92's families (test/gold/outside/outside92.md), in fixtures of our own wording

describe('an announcement numbered by year and serial, run into its text on one line', () => {
  const page = (number: string) =>
    `青溪省卫生厅食品抽检公告 ${number} 青溪省卫生厅组织对大米进行了抽检，共抽查了三个市场中经营销售的12种大米，合格10种。省卫生厅已责成有关部门依法查处。现将此次抽检结果公告如下(见附表): 二○○九年三月十二日 |\n附件下载:大米抽检结果.doc |\n`

  it('reads the title, the number, the organ and the date run onto the text', () => {
    const doc = parse(page('(2009年第7号)'))
    expect([doc.meta.title, doc.meta.docType, doc.meta.docNumber?.normalized, doc.meta.issuers, doc.meta.signedDate]).toEqual([
      '青溪省卫生厅食品抽检公告',
      '公告',
      '2009年第7号',
      ['青溪省卫生厅'],
      '2009-03-12',
    ])
  })

  it('takes no bracketed year and serial after a title of another genre (guard)', () => {
    const doc = parse(page('(2009年第7号)').replace('食品抽检公告', '食品抽检工作方案'))
    expect(doc.meta.docNumber).toBeNull()
  })
})

describe("a site's heading giving the title from its 关于, the document's printing under the 字号", () => {
  const page = (printed: string) =>
    `关于加快青溪市智慧城市建设的实施意见\n来源:某某信息网 更新时间:2017-03-08\n\n青政办发 〔2016〕12 号\n${printed}\n\n各区、县人民政府，各委、局：\n为推进智慧城市建设，经市人民政府同意，现提出以下实施意见：\n一、总体要求\n到2020年，基本建成智慧城市。\n`

  it('takes the printing with its organ as the title, its place written 我市', () => {
    const doc = parse(page('青溪市人民政府办公厅关于加快我市智慧城市建设的实施意见'))
    expect([doc.meta.title, doc.meta.issuers, doc.meta.docNumber?.normalized]).toEqual(['青溪市人民政府办公厅关于加快我市智慧城市建设的实施意见', ['青溪市人民政府办公厅'], '青政办发〔2016〕12号'])
  })

  it('keeps the heading when the printing under it is another title (guard)', () => {
    const doc = parse(page('青溪市人民政府办公厅关于加快我市数字乡村建设的实施意见'))
    expect(doc.meta.title).toBe('关于加快青溪市智慧城市建设的实施意见')
  })
})

describe("a portal's label 成文日期 that differs from the 落款 the title's organ signs", () => {
  const page = (signer: string) =>
    `标题:青溪市人民政府办公室关于印发青溪市粮油市场供应应急预案的通知\n索引号:-/2019-00021 发文机关:青溪市政府办公室 成文日期:2019年01月04日 文 号:青府办〔2018〕113号 发布日期:2019年01月04日\n\n青溪市人民政府办公室关于印发青溪市粮油市场供应应急预案的通知\n\n各镇人民政府，市政府直属各单位：\n\n经市政府同意，现将《青溪市粮油市场供应应急预案》印发给你们，请认真组织实施。\n\n${signer}\n\n2018年12月29日\n\n(此件主动公开)\n`

  it('dates the document by its own 落款', () => {
    expect(parse(page('青溪市人民政府办公室')).meta.signedDate).toBe('2018-12-29')
  })

  it("keeps the label's date when another organ signs the 落款 (guard)", () => {
    expect(parse(page('青溪市粮油储备专家组')).meta.signedDate).toBe('2019-01-04')
  })
})
