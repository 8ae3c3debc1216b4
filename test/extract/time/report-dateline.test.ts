import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { deliveryDateline } from '../../../src/extract/time/events.js'

const fixture = readFileSync(new URL('../../fixtures/outside26/report-dateline.txt', import.meta.url), 'utf8')
const due = (path: string) =>
  parse(fixture)
    .tasks.filter((t) => t.path.join('/') === path)
    .flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => d.date))

describe('a report’s delivery dateline dates its review (outside26 12, 21)', () => {
  // The dateline is the report's own date as well (thirtieth session, outside47 05): the day a report prints under its
  // title is its date, as blind-e's 十九大 report (`（2017年10月18日）`) and outside45 07 (the date under the speaker's line)
  // annotate it; outside26 had left signedDate null.
  it('reads the dateline as the day the report speaks from, and as its date', () => {
    expect(deliveryDateline(fixture, 0, fixture.length)).toBe('2023-01-09')
    expect(deliveryDateline('（二〇二一年一月十四日在某县人民代表大会第六次会议上）\n各位代表：', 0, 40)).toBe('2021-01-14')
    expect(deliveryDateline('2021年1月14日召开全县大会\n各位代表：', 0, 30)).toBeUndefined()
    expect(parse(fixture).meta.signedDate).toBe('2023-01-09')
  })

  it('keeps the past year-ends of the review out of the deadlines', () => {
    expect(due('一')).toEqual([])
  })

  it('dates the year’s yearless targets by the dateline', () => {
    expect(due('二/（一）').sort()).toEqual(['2023-06-30', '2023-12-31'])
  })
})
