/**
 * Families found by reading unexplained dates of the whole-corpus sweep (scripts/sweep.ts, issue
 * 11): fixtures in test/fixtures/time-sweep written in the format of the corpus's exports.
 */
import { describe, expect, it } from 'vitest'
import { parse, type PolicyDocument } from '../../../src/index.js'
import { eventOf, scanTime } from '../../../src/extract/time/index.js'
import { PolicyDocumentSchema } from '../../../src/schema/index.js'
import { fixtureText } from '../../helpers.js'

const fixture = (name: string) => fixtureText(`time-sweep/${name}`)

/** (path, kind, date) of every deadline. */
const deadlines = (doc: PolicyDocument) => doc.tasks.flatMap((t) => t.deadlines.map((d) => [t.path.join('/'), d.kind, d.date ?? d.start ?? null]))
/** (path, kind, date) of every clause event. */
function events(doc: PolicyDocument) {
  const out: Array<[string, string, string | null]> = []
  const walk = (cs: PolicyDocument['clauses']) => {
    for (const c of cs) {
      for (const e of c.events ?? []) out.push([c.path.join('/'), e.kind, e.date ?? null])
      walk(c.children)
    }
  }
  walk(doc.clauses)
  return out
}

/** Each time expression of `s` as raw → event kind (or the deadline kind). */
function read(s: string, documentDate?: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of scanTime(s, { documentDate }).matches) out[m.deadline.raw] = eventOf(s, m, documentDate)?.kind ?? m.deadline.kind
  return out
}

describe('ROC years from 100 (2011) on: 一百十一年, 一百零一年, 一百一十一年', () => {
  it('the time grammar reads them (the year had been capped at three characters)', () => {
    expect(scanTime('中華民國一百十一年六月一日').matches.map((m) => m.deadline.date)).toEqual(['2022-06-01'])
    expect(scanTime('民國一百零一年一月一日').matches.map((m) => m.deadline.date)).toEqual(['2012-01-01'])
    expect(scanTime('中华民国一百一十一年十二月三十一日').matches.map((m) => m.deadline.date)).toEqual(['2022-12-31'])
    // a four-digit count after the era is still no ROC year
    expect(scanTime('民国一一一一年').matches).toEqual([])
  })

  const doc = parse(fixture('roc-century.txt'))

  it('a Taiwan law: its history dates the 并自一百零一年… effective day, the text speaks from its last amendment', () => {
    expect(doc.meta.history?.map((h) => [h.date, h.action])).toEqual([
      ['2009-10-02', '订定'],
      ['2012-06-19', '修正'],
      ['2012-07-01', '施行'],
      ['2024-03-15', '修正'],
    ])
    expect(PolicyDocumentSchema.safeParse(doc).success).toBe(true)
  })

  it('the article deadline is due; the amendment of 2024 and the scope …以前已设置之 are events', () => {
    expect(deadlines(doc)).toEqual([
      ['第3条', 'recurring', null],
      ['第4条', 'due', '2025-06-30'],
    ])
    expect(events(doc)).toEqual([
      ['第4条', 'condition', '2023-12-31'],
      ['第5条', 'amendment', '2024-03-15'],
    ])
  })
})

describe('a scope with a verb phrase before its 的 / 之 is a condition', () => {
  it('…以前已设置之 / …之前已完成转制的 / …以后审理的 / …前制定的', () => {
    expect(read('2018年12月31日之前已完成转制的企业，自2019年1月1日起免征房产税。')).toEqual({ '2018年12月31日之前': 'condition', 自2019年1月1日起: 'start' })
    expect(read('对于2015年10月31日以前实施的刑法第二百六十条规定的行为')).toEqual({ '2015年10月31日以前': 'condition' })
    expect(read('2020年1月1日前制定的有关外商投资的规定与本条例不符的，以本条例的规定为准。')).toEqual({ '2020年1月1日前': 'condition' })
  })

  it('not with a modal or 至迟 before the date: 至迟应于…前提出补助款之申请 is due', () => {
    expect(read('申请补助者至迟应于2024年12月31日前提出补助款之申请。')).toEqual({ '2024年12月31日前': 'due' })
    expect(read('各地要在2020年底前完成的改造任务')).toEqual({ '2020年底前': 'due' })
    // 将 / 把 opens a due action whose object the 的 phrase is
    expect(read('各牵头单位于2023年2月10日前将制订的办理方案报市人民政府督查室。')).toEqual({ '2023年2月10日前': 'due' })
  })

  it('not over a comma or across a sentence: 2020年底前完成，推广的… stays due', () => {
    expect(read('2020年底前完成试点，推广的经验要及时总结。')).toEqual({ '2020年底前': 'due' })
  })
})

describe('截至 + date + comma: the state at a date, reported (a statistic)', () => {
  const doc = parse(fixture('as-of-report.txt'))

  it('in a dateless report: 截至2022年底，…累计 and 截至2023年6月底，… are statistics, the plan date of 二 stays due', () => {
    expect(deadlines(doc)).toEqual([['二/（一）', 'due', '2024-12-31']])
    expect(events(doc)).toEqual([
      ['一', 'statistic', '2022-12-31'],
      ['一', 'statistic', '2023-06-30'],
    ])
  })

  it('a line break inside the date is no matter; a closing date without a comma stays due', () => {
    expect(read('截至\n2022 年底，我国已累计建成153家国家绿色数据中心。')).toEqual({ '2022 年底': 'statistic' })
    expect(read('网上申报截止到2023年5月31日。')).toEqual({ '2023年5月31日': 'due' })
  })
})

describe('history events named by an approval, a correction or 生效', () => {
  const doc = parse(fixture('history-approvals.txt'))

  it('核定 is a 批准, 生效 a 施行, 勘误 a 修正: every dated history line is an event', () => {
    expect(doc.meta.history?.map((h) => [h.date, h.action])).toEqual([
      ['1992-03-10', '订定'],
      ['1992-02-20', '批准'],
      ['2005-05-02', '修正'],
      ['2016-01-22', '施行'],
      ['2022-09-15', '修正'],
    ])
    expect(doc.meta.effectiveDate).toBe('2016-01-22')
    expect(doc.meta.publishedDate).toBe('1992-03-10')
  })

  it("the article's yearly date stays recurring; no history date is a deadline", () => {
    expect(deadlines(doc)).toEqual([['第2条', 'recurring', null]])
  })
})

describe('a past year or month end without 前 is the state then (a dateless report read from its title year)', () => {
  const doc = parse(fixture('report-year-end.txt'))

  it('2000年底达…, 比1995年底增加…, 2000年末为… are events; the year-of-work dates stay due', () => {
    expect(deadlines(doc)).toEqual([
      ['二/（一）', 'due', '2001-12-31'],
      ['二/（二）', 'due', '2001-06-30'],
    ])
    expect(events(doc).map(([path, , date]) => [path, date])).toEqual([
      ['一', '2000-12-31'],
      ['一', '1995-12-31'],
      ['一', '2000-12-31'],
    ])
  })

  it('not when the end is after the document date: 2025年底，全市…达到 in a 2021 plan stays due', () => {
    const plan = scanTime('2025年底，全市5G基站达到2万个。', { documentDate: '2021-03-01' }).matches[0]
    expect(eventOf('2025年底，全市5G基站达到2万个。', plan, '2021-03-01')).toBeUndefined()
    const past = scanTime('2020年底，全市5G基站达到2万个。', { documentDate: '2021-03-01' }).matches[0]
    expect(eventOf('2020年底，全市5G基站达到2万个。', past, '2021-03-01')?.kind).toBe('other')
  })
})

describe('a 落款 inside HTML <p> lines of a plain-text input', () => {
  const doc = parse(fixture('signature-in-markup.txt'))

  it('is the signature: the issuer and the signing date, which dates 3月31日前', () => {
    expect(doc.meta.signedDate).toBe('2023-03-01')
    expect(doc.meta.issuers).toEqual(['XX县人民政府办公室'])
    expect(deadlines(doc)).toEqual([['一', 'due', '2023-03-31']])
    expect(doc.diagnostics.map((d) => d.code)).toContain('markup-removed')
  })

  it('a tag inside a sentence or an unclosed one is left alone', () => {
    const kept = parse('关于开展检查的通知\n\n一、请于<b>5月31日前</b>报送材料。\n<p>二、各单位要加强领导。\n')
    expect(kept.diagnostics.map((d) => d.code)).not.toContain('markup-removed')
  })
})
