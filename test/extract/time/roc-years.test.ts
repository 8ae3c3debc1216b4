/**
 * ROC years without 民國 (issue #11; test/gold/outside/outside13.md "Left" 1): a Taiwan document's
 * bare 114年 is 2025, read only when the text shows it is Taiwan's.
 */
import { describe, expect, it } from 'vitest'
import { parse, type PolicyDocument } from '../../../src/index.js'
import { scanTime } from '../../../src/extract/time/index.js'
import { fixtureText } from '../../helpers.js'

const dues = (doc: PolicyDocument) => doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => [t.path.join('/'), d.raw, d.date]))

describe('a Taiwan 實施計畫 dated 中華民國113年 (traditional script)', () => {
  const doc = parse(fixtureText('time-outside/roc-bare-years.txt'))

  it('its bare-year deadlines are ROC years: 114年12月31日前 → 2025-12-31, 115年6月底前 → 2026-06-30, 113年底前 → 2024-12-31', () => {
    expect(doc.source?.script).toBe('traditional')
    const found = dues(doc)
    expect(found).toContainEqual(['三/（一）', '114年12月31日前', '2025-12-31'])
    expect(found).toContainEqual(['三/（二）', '115年6月底前', '2026-06-30'])
    expect(found).toContainEqual(['三/（三）', '113年底前', '2024-12-31'])
    expect(found.every(([, , date]) => typeof date === 'string' && date >= '2023')).toBe(true)
  })

  it('the plan period 112年至115年 is 2023…2026', () => {
    const period = doc.tasks.find((t) => t.path.join('/') === '二')!.deadlines.find((d) => d.kind === 'range')!
    expect([period.raw, period.start, period.end]).toEqual(['112年至115年', '2023-01-01', '2026-12-31'])
  })
})

describe('the signal is the document, not the number', () => {
  it('a plan period 112年至115年 after 行政院 reads as 2023…2026', () => {
    const [m] = scanTime('行政院核定,計畫期程112年至115年。').matches
    expect([m.deadline.kind, m.deadline.start, m.deadline.end]).toEqual(['range', '2023-01-01', '2026-12-31'])
  })

  it('without 民國 or a Yuan the same text has no ROC year', () => {
    expect(scanTime('计划期程112年至115年，114年12月31日前完成。').matches).toEqual([])
  })

  it('a mainland text keeps 25年 / 55年 as counts and reads its own years', () => {
    const doc = parse(fixtureText('time-outside/mainland-bare-counts.txt'))
    expect(doc.source?.script).toBe('simplified')
    expect(dues(doc).map(([, , date]) => date)).toEqual(['2025-12-31', '2026-06-30'])
  })

  it('a count below the ROC range stays a count even in a Taiwan text (服務滿25年)', () => {
    const text = '中华民国113年核定，服务满25年者，114年底前申请。'
    const found = scanTime(text).matches.map((m) => [text.slice(m.index, m.end), m.deadline.date])
    expect(found).toEqual([['114年底前', '2025-12-31']])
  })
})

describe('two bare ROC years joined by 至 or a dash are a span (outside13 pages 08, 17)', () => {
  const doc = parse(fixtureText('time-outside/roc-year-ranges.txt'))

  it('105至108年 and 107-109年 on items are ranges, not targets of their last year', () => {
    const ranges = doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'range').map((d) => [t.path.join('/'), d.raw, d.start, d.end]))
    expect(ranges).toContainEqual(['三/（一）', '105至108年', '2016-01-01', '2019-12-31'])
    expect(ranges).toContainEqual(['三/（三）', '107-109年', '2018-01-01', '2020-12-31'])
  })

  it('the only due date is the printed one: 108年底前 → 2019-12-31', () => {
    expect(dues(doc)).toEqual([['三/（二）', '108年底前', '2019-12-31']])
  })

  it('the signal still decides: without 民國 or a Yuan, 104-107年 is no date', () => {
    const years = (text: string) => scanTime(text).matches.filter((m) => text.slice(m.index, m.end).includes('107'))
    expect(years('本县综合建设方案(104-107年)持续推进。')).toEqual([])
    const [m] = years('行政院核定綜合建設方案(104-107年)持續推動。')
    expect([m.deadline.kind, m.deadline.start, m.deadline.end]).toEqual(['range', '2015-01-01', '2018-12-31'])
  })
})
