import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DeadlineSchema } from '../../../src/schema/time.js'
import { effectiveDates, extractDeadlines, findStages, planPeriodFromTitle, scanTime, splitMilestones } from '../../../src/extract/time/index.js'

describe('extractDeadlines', () => {
  it('gives schema-valid deadlines with 1-based line/column positions in the string', () => {
    const text = '一、进度安排\r\n2015年6月底前完成准备工作，\n12月底前启动运行。'
    const ds = extractDeadlines(text)
    expect(ds.map((d) => d.raw)).toEqual(['2015年6月底前', '12月底前'])
    for (const d of ds) expect(DeadlineSchema.safeParse(d).success).toBe(true)
    expect(ds[0].position).toEqual({ start: { line: 2, column: 1, offset: 8 }, end: { line: 2, column: 10, offset: 17 } })
    expect(ds[1].position!.start).toEqual({ line: 3, column: 1, offset: 25 })
    expect(text.slice(ds[1].position!.start.offset, ds[1].position!.end.offset)).toBe('12月底前')
  })

  it('accepts a Date or an ISO string as reference date', () => {
    expect(extractDeadlines('年底前完成', { referenceDate: new Date(2019, 4, 1) })[0].date).toBe('2019-12-31')
    expect(extractDeadlines('年底前完成', { referenceDate: '2019-05-01T10:00:00Z' })[0].date).toBe('2019-12-31')
    expect(extractDeadlines('年底前完成')[0].date).toBeNull()
  })

  it('raw input: full-width digits, stray spaces, traditional characters, ○ / O zeros', () => {
    const text = '於２０１５ 年 6 月底前完成；民國七十三年內；二O一五年十二月三十一日前'
    const ds = extractDeadlines(text)
    expect(ds.map((d) => [d.raw, d.date])).toEqual([
      ['２０１５ 年 6 月底前', '2015-06-30'],
      ['民國七十三年內', '1984-12-31'],
      ['二O一五年十二月三十一日前', '2015-12-31'],
    ])
  })
})

describe('scanTime options', () => {
  const text = '2014年工作要点。12月底前完成。'
  it('from / to: offsets stay in the text; a year outside the range is not the item year', () => {
    const at = text.indexOf('12月')
    const r = scanTime(text, { from: at, referenceDate: '2020-01-01' })
    expect(r.matches[0].index).toBe(at)
    expect(r.matches[0].deadline.inferred?.year).toBe('reference')
    expect(r.matches[0].deadline.date).toBe('2020-12-31')
  })

  it('year inference order: item, plan, document, reference', () => {
    const at = text.indexOf('12月')
    const opts = { referenceDate: '2020-01-01', documentDate: '2016-03-01', planYear: 2013 }
    expect(scanTime(text, opts).matches[0].deadline.inferred?.year).toBe('item')
    expect(scanTime(text, { ...opts, from: at }).matches[0].deadline).toMatchObject({ date: '2013-12-31', inferred: { year: 'plan' } })
    expect(scanTime(text, { ...opts, from: at, planYear: undefined }).matches[0].deadline).toMatchObject({ date: '2016-12-31', inferred: { year: 'document' } })
  })

  it('a month range across the new year: 2013年11月至3月 ends in 2014', () => {
    expect(scanTime('2013年11月至3月').matches[0].deadline).toMatchObject({ start: '2013-11-01', end: '2014-03-31' })
  })

  it('anchors use the publication date for 发布 and the document date for 印发', () => {
    const r = scanTime('自发布之日起施行；自印发之日起30日内报送', { documentDate: '2019-01-01', publishedDate: '2019-01-10' })
    expect(r.matches.map((m) => m.deadline.date)).toEqual(['2019-01-10', '2019-01-31'])
  })

  it('repairs and unreadable dates carry diagnostics at their offsets', () => {
    const text = '于20133月底前研究制定；0402年'
    const r = scanTime(text)
    expect(r.diagnostics.map((d) => [d.code, text.slice(d.index, d.end)])).toEqual([
      ['time-repaired', '20133月底前'],
      ['time-invalid', '0402年'],
    ])
  })

  it('a yearless date with nothing to infer from: null date and an info diagnostic', () => {
    const r = scanTime('12月底前完成')
    expect(r.matches[0].deadline.date).toBeNull()
    expect(r.diagnostics[0]).toMatchObject({ severity: 'info', code: 'time-year-unknown' })
  })
})

describe('never throws, offsets always valid (property)', () => {
  const alphabet = [...'0123456789２０年月日底前后内起至到—-～、，。；：（）()“”每上下半季度第旬十百一二三〇○O五民国自从印发之日施行有效期立即长期坚持持续推进近期 \n']
  const arb = fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }).map((a) => a.join(''))
  it('scanTime / splitMilestones / findStages / effectiveDates / planPeriodFromTitle', () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 40 }), (text, from) => {
        const r = scanTime(text, { from, referenceDate: '2020-01-01' })
        for (const m of r.matches) {
          expect(m.index).toBeGreaterThanOrEqual(Math.min(from, text.length))
          expect(m.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(m.index, m.end)).toBe(m.deadline.raw)
          // scanTime gives offsets (index, end), not a position: the rest must be a valid Deadline
          expect(DeadlineSchema.omit({ position: true }).safeParse(m.deadline).success).toBe(true)
        }
        for (const d of r.diagnostics) expect(d.index).toBeLessThanOrEqual(d.end)
        for (const m of splitMilestones(text, { from })) expect(m.index).toBeLessThanOrEqual(m.end)
        findStages([{ text, offset: 0 }])
        effectiveDates(text)
        planPeriodFromTitle(text)
      }),
      { numRuns: 400 },
    )
  })
})
