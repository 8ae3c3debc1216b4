/**
 * The plan year a dateless document takes from the titles it cites costs a pass of the time readers
 * over the whole document (extract's soleNounYear), so it is handed to the scanner as `planYearOf`
 * and worked out only when a yearless date with no year before it asks (issue #14). Same answers as
 * a plan year given up front; nothing asked when no date needs it; and the answer may be worked out
 * in the middle of another scan without changing how that scan reads its years.
 */
import { describe, expect, it, vi } from 'vitest'
import { parse } from '../../../src/index.js'
import { nounYearsOf, scanTime } from '../../../src/extract/time/index.js'

const dates = (text: string, options: Parameters<typeof scanTime>[1]) =>
  scanTime(text, options).matches.map((m) => [m.deadline.raw, m.deadline.date ?? m.deadline.end, m.deadline.inferred?.year ?? null])

describe('planYearOf: a plan year worked out when first needed', () => {
  it('is not asked when every date prints its year or follows one', () => {
    const planYearOf = vi.fn(() => 2017)
    const found = dates('2019年3月底前完成摸底，9月底前完成整改。', { planYearOf })
    expect(planYearOf).not.toHaveBeenCalled()
    expect(found).toEqual([
      ['2019年3月底前', '2019-03-31', null],
      ['9月底前', '2019-09-30', 'item'],
    ])
  })

  it('is asked once for the yearless dates of a scan, and reads as a given plan year does', () => {
    const planYearOf = vi.fn(() => 2017)
    const text = '各镇街于4月10日前上报名单，11月底前完成验收。'
    const lazy = dates(text, { planYearOf })
    expect(planYearOf).toHaveBeenCalledTimes(1)
    expect(lazy).toEqual([
      ['4月10日前', '2017-04-10', 'plan'],
      ['11月底前', '2017-11-30', 'plan'],
    ])
    expect(lazy).toEqual(dates(text, { planYear: 2017 }))
  })

  it('a given planYear wins, and no answer falls back to the document date', () => {
    const planYearOf = vi.fn(() => 2030)
    expect(dates('8月底前报送', { planYear: 2016, planYearOf })).toEqual([['8月底前', '2016-08-31', 'plan']])
    expect(planYearOf).not.toHaveBeenCalled()
    expect(dates('8月底前报送', { planYearOf: () => undefined, documentDate: '2015-02-01' })).toEqual([['8月底前', '2015-08-31', 'document']])
  })

  it('working it out (another text read) in the middle of a scan leaves that scan reading ROC years as before', () => {
    // the Taiwan signal (行政院) is outside the scanned range: the scan takes it from the whole text
    const text = '行政院核定。\n各機關6月底前提報，114年底前完成。'
    const from = text.indexOf('\n') + 1
    const other = '请将《2016年安全生产工作总结》报送'
    const nested = dates(text, { from, planYearOf: () => nounYearsOf(other)[0]?.year })
    expect(nested).toEqual([
      ['6月底前', '2016-06-30', 'plan'],
      ['114年底前', '2025-12-31', null],
    ])
    expect(nested).toEqual(dates(text, { from, planYear: 2016 }))
  })
})

describe('parse(): a dateless notice that names one year only in a cited title', () => {
  const notice = [
    '关于开展城区排水设施汛前检查的通知',
    '',
    '各街道办事处、区直有关单位：',
    '为做好今年防汛准备，现将有关事项通知如下：',
    '一、各街道于5月15日前完成辖区排水管网排查，建立问题台账。',
    '二、区水务局牵头，6月底前完成问题整改并组织复查。',
    '三、各单位请对照《2018年城区防汛工作方案》抓好落实。',
  ].join('\n')

  it('its yearless deadlines take the title year as the plan year', () => {
    const doc = parse(notice)
    const found = doc.tasks.flatMap((t) => t.deadlines.map((d) => [d.raw, d.date, d.inferred?.year]))
    expect(found).toEqual([
      ['5月15日前', '2018-05-15', 'plan'],
      ['6月底前', '2018-06-30', 'plan'],
    ])
  })

  it('a clause that prints its year keeps it; the next clause, printing none, still takes the title year', () => {
    const dated = notice.replace('5月15日前', '2019年5月15日前')
    const found = parse(dated).tasks.flatMap((t) => t.deadlines.map((d) => [d.raw, d.date, d.inferred?.year ?? null]))
    expect(found).toEqual([
      ['2019年5月15日前', '2019-05-15', null],
      ['6月底前', '2018-06-30', 'plan'],
    ])
  })
})
