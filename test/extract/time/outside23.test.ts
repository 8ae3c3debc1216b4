/**
 * Deadline families of the outside probe on dated tasks (test/gold/outside/outside23.md): a plan
 * period printed 从…开始至…结束 is no due date, and a dateless plan takes its year from the notice its
 * opening cites by name (关于2021年实施…的通知) when it prints none of its own. Fixtures are our own text.
 */
import { describe, expect, it } from 'vitest'
import { parse, type PolicyDocument } from '../../../src/index.js'
import { preambleYearOf } from '../../../src/extract/time/index.js'

/** (path, date) of every deadline of kind due, as the scorer counts them. */
const dues = (doc: PolicyDocument) => doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => [t.path.join('/'), d.date]))

describe('a period opened with 开始 and closed with 至 / 到 … 结束 (periodFrom.from)', () => {
  const doc = parse(
    '青溪县关于开展农贸市场环境整治行动的实施方案\n一、整治范围\n城区各农贸市场。\n二、时间安排\n从2016年4月10日开始至2016年7月20日结束。\n三、工作要求\n各乡镇于2016年5月15日前将整治台账报县整治办。\n',
  )

  it('the period end is no due date; a due date elsewhere stays', () => {
    expect(dues(doc)).toEqual([['三', '2016-05-15']])
  })

  it('the end is kept as an event of the period (kind validity)', () => {
    const second = doc.tasks.find((t) => t.path.join('/') === '二')
    const events = second?.events ?? []
    expect(events.map((e) => [e.kind, e.date])).toContainEqual(['validity', '2016-07-20'])
  })

  it('the same period opened with 起 was one already (自…起至…)', () => {
    const other = parse('石桥镇春季植树活动方案\n一、活动时间\n自2018年3月5日起至2018年4月30日。\n')
    expect(dues(other)).toEqual([])
  })
})

describe('a dateless plan dated by the notice its opening cites by name (preambleYear.leads 关于)', () => {
  it('yearless month targets take the year of 关于2021年实施…的通知', () => {
    const doc = parse(
      '青溪县滨河步道建设工程实施方案\n为完善城市功能，根据县政府关于2021年实施20项民生工程的通知精神，制定本方案。\n一、目标任务\n4月底前完成设计招标，10月底前全线贯通。\n二、保障措施\n加强调度。\n',
    )
    expect(dues(doc)).toEqual([
      ['一', '2021-04-30'],
      ['一', '2021-10-31'],
    ])
  })

  it('reads the year only right after 关于 with no 年度, month or 底 after it', () => {
    expect(preambleYearOf('根据县政府关于2021年实施20项民生工程的通知精神，制定本方案。')).toBe(2021)
    expect(preambleYearOf('根据县政府关于2021年度民生工程考核的通知精神，制定本方案。')).toBeUndefined()
    expect(preambleYearOf('根据县政府关于2021年3月召开推进会的通知精神，制定本方案。')).toBeUndefined()
    // (a quarter or half of a year cited: 关于2019年第一季度…, 关于2019年上半年…)
    expect(preambleYearOf('按照《关于2019年第一季度大气污染治理的指导意见》要求，特此通知如下：')).toBeUndefined()
    expect(preambleYearOf('根据关于2019年上半年重点工作的通知，制定本方案。')).toBeUndefined()
    // (two openings naming different years: none)
    expect(preambleYearOf('根据关于2020年实施…的通知和关于2021年实施…的通知，制定本方案。')).toBeUndefined()
  })

  it('a plan that prints its own date keeps it', () => {
    const doc = parse(
      '青溪县滨河步道建设工程实施方案\n为完善城市功能，根据县政府关于2021年实施20项民生工程的通知精神，制定本方案。\n一、目标任务\n4月底前完成设计招标。\n青溪县住房和城乡建设局\n2022年2月8日\n',
    )
    expect(dues(doc)).toEqual([['一', '2022-04-30']])
  })
})
