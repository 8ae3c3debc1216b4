/**
 * Work reports print no date of their own: 今年 and the years they name are read against the year
 * of the title (`2012年…政府工作报告`), and a date of that year without a deadline cue is the year
 * of work, not a due date. Sentences from the 2012 report of the bulk set (political_reports).
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { eventOf, scanTime, yearContextOf } from '../../../src/extract/time/index.js'
import { allDocuments } from '../../helpers.js'

const REPORT = `2012年中华人民共和国国务院政府工作报告

各位代表：

　　现在，我代表国务院，向大会报告政府工作，请各位代表审议，并请全国政协各位委员提出意见。

一、2011年工作回顾

　　2011年，国内生产总值47.2万亿元，比上年增长9.2％。去年，部分地区发生严重洪涝灾害，各级政府及时做好抗灾救灾工作。

二、2012年主要任务

　　2012年，我们要坚持稳中求进，今年12月1日起施行新的个人所得税法实施条例。

　　加快完善社会保障体系。今年年底前实现新型农村社会养老保险和城镇居民社会养老保险制度全覆盖。扩大各项社会保险覆盖面。
`

describe('year of a dateless work report', () => {
  it('reads the one year of a report title; not a span, not another genre', () => {
    expect(yearContextOf('2012年中华人民共和国国务院政府工作报告', '政府工作报告')).toEqual({ textYear: 2012, yearOfWork: true })
    expect(yearContextOf('２００２年政府工作报告', '政府工作报告')).toEqual({ textYear: 2002, yearOfWork: true })
    expect(yearContextOf('2030年前碳达峰行动方案', '行动方案')).toEqual({})
    expect(yearContextOf('2021—2025年工作报告', '工作报告')).toEqual({})
  })

  it('a date of the report year without a cue is an event; past years too', () => {
    const s = '2012年，我们要坚持稳中求进。去年，部分地区发生严重洪涝灾害。今年年底前实现制度全覆盖。'
    const ctx = { textYear: 2012, yearOfWork: true }
    const out = Object.fromEntries(scanTime(s, { referenceDate: '2012-01-01' }).matches.map((m) => [m.deadline.raw, eventOf(s, m, undefined, ctx)?.kind ?? `due ${m.deadline.date}`]))
    expect(out).toEqual({ '2012年': 'other', 去年: 'other', 今年年底前: 'due 2012-12-31' })
  })

  it('parses the report: the 今年年底前 deadline resolves to the title year, nothing else is due', () => {
    const doc = parse(REPORT)
    expect(doc.meta.signedDate).toBeNull()
    const due = allDocuments(doc).flatMap((d) => d.tasks.flatMap((t) => t.deadlines.filter((x) => x.kind === 'due').map((x) => `${t.path.join('/')} ${x.raw}=${x.date}`)))
    expect(due).toEqual(['二 今年年底前=2012-12-31'])
  })
})

describe('events of a clause that is no task', () => {
  it('stay on the clause (Clause.events): the review section of the 2012 report', () => {
    const doc = parse(REPORT)
    const review = doc.clauses.find((c) => c.path.join('/') === '一')!
    expect(doc.tasks.some((t) => t.path.join('/') === '一')).toBe(false)
    expect((review.events ?? []).map((e) => `${e.raw}:${e.kind}`)).toEqual(['2011年:statistic', '去年:other'])
    const e = review.events![0]
    expect(REPORT.slice(e.position!.start.offset, e.position!.end.offset)).toBe('2011年')
  })
})
