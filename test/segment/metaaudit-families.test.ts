/**
 * Families of the metadata audit (test/gold/audit/README.md, "Metadata audit"), each on a fixture written
 * for it in the format of its source: Taiwan law-system records (mojLaw exports) and a party-congress
 * report as the political_reports archive prints it.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { historyEvents, issuersOfEvent } from '../../src/segment/history.js'
import { fixtureText } from '../helpers.js'

const tw = (name: string) => parse(fixtureText(`formats/history/${name}.txt`))

describe('metaaudit: who issued a Taiwan record, from its 沿革', () => {
  it('經濟部 is an organ, not 经 (by way of) + 济部: read in simplified it opens with 经', () => {
    const doc = tw('tw-ministry-economic')
    expect(doc.meta.issuers).toEqual(['經濟部'])
    expect(doc.meta.history?.map((h) => h.docNumber)).toEqual(['经水字第09104601230号', '经水字第10804601120号', null])
    // the words that really name no organ still do
    expect(issuersOfEvent('经国务院批准')).toEqual([])
    expect(issuersOfEvent('经济部经水字第09104601230号令订定发布', '经水字第09104601230号')).toEqual(['经济部'])
  })

  it('a commission under 行政院 opening the order number is the issuer, and the number is the rest', () => {
    const doc = tw('tw-commission')
    expect(doc.meta.issuers).toEqual(['行政院農業委員會'])
    expect(doc.meta.history?.map((h) => h.docNumber)).toEqual(['农渔字第0941320511号', '农授渔字第1041330987号'])
    // a delegation mark (授) or 院 / 廳 opening a number stays in the number
    const [delegated] = historyEvents('中华民国一百零五年一月五日文化部文授资局综字第10530000011号令订定发布', 0)
    expect(delegated.issuers).toEqual(['文化部'])
    const [court] = historyEvents('中华民国八十九年七月一日司法院院台厅行一字第17712号令订定发布', 0)
    expect(court.issuers).toEqual(['司法院'])
  })

  it('the organ of the last numbered entry, not what is printed under an entry; an order without a number names its organ', () => {
    const doc = tw('tw-nationalist')
    // entry 1 is 國民政府令公布 with the legislature's 制定 under it; entry 2, the last, the 總統's repeal (blind 18)
    expect(doc.meta.issuers).toEqual(['總統'])
    expect(doc.meta.history?.map((h) => `${h.date} ${h.action}`)).toEqual(['1945-03-09 公布', '1945-02-23 制定', '2010-01-20 废止'])
    const [order, legislature] = historyEvents('1.中华民国三十四年三月九日国民政府令公布全文 6 条\n  中华民国三十四年二月二十三日立法院制定全文 6 条', 0)
    expect([order.issuers, order.opensEntry, legislature.issuers, legislature.opensEntry]).toEqual([['国民政府'], true, ['立法院'], false])
    // under its last entry, an order fixing the effective date issued nothing (行政院 under the 總統's amendment)
    const amended = parse(
      [
        '某某組織條例',
        '法規性質：法律',
        '沿革：',
        '1.中華民國七十六年一月十四日總統令制定公布全文 18 條',
        '2.中華民國九十年十月十七日總統（90）華總一義字第 9000203920 號令',
        '  修正公布第 1、2 條條文',
        '  中華民國九十年十月二十六日行政院（90）台秘字第 063843 號令發布',
        '  自九十年十月二十六日施行',
        '第 1 條',
        '本條例依某某法定之。',
        '',
      ].join('\n'),
    )
    expect(amended.meta.issuers).toEqual(['總統'])
    // an entry whose first line names no organ takes the organ of the order under it (國家安全會議組織綱要)
    expect(tw('tw-repealed').meta.issuers).toEqual(['國家安全會議'])
  })

  it('a staffing table (編制表) is a genre; an order number may close with a check letter', () => {
    const doc = tw('tw-staffing-table')
    expect(doc.meta.docType).toBe('编制表')
    expect(doc.meta.issuers).toEqual(['交通部'])
    expect(doc.meta.publishedDate).toBe('2023-09-15')
    expect(doc.meta.history?.[0].docNumber).toBe('交人字第1125011863A号')
  })
})

describe('metaaudit: an archive tag after a report title', () => {
  const report = [
    '团结奋斗，开创事业发展新局面 (二十大)',
    '',
    '同志们：',
    '',
    '现在，我代表第十九届中央委员会向大会作报告。',
    '',
    '一、过去五年的工作',
    '',
    '五年来，我们坚持稳中求进工作总基调。',
    '',
  ].join('\n')

  it('drops the congress the archive files the report under: the title is the slogan', () => {
    expect(parse(report).meta.title).toBe('团结奋斗，开创事业发展新局面')
  })

  it('keeps a bracket that is part of a title (a period, an edition)', () => {
    expect(parse('某某市十大民生工程实施方案（2023—2025年）\n\n一、总体要求\n\n坚持以人民为中心。\n').meta.title).toBe('某某市十大民生工程实施方案（2023—2025年）')
  })
})
