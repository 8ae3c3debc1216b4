/**
 * Family 7 of issue 11: a date the text reports (a meeting, a publication, a statistic, 以来, a
 * past date read without a deadline cue) is an event, kept out of `deadlines`.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { eventOf, scanTime } from '../../../src/extract/time/index.js'
import { validate } from '../../../src/validate/index.js'
import { allDocuments, policyDocs, seed } from '../../helpers.js'

/** Each time expression of `s` as raw → event kind (or 'deadline'). */
function read(s: string, documentDate?: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of scanTime(s, { documentDate }).matches) out[m.deadline.raw] = eventOf(s, m, documentDate)?.kind ?? 'deadline'
  return out
}

describe('eventOf: what makes a date an event', () => {
  it.each([
    ['2019年3月15日召开的市政府常务会议审议通过', undefined, { '2019年3月15日': 'meeting' }],
    ['经2019年3月15日省政府第30次常务会议审议通过，现予印发', undefined, { '2019年3月15日': 'meeting' }],
    ['2019年、2020年、2021年分别增长8.1%、7.9%、8.3%', undefined, { '2019年': 'statistic', '2020年': 'statistic' }],
    ['2020年，全市地区生产总值同比增长6.5%', undefined, { '2020年': 'statistic' }],
    ['2019年以来，全市新增就业12万人', undefined, { '2019年以来': 'since' }],
    ['自2018年开展试点以来，累计培训', undefined, { 自2018年: 'since' }],
    ['“十三五”以来，全省深入贯彻', undefined, { '“十三五”以来': 'since' }],
    ['2023年5月，美国再次更新并发布该项规划', undefined, { '2023年5月': 'publication' }],
    ['（一）2016年5月31日行政院函颁长期照顾推动小组设置要点，并于7月15日召开第1次委员会议', undefined, { '2016年5月31日': 'publication', '7月15日': 'meeting' }],
    ['根据2008年2月18日《国务院关于修改〈条例〉的决定》第一次修订', undefined, { '2008年2月18日': 'amendment' }],
    ['注册时间为2017年9月30日前，有较强的科技研发能力', '2018-10-12', { '2017年9月30日前': 'condition' }],
    ['负责人须1958年1月1日以后出生', '2018-10-12', { '1958年1月1日': 'condition' }],
    // past, no cue: reported, not set
    ['湖北省地震局于2003年3月5日在马鬃山村设立了现场监测组', '2004-11-04', { '2003年3月5日': 'other' }],
    ['2003年，全国安全生产形势总体稳定', '2004-01-16', { '2003年': 'other' }],
    // a forecast, even of a year after the document's date (bulk politic_analysis_2025)
    ['2022年，我国网络安全产业规模预计近2170亿元', '2021-12-01', { '2022年': 'forecast' }],
    // a report narrates its year: a review (2013年，我们…) or the year of work (2014年，我们将…)
    ['2013年，我们坚持稳中求进，圆满完成区人大确定的年度任务', undefined, { '2013年': 'other' }],
    ['2014年，我们将重点抓好五个方面的工作', undefined, { '2014年': 'other' }],
    // a date that bounds which cases a rule applies to (bulk lawrefbook 司法解释)
    ['人民法院2015年11月1日以后审理的案件，适用本解释', undefined, { '2015年11月1日': 'condition' }],
    // a Taiwan history line: the meeting word in traditional script
    ['主席團第一次會議決議沿用本辦法，並報告三月五日第一次大會', undefined, { 三月五日: 'meeting' }],
  ] as Array<[string, string | undefined, Record<string, string>]>)('%s', (s, date, want) => {
    expect(read(s, date)).toEqual(want)
  })

  it.each([
    // a cue of the grammar makes a deadline, even in the past (deadline-after-document warns)
    ['2015年1月底前完成权责清单梳理', '2015-02-05', { '2015年1月底前': 'deadline' }],
    ['到2020年，全市地区生产总值增长8%', undefined, { '2020年': 'deadline' }],
    ['2015年6月底前启动试点，12月底前召开总结会议', undefined, { '2015年6月底前': 'deadline', '12月底前': 'deadline' }],
    // after the document's date, an event verb names a task
    ['2019年上半年，试点城市政府印发实施方案', '2018-12-29', { '2019年上半年': 'deadline' }],
    ['2016年，完成全部试点，印发推广经验', undefined, { '2016年': 'deadline' }],
    // 2020年起 bounds the recurring date; neither is an event
    ['2020年起，每年3月底前报送上年度报告', '2019-12-01', { '2020年起，每年3月底前': 'deadline' }],
    ['自2019年1月1日起施行', '2018-12-18', { 自2019年1月1日起施行: 'deadline' }],
  ] as Array<[string, string | undefined, Record<string, string>]>)('deadline: %s', (s, date, want) => {
    expect(read(s, date)).toEqual(want)
  })

  it('a day alone on its line under a name is the signing date; a table cell is not', () => {
    expect(read('重大事项及时报告国务院。\n国务院办公厅\n2018年12月26日\n（此件公开发布）')).toEqual({ '2018年12月26日': 'publication' })
    expect(read('序号\n1\n市发改委\n2019年12月31日\n2\n市财政局\n2020年6月30日')).toEqual({ '2019年12月31日': 'deadline', '2020年6月30日': 'deadline' })
  })

  it('a day alone on its line with its year in Chinese numerals is the signing date, even with no name above it (a scraped 落款)', () => {
    expect(read('四、各县（区）每月10日前报送上月工作情况。\n二〇〇二年五月八日\n')).toEqual({ 每月10日前: 'deadline', 二〇〇二年五月八日: 'publication' })
    // in Arabic digits, a lone day after a clause may be a table's due-date cell: still a deadline
    expect(read('四、各县（区）每月10日前报送上月工作情况。\n2002年5月8日\n')).toEqual({ 每月10日前: 'deadline', '2002年5月8日': 'deadline' })
    // and a 2025年，全市… target is no narration
    expect(read('2025年，全市地区生产总值达到1万亿元')).toEqual({ '2025年': 'deadline' })
  })

  it('5月3日内蒙古 is not "within 5月3日"', () => {
    const [m] = scanTime('5月3日内蒙古包头西6.4级').matches
    expect(m.deadline.raw).toBe('5月3日')
  })
})

describe('event dates in parsed documents', () => {
  const NOTICE = [
    '关于印发某市数字政府建设实施方案的通知',
    '',
    '各区人民政府，市政府各部门：',
    '',
    '一、工作基础',
    '（一）建设成效。2019年以来，全市政务服务事项网上可办率达到95%。2020年，全市一体化平台访问量同比增长35%（市政务服务数据管理局负责）。',
    '（二）制度建设。2020年6月18日召开的市政府第45次常务会议审议通过了数据共享管理办法（市司法局负责）。',
    '二、重点任务',
    '（一）建成统一平台。2021年12月底前完成市级平台整合（市政务服务数据管理局牵头，各区政府配合）。',
    '（二）推进数据共享。到2022年，政务数据共享率达到90%（市发展改革委负责）。',
    '',
    '某市人民政府',
    '2021年3月1日',
  ].join('\n')

  it('puts the reported dates in events and keeps the set ones in deadlines', () => {
    const doc = parse(NOTICE)
    expect(doc.meta.signedDate).toBe('2021-03-01')
    const tasks = allDocuments(doc).flatMap((d) => d.tasks)
    const deadlines = tasks.flatMap((t) => t.deadlines.map((d) => `${d.raw}=${d.date ?? d.start}`))
    const events = tasks.flatMap((t) => (t.events ?? []).map((e) => `${e.raw}:${e.kind}`))
    expect(deadlines).toEqual(['2021年12月底前=2021-12-31', '2022年=2022-12-31'])
    expect(events).toEqual(['2019年以来:since', '2020年:statistic', '2020年6月18日:meeting'])
    const ev = tasks.flatMap((t) => t.events ?? [])[2]
    expect(NOTICE.slice(ev.position!.start.offset, ev.position!.end.offset)).toBe('2020年6月18日')
    // deadline-after-document never sees them
    expect(validate(doc).filter((f) => f.ruleId === 'deadline-after-document')).toEqual([])
  })

  it('a reply that recounts a survey (govcn 23) sets no past deadline', () => {
    const [[, text]] = policyDocs((f) => f.startsWith('govcn_platform1__23_'))
    const doc = parse(text)
    const all = allDocuments(doc)
    const tasks = all.flatMap((d) => d.tasks)
    expect(tasks.flatMap((t) => t.events ?? []).length).toBeGreaterThanOrEqual(10)
    expect(validate(doc).filter((f) => f.ruleId === 'deadline-after-document')).toEqual([])
  })

  it('seed 003 keeps every 进度安排 deadline (none becomes an event)', () => {
    const doc = parse(seed('003'))
    const tasks = allDocuments(doc).flatMap((d) => d.tasks)
    const events = tasks.flatMap((t) => t.events ?? [])
    for (const e of events) expect(e.raw).not.toMatch(/底前|月前/)
    expect(tasks.flatMap((t) => t.deadlines).filter((d) => /底前/.test(d.raw)).length).toBe(55)
  })
})

describe('a yearless date after a yearly one in its sentence repeats with it', () => {
  it('每年10月底前 …，11月底前 … (shandong 003): both every year', () => {
    const s =
      '试点示范培育行动实施年度为2016年-2018年。期间每年10月底前，下发《智能制造试点示范项目推荐通知》，在各市经济和信息化委、有关企业推荐上报的项目中组织遴选，11月底前，确定50个以上智能制造示范项目。'
    const doc = parse(`关于智能制造试点示范的行动计划\n一、组织实施\n${s}\n山东省经济和信息化委员会\n2016年4月1日\n`)
    const dl = doc.tasks.flatMap((t) => t.deadlines).filter((d) => d.raw !== '2016年-2018年')
    expect(dl.map((d) => [d.raw, d.kind, d.date, d.recurrence])).toEqual([
      ['每年10月底前', 'recurring', undefined, { every: 'year', month: 10 }],
      ['11月底前', 'recurring', undefined, { every: 'year', month: 11 }],
    ])
  })

  it('a new sentence ends the chain: 每年3月31日前报送。12月31日前完成 stays one due day', () => {
    const doc = parse(`关于做好统计工作的通知\n一、每年3月31日前报送上年度数据。12月31日前完成核查。\n某某市统计局\n2019年1月5日\n`)
    const dl = doc.tasks.flatMap((t) => t.deadlines)
    expect(dl.map((d) => [d.raw, d.kind, d.date ?? null])).toEqual([
      ['每年3月31日前', 'recurring', null],
      ['12月31日前', 'due', '2019-12-31'],
    ])
  })
})
