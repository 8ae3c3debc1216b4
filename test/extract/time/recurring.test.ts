import { describe, expect, it } from 'vitest'
import lex from '../../../grammars/time/lexicon.json' with { type: 'json' }
import { scanTime } from '../../../src/extract/time/scan.js'
import { parse } from '../../../src/index.js'
import { DeadlineSchema } from '../../../src/schema/time.js'

const only = (text: string) => {
  const { matches } = scanTime(text, { referenceDate: '2024-03-01' })
  expect(
    matches.map((m) => m.deadline.raw),
    text,
  ).toHaveLength(1)
  return matches[0]
}

// A notice in the genre's usual shape: weekly and monthly reports, then a schedule.
const NOTICE = `关于加强重点项目调度工作的通知

各区人民政府，市政府各部门：

为及时掌握重点项目建设进展，现就有关事项通知如下：

一、建立周报制度。各区发展改革部门每周五前报送本周项目进展情况。

二、建立月报制度。各项目单位每月10日前报送上月投资完成情况。

市发展改革委
2024年3月1日
`

describe('recurring deadlines: weekly (每周五前) and monthly with a day (每月10日前)', () => {
  it('每周五前 / 每星期三前: every week, the ISO weekday, rule recurring.weekly', () => {
    const friday = only('各区每周五前报送本周项目进展情况')
    expect(friday.rule).toBe('recurring.weekly')
    expect(friday.deadline).toMatchObject({ raw: '每周五前', kind: 'recurring', precision: 'day', recurrence: { every: 'week', weekday: 5 } })
    expect(friday.period).toBeUndefined()
    expect(only('每星期三前报送').deadline.recurrence).toEqual({ every: 'week', weekday: 3 })
  })

  it('recurring.weekdays: each weekday word of the lexicon', () => {
    for (const [word, weekday] of Object.entries(lex.recurring.weekdays)) {
      expect(only(`每周${word}前报送`).deadline.recurrence, word).toEqual({ every: 'week', weekday })
    }
  })

  it('每周五 without 前 is a meeting day, 每周一次 a rate: no deadline', () => {
    expect(scanTime('每周五上午召开调度例会').matches).toEqual([])
    expect(scanTime('每周一次').matches).toEqual([])
  })

  it('每月10日前: every month on day 10, rule recurring.monthly', () => {
    const tenth = only('各项目单位每月10日前报送上月投资完成情况')
    expect(tenth.rule).toBe('recurring.monthly')
    expect(tenth.deadline).toMatchObject({ raw: '每月10日前', kind: 'recurring', precision: 'day', recurrence: { every: 'month', day: 10 } })
  })

  it('a start before it bounds it: 2024年4月起，每周五前', () => {
    const started = only('2024年4月起，每周五前报送')
    expect(started.deadline).toMatchObject({ raw: '2024年4月起，每周五前', kind: 'recurring', start: '2024-04-01', recurrence: { every: 'week', weekday: 5 } })
  })

  it('parse(): each clause of a notice holds its recurring deadline, valid against the schema', () => {
    const doc = parse(NOTICE)
    const deadlines = doc.tasks.flatMap((task) => task.deadlines ?? [])
    expect(deadlines.map((d) => [d.raw, d.recurrence])).toEqual([
      ['每周五前', { every: 'week', weekday: 5 }],
      ['每月10日前', { every: 'month', day: 10 }],
    ])
    for (const d of deadlines) expect(DeadlineSchema.safeParse(d).success).toBe(true)
    expect(NOTICE.slice(deadlines[0].position.start.offset, deadlines[0].position.end.offset)).toBe('每周五前')
  })
})
