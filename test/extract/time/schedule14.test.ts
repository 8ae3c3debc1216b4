/**
 * Work-schedule forms of the outside probe of 实施步骤 / 时间安排 sections (test/gold/outside/outside14.md,
 * families A and B; issue #11): excerpts of plans that print their stages as (M月D日至M月D日) and
 * name their year only as a noun, fixtures written in that format and parsed whole.
 */
import { describe, expect, it } from 'vitest'
import { parse, type PolicyDocument } from '../../../src/index.js'
import { nounYearsOf, scanTime } from '../../../src/extract/time/index.js'
import { fixtureText } from '../../helpers.js'

const fixture = (name: string) => fixtureText(`schedule14/${name}`)

/** (path, date) of every deadline of kind due, as the scorer counts them. */
const dues = (doc: PolicyDocument) => doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => [t.path.join('/'), d.date]))
const stages = (doc: PolicyDocument) => doc.stages.map((s) => [s.start, s.end])

describe('a year the text looks back from (X年以来) is not the year of the dates after it', () => {
  it('the yearless date takes the document year, not the since-year', () => {
    const found = scanTime('对2014年以来新建的住房进行排查，于4月25日前报送', { documentDate: '2016-03-28' }).matches.map((m) => [m.deadline.raw, m.deadline.date])
    expect(found).toEqual([
      ['2014年以来', '2014-01-01'],
      ['4月25日前', '2016-04-25'],
    ])
  })

  it('with no other year the date stays year-unknown', () => {
    expect(scanTime('2014年以来的问题，于4月25日前报送').matches.map((m) => m.deadline.date)).toEqual(['2014-01-01', null])
  })

  it('a printed year still gives its year to the dates after it', () => {
    expect(scanTime('2014年3月起排查，于4月25日前报送').matches.map((m) => m.deadline.date)).toContain('2014-04-25')
  })
})

describe('a dateless excerpt of a plan takes its year from the one year it names as a noun', () => {
  it('reads the noun years of a text, in order', () => {
    const text = '于8月10日前将《2016年农村危房整治行动整改情况报告》报送；2017年度工作另行安排'
    expect(nounYearsOf(text)).toEqual([
      { year: 2016, index: text.indexOf('2016') },
      { year: 2017, index: text.indexOf('2017') },
    ])
    expect(nounYearsOf('于8月10日前报送')).toEqual([])
  })

  it('stages and due dates of the excerpt are in that year', () => {
    const doc = parse(fixture('excerpt-noun-year.txt'))
    expect(stages(doc)).toEqual([
      ['2016-04-06', '2016-04-25'],
      ['2016-04-26', '2016-07-31'],
      ['2016-08-01', '2016-09-15'],
    ])
    expect(dues(doc)).toEqual([
      ['（二）', '2016-04-25'],
      ['（三）', '2016-08-10'],
    ])
  })

  it('a year outside a quoted title is an event year, not the plan year', () => {
    const doc = parse(fixture('excerpt-event-year.txt'))
    expect(stages(doc)).toEqual([
      [null, null],
      [null, null],
    ])
    expect(dues(doc)).toEqual([])
  })

  it('two different noun years give no year', () => {
    const doc = parse(fixture('excerpt-two-years.txt'))
    expect(doc.stages.length).toBe(2)
    expect(stages(doc)).toEqual([
      [null, null],
      [null, null],
    ])
    expect(dues(doc)).toEqual([])
  })

  it('a signed notice keeps its own year over a noun year it cites', () => {
    const doc = parse(fixture('dated-notice-noun-year.txt'))
    expect(stages(doc)).toEqual([
      ['2019-03-01', '2019-03-20'],
      ['2019-03-21', '2019-05-31'],
    ])
    expect(dues(doc)).toEqual([['一', '2019-03-20']])
  })
})

describe('township collectives (grammars/units/suffixes.json collectiveTails)', () => {
  it('各乡镇, 各乡镇（街办）, 各街办 are units that take a role', () => {
    const doc = parse(fixture('township-collectives.txt'))
    expect(doc.tasks.map((t) => [t.path.join('/'), t.roles.flatMap((r) => r.units.map((u) => `${r.role} ${u.name}`))])).toEqual([
      ['四/（一）', ['responsible 各乡镇（街办）']],
      ['四/（二）', ['responsible 各乡镇', 'responsible 县农业农村局']],
      ['四/（三）', ['responsible 各街办']],
    ])
  })

  it('a body the units set up (成立相应的…专班负责) is no unit: its duties are where it is set up', () => {
    const doc = parse(fixture('township-collectives.txt'))
    expect(doc.tasks.filter((t) => t.path[0] === '五').flatMap((t) => t.roles)).toEqual([])
  })
})

describe('a document-sharing site’s desktop-shortcut banner (grammars/boilerplate.json desktop-shortcut)', () => {
  it('is dropped, and the notice title is the first line after it', () => {
    const doc = parse(fixture('desktop-shortcut.txt'))
    expect(doc.meta.title).toBe('关于开展河道保洁专项行动的通知')
    expect(doc.diagnostics.filter((d) => d.message.includes('desktop-shortcut')).length).toBe(3)
  })
})
