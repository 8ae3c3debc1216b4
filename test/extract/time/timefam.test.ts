/**
 * Time forms of the outside probes (test/gold/outside/outside8.md, family F; issue #11 families 7–8):
 * fixtures written in the format of scraped city notices, parsed whole.
 */
import { describe, expect, it } from 'vitest'
import { parse, type PolicyDocument } from '../../../src/index.js'
import { eventOf, extractDeadlines, scanTime } from '../../../src/extract/time/index.js'
import { fixtureText } from '../../helpers.js'

const fixture = (name: string) => fixtureText(`timefam/${name}`)

/** (path, date) of every deadline of kind due, as the scorer counts them. */
const dues = (doc: PolicyDocument) => doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => [t.path.join('/'), d.date]))

describe('元月 is January (grammars/time/lexicon.json monthNames)', () => {
  it('元月底前 / 元月15日前 in a notice dated 2014年1月6日', () => {
    expect(dues(parse(fixture('yuanyue.txt')))).toEqual([
      ['二', '2014-01-31'],
      ['三', '2014-01-15'],
    ])
  })

  it('with a printed year, after an ROC year, and with 于 before it', () => {
    expect(extractDeadlines('2012年元月底前完成').map((d) => [d.raw, d.date])).toEqual([['2012年元月底前', '2012-01-31']])
    expect(extractDeadlines('自中华民国九十一年元月一日起施行').map((d) => d.date)).toContain('2002-01-01')
    expect(extractDeadlines('于元月底前报送', { referenceDate: '2008-03-01' }).map((d) => [d.raw, d.date])).toEqual([['元月底前', '2008-01-31']])
  })

  it('元 alone is no month (元旦, 万元月均)', () => {
    expect(extractDeadlines('元旦前完成', { referenceDate: '2008-03-01' }).map((d) => d.raw)).not.toContain('元月')
  })
})

describe('a 前 shared by a date list whose last item prints the next year', () => {
  it('the yearless items take the year of the printed one, or the year before when later in the calendar', () => {
    // no document date, no year in the title: the list's own year is all there is
    expect(dues(parse(fixture('list-into-next-year.txt')))).toEqual([
      ['一/（三）', '2010-07-10'],
      ['一/（三）', '2010-10-08'],
      ['一/（三）', '2011-01-10'],
      ['二', '2010-11-30'],
      ['二', '2011-03-31'],
    ])
  })

  it('items of the same year before the printed one stay in it; a year printed earlier wins', () => {
    expect(extractDeadlines('分别于2月10日、2012年5月31日前报送').map((d) => d.date)).toEqual(['2012-02-10', '2012-05-31'])
    expect(
      extractDeadlines('2010年起，于6月30日、2012年5月31日前报送')
        .map((d) => d.date)
        .slice(1),
    ).toEqual(['2010-06-30', '2012-05-31'])
  })

  it('only a list joins them (a clause break does not)', () => {
    expect(extractDeadlines('于6月27日前完成。2009年1月5日前报送').map((d) => d.date)).toEqual([null, '2009-01-05'])
  })
})

describe('即日起至… is a period (征集时间), not a due date', () => {
  it('the whole span is one range from the start to the date; a later 前 stays due', () => {
    const doc = parse(fixture('from-today-until.txt'))
    expect(dues(doc)).toEqual([['三', '2012-04-20']])
    const window = doc.tasks.find((t) => t.path.join('/') === '一')!.deadlines
    expect(window.map((d) => [d.kind, d.raw, d.end])).toEqual([['range', '即日起至2012年4月15日', '2012-04-15']])
  })

  it('with a reference date the start is that day; 自即日起 and 到 read alike', () => {
    expect(extractDeadlines('自即日起到12月20日', { referenceDate: '2009-03-01' }).map((d) => [d.kind, d.start, d.end, d.date])).toEqual([['range', '2009-03-01', '2009-12-20', null]])
  })

  it('a start and a date apart in the sentence stay a start and a due date', () => {
    expect(extractDeadlines('即日起开展排查，12月20日前完成', { referenceDate: '2009-03-01' }).map((d) => d.kind)).toEqual(['start', 'due'])
  })
})

describe('the time the text fixes for its own event (定于…进行 / 召开) is no due date', () => {
  const doc = parse(fixture('scheduled-inspection.txt'))

  it('only the 前 of the report stays due, dated by the title year', () => {
    expect(dues(doc)).toEqual([['三', '2016-08-05']])
  })

  it('the meeting is an event of its item; the inspection time makes no task of 一', () => {
    const events = doc.tasks.flatMap((t) => (t.events ?? []).map((e) => [t.path.join('/'), e.kind, e.raw]))
    expect(events).toEqual([['三', 'meeting', '8月25日']])
    expect(doc.tasks.map((t) => t.path.join('/'))).toEqual(['三'])
    const line = '本次督查定于8月中旬进行，具体时间另行通知。'
    expect(scanTime(line, { documentDate: '2016-07-20' }).matches.map((m) => [m.deadline.raw, eventOf(line, m, '2016-07-20')])).toEqual([['8月中旬', { kind: 'other' }]])
  })

  it('a cue of its own keeps the date (定于…起施行 starts, 定于…底前完成 is due)', () => {
    expect(scanTime('定于2002年3月1日起施行').matches.map((m) => eventOf('定于2002年3月1日起施行', m))).toEqual([undefined])
    const text = '定于7月底前完成'
    expect(scanTime(text, { documentDate: '2013-06-20' }).matches.map((m) => [m.deadline.kind, eventOf(text, m, '2013-06-20')])).toEqual([['due', undefined]])
  })
})
