/**
 * Families of the outside probe for deadlines, events and stages (test/gold/outside/outtime.md):
 * fixtures written in the format of scraped provincial and city pages, parsed whole.
 */
import { describe, expect, it } from 'vitest'
import { parse, type PolicyDocument } from '../../../src/index.js'
import { eventOf, preambleYearOf, scanTime, signingDateAtEnd, titleYearOf } from '../../../src/extract/time/index.js'
import { fixtureText } from '../../helpers.js'

const fixture = (name: string) => fixtureText(`time-outside/${name}`)

/** (path, date) of every deadline of kind due, as the scorer counts them. */
const dues = (doc: PolicyDocument) => doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => [t.path.join('/'), d.date]))

describe('a scraped 落款 without its name line (二○○二年五月十日 after the last item)', () => {
  const text = fixture('signature-cn-numerals.txt')
  const doc = parse(text)

  it('the signing date is no due date of the last item, and dates the yearless 5月20日前', () => {
    expect(dues(doc)).toEqual([['二', '2002-05-20']])
    const last = doc.tasks.find((t) => t.path.join('/') === '三')!
    expect(last.deadlines.map((d) => [d.kind, d.raw])).toEqual([['recurring', '每月5日前']])
    expect(last.deadlines[0].recurrence).toEqual({ every: 'month', day: 5 })
  })

  it('the page stamp 浏览量: 时间:2019-06-21 10:12:40 is page chrome (removed, with its diagnostic), not a due date', () => {
    // (a repost timestamp is no publication date of the document: the gold conventions, test/gold/README.md)
    expect(doc.documentTime?.deadlines ?? []).toEqual([])
    expect(doc.documentTime?.events ?? []).toEqual([])
    expect(doc.diagnostics.some((d) => d.code === 'boilerplate-removed' && d.message.includes('2019-06-21 10:12:40'))).toBe(true)
    expect(doc.tasks.flatMap((t) => t.deadlines.map((d) => d.raw))).not.toContain('2019-06-21')
  })

  it('signingDateAtEnd reads only a lone day with a Chinese-numeral year among the last lines', () => {
    expect(signingDateAtEnd(text, 0, text.length)).toBe('2002-05-10')
    expect(signingDateAtEnd('三、于5月20日前报送。\n2002年5月10日\n', 0, 27)).toBeUndefined()
    expect(signingDateAtEnd('二○○二年五月十日前完成报送。\n', 0, 15)).toBeUndefined()
  })

  it('a window printed in words keeps its dates (2019年7月10日8:00至8月9日16:00 is no page stamp)', () => {
    const s = '网上填报的受理时间为：2019年7月10日8:00至8月9日16:00。'
    // a window (events.json filingWindow), never a publication stamp; the range keeps both its days
    const read = scanTime(s).matches.map((m) => [eventOf(s, m)?.kind, m.deadline.start, m.deadline.end])
    expect(read).toEqual([['window', '2019-07-10', '2019-08-09']])
  })
})

describe('a work report narrates its years (2016年，我们… / 2017年，我们将…)', () => {
  const doc = parse(fixture('review-narration.txt'))

  it('only the dated targets of the plan part are due', () => {
    expect(dues(doc)).toEqual([
      ['二/（一）/1', '2017-06-30'],
      ['二/（一）/1', '2017-12-31'],
    ])
  })

  it('the narrated years are events of kind other', () => {
    const review = doc.clauses.find((c) => c.path.join('/') === '一')!
    // (年初确定的目标任务: the review's year start, told — grammars/time/review.json)
    expect(review.events?.map((e) => [e.kind, e.raw])).toEqual([
      ['other', '2016年'],
      ['other', '年初'],
    ])
  })
})

describe('yearless stage brackets take the year of the plan title (街道2024年度…实施方案)', () => {
  it('three stages with their months in 2024', () => {
    const doc = parse(fixture('stages-title-year.txt'))
    expect(doc.stages.map((s) => [s.name, s.start, s.end])).toEqual([
      ['动员部署阶段', '2024-03-01', '2024-03-31'],
      ['集中整治阶段', '2024-04-01', '2024-09-30'],
      ['检查验收阶段', '2024-10-01', '2024-11-30'],
    ])
  })

  it('titleYearOf: one year and no span', () => {
    expect(titleYearOf('街道2024年度环境卫生综合整治工作实施方案')).toBe(2024)
    expect(titleYearOf('某市促进就业行动实施方案（2023—2025年）')).toBeUndefined()
    expect(titleYearOf('关于2022年工作总结和2023年工作安排的报告')).toBeUndefined()
    expect(titleYearOf(null)).toBeUndefined()
  })
})

describe('sweep families of the regulations (bulk lawrefbook)', () => {
  const read = (s: string) => scanTime(s, { referenceDate: '2019-05-01' }).matches.map((m) => [m.deadline.raw, m.deadline.kind, m.deadline.date ?? null, m.deadline.recurrence ?? null])

  it('每年第一季度 / 每年的十一月底前 are recurring, due in the quarter’s last month or the month', () => {
    expect(read('应当于每年第一季度向所在地的区宗教事务部门提交上一年度的管理情况报告')).toEqual([['每年第一季度', 'recurring', null, { every: 'year', month: 3 }]])
    expect(read('于每年的十一月底前提请主任会议研究')).toEqual([['每年的十一月底前', 'recurring', null, { every: 'year', month: 11 }]])
    expect(read('每年第三季度末前报送')).toEqual([['每年第三季度末前', 'recurring', null, { every: 'year', month: 9 }]])
    // 的 before a noun is no due point
    expect(read('每年的工作计划')).toEqual([])
  })

  it('应当年底前 is 应当 + 年底前, not 当年 + 底前', () => {
    expect(read('市和区人民政府应当年底前向本级人民代表大会常务委员会报告')).toEqual([['年底前', 'due', '2019-12-31', null]])
    // 当年 after 于 keeps its meaning (and needs a printed year before it)
    expect(read('2020年启动试点，当年完成验收')).toEqual([
      ['2020年', 'start', '2020-01-01', null],
      ['当年', 'due', '2020-12-31', null],
    ])
  })
})

describe('a dateless progress report narrates done work after bare dates (已 in the clause)', () => {
  const doc = parse(fixture('already-narrated.txt'))

  it('only the dates with a deadline cue are due: 107年12月31日前, 108年6月30日前', () => {
    expect(dues(doc)).toEqual([
      ['一/（三）', '2018-12-31'],
      ['二/（一）', '2019-06-30'],
    ])
  })

  it('107年8月21日院長已至…揭牌 and 107年7月，…已…開辦 are events', () => {
    const eventDates = doc.clauses.flatMap((c) => [c, ...c.children]).flatMap((c) => (c.events ?? []).map((e) => [c.path.join('/'), e.raw]))
    expect(eventDates).toContainEqual(['一/（一）', '107年8月21日'])
    expect(eventDates).toContainEqual(['一/（二）', '107年7月'])
  })

  it('a plan without 已 keeps its bare target: 2026年，完成…', () => {
    const text = '市政府工作要点\n一、2026年，完成老旧小区改造120个。'
    const due = parse(text).tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => d.date))
    expect(due).toEqual(['2026-12-31'])
  })
})

describe('a dateless town plan dated by its opening (我镇决定于2024年开展…, outside12 page 13)', () => {
  const doc = parse(fixture('preamble-year.txt'))

  it('its yearless 年底前 and 6月底前 take the year the opening names', () => {
    expect(doc.meta.signedDate).toBeNull()
    expect(dues(doc)).toEqual([
      ['一', '2024-12-31'],
      ['二/（一）', '2024-06-30'],
    ])
  })

  it('preambleYearOf: one year of work, not a day, a 年度 noun or two different years', () => {
    expect(preambleYearOf('经研究，我县决定于2021年创建省级卫生县城。')).toBe(2021)
    expect(preambleYearOf('经研究，决定于2021年3月召开动员大会。')).toBeUndefined()
    expect(preambleYearOf('决定在2021年度考核中加分。')).toBeUndefined()
    expect(preambleYearOf('决定于2021年开展试点，决定于2022年全面推开。')).toBeUndefined()
  })
})

describe('a template copy with placeholder years (20XX年, outside12 page 25)', () => {
  const doc = parse(fixture('placeholder-years.txt'))

  it('a stage keeps its known end and gets no start: (20XX年5月1日-2019年9月30日)', () => {
    expect(doc.stages.map((s) => [s.name, s.start, s.end])).toEqual([
      ['第一阶段', null, null],
      ['第二阶段', null, '2019-09-30'],
      ['第三阶段', '2019-10-01', '2019-11-30'],
    ])
  })

  it('the known end is no due date of the stage clause, and 20XX is never given a year from the text', () => {
    expect(dues(doc)).toEqual([])
    const [m] = scanTime('20XX年底前完成。', { documentDate: '2019-02-01' }).matches
    expect([m.deadline.kind, m.deadline.date]).toEqual(['due', null])
  })

  it('a number that runs on into XX is no placeholder (编号2020XX年)', () => {
    expect(scanTime('编号2020XX年').matches).toEqual([])
  })
})

describe('completion verbs in a 完成时限 cell (9月投入使用, 10月竣工; outside8 page 03)', () => {
  it('a dated list: each yearless month with its verb is due at the month’s end of the list’s year', () => {
    const doc = parse(fixture('completion-cells.txt'))
    const all = [doc, ...doc.documents].flatMap((d) => dues(d).map(([, date]) => date))
    expect(all).toEqual(['2025-09-30', '2025-10-31', '2025-11-30'])
  })

  it('a printed year before 竣工 is a target as before 完成', () => {
    const read = (text: string) => scanTime(text, { documentDate: '2025-03-01' }).matches.map((m) => [text.slice(m.index, m.end), m.deadline.kind, m.deadline.date])
    expect(read('县医院新院区2026年竣工。')).toEqual([['2026年', 'due', '2026-12-31']])
    expect(read('县医院新院区2026年6月投入使用。')).toEqual([['2026年6月', 'due', '2026-06-30']])
  })
})
