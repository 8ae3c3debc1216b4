import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// Families of outside60 (whole portal pages of city housing notices): a portal footer after the 落款 hid it (pages 09
// and 11), an organ name split over two spans of a page's 落款 line (11), and a site label table flattened one cell per
// line above the title (02). The texts are written for the tests, in the form of those pages.

const NOTICE =
  '关于调整若干服务事项的通知\n发布时间：2023-05-08 作者： 来源：某市甲局\n各有关单位：\n现将有关事项通知如下。\n一、放宽办理条件。申请人不再受年限限制。\n二、延长服务时间。窗口周末照常办理。\n'

describe('a portal footer after the 落款', () => {
  it('ends the document: the 落款 is read', () => {
    const doc = parse(
      `${NOTICE}\n某市甲局\n某市乙中心\n2023年5月6日\n（此件公开发布）\n文件链接：《关于调整若干服务事项的通知》的解读\n某市甲局京ICP备12345678号\n联系电话：010-12345678 网站标识码：1100000001\n某省某市某路1号 邮编：100000\n`,
    )
    expect(doc.meta.issuers).toEqual(['某市甲局', '某市乙中心'])
    expect(doc.meta.signedDate).toBe('2023-05-06')
  })

  it('a copyright line opening it, after an empty link label', () => {
    const doc = parse(`${NOTICE}\n某市甲局\n2023年5月6日\n关联稿件：\n版权所有：某市甲局 备案编号：京ICP备12345678号\n地址：某路1号 网站地图\n`)
    expect(doc.meta.signedDate).toBe('2023-05-06')
  })

  it('leaves a 落款 with nothing after it as before', () => {
    const doc = parse(`${NOTICE}\n某市甲局\n2023年5月6日\n`)
    expect(doc.meta.issuers).toEqual(['某市甲局'])
    expect(doc.meta.signedDate).toBe('2023-05-06')
  })
})

describe('an HTML 落款 line of two organs, one of them split over two spans', () => {
  const page = (row: string) =>
    `<html><head><title>某市丁局等部门关于调整若干服务事项的通知</title></head><body><h1>某市丁局等部门关于调整若干服务事项的通知</h1><p>各有关单位：</p><p>一、放宽办理条件。申请人不再受年限限制。</p><p>二、延长服务时间。窗口周末照常办理。</p><p style="text-align: right;">${row}</p><p style="text-align: right;">2022年6月2日</p></body></html>`

  it('splits the line at the printed spaces, not at the spaces inside the tags', () => {
    const doc = parse(page('<span style="font-family: 仿宋;">某市丁局</span> &nbsp;&nbsp;&nbsp; <span style="font-family: 仿宋;">某市</span><span style="font-size: 21px;">住房公积金管理中心</span>'))
    expect(doc.meta.issuers).toEqual(['某市丁局', '某市住房公积金管理中心'])
  })

  it('and at a run of &nbsp; between two spans', () => {
    const doc = parse(page('<span style="font-family: 仿宋;">某市丁局</span>&nbsp;&nbsp;&nbsp;&nbsp;<span style="font-family: 仿宋;">某市戊局</span>'))
    expect(doc.meta.issuers).toEqual(['某市丁局', '某市戊局'])
  })
})

describe('a site label table flattened one cell per line above the title, under the menu', () => {
  const MENU = '首页\n走进本市\n本市概况\n政务公开\n政府文件\n政务服务\n个人服务\n政民互动\n数据开放\n搜索\n'
  const TABLE = '索引号：\n000000001-2022-0001\n公文种类：\n通知\n发布机构：\n某市人民政府办公室\n成文时间：\n2022-03-01\n发布日期：\n2022-03-02\n文号：\n某市府办发〔2022〕7号\n'
  const BODY = '某市人民政府办公室关于做好春季植树工作的通知\n各区人民政府，市级有关部门：\n一、明确任务。各区完成植树任务。\n二、加强管护。确保成活率。\n某市人民政府办公室\n2022年3月1日\n'

  it('is the header: the title under it, the 字号 and dates from its cells', () => {
    const doc = parse(MENU + TABLE + BODY)
    expect(doc.meta.title).toBe('某市人民政府办公室关于做好春季植树工作的通知')
    expect(doc.meta.docNumber?.normalized).toBe('某市府办发〔2022〕7号')
    expect(doc.meta.publishedDate).toBe('2022-03-02')
  })

  it('leaves a page whose cells stand under the title as before', () => {
    const doc = parse(MENU + BODY.replace('\n各区', `\n${TABLE}各区`))
    expect(doc.meta.title).toBe('某市人民政府办公室关于做好春季植树工作的通知')
  })
})
