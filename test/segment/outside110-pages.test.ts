import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { allDocuments } from '../helpers.js'

// outside110's page families (test/gold/outside/outside110.md), in fixtures of our own wording

const dues = (text: string) =>
  allDocuments(parse(text))
    .flatMap((d) => d.tasks)
    .flatMap((t) => t.deadlines.filter((x) => x.kind === 'due').map((x) => x.date))

describe('a site’s heading cut inside the genre word of an issuing title', () => {
  const page = (heading: string) =>
    `${heading}\n青政办发〔2016〕9号\n各乡镇人民政府，县府各部门：\n现将《青溪县食品安全工作方案》印发给你们，请认真组织实施。\n青溪县人民政府办公室\n2016年7月29日\n青溪县食品安全工作方案\n一、总体思路\n坚持政府主导。\n`

  it('is completed as the 通知 it is', () => {
    expect(parse(page('青溪县人民政府办公室关于印发青溪县食品安全工作方案的通...')).meta.title).toBe('青溪县人民政府办公室关于印发青溪县食品安全工作方案的通知')
  })

  it('a title cut that issues nothing stays as printed (guard)', () => {
    expect(parse(page('青溪县人民政府办公室关于加强食品安全工作的意...')).meta.title).toBe('青溪县人民政府办公室关于加强食品安全工作的意...')
  })
})

describe('a rule printed under its order in traditional script, a repost’s stamp and the title printed again between them', () => {
  it('is one document titled by the rule, the order’s organ its issuer', () => {
    const doc = parse(
      `首頁 > 正文\n青溪省揚塵污染防治管理辦法\n來源:市環境保護局 | 錄入:青溪市環保局 | 日期:2015-07-06 | 瀏覽次 |\n青溪省揚塵污染防治管理辦法\n青溪省人民政府令\n第 91 號\n《青溪省揚塵污染防治管理辦法》已于2013年5月10日經省人民政府第7次常務會議討論通過,現予發布,自2013年8月1日起施行。\n2013年6月9日\n青溪省揚塵污染防治管理辦法\n第一章 總則\n第一條 為防治揚塵污染,制定本辦法。\n`,
    )
    expect(doc.meta.docType).toBe('办法')
    expect(doc.meta.issuers).toEqual(['青溪省人民政府'])
    expect(doc.meta.publishedDate).toBe('2013-06-09')
    expect(doc.documents).toEqual([])
  })
})

describe('an organ’s announcement with its serial after the genre', () => {
  const page = (title: string) => `${title}\n为了进一步做好疫情防控，现向全社会提出以下要求：\n一、来青人员要自觉接受健康查验。\n`

  it('is the organ’s', () => {
    expect(parse(page('青溪省应对疫情工作指挥部公告（第二号）')).meta.issuers).toEqual(['青溪省应对疫情工作指挥部'])
  })

  it('an announcement naming no organ has no issuer (guard)', () => {
    expect(parse(page('疫情防控公告（第二号）')).meta.issuers ?? []).toEqual([])
  })
})

describe('a year a figure is compared with', () => {
  it('is its value, no due date', () => {
    expect(dues('青溪省气候公报\n一、基本气候概况\n1.降水\n全省降水偏多，接近2008年；日照偏少，仅多于2008年。\n')).toEqual([])
  })

  it('a target year stays due (guard)', () => {
    expect(dues('青溪省气象工作计划\n一、主要目标\n1.监测\n全省自动站覆盖全部乡镇，到2025年；预警覆盖率达到95%。\n')).toEqual(['2025-12-31'])
  })
})

describe('the closing day of a public comment period', () => {
  const page = (line: string) =>
    `关于公开征求《青溪省噪声污染防治条例（草案）》意见的通知\n为加强噪声污染防治，现向社会公开征求意见，有关单位和公众可通过以下方式提出意见：\n1、电子邮箱：qx@example.com。\n2、通信地址：青溪省生态环境厅大气环境处。\n${line}\n青溪省生态环境厅\n2024年11月12日\n`

  it('is the public’s window closing, no due date', () => {
    expect(dues(page('意见反馈截止时间为2024年12月11日。'))).toEqual([])
  })

  it('a day set for units to report stays due (guard)', () => {
    expect(dues(page('请各盟市生态环境局于2024年12月11日前报送修改意见。'))).toEqual(['2024-12-11'])
  })
})
