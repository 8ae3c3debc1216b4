/**
 * Dates of a standing rule (issue 11, deadline precision): in a text of articles the periods,
 * yearless days and dated scopes an article prints regulate cases; only a dated obligation or a
 * period counted from the text itself is a due date. Fixtures written for these tests in the
 * 法律资料网 page format of the outside5 probe and the body-only repost format.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { scanTime, standingReading } from '../../../src/extract/time/index.js'
import type { PolicyDocument } from '../../../src/index.js'
import { allClauses, fixtureText } from '../../helpers.js'

const fixture = (name: string) => fixtureText(`time-standing/${name}`)

/** path → [kind, date or recurrence month, raw] of each deadline, and path → [kind, raw] of each event. */
function times(doc: PolicyDocument) {
  const deadlines: Record<string, string[]> = {}
  for (const t of doc.tasks) deadlines[t.path.join('/')] = t.deadlines.map((d) => `${d.kind} ${d.date ?? d.recurrence?.month ?? ''} ${d.raw}`)
  const events: Record<string, string[]> = {}
  for (const c of allClauses(doc.clauses)) if (c.events?.length) events[c.path.join('/')] = c.events.map((e) => `${e.kind} ${e.raw}`)
  return { deadlines, events }
}

describe('standingReading: a regulation sets few due dates', () => {
  const doc = parse(fixture('regulation.txt'))
  const { deadlines, events } = times(doc)

  it('keeps the dated obligation and the period counted from the regulation itself', () => {
    expect(deadlines['第二章/第九条']).toEqual(['due 2016-06-30 2016年6月30日前'])
    // six months from the day it takes effect (2015-11-01), not from the order's date (2015-09-22)
    expect(deadlines['第二章/第八条']).toEqual(['due 2016-05-01 自本规定施行之日起六个月内'])
  })

  it('reads a yearless day as every year, not the year of the order', () => {
    expect(deadlines['第二章/第六条']).toEqual(['recurring 3 每年3月31日前', 'recurring 10 10月31日前'])
  })

  it('makes conditions of periods counted from a case and of dated scopes', () => {
    expect(events['第二章/第四条']).toEqual(['condition 自名单公布之日起十五日内'])
    expect(events['第二章/第七条']).toEqual(['condition 2015年11月1日前'])
    expect(events['第三章/第十条']).toEqual(['condition 二年内', 'condition 三年内'])
    expect(deadlines['第二章/第四条'] ?? []).toEqual([])
    expect(deadlines['第三章/第十条'] ?? []).toEqual([])
  })

  it('makes a validity of 至…止 and an event of a bare date', () => {
    expect(events['第二章/第五条']).toEqual(['validity 2018年12月31日'])
    expect(events['第三章/第十一条']).toEqual(['amendment 2017年3月6日'])
  })

  it('leaves a notice without articles as it was', () => {
    const text = '各区人民政府：\n一、二年内，全区新建养犬服务站10个。\n二、请于10月31日前报送。\n二○一五年九月二十二日'
    const notice = times(parse(text)).deadlines
    expect(notice['一']).toEqual(['due 2017-09-22 二年内'])
    expect(notice['二']).toEqual(['due 2015-10-31 10月31日前'])
  })

  it.each([
    ['应当在2027年6月30日前缴足', undefined],
    ['一九九〇年底以前要完成改革', undefined],
    ['对于2011年4月30日以前犯罪的', 'condition'],
    ['规范性文件应当自公布之日起三十日内报送备案', 'condition'],
    ['应当自本条例施行之日起一年内申请登记', undefined],
    ['五年内不得从事导游工作', 'condition'],
    ['在2015年10月31日以前故意犯罪的', 'condition'],
  ])('%s → %s', (text, kind) => {
    const [match] = scanTime(text, { documentDate: '2019-05-01' }).matches
    const reading = standingReading(text, match)
    expect(reading && 'event' in reading ? reading.event.kind : undefined).toBe(kind)
  })
})

describe('a recurring date spelled out in a bracket', () => {
  it('reads 每季度末(即3月、6月、9月和12月底) as one recurring date, not due dates', () => {
    const { deadlines } = times(parse(fixture('quarter-ends.txt')))
    expect(deadlines['一']).toEqual(['due 2016-03-25 3月25日前'])
    expect(deadlines['二']?.every((d) => d.startsWith('recurring'))).toBe(true)
    expect(deadlines['二']?.[0]).toBe('recurring  每季度末')
  })
})
