import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside113's page families (test/gold/outside/outside113.md), in fixtures of our own wording

describe('a law database’s later page: the issuing notice’s own title over the middle of the plan it issues', () => {
  const page = (heading: string) =>
    parse(`${heading}\n面向市场，注重效益。\n依靠科技，可持续发展。\n（三）发展目标。\n到2012年，全省农业增加值达到2500亿元。\n农业结构调整上台阶。到2012年，新增100亿斤粮食生产能力。\n`)

  it('is the notice, its plan nested untitled with the plan’s target year', () => {
    const doc = page('青溪省人民政府关于印发《青溪省农业发展上台阶建设项目规划》的通知')
    expect([
      doc.meta.title,
      doc.meta.docType,
      doc.meta.issuers,
      doc.documents.map((d) => [d.meta.title, d.meta.docType]),
      doc.documents.flatMap((d) => d.tasks.map((t) => [t.path.join('/'), [...new Set(t.deadlines.map((x) => x.date))]])),
    ]).toEqual(['青溪省人民政府关于印发《青溪省农业发展上台阶建设项目规划》的通知', '通知', ['青溪省人民政府'], [[null, '规划']], [['（三）', ['2012-12-31']]]])
  })

  it('a headline naming no organ is the site’s: the page is the plan (guard)', () => {
    const doc = page('青溪：关于印发《青溪省农业发展上台阶建设项目规划》的通知')
    expect([doc.meta.title, doc.meta.docType, doc.documents.length]).toEqual([null, '规划', 0])
  })
})

describe('a portal’s label list flattened a cell per line, its labels in brackets, two of them cut short', () => {
  const page = (index: string) =>
    parse(
      `[ ${index} ]\n11500299009341047W/2022-00031\n[ 发文字号 ]\n青溪府发〔2022〕5号\n[ 主题分类 ]\n应急管理\n[ 成文日期 ]\n2022-03-08\n[ 发布日期 ]\n2022-03-15\n[ 发布机构 ]\n青溪区人民政府\n[ 有性 ]\n青溪区人民政府关于印发青溪区应急管理“十四五”规划的通知\n各镇人民政府，各街道办事处，区政府各部门：\n《青溪区应急管理“十四五”规划》已经区政府常务会议审议通过，现印发给你们，请认真组织实施。\n青溪区人民政府\n2022年3月8日\n青溪区应急管理“十四五”规划\n一、现状与形势\n`,
    )

  it('reads each label’s value from the line under it and the title under the list', () => {
    const doc = page('索号')
    expect([doc.meta.title, doc.meta.docNumber?.normalized, doc.meta.publishedDate, doc.meta.issuers, doc.documents.map((d) => d.meta.title)]).toEqual([
      '青溪区人民政府关于印发青溪区应急管理“十四五”规划的通知',
      '青溪府发〔2022〕5号',
      '2022-03-15',
      ['青溪区人民政府'],
      ['青溪区应急管理“十四五”规划'],
    ])
  })
})
