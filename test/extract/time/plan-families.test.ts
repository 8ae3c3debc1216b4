/**
 * Families of the plan gold test/gold/blind-c (issue 11; /work/notes/goldc.md D1, S1, D3–D5) and
 * two leftovers of the outside probe: fixtures in test/fixtures/time-plans written in the format
 * of the corpus's plans and 申报指南, parsed whole.
 */
import { describe, expect, it } from 'vitest'
import { parse, type PolicyDocument } from '../../../src/index.js'
import { findStages } from '../../../src/api/grammar.js'
import { eventOf, scanTime } from '../../../src/extract/time/index.js'
import { PolicyDocumentSchema } from '../../../src/schema/index.js'
import { fixtureText } from '../../helpers.js'

const fixture = (name: string) => fixtureText(`time-plans/${name}`)

/** (path, date) of every deadline of kind due, as the scorer counts them. */
const dues = (doc: PolicyDocument) => doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => [t.path.join('/'), d.date]))

/** Each time expression of `s` as raw → event kind (or 'deadline'). */
function read(s: string, documentDate?: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of scanTime(s, { documentDate }).matches) out[m.deadline.raw] = eventOf(s, m, documentDate)?.kind ?? 'deadline'
  return out
}

describe('S1 + D1: stages printed as run-in paragraphs (第一阶段，到2025年，…)', () => {
  const text = fixture('stages-run-in.txt')
  const doc = parse(text)

  it('are stages: each ends on its target year, the next starts the day after, the first on the 落款 date', () => {
    expect(doc.stages.map((s) => [s.name, s.start, s.end])).toEqual([
      ['第一阶段', '2022-03-01', '2025-12-31'],
      ['第二阶段', '2026-01-01', '2030-12-31'],
      ['第三阶段', '2031-01-01', '2035-12-31'],
    ])
    expect(doc.stages[0].inferred).toEqual({ start: true })
    expect(doc.stages[0].raw).toBe('第一阶段，到2025年')
    expect(doc.stages[2].goal).toMatch(/^智慧水利全面建成/)
  })

  it('their years are no deadline of a clause; the task dates of 二 stay', () => {
    expect(dues(doc)).toEqual([['二/（一）', '2023-12-31']])
    expect(PolicyDocumentSchema.safeParse(doc).success).toBe(true)
  })

  it('the line-per-block API reads them too', () => {
    expect(findStages(text).map((s) => [s.name, s.end])).toEqual([
      ['第一阶段', '2025-12-31'],
      ['第二阶段', '2030-12-31'],
      ['第三阶段', '2035-12-31'],
    ])
  })

  it('a target that is not the stage phrase (第一阶段，重点推进…到2025年) is no run-in stage', () => {
    expect(findStages('第一阶段，重点推进试点示范，到2025年建成10个示范区。')).toEqual([])
  })

  it('told inside a news paragraph (…目标。第一阶段，到2022年，…) they are neither stages nor deadlines', () => {
    const news = parse(fixture('stages-news.txt'))
    expect(news.stages).toEqual([])
    expect(dues(news)).toEqual([])
  })
})

describe('D3–D5: conditions, validity ends and windows of a 申报指南 are not due dates', () => {
  const doc = parse(fixture('application-guide.txt'))

  it('the only due date is the paper deadline (5月15日前, year of the window before it)', () => {
    expect(dues(doc)).toEqual([['第三条', '2023-05-15']])
  })

  it('the 受理时间 window with clock times is one window event, not a deadline', () => {
    const article = doc.tasks.find((t) => t.path.join('/') === '第三条')!
    expect(article.deadlines.map((d) => d.kind)).toEqual(['due'])
    const window = article.events!.find((e) => e.kind === 'window')!
    expect([window.start, window.end, window.raw, window.cue]).toEqual(['2023-04-10', '2023-05-09', '2023年4月10日8:00至5月9日16:00', '受理时间'])
  })

  it('有效期至 is the document expiry and an event of kind validity', () => {
    expect(doc.meta.expiryDate).toBe('2026-02-28')
    const article = doc.tasks.find((t) => t.path.join('/') === '第四条')!
    expect(article.events?.map((e) => [e.kind, e.date, e.cue])).toEqual([['validity', '2026-02-28', '有效期至']])
    expect(PolicyDocumentSchema.safeParse(doc).success).toBe(true)
  })

  it('eventOf: registration, employment and 之前的 scopes are conditions', () => {
    expect(read('申报主体是2023年2月22日以后注册成立或迁址的企业', '2023-02-22')).toEqual({ '2023年2月22日': 'condition' })
    expect(read('执行期（项目任务书规定的执行期）到2019年12月31日之前的在研项目不在限项范围内', '2019-07-01')).toEqual({ '2019年12月31日之前': 'condition' })
    expect(read('（一）1997年12月31日以前参加工作，1998年1月1日以后退休的人员')).toMatchObject({ '1997年12月31日以前': 'condition' })
    expect(read('申请日在2009年10月1日以后的实用新型')).toEqual({ '2009年10月1日': 'condition' })
    expect(read('有效期为2019年1月1日至2023年12月31日')).toEqual({ '2019年1月1日至2023年12月31日': 'validity' })
    // a due date stays due
    expect(read('2023年12月31日前完成注册登记工作', '2023-02-22')).toEqual({ '2023年12月31日前': 'deadline' })
    expect(read('于2023年6月30日前报送', '2023-02-22')).toEqual({ '2023年6月30日前': 'deadline' })
  })
})

describe('outside leftovers: a PDF line break inside a year, a spaced window', () => {
  const doc = parse(fixture('pdf-breaks.txt'))

  it('2022 ⏎年底 and 2024 ⏎年底前 are their printed years, not the document year', () => {
    expect(dues(doc)).toEqual([
      ['一', '2022-12-31'],
      ['一', '2024-12-31'],
    ])
  })

  it('于 9 月 16 日— 23 日 is one window in the document year', () => {
    const window = doc.tasks.find((t) => t.path.join('/') === '二/（一）')!.deadlines[0]
    expect([window.kind, window.start, window.end]).toEqual(['range', '2022-09-16', '2022-09-23'])
  })

  it('a number at a line end followed by 年 needs four digits (第12 ⏎年 is no year)', () => {
    expect(scanTime('共12\n年来').matches).toEqual([])
  })
})
