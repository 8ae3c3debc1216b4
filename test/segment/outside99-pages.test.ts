import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside99's page families (test/gold/outside/outside99.md), in fixtures of our own wording

describe('a notice printed from its 字号, no title, issuing with 下发 and dated under its attachments', () => {
  const notice = (sentence: string, links: string) =>
    `青防〔2009〕13号\n各市、县(市、区)疾控中心:\n为了做好2009年健康教育工作,${sentence},请认真组织实施。\n附件:1、青溪省2009年健康教育工作实施方案\n2、青溪省健康教育年报表\n二〇〇九年三月十六日\n${links}`

  it('takes 通知 from the sentence that makes and issues the plan, and the date under the site’s file links', () => {
    const doc = parse(notice('特制定并下发“青溪省2009年健康教育工作实施方案”', '附件:09.doc\n09省健教年报表.xls\n'))
    expect([doc.meta.title, doc.meta.docType, doc.meta.docNumber?.normalized, doc.meta.signedDate]).toEqual([null, '通知', '青防〔2009〕13号', '2009-03-16'])
  })

  it('takes 通知 from 现将《…》下发给你们 too', () => {
    expect(parse(notice('现将《青溪省2009年健康教育工作实施方案》下发给你们', '')).meta.docType).toBe('通知')
  })

  it('keeps an attachment line naming its text, no file format, in the 附件 list (guard)', () => {
    const doc = parse(notice('特制定并下发“青溪省2009年健康教育工作实施方案”', ''))
    expect(doc.attachments.map((a) => a.title)).toEqual(['青溪省2009年健康教育工作实施方案', '青溪省健康教育年报表'])
  })
})

describe('a sharing site’s region tag in round brackets before the title', () => {
  it('is left out of the title', () => {
    const text =
      '(青溪省)白河县国民经济和社会发展第十三个五年规划纲要\n[可行性研究报告 - 规划计划] 发表于:2021-10-09 12:48:38\n收藏\n详情\n白河县国民经济和社会发展第十三个五年规划纲要\n“十三五”时期,是我县全面建成小康社会的决胜时期。\n第一章 规划背景\n'
    expect([parse(text).meta.title, parse(text).meta.docType]).toEqual(['白河县国民经济和社会发展第十三个五年规划纲要', '纲要'])
  })

  it('a clause marker in round brackets is no tag (guard)', () => {
    const doc = parse('白河县城市管理工作方案\n一、总体要求\n（一）城市管理工作方案的编制。县城管局负责编制方案。\n')
    expect([doc.meta.title, doc.tasks.map((t) => t.path.join('/'))]).toEqual(['白河县城市管理工作方案', ['一/（一）']])
  })
})

describe('spam words a hijacked copy printed where the organ stood, before its office', () => {
  const notice = (organ: string) =>
    `${organ}关于\n印发青溪省科技创新工程实施方案\n的通知\n青政办发〔2022〕26号\n各市(州)人民政府,省政府各厅委办:\n《青溪省科技创新工程实施方案》已经省政府同意,现印发给你们,请认真贯彻执行。\n${organ}\n2022年8月12日\n`

  it('name no issuer, and the title keeps the office without them', () => {
    const doc = parse(notice('星辰娱乐办公厅'))
    expect([doc.meta.title, doc.meta.issuers, doc.meta.signedDate]).toEqual(['办公厅关于印发青溪省科技创新工程实施方案的通知', [], '2022-08-12'])
  })

  it('an organ’s office stays the issuer, a company’s, the party centre’s and a place’s office named for its work too (guard)', () => {
    for (const organ of ['青溪省人民政府办公厅', '青溪能源集团公司办公室', '中共中央办公厅', '青溪市人民防空办公室'])
      expect([parse(notice(organ)).meta.title, parse(notice(organ)).meta.issuers]).toEqual([`${organ}关于印发青溪省科技创新工程实施方案的通知`, [organ]])
  })
})
