import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { seed } from '../../helpers.js'

const dates = (ds: Array<{ date?: string | null }>) => ds.map((d) => d.date)

describe('deadlines and milestones attached to tasks (seed 003 工作方案)', () => {
  const text = seed('003')
  const plan = parse(text).documents[1]
  const item = (n: number) => plan.tasks.find((t) => t.path.at(-1) === String(n))!

  it('gives each of the 44 items at least one milestone', () => {
    const items = plan.tasks.filter((t) => t.path.length === 3)
    expect(items).toHaveLength(44)
    for (const t of items) expect(t.milestones?.length, t.path.join('/')).toBeGreaterThan(0)
  })

  it('item 7: three milestones 2015-03-31, 2015-06-30, 2015-09-30 with their actions', () => {
    const ms = item(7).milestones!
    expect(ms.map((m) => m.deadline?.date ?? null)).toEqual(['2015-03-31', '2015-06-30', '2015-09-30', null])
    expect(ms[3].action).toBe('制定重大行政决策事项清单')
    expect(ms[0].action).toContain('重大行政决策事项清单')
    expect(dates(item(7).deadlines)).toEqual(expect.arrayContaining(['2015-03-31', '2015-06-30', '2015-09-30']))
  })

  it('item 16: 2015年6月底前 … 12月底前 → 2015-06-30 and 2015-12-31 with the year inferred from the item', () => {
    const ds = item(16).deadlines
    expect(dates(ds)).toEqual(['2015-06-30', '2015-12-31'])
    expect(ds[1].inferred?.year).toBe('item')
    const p = ds[1].position!
    expect(text.slice(p.start.offset, p.end.offset)).toBe('12月底前')
  })

  it('item 31: 2015年全年持续推进 is ongoing over 2015; item 34: 立即启动 is immediate', () => {
    const ongoing = item(31).deadlines.find((d) => d.kind === 'ongoing')!
    expect([ongoing.start, ongoing.end]).toEqual(['2015-01-01', '2015-12-31'])
    expect(item(34).deadlines.some((d) => d.kind === 'immediate')).toBe(true)
  })

  it('does not read a cited title (《…2014—2016年工作规划》) as a deadline', () => {
    const opinion = parse(text).documents[0]
    expect(opinion.tasks.flatMap((t) => t.deadlines).map((d) => d.start)).not.toContain('2014-01-01')
  })
})

describe('stages and plan periods', () => {
  it('seed 000: four stages 2013, 2014–2015, 2016–2017, 2018–2022 with their names', () => {
    const plan = parse(seed('000')).documents[0]
    expect(plan.stages.map((s) => [s.name, s.start, s.end])).toEqual([
      ['全面实施，初见成效', '2013-01-01', '2013-12-31'],
      ['重点推进，明显进步', '2014-01-01', '2015-12-31'],
      ['完善机制，良性发展', '2016-01-01', '2017-12-31'],
      ['巩固提高，全省争先', '2018-01-01', '2022-12-31'],
    ])
  })

  it('seed 001: three stages 2006, 2007, 2008–2009', () => {
    const opinion = parse(seed('001')).documents[0]
    expect(opinion.stages.map((s) => [s.name, s.start, s.end])).toEqual([
      ['启动实施阶段', '2006-01-01', '2006-12-31'],
      ['全面创建阶段', '2007-01-01', '2007-12-31'],
      ['命名授牌及巩固提高阶段', '2008-01-01', '2009-12-31'],
    ])
  })

  it('seed 002: four stages ending 2013, 2015, 2017, 2022, later ones starting the day after, and meta.period 2013–2022', () => {
    const doc = parse(seed('002'))
    expect(doc.stages.map((s) => s.end)).toEqual(['2013-12-31', '2015-12-31', '2017-12-31', '2022-12-31'])
    expect(doc.stages.slice(1).map((s) => s.start)).toEqual(['2014-01-01', '2016-01-01', '2018-01-01'])
    expect(doc.stages[1].inferred?.start).toBe(true)
    expect([doc.meta.period?.start, doc.meta.period?.end]).toEqual(['2013-01-01', '2022-12-31'])
  })

  it('seed 004: a 2012–2022 span in four stages', () => {
    const doc = parse(seed('004'))
    expect(doc.stages).toHaveLength(4)
    expect(doc.stages[0].start).toBe('2012-01-01')
    expect(doc.stages[3].end).toBe('2022-12-31')
  })

  it('seed 002: repairs 于20133月底前 with a diagnostic and dates the task 2013-03-31', () => {
    const doc = parse(seed('002'))
    const stage1 = doc.tasks.find((t) => t.path.join('/') === '三/第一阶段')!
    expect(dates(stage1.deadlines)).toEqual(['2013-03-31'])
    expect(doc.diagnostics.some((d) => d.code === 'time-repaired' && d.position?.start.line === 177)).toBe(true)
  })
})
