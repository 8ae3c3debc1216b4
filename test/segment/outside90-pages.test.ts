import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside90's families (test/gold/outside/outside90.md), in fixtures of our own wording

describe("a spam host's empty HTML elements left in a copied page", () => {
  const page = (top: string) =>
    `${top}\n关闭\n\n当前位置: 首页 > 信息发布 > 应急预案\n\n青溪省森林火灾应急预案\n\n来源:\n日期:2018-05-04 03:50\n\n青溪省森林火灾应急预案\n\n总则\n\n1.1 编制目的\n\n建立健全森林火灾应对工作机制，制定本预案。\n`

  it('drops a line of nothing but empty elements after a list number', () => {
    const doc = parse(page('1. <rp id="m6lis"></rp>'))
    expect(doc.meta.title).toBe('青溪省森林火灾应急预案')
    expect(doc.meta.docType).toBe('应急预案')
  })

  it('reads past nested empty elements alone on their line (guard)', () => {
    expect(parse(page('<ol id="exnmd"><strong id="exnmd"><td id="exnmd"></td></strong></ol>')).meta.title).toBe('青溪省森林火灾应急预案')
  })
})

describe("a law's history in brackets printed on its title's line", () => {
  const law = (head: string) => `${head}\n第一章 总则\n第一条 为了传承和弘扬中医药，根据有关法律，结合本省实际，制定本条例。\n`

  it('splits the bracket off: the title, the adopting body and the date', () => {
    const doc = parse(law('青溪省中医药条例(2023年5月22日青溪省第十四届人民代表大会常务委员会第二次会议通过)'))
    expect(doc.meta.title).toBe('青溪省中医药条例')
    expect(doc.meta.issuers).toEqual(['青溪省人民代表大会常务委员会'])
    expect(doc.meta.history?.map((h) => [h.date, h.action])).toEqual([['2023-05-22', '通过']])
  })

  it('keeps a bracket that dates no act of the history (guard)', () => {
    expect(parse(law('青溪省中医药发展规划(2023—2025年)')).meta.title).toBe('青溪省中医药发展规划（2023—2025年）')
  })
})

describe("a portal's heading, then the document's own 版头 printed under it", () => {
  it('reads the issuer from a 发文机关标志 whose 文件 stands on a line of its own', () => {
    const doc = parse(
      '关于印发《青溪省进一步做好稳就业工作的实施意见》的通知\n\n来源:青溪政府网 发布时间:2020年03月25日 11:31 浏览次数:\n\n青溪省人民政府\n\n文件\n\n青政发〔2020〕16号\n\n关于印发《青溪省进一步\n\n做好稳就业工作的实施意见》的通知\n\n各市、县人民政府，省政府各部门：\n\n《青溪省进一步做好稳就业工作的实施意见》已经省人民政府同意，现印发你们，请认真贯彻执行。\n\n2020年3月19日\n\n(此件公开发布)\n',
    )
    expect(doc.meta.issuers).toEqual(['青溪省人民政府'])
    expect(doc.meta.docNumber?.normalized).toBe('青政发〔2020〕16号')
  })

  it('joins the organ line to a 关于 title under a 版头 with its 字号', () => {
    const doc = parse(
      '关于加快青溪省新型工业发展的指导意见\n来源:青溪省人民政府网 更新时间:2012-04-14\n\n中共青溪省委文件\n\n青发[2004]16号\n\n中共青溪省委青溪省人民政府\n\n关于加快青溪省新型工业发展的指导意见\n\n为加快我省工业化进程，提出以下意见。\n\n一、指导思想\n',
    )
    expect(doc.meta.title).toBe('中共青溪省委青溪省人民政府关于加快青溪省新型工业发展的指导意见')
    expect(doc.meta.issuers).toEqual(['中共青溪省委', '青溪省人民政府'])
  })

  const guiyang = (organ: string) =>
    `文 号: 青府办函〔2020〕78号 发布机构: ${organ}\n成文时间: 2020-09-15 发布时间: 2020-09-15 14:50\n文件有效性: 有效\n\n青府办函〔2020〕78号市人民政府办公厅关于印发青溪市气象灾害应急预案的通知\n\n发布时间: 2020-09-15 14:50   浏览次数:0次\n\n\n青溪市人民政府办公厅\n\n——————————\n\n青府办函〔2020〕78号\n\n市人民政府办公厅关于印发\n\n青溪市气象灾害应急预案的通知\n\n\n各区、县人民政府，市政府有关工作部门：\n\n《青溪市气象灾害应急预案》已经市政府同意，现印发给你们，请抓好贯彻执行。\n\n2020年9月15日\n`

  it("names in full the issuer the title names short, from the 版头's organ line over a rule of dashes", () => {
    expect(parse(guiyang('市政府办公厅')).meta.issuers).toEqual(['青溪市人民政府办公厅'])
  })

  it("reads the label block's 发布时间 when its 发布机构 is the issuer", () => {
    expect(parse(guiyang('市政府办公厅')).meta.publishedDate).toBe('2020-09-15')
  })

  it('not when the block names another organ (guard)', () => {
    expect(parse(guiyang('市气象局')).meta.publishedDate).toBeNull()
  })
})
