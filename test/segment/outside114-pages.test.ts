import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside114's page forms (test/gold/outside/outside114.md), in fixtures of our own wording

describe('a joint notice on one issuer’s own portal, its stamp over the 字号 crediting that issuer by a short province name', () => {
  const page = (source: string) =>
    parse(
      `作者: 文章来源:${source} 发布时间:2022-03-10 09:20 点击:\n宁环发〔2022〕9号\n自治区生态环境厅 水利厅关于印发\n《宁夏回族自治区河湖保护“十四五”规划》的通知\n各市、县(区)人民政府:\n现将《宁夏回族自治区河湖保护“十四五”规划》印发给你们,请认真组织实施。\n宁夏回族自治区生态环境厅\n宁夏回族自治区水利厅\n2022年3月8日\n`,
    )

  it('is published there on the stamp’s day', () => {
    const doc = page('宁夏生态环境厅')
    expect([doc.meta.issuers, doc.meta.signedDate, doc.meta.publishedDate]).toEqual([['宁夏回族自治区生态环境厅', '宁夏回族自治区水利厅'], '2022-03-08', '2022-03-10'])
  })

  it('a stamp crediting another organ is no publication (guard)', () => {
    expect(page('宁夏新闻网').meta.publishedDate).toBeNull()
  })
})

describe('a 字号 line with both brackets lost and a space before 号, as a PDF’s text prints it', () => {
  it('is restored to the 字号 it is', () => {
    const doc = parse('琼办发201848 号\n关于推进城市安全发展的通知\n各市、县人民政府：\n现将有关事项通知如下。\n海南省人民政府办公厅\n2018年8月28日\n')
    expect([doc.meta.docNumber?.normalized, doc.diagnostics.some((d) => d.code === 'docnumber-repaired')]).toEqual(['琼办发〔2018〕48号', true])
  })

  it('a line of figures that is no 字号 stays as it is (guard)', () => {
    expect(parse('关于调整补助标准的通知\n各县人民政府：\n补助金额201848 元\n').diagnostics.some((d) => d.code === 'docnumber-repaired')).toBe(false)
  })
})

describe('a PDF’s page number between the 落款 and the title of the text the notice issues', () => {
  const page = (between: string) =>
    parse(
      `关于印发《关于推进城市安全发展的实施意见》的通知\n各市县：\n《关于推进城市安全发展的实施意见》已经同意，现印发给你们。\n中共青溪省委办公厅    青溪省人民政府办公厅\n2018 年 8 月 28 日\n（此件公开发布）\n${between}关于推进城市安全发展的实施意见\n为全面贯彻，制定如下实施意见。\n一、总体要求\n`,
    )

  it('leaves the 落款 read and the issued text nested under its title', () => {
    const doc = page('1\n')
    expect([doc.meta.signedDate, doc.meta.issuers, doc.documents.map((d) => d.meta.title)]).toEqual(['2018-08-28', ['中共青溪省委办公厅', '青溪省人民政府办公厅'], ['关于推进城市安全发展的实施意见']])
  })
})
