import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// Hand-written fixtures in the forms of issue #11's outside probes below the metadata target
// (outside12 12, outside16 20, outside17 17, outmeta 09): own places, units, numbers and dates.

describe('a label table whose first row lost the head of its label (`号: …` under a lost 索引)', () => {
  const page =
    '号: 113300271/202405-00031 信息分类: 规范性文件发布\n发文机关: 青溪县人民政府(办公室) 主题分类: 综合政务\n成文日期: 2024-05-08 发布日期: 2024-05-09 10:12\n发文字号: 青政办〔2024〕9号\n标  题: 青溪县人民政府办公室关于印发青溪县山洪灾害防御预案的通知\n\n青溪县人民政府办公室\n\n关于印发青溪县山洪灾害防御预案的通知\n\n各乡镇人民政府，县直各单位：\n　　《青溪县山洪灾害防御预案》已经县政府同意，现印发给你们，请认真贯彻执行。\n'

  it('is no title: the labelled 标题 is', () => {
    const doc = parse(page)
    expect(doc.meta.title).toBe('青溪县人民政府办公室关于印发青溪县山洪灾害防御预案的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.docNumber?.normalized).toBe('青政办〔2024〕9号')
    expect(doc.meta.signedDate).toBe('2024-05-08')
    expect(doc.meta.header?.fields['信息分类']).toBe('规范性文件发布')
  })
})

describe("a news page's dateline before a title that opens with 关于 (`北京:关于印发…`)", () => {
  it('is dropped when the title names the place', () => {
    const doc = parse(
      '云州:关于印发《云州市河湖长制考核办法》的通知\n各区委、区政府，市直各单位：\n　　经市委、市政府同意，现将《云州市河湖长制考核办法》印发给你们，请认真遵照执行。\n中共云州市委办公厅\n云州市人民政府办公厅\n2024年4月12日\n',
    )
    expect(doc.meta.title).toBe('关于印发《云州市河湖长制考核办法》的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.issuers).toEqual(['中共云州市委办公厅', '云州市人民政府办公厅'])
  })

  it('a label the title does not name stays (`附件:关于…`)', () => {
    const doc = parse('附件:关于加快青溪县农产品冷链建设的通知\n各乡镇人民政府：\n　　现将有关事项通知如下。\n')
    expect(doc.meta.title).toBe('附件：关于加快青溪县农产品冷链建设的通知')
  })
})

describe('a notice that convenes the meeting a portal page is named after', () => {
  const page = (title: string) =>
    `您现在所在的位置: 网站首页 > 政府信息公开 > 政府会议\n索引号: 11331100003245001K/202405-00012 组配分类: 会议开放\n发布机构: 青溪市人民政府(办公室) 主题分类: 其他\n名称: 市政府第12次常务会议(邀请市人大代表列席) 文号:\n发布日期: 2024-05-20\n市政府第12次常务会议(邀请市人大代表列席)\n发布时间:2024-05-20 09:15 来源:青溪市人民政府(办公室) 浏览次数: 字体:[ ]\n\n${title}\n\n各县(市、区)人民政府，市政府各部门：\n　　经市政府同意，定于2024年5月24日召开市政府第12次常务会议，现将有关事项通知如下。\n一、会议时间\n2024年5月24日上午9时。\n`

  it('is the document, not the heading over it', () => {
    const doc = parse(page('关于召开市政府第12次常务会议的通知'))
    expect(doc.meta.title).toBe('关于召开市政府第12次常务会议的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.publishedDate).toBe('2024-05-20')
    // (组配分类 is a label of the table: the 索引号 keeps its value whole)
    expect(doc.meta.indexNumber).toBe('11331100003245001K/202405-00012')
  })

  it('a notice about another meeting leaves the heading the title', () => {
    const doc = parse(page('关于召开全市防汛工作会议的通知'))
    expect(doc.meta.title).toBe('市政府第12次常务会议（邀请市人大代表列席）')
  })
})

describe("a county portal's label rows with 生效时间 and 废止时间 beside 名称", () => {
  it('reads each label, so 名称 is the title and nothing runs into another value', () => {
    const doc = parse(
      '索引号: 113300272/202403-00107 组配分类: 规范性文件发布\n信息分类: 通知   发布机构: 青溪县人民政府办公室\n生成日期: 2024-03-11 文号:\n发文日期: 2024-03-11 生效时间: 2024-04-01\n废止时间: 2029-03-31 名称: 青溪县人民政府关于印发《青溪县人民政府工作规则》的通知\n信息来源: 关键词:\n\n青溪县人民政府关于印发《青溪县人民政府工作规则》的通知\n\n各乡镇人民政府，县政府各部门：\n　　现将《青溪县人民政府工作规则》印发给你们，请认真贯彻执行。\n',
    )
    expect(doc.meta.title).toBe('青溪县人民政府关于印发《青溪县人民政府工作规则》的通知')
    expect(doc.meta.effectiveDate).toBe('2024-04-01')
    expect(doc.meta.header?.fields['发文日期']).toBe('2024-03-11')
    expect(doc.meta.header?.fields['废止时间']).toBe('2029-03-31')
  })
})

describe('a page flattened to one line: title, 字号 and text run together', () => {
  it('splits the title and reads the 字号', () => {
    const doc = parse(
      '青溪省人民政府 关于明确2024年重点民生实事责任单位的通知 青政〔2024〕3号 现将2024年重点民生实事予以分解并明确责任单位。各责任单位要制定具体落实方案，并于2024年6月25日前向省政府报告进展情况。\n',
    )
    expect(doc.meta.title).toBe('青溪省人民政府关于明确2024年重点民生实事责任单位的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.docNumber?.normalized).toBe('青政〔2024〕3号')
    expect(doc.meta.issuers).toEqual(['青溪省人民政府'])
  })

  it('a 字号 cited in brackets inside the first sentence follows no title', () => {
    const doc = parse('“青溪智慧水务示范工程”是《青溪省水利信息化发展规划》（青水规发〔2021〕12号文印发）确定的重点工程之一，是推进智慧水利建设的重要内容。为指导各市开展示范工程建设，制定本指南。\n')
    expect(doc.meta.docNumber).toBeNull()
    expect(doc.meta.title ?? '').not.toContain('青溪智慧水务示范工程')
  })
})

describe("a converted page's counter before a title printed twice (`第1页共3页…方案…方案为…`)", () => {
  it('the title is split from the text', () => {
    const doc = parse(
      '第1页共4页青溪县水务局开展河道清障行动宣传工作实施方案青溪县水务局开展河道清障行动宣传工作实施方案为依法加强河道管理，在全县范围内集中开展河道清障行动，现结合实际，制定本方案。\n',
    )
    expect(doc.meta.title).toBe('青溪县水务局开展河道清障行动宣传工作实施方案')
    expect(doc.meta.docType).toBe('实施方案')
  })
})

describe("a title implementing another organ's document (`X贯彻Y关于…的实施意见`)", () => {
  it('was issued by the organ before 贯彻', () => {
    const doc = parse(
      '青溪省人民政府贯彻国务院关于加快推进内河航运高质量发展指导意见的实施意见\n\n各市人民政府，省政府各部门：\n　　为贯彻落实国务院指导意见精神，现结合我省实际，提出以下实施意见。\n',
    )
    expect(doc.meta.issuers).toEqual(['青溪省人民政府'])
    expect(doc.meta.docType).toBe('实施意见')
  })
})

describe("a law site's page head naming the issuer short (省政府), the document's own title under the labels naming it in full", () => {
  const page = (own: string) =>
    `青溪省政府关于调整县级国家机关工作人员任免权限的通知\n\n  【发布单位】70311\n\n  【发布文号】-----------\n\n  【发布日期】1988-09-12\n\n  【所属类别】地方法规\n\n  【文件来源】-----------\n\n${own}\n\n（1988年9月12日青政〔1988〕61号）  各市、县人民政府，省政府各部门：现就县级国家机关工作人员任免权限通知如下。\n`

  it("the printed title is the document's, with its issuer", () => {
    const doc = parse(page('青溪省人民政府关于调整县级国家机关工作人员任免权限的通知'))
    expect(doc.meta.title).toBe('青溪省人民政府关于调整县级国家机关工作人员任免权限的通知')
    expect(doc.meta.issuers).toEqual(['青溪省人民政府'])
    expect(doc.meta.publishedDate).toBe('1988-09-12')
    expect(doc.meta.header?.fields['所属类别']).toBe('地方法规')
  })

  it('a different title under the labels leaves the page head', () => {
    const doc = parse(page('青溪省人民政府关于调整乡级国家机关工作人员任免权限的通知'))
    expect(doc.meta.title).toBe('青溪省政府关于调整县级国家机关工作人员任免权限的通知')
  })
})
