import { describe, expect, it } from 'vitest'
import lex from '../../../grammars/time/lexicon.json' with { type: 'json' }
import rules from '../../../grammars/time/rules.json' with { type: 'json' }
import { canonicalize } from '../../../src/extract/time/canon.js'
import { readCnDigits, readCnPositional } from '../../../src/extract/time/numerals.js'
import { scanTime, type TimeMatch } from '../../../src/extract/time/scan.js'

const REF = '2015-02-05'
const only = (text: string, opts = {}): TimeMatch => {
  const { matches } = scanTime(text, { referenceDate: REF, ...opts })
  expect(matches.length, `${text} → ${JSON.stringify(matches.map((m) => m.deadline.raw))}`).toBe(1)
  return matches[0]
}
const words = (o: object) => Object.keys(o).filter((k) => !k.startsWith('$'))

describe('grammar rules (grammars/time/rules.json): each example', () => {
  for (const r of rules.rules) {
    it(`${r.id}: ${r.example}`, () => {
      const { matches } = scanTime(r.example, { referenceDate: REF })
      const m = matches.find((x) => x.rule === r.id)
      expect(m, JSON.stringify(matches.map((x) => [x.rule, x.deadline.raw]))).toBeDefined()
      const e = r.expect as unknown as Record<string, string>
      const d = m!.deadline
      expect(d.raw).toBe(e.raw)
      expect(d.kind).toBe(e.kind)
      expect(d.precision).toBe(e.precision)
      for (const k of ['date', 'start', 'end'] as const) if (e[k]) expect(d[k]).toBe(e[k])
      if (e.inferred) expect(d.inferred?.year).toBe(e.inferred)
    })
  }
})

describe('lexicon (grammars/time/lexicon.json): every entry', () => {
  it('canonical.chars: each character is mapped in the matching copy', () => {
    for (const [from, to] of Object.entries(lex.canonical.chars)) {
      const expected = from === ':' ? '：' : to
      expect(canonicalize(`年${from}年`).text).toBe(`年${expected}年`)
    }
  })

  it('canonical.whitespace: dropped between CJK and digits, kept between ASCII words', () => {
    for (const ws of lex.canonical.whitespace) {
      expect(canonicalize(`2025${ws}年底前`).text).toBe('2025年底前')
      expect(canonicalize(`ISO${ws}9001`).text).toBe('ISO 9001')
    }
  })

  it('numerals.digits: each reads as its digit in a digit-by-digit year', () => {
    for (const [ch, v] of Object.entries(lex.numerals.digits)) {
      expect(readCnDigits(`二${ch}`, 0)?.value, ch).toBe(20 + v)
    }
  })

  it('numerals.units and twenty: positional numerals', () => {
    expect(readCnPositional('十二', 0)?.value).toBe(12)
    expect(readCnPositional('三十一', 0)?.value).toBe(31)
    expect(readCnPositional('一百零一', 0)?.value).toBe(101)
    expect(readCnPositional('廿一', 0)?.value).toBe(21)
    expect(readCnPositional('卅', 0)?.value).toBe(30)
  })

  it('units.month and units.day: 月份 / 月, 日 / 号', () => {
    expect(only('2015年6月份').deadline.date).toBe('2015-06-30')
    expect(only('2015年6月30号前').deadline.date).toBe('2015-06-30')
    expect(only('2015年6月30日前').deadline.date).toBe('2015-06-30')
  })

  it('units.hour / minute: a clock time after a day is skipped', () => {
    expect(only('2024年4月22日16时30分前').deadline.date).toBe('2024-04-22')
    expect(only('2024年4月22日17点前').deadline.date).toBe('2024-04-22')
  })

  it('units.yearNoun: 2015年度 is a noun modifier, not a time, but gives the item year', () => {
    const { matches } = scanTime('完成2015年度项目征集工作，12月底前完成', {})
    expect(matches.map((m) => m.deadline.raw)).toEqual(['12月底前'])
    expect(matches[0].deadline.date).toBe('2015-12-31')
    expect(matches[0].deadline.inferred?.year).toBe('item')
  })

  it('yearOf: each word shifts the document year', () => {
    for (const [w, rel] of Object.entries(lex.yearOf).filter(([k]) => !k.startsWith('$'))) {
      const m = only(`${w}底前`, { documentDate: '2019-03-01' })
      expect(m.deadline.date, w).toBe(`${2019 + (rel as number)}-12-31`)
      expect(m.deadline.inferred?.year).toBe('document')
    }
  })

  it('roc.prefixes: each prefix adds 1911', () => {
    for (const p of lex.roc.prefixes) expect(only(`${p}七十三年`).deadline.date, p).toBe('1984-12-31')
  })

  it('halves: each half', () => {
    for (const [w, h] of Object.entries(lex.halves)) {
      const d = only(`2015年${w}`).deadline
      expect(d.start, w).toBe(h === 1 ? '2015-01-01' : '2015-07-01')
      expect(d.end).toBe(h === 1 ? '2015-06-30' : '2015-12-31')
    }
  })

  it('quarters: 第N季度, N季度, with digits', () => {
    const ends = ['2015-03-31', '2015-06-30', '2015-09-30', '2015-12-31']
    ;['一', '二', '三', '四'].forEach((n, k) => {
      expect(only(`2015年第${n}${lex.quarters.unit[0]}末`).deadline.date).toBe(ends[k])
      expect(only(`${n}季度末`).deadline.date).toBe(ends[k])
      expect(only(`2015年${k + 1}季度`).deadline.end).toBe(ends[k])
    })
  })

  it('xun: each third of a month', () => {
    const last = { 上旬: '2015-02-10', 中旬: '2015-02-20', 下旬: '2015-02-28' } as Record<string, string>
    for (const w of words(lex.xun)) expect(only(`2015年2月${w}`).deadline.date, w).toBe(last[w])
  })

  it('wholeYear: 全年 is a range over the year', () => {
    for (const w of lex.wholeYear) {
      const d = only(`2016年${w}`).deadline
      expect([d.kind, d.start, d.end]).toEqual(['range', '2016-01-01', '2016-12-31'])
    }
  })

  it('periodEnd: every end word after a year and after a month', () => {
    for (const w of lex.periodEnd.afterYear) expect(only(`2016年${w}`).deadline.date, w).toBe('2016-12-31')
    for (const w of lex.periodEnd.afterMonth) expect(only(`2016年2月${w}`).deadline.date, w).toBe('2016-02-29')
    for (const w of lex.periodEnd.afterPart) expect(only(`2016年上半年${w}`).deadline.date, w).toBe('2016-06-30')
  })

  it('yearless.endOfYear / withinYear: each phrase, and notAfter blocks counts of years', () => {
    for (const w of lex.yearless.endOfYear) expect(only(`力争${w}前建成`).deadline.date, w).toBe('2015-12-31')
    for (const w of lex.yearless.withinYear) expect(only(`力争${w}推出`).deadline.date, w).toBe('2015-12-31')
    // a count of years after a noun counts from something else (企业成立三年内), not the document
    for (const c of ['三', '5', '多', '几']) expect(scanTime(`企业成立${c}年内实现`).matches, c).toEqual([])
  })

  it('cues.before: each word; notBefore (前后) is not "before"', () => {
    for (const w of lex.cues.before) expect(only(`2015年6月${w}`).deadline.date, w).toBe('2015-05-31')
    expect(only('一九六二年前后').deadline.inferred?.note).toBe('approximate')
  })

  it('cues.approximate: each word marks the time approximate', () => {
    for (const w of lex.cues.approximate) expect(only(`2015年6月${w}`).deadline.inferred?.note, w).toBe('approximate')
  })

  it('cues.within: each word', () => {
    for (const w of lex.cues.within) expect(only(`2015年6月${w}`).deadline.date, w).toBe('2015-06-30')
  })

  it('cues.from / fromConsumed: start; only 起 is part of the words', () => {
    for (const w of lex.cues.from) {
      const m = only(`2015年3月${w}试点`)
      expect(m.deadline.kind, w).toBe('start')
      expect(m.deadline.start).toBe('2015-03-01')
      expect(m.deadline.raw).toBe(lex.cues.fromConsumed.includes(w) ? `2015年3月${w}` : '2015年3月')
    }
  })

  it('cues.since: 以来 / 至今 are starts', () => {
    for (const w of lex.cues.since) {
      const d = only(`2012年${w}`).deadline
      expect([d.kind, d.start, d.inferred?.note], w).toEqual(['start', '2012-01-01', 'since'])
    }
  })

  it('cues.during: each word makes a range', () => {
    for (const w of lex.cues.during) {
      const d = only(`2013年到2015年${w}`).deadline
      expect([d.kind, d.start, d.end], w).toEqual(['range', '2013-01-01', '2015-12-31'])
    }
  })

  it('cues.rangeFrom: 从 / 自 / 由 belong to the expression and make a start', () => {
    for (const w of lex.cues.rangeFrom) {
      const d = only(`${w}2015年3月起`).deadline
      expect([d.raw, d.kind, d.start], w).toEqual([`${w}2015年3月起`, 'start', '2015-03-01'])
    }
  })

  it('cues.rangeTo and rangeDash: every connector joins a range', () => {
    for (const w of [...lex.cues.rangeTo, ...lex.cues.rangeDash]) {
      const d = only(`2014${w}2015年`).deadline
      expect([d.kind, d.start, d.end], w).toEqual(['range', '2014-01-01', '2015-12-31'])
    }
  })

  it('cues.target: each word lets a bare year count as a due', () => {
    for (const w of lex.cues.target) {
      const d = only(`${w}2020年全市覆盖`).deadline
      expect([d.raw, d.kind, d.date], w).toEqual(['2020年', 'due', '2020-12-31'])
    }
    expect(scanTime('2020年全市覆盖').matches).toEqual([])
  })

  it('cues.effectiveVerbs: each is part of 自X起… words', () => {
    for (const w of lex.cues.effectiveVerbs) {
      const text = w.startsWith('起') ? `自2019年1月1日${w}` : `自2019年1月1日起${w}`
      expect(only(text).deadline.raw, w).toBe(text)
    }
  })

  it('bareYear.followers and boundaries: each lets a bare year count', () => {
    for (const w of lex.bareYear.followers) {
      const ms = scanTime(`2020年${w}`).matches
      expect(ms.length, w).toBeGreaterThanOrEqual(1)
      expect(ms[0].deadline.raw.startsWith('2020年'), w).toBe(true)
    }
    for (const b of lex.bareYear.boundaries) expect(scanTime(`2020年${b}`).matches.length, JSON.stringify(b)).toBe(1)
  })

  it('recurring.every: each period word', () => {
    expect(only('每年3月31日前').deadline.recurrence).toEqual({ every: 'year', month: 3, day: 31 })
    expect(only('每年度6月底前').deadline.recurrence).toEqual({ every: 'year', month: 6 })
    expect(only('每年年底前').deadline.recurrence).toEqual({ every: 'year', month: 12 })
    expect(only('每季度末').deadline.recurrence).toEqual({ every: 'quarter' })
    expect(only('每季末').deadline.recurrence).toEqual({ every: 'quarter' })
    expect(only('每半年末').deadline.recurrence).toEqual({ every: 'half' })
    expect(only('每月10日前').deadline.recurrence).toEqual({ every: 'month', day: 10 })
    expect(scanTime('每年组织一次').matches).toEqual([])
  })

  it('ongoing / immediate / nearTerm phrases: each', () => {
    for (const w of lex.ongoing.phrases) expect(only(`${w}。`).deadline.kind, w).toBe('ongoing')
    for (const w of lex.immediate.phrases) {
      const d = only(`${w}。`, { documentDate: '2019-03-01' }).deadline
      expect([d.kind, d.date], w).toEqual(['immediate', '2019-03-01'])
    }
    for (const w of lex.nearTerm.phrases) {
      for (const f of lex.nearTerm.followers) expect(only(`${w}${f}`).deadline.inferred?.note, w + f).toBe('near-term')
      expect(scanTime(`${w}建设规划`).matches, w).toEqual([])
    }
  })

  it('anchors.events: each event binds to its date', () => {
    for (const [ev, which] of Object.entries(lex.anchors.events)) {
      const d = only(`自${ev}之日起`, { documentDate: '2019-03-01', publishedDate: '2019-03-05' }).deadline
      // an amendment's day (自本法修正施行之日起) is none the text dates
      expect(d.start, ev).toBe(which === 'amendment' ? null : which === 'published' ? '2019-03-05' : '2019-03-01')
    }
    for (const w of lex.anchors.today) expect(only(`自${w}起`, { documentDate: '2019-03-01' }).deadline.start, w).toBe('2019-03-01')
    for (const w of lex.anchors.of) expect(only(`自印发${w}起`, { documentDate: '2019-03-01' }).deadline.kind, w).toBe('start')
    for (const w of lex.anchors.prefix) expect(only(`${w}本通知印发之日起`, { documentDate: '2019-03-01' }).deadline.raw, w).toBe(`${w}本通知印发之日起`)
  })

  it('anchors.durationUnits: each unit', () => {
    const want: Record<string, string> = { 日: '2019-01-31', 天: '2019-01-31', 个工作日: '2019-01-31', 个月: '2019-04-01', 月: '2019-04-01', 年: '2020-01-01', 周: '2019-01-22' }
    for (const u of words(lex.anchors.durationUnits)) {
      const n = u.includes('月') ? 3 : u === '年' ? 1 : u === '周' ? 3 : 30
      expect(only(`自印发之日起${n}${u}内`, { documentDate: '2019-01-01' }).deadline.date, u).toBe(want[u])
    }
  })

  it('fiveYearPlans.plans: each plan with and without quotes', () => {
    for (const [name, [a, b]] of Object.entries(lex.fiveYearPlans.plans)) {
      for (const text of [`${name}期间`, `“${name}”期间`, `“${name}”，`]) {
        const d = only(text).deadline
        expect([d.kind, d.start, d.end], text).toEqual(['range', `${a}-01-01`, `${b}-12-31`])
      }
    }
  })

  it('fiveYearPlans: ordinal, between words, end / since suffixes, 乃至', () => {
    for (const suf of lex.fiveYearPlans.ordinal.suffixes) expect(only(`第十三${suf}期间`).deadline.start).toBe('2016-01-01')
    for (const w of lex.fiveYearPlans.between) expect(only(`“十三五”${w}期间`).deadline.end, w).toBe('2020-12-31')
    for (const w of lex.fiveYearPlans.during) expect(only(`“十三五”${w}完成`).deadline.kind, w).toBe('range')
    for (const w of lex.fiveYearPlans.end) expect(only(`“十三五”${w}`).deadline.date, w).toBe('2020-12-31')
    for (const w of lex.fiveYearPlans.since) expect(only(`“十三五”${w}`).deadline.kind, w).toBe('start')
    for (const w of lex.fiveYearPlans.afterQuoted) expect(only(`“十三五”${w}更长时期`).deadline.kind, w).toBe('range')
    expect(scanTime('开展“七五”普法').matches).toEqual([])
    expect(scanTime('《“十四五”智能制造发展规划》').matches).toEqual([])
  })

  it('validYears: years outside the range are not dates (counts) unless clearly meant as one', () => {
    expect(scanTime(`${lex.validYears.min - 1}年`).matches).toEqual([])
    expect(only(`${lex.validYears.min}年底`).deadline.date).toBe(`${lex.validYears.min}-12-31`)
    expect(only(`${lex.validYears.max}年底`).deadline.date).toBe(`${lex.validYears.max}-12-31`)
    const r = scanTime(`到${lex.validYears.max + 1}年`)
    expect(r.matches[0].deadline.date).toBeNull()
    expect(r.diagnostics[0].code).toBe('time-invalid')
  })
})
