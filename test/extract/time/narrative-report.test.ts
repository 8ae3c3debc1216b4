/**
 * A report narrates: a date it prints without a deadline cue of its own tells when
 * something happened or will happen (the congress reports of political_reports, dateless:
 * `一九六四年，中苏双方在北京开始谈判`), while its cued dates (`到1985年`, `年底前`) stay deadlines.
 * The deadline audit (test/gold/audit) judged 13 of the 14 parser deadlines it sampled from these
 * reports not due. The report below is written for this test in that form.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { isNarrativeGenre } from '../../../src/extract/time/index.js'
import { allDocuments } from '../../helpers.js'

const REPORT = `在全省农业工作会议上的报告

同志们！

这次会议，是在全省农业连续三年丰收的时候召开的。

一、回顾

一九七九年，全省开始推行联产承包责任制。一九八一年三月，省委召开农村工作会议，总结了经验。在一九八二年一月一日的中央一号文件中，对这一做法作了肯定。

二、任务

到一九八五年，全省粮食总产量达到二百亿斤。各地区要在一九八三年底前完成土地承包合同的签订工作。一九八四年，全面推开。
`

function dueOf(text: string): string[] {
  return allDocuments(parse(text)).flatMap((d) => d.tasks.flatMap((t) => t.deadlines.filter((x) => x.kind === 'due').map((x) => `${t.path.join('/')} ${x.raw}=${x.date}`)))
}

describe('dates a report narrates', () => {
  it('knows the genres that narrate', () => {
    expect(['报告', '政治报告', '工作报告'].map(isNarrativeGenre)).toEqual([true, true, true])
    expect(['实施方案', '通知', '报告单', null].map(isNarrativeGenre)).toEqual([false, false, false, false])
  })

  it('keeps the cued deadlines of a dateless report and drops the narrated dates', () => {
    expect(dueOf(REPORT)).toEqual(['二 一九八五年=1985-12-31', '二 一九八三年底前=1983-12-31'])
    const review = parse(REPORT).clauses.find((c) => c.path.join('/') === '一')!
    expect((review.events ?? []).map((e) => `${e.raw}:${e.kind}`)).toEqual(['一九七九年:other', '一九八一年三月:meeting', '一九八二年一月一日:other'])
  })

  it('reads the same dates as due in a plan, which sets them', () => {
    const plan = REPORT.replace('在全省农业工作会议上的报告', '全省农业发展实施方案').replace('同志们！\n\n', '')
    expect(dueOf(plan)).toContain('二 一九八三年底前=1983-12-31')
    expect(dueOf(plan).length).toBeGreaterThan(2)
  })
})
