/**
 * Dates outside every clause (`documentTime`, forty-fourth session): due only where a cue sets them as a target; a site's
 * stamp, a cover's date or a narrated year is an event of kind `other`. Fixtures of our own wording, the forms of the
 * outside probes (outside108 01, 110 04, 111 04 and 08, 116 01, 05 and 08).
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'

const documentDates = (text: string) => {
  const d = parse(text)
  const all = [d, ...d.documents]
  return {
    due: all.flatMap((x) => (x.documentTime?.deadlines ?? []).filter((t) => t.kind === 'due').map((t) => t.date)),
    other: all.flatMap((x) => (x.documentTime?.events ?? []).filter((e) => e.kind === 'other').map((e) => e.raw)),
  }
}

describe('a date outside every clause', () => {
  it('a site’s stamp over the text is no due date: its label opening the line makes it a publication (fifty-fifth session)', () => {
    const text = '青溪市民政局关于印发殡葬规划的通知\n日期:2021-11-09 来源:市民政局\n各区县人民政府：\n现将规划印发给你们。\n一、总体要求\n'
    expect(documentDates(text)).toEqual({ due: [], other: [] })
    expect((parse(text).documentTime?.events ?? []).map((e) => `${e.kind}:${e.raw}`)).toEqual(['publication:2021-11-09'])
  })

  it('a year the preamble narrates, or a plan’s horizon, is no due date', () => {
    const dates = documentDates('青溪市水利规划\n2022年，下达省级水利发展资金3300万元支持水库建设。规划展望至2035年。\n一、总体要求\n')
    expect([dates.due, dates.other.sort()]).toEqual([[], ['2022年', '2035年']])
  })

  it('a cover’s month over a heading that opens with 前 is no due date (guard: 前言 is no cue)', () => {
    const dates = documentDates(
      '青溪区人民政府关于印发青溪区生态文明建设规划的通知\n各镇人民政府：\n现将《青溪区生态文明建设规划(2024—2035年)》印发给你们。\n青溪区人民政府\n2024年11月5日\n(此件公开发布)\n青溪区生态文明建设规划(2024—2035年)\n青溪区人民政府\n2024年10月\n前 言\n生态文明建设是关系民族未来的大计。\n',
    )
    expect(dates.due).toEqual([])
  })

  it('a target a cue sets stays due: 到…年, …前上报', () => {
    expect(documentDates('青溪市中医药发展实施方案\n以创建示范区为目标，到2027年，全市中医药服务体系不断健全。\n请于2026年4月7日前通过传真上报。\n一、主要任务\n').due).toEqual([
      '2027-12-31',
      '2026-04-07',
    ])
  })

  it('a scope read as a target stays due: 今年内', () => {
    const doc = parse('青溪市2026年国债项目建设方案\n已开工的国债项目今年内基本完工。\n一、主要任务\n')
    expect(doc.documentTime?.deadlines.map((d) => [d.raw, d.kind])).toEqual([['今年内', 'due']])
  })
})
