/**
 * A window (issue 11, outside22): the span in which an act may or must be done — a filing period,
 * an acceptance or comment period, a 公示期 — is an event of kind `window`, not a due date; a span
 * with a due cue of its own stays a deadline. A date that says who is newly in scope is a condition.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { eventOf, scanTime } from '../../../src/extract/time/index.js'
import { allClauses } from '../../helpers.js'

/** Each time expression of `s` as raw → event kind and cue (or 'deadline'). */
function read(s: string, documentDate = '2027-04-08'): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of scanTime(s, { documentDate }).matches) {
    const e = eventOf(s, m, documentDate)
    out[m.deadline.raw] = e ? `${e.kind}:${e.cue ?? ''}` : `deadline:${m.deadline.kind}`
  }
  return out
}

describe('eventOf: windows', () => {
  it.each([
    // the noun, a linker, then a span
    ['一、报名时间为2027年5月6日至5月20日。', { '2027年5月6日至5月20日': 'window:报名时间' }],
    ['受理时间：2027年6月3日9:00至7月1日17:00，逾期不予受理。', { '2027年6月3日9:00至7月1日17:00': 'window:受理时间' }],
    ['征求意见时间为2027年4月10日—2027年5月9日', { '2027年4月10日—2027年5月9日': 'window:征求意见时间' }],
    ['公示期为2027年9月。', { '2027年9月': 'window:公示期' }],
    // the noun and an extender, then the window's new end
    ['2027年8月份个人所得税纳税申报期延长至2027年8月24日。', { '2027年8月份': 'window:纳税申报期', '2027年8月24日': 'window:纳税申报期延长至' }],
    // a date that names the window after it
    ['按季申报的纳税人，2027年10月申报期内向主管税务机关申报', { '2027年10月': 'window:申报期' }],
  ])('%s', (s, expected) => {
    expect(read(s)).toEqual(expected)
  })

  it.each([
    // a span with a due cue of its own: due at its end
    ['各区于2027年5月6日至5月20日前完成报名。', { '2027年5月6日至5月20日前': 'deadline:due' }],
    ['申报时间为2027年5月6日至5月20日前', { '2027年5月6日至5月20日前': 'deadline:due' }],
    // a day after the noun without an extender: a deadline as before
    ['申报截止时间为2027年5月20日，各区要及时报送。', { '2027年5月20日': 'deadline:due' }],
    // a month that names no window
    ['2027年10月完成申报系统升级', { '2027年10月': 'deadline:due' }],
    // a range without a window noun stays a range
    ['2027年5月6日至5月20日，开展集中整治。', { '2027年5月6日至5月20日': 'deadline:range' }],
  ])('not a window: %s', (s, expected) => {
    expect(read(s)).toEqual(expected)
  })

  it('a date followed by 新 + a verb phrase + 的 bounds who is in scope: a condition', () => {
    expect(read('2027年7月1日新纳入扩围试点的小规模纳税人，按月申报。')).toEqual({ '2027年7月1日': 'condition:新' })
    expect(read('2027年7月1日新标准施行')).toEqual({ '2027年7月1日': 'deadline:due' })
  })
})

describe('a tax notice with filing windows (own text in the format of a provincial 公告)', () => {
  const text = [
    '某省税务局关于调整个人所得税申报期有关事项的公告',
    '',
    '　　现将有关事项公告如下：',
    '　　一、申报期',
    '　　（一）2027年7月1日新纳入试点范围的纳税人，2027年8月份纳税申报期延长至2027年8月24日。',
    '　　（二）按季申报的纳税人，2027年10月申报期内向主管税务机关申报。',
    '　　二、资格登记',
    '　　各市税务局应于2027年9月30日前完成资格登记工作。',
    '　　三、公示期为2027年9月，征求意见时间为2027年9月1日至9月15日。',
    '',
    '某省税务局',
    '2027年6月20日',
    '',
  ].join('\n')
  const doc = parse(text)

  it('no window or scope date is a deadline; the due date stays', () => {
    expect(doc.tasks.flatMap((t) => t.deadlines.map((d) => `${t.path.join('/')} ${d.kind} ${d.date}`))).toEqual(['二 due 2027-09-30'])
  })

  it('the windows are events of kind window with their dates', () => {
    const events = allClauses(doc.clauses).flatMap((c) => (c.events ?? []).map((e) => `${c.path.join('/')} ${e.kind} ${e.date ?? `${e.start}…${e.end}`}`))
    expect(events).toEqual([
      '一/（一） condition 2027-07-01',
      '一/（一） window 2027-08-31',
      '一/（一） window 2027-08-24',
      '一/（二） window 2027-10-31',
      '三 window 2027-09-30',
      '三 window 2027-09-01…2027-09-15',
    ])
  })
})

describe('a yearly window is one recurring deadline, due on its last day', () => {
  const law = (article: string) => parse(`某省市场主体年度报告办法\n\n第一条　为了规范年度报告，制定本办法。\n第二条　${article}\n`)
  const recurring = (article: string) => law(article).tasks.flatMap((t) => t.deadlines.map((d) => [d.kind, d.raw, d.recurrence]))

  it('每年2月1日至5月31日 (a filing window every year): due every year on 5-31, not also on 2-1', () => {
    expect(recurring('合作社应当于每年2月1日至5月31日，通过公示系统报送上一年度年度报告。')).toEqual([['recurring', '每年2月1日至5月31日', { every: 'year', month: 5, day: 31 }]])
  })

  it('with 前 after the last day', () => {
    expect(recurring('合作社应当于每年的3月1日至4月15日前报送年度报告。')).toEqual([['recurring', '每年的3月1日至4月15日前', { every: 'year', month: 4, day: 15 }]])
  })

  it('a yearly day without a second one stays as it was', () => {
    expect(recurring('合作社应当于每年4月15日前报送年度报告。')).toEqual([['recurring', '每年4月15日前', { every: 'year', month: 4, day: 15 }]])
  })
})
