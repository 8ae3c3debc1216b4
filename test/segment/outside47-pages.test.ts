import { describe, expect, it } from 'vitest'
import { parse, type PolicyDocument } from '../../src/index.js'

// outside47 probe (issue #11). Texts written for the test in the forms the draw met (own places, units and dates).

const dues = (doc: PolicyDocument) => doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => `${t.path.join('/')} ${d.raw}`))

describe('a government gazette site’s masthead', () => {
  const page = [
    '重庆市人民政府公报',
    '  公开政务、发布政令、指导工作、服务社会 今天是',
    ' 首页  市政府规章  市政府文件  市政府办公厅文件  市政府备案文件',
    '  您当前的位置 :2019年新闻 > 第8期 正文',
    '',
    '渝府办发〔2019〕45号',
    '',
    '重庆市人民政府办公厅关于',
    '',
    '加快发展康养产业的实施意见',
    '',
    '各区县（自治县）人民政府，市政府各部门：',
    '',
    '  为加快发展康养产业，经市政府同意，现提出如下实施意见。',
    '',
    '  一、总体要求',
  ].join('\n')

  it('is no title: the title under the 字号 is read', () => {
    const doc = parse(page)
    expect([doc.meta.title, doc.meta.docType, doc.meta.issuers]).toEqual(['重庆市人民政府办公厅关于加快发展康养产业的实施意见', '实施意见', ['重庆市人民政府办公厅']])
  })
})

describe('a report dated by the meeting it was delivered at', () => {
  const body = '一、2022年全市财政决算情况\n（一）全市一般公共预算收支决算情况\n全市地方一般公共预算收入985,200万元，完成预算的101.2%。\n'

  it('reads the dateline and the organ under it when the title is not printed, behind a site’s host name', () => {
    const doc = parse(`rd.haikou.gov.cn\n——2023年8月25日在市十七届人大常委会第十二次会议上\n海口市财政局\n${body}`)
    expect([doc.meta.title, doc.meta.docType, doc.meta.signedDate, doc.meta.issuers]).toEqual([null, '报告', '2023-08-25', ['海口市财政局']])
  })

  it('reads them under the title too', () => {
    const doc = parse(`关于2022年全市财政决算的报告\n——2023年8月25日在市十七届人大常委会第十二次会议上\n海口市财政局\n${body}`)
    expect([doc.meta.title, doc.meta.docType, doc.meta.signedDate, doc.meta.issuers]).toEqual(['关于2022年全市财政决算的报告', '报告', '2023-08-25', ['海口市财政局']])
  })

  it('takes the date past the title’s second printing, and no speaker for an issuer', () => {
    const doc = parse(
      '2021年某省人民政府工作报告\n\n政府工作报告\n\n——2021年1月24日在某省第十三届人民代表大会第五次会议上\n\n某省省长\u3000\n张\u3000明\n\n各位代表：\n\n现在，我代表省人民政府，向大会报告政府工作，请予审议。\n',
    )
    expect([doc.meta.signedDate, doc.meta.issuers]).toEqual(['2021-01-24', []])
  })
})

describe('a year’s end reported in a statistics bulletin', () => {
  it('reads a figure after a fronted date, and a change on the year before, as statistics', () => {
    const doc = parse(
      '七、邮电通信\n全年邮电业务总量118.40亿元，比上年增长21.0%。2009年末固定电话用户312.5万户。年末移动电话用户、互联网用户分别比上年增长18.2%和42.7%。\n八、金融\n2009年末，全省金融机构人民币各项存款余额为2860.15亿元，比年初增加402.33亿元。\n',
    )
    expect(dues(doc)).toEqual([])
  })

  it('keeps a plan’s target at a year’s end', () => {
    const doc = parse('二、主要目标\n2025年末，全市移动电话用户比上年增长10%以上。到2025年末，全市金融机构存款余额比2020年末增长50%。\n')
    expect(dues(doc)).toEqual(['二 2025年末', '二 2025年末'])
  })
})

describe('a notice flattened into one line, its 落款 glued in', () => {
  it('reads the title run into its 主送, the 落款 and the plan it issues, the marks scrambled', () => {
    const doc = parse(
      '浙江省政府关于印发浙江省地下水污染防治工作方案的通知各市.县.市,区、人民政府,省各委办厅局 省各直属单位、现将。浙江省地下水污染防治工作方案,印发给你们 请认真组织实施,浙江省人民政府2019年3月8日 浙江省地下水污染防治工作方案、地下水是重要的饮用水水源。为切实加强我省地下水污染防治 结合我省实际,制定本工作方案。总体要求 全面贯彻党的十九大精神.',
    )
    expect([doc.meta.title, doc.meta.docType, doc.meta.signedDate, doc.meta.issuers]).toEqual(['浙江省政府关于印发浙江省地下水污染防治工作方案的通知', '通知', '2019-03-08', ['浙江省人民政府']])
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['浙江省地下水污染防治工作方案', '工作方案']])
  })

  it('splits the title from its 主送 when the marks are intact, the 落款 split off first', () => {
    const doc = parse(
      '浙江省政府关于印发浙江省地下水污染防治工作方案的通知各市、县（市、区）人民政府，省级有关单位：现将《浙江省地下水污染防治工作方案》印发给你们，请认真组织实施，浙江省人民政府2019年3月8日浙江省地下水污染防治工作方案为切实加强我省地下水污染防治，结合我省实际，制定本工作方案。总体要求是全面贯彻党的十九大精神，坚持预防为主、保护优先。',
    )
    expect([doc.meta.title, doc.meta.signedDate, doc.documents.map((d) => d.meta.title)]).toEqual([
      '浙江省政府关于印发浙江省地下水污染防治工作方案的通知',
      '2019-03-08',
      ['浙江省地下水污染防治工作方案'],
    ])
  })

  it('drops a scanned image’s file name between the date and the issued plan', () => {
    const doc = parse(
      '温州市人民政府办公室关于印发温州市美丽河湖建设三年行动方案的通知\n各县（市、区）人民政府，市直各单位：《温州市美丽河湖建设三年行动方案》已经市政府同意，现印发给你们，请结合实际，认真贯彻执行。温州市人民政府办公室2019年5月6日wzbf088.tif温州市美丽河湖建设三年行动方案为深入推进美丽河湖建设，全面改善水环境质量，结合我市实际，制定本方案。一、总体目标到2021年，全市建成美丽河湖100条。二、主要任务（一）开展河湖整治。\n',
    )
    expect([doc.meta.signedDate, doc.meta.issuers]).toEqual(['2019-05-06', ['温州市人民政府办公室']])
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['温州市美丽河湖建设三年行动方案', '行动方案']])
  })
})
