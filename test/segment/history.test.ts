import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse, type Clause, type PolicyDocument } from '../../src/index.js'
import { actionOf, historyEvents } from '../../src/segment/history.js'
import { fixtureText } from '../helpers.js'

const fixture = (name: string) => fixtureText(`formats/history/${name}.txt`)
const pairs = (d: PolicyDocument) => (d.meta.history ?? []).map((h) => `${h.date} ${h.action}`)
const all = (cs: Clause[]): Clause[] => cs.flatMap((c) => [c, ...all(c.children)])
const ROC_DATE = /^(?:中华民国|中華民國)[^年]{1,5}年[^月]{1,3}月[^日]{1,3}日/

describe('Taiwan 沿革 blocks (mojLaw exports, traditional script)', () => {
  it('reads every numbered entry of 中華民國憲法增修條文 as history, none as clauses or deadlines', () => {
    const doc = parse(fixture('tw-amendments'))
    expect(pairs(doc)).toEqual(['1991-05-01 制定', '1992-05-28 修正', '1994-08-01 修正', '1997-07-21 修正', '1999-09-15 修正', '2000-04-25 修正', '2005-06-10 修正'])
    // order numbers wrapped over two lines are read whole
    expect(doc.meta.history![3].docNumber).toBe('（86）华总（一）义字第8600167020号')
    expect(doc.meta.history![6].docNumber).toBe('华总一义字第09400087551号')
    // raw is the original (traditional) text
    expect(doc.meta.history![0].raw).toMatch(/^中華民國八十年五月一日總統/)
    expect(doc.meta.publishedDate).toBe('1991-05-01')
    expect(all(doc.clauses).filter((c) => ROC_DATE.test(c.text))).toEqual([])
    expect(doc.clauses[0].marker).toMatch(/^第\s*1\s*條$/)
    expect(doc.tasks.flatMap((t) => t.deadlines).filter((d) => /年.{1,3}月.{1,3}日$/.test(d.raw) && /^中华民国(八十|九十)/.test(d.raw))).toEqual([])
  })

  it('reads traditional input left unconverted (script keep): labels and era in traditional, actions simplified', () => {
    const doc = parse(fixture('tw-repealed'), { script: 'keep' })
    expect(doc.meta.title).toBe('國家安全會議組織綱要')
    expect(pairs(doc)).toEqual(['1967-02-01 制定', '1972-07-06 修正', '1974-05-03 修正', '1991-04-29 修正', '2003-11-12 废止', '2003-11-12 废止'])
    expect(doc.meta.status).toBe('已废止')
    expect(doc.clauses[0].marker).toMatch(/^第\s*1\s*條$/)
  })

  it('splits an entry into its dated events: 公布, 施行, 通过 (中華民國憲法)', () => {
    const doc = parse(fixture('tw-constitution'))
    expect(pairs(doc)).toEqual(['1947-01-01 公布', '1947-12-25 施行', '1946-12-25 通过'])
    expect(doc.meta.publishedDate).toBe('1947-01-01')
    expect(doc.meta.effectiveDate).toBe('1947-12-25')
  })

  it('reads 廢止 into status, 失效 as 废止, and an ROC date after 並自 without its era', () => {
    const repealed = parse(fixture('tw-repealed'))
    expect(pairs(repealed)).toContain('2003-11-12 废止')
    expect(repealed.meta.status).toBe('已废止')
    expect(repealed.meta.history!.at(-1)!.docNumber).toBe('勤人字第0927400551号')
    const ended = parse(fixture('tw-effective'))
    expect(pairs(ended).slice(0, 2)).toEqual(['2002-07-09 订定', '2002-05-19 施行'])
    expect(pairs(ended)).toContain('2004-02-13 废止')
    expect(ended.meta.effectiveDate).toBe('2002-05-19')
    expect(ended.meta.history![0].docNumber).toBe('华总人一字第09110045670号')
    // the block runs to 第 1 條 although normalize joined some of its wrapped lines
    expect(ended.preamble ?? '').not.toMatch(/立法院/)
    // 第 1 條 … 第 13 條 and the inserted 第 2-1 條, its own article
    expect(ended.clauses).toHaveLength(14)
    expect(ended.clauses.map((c) => c.path[0]).slice(0, 4)).toEqual(['第1条', '第2条', '第2-1条', '第3条'])
  })
})

describe('mainland law exports (LawRefBook): dated lines or a parenthesis under the title', () => {
  it('reads 通过 / 批准 / 公布 lines, and takes publishedDate from 公布', () => {
    const doc = parse(fixture('cn-approved'))
    expect(pairs(doc)).toEqual(['2016-03-15 通过', '2016-03-31 批准', '2016-04-15 公布'])
    expect(doc.meta.publishedDate).toBe('2016-04-15')
    expect(doc.preamble).toBeUndefined()
  })

  it('reads 通过 / 公布 / 施行 of a judicial interpretation (docType 解释)', () => {
    const doc = parse(fixture('cn-judicial'))
    expect(pairs(doc)).toEqual(['1998-04-06 通过', '1998-04-17 公布', '1998-05-09 施行'])
    expect(doc.meta.effectiveDate).toBe('1998-05-09')
    expect(doc.meta.docType).toBe('解释')
    expect(doc.preamble).toMatch(/^为正确认定自首和立功/)
  })

  it('reads numbered 修正 lines; a 废止 inside the quoted deciding title is not a repeal', () => {
    expect(pairs(parse(fixture('cn-amended-lines')))).toEqual(['2003-12-31 通过', '2014-02-25 修正', '2016-02-23 修正', '2021-11-25 修正'])
    const doc = parse(fixture('cn-quoted-repeal'))
    expect(pairs(doc).slice(0, 2)).toEqual(['2011-04-16 公布', '2014-02-19 修正'])
    expect(doc.meta.history![0].docNumber).toBe('中华人民共和国国务院令第596号')
    expect(doc.meta.status).toBeNull()
  })

  it('reads a parenthesis of events joined by 根据, full-width or half-width', () => {
    expect(pairs(parse(fixture('cn-paren')))).toEqual(['2013-01-21 通过', '2020-12-23 修正'])
    expect(pairs(parse(fixture('cn-paren-halfwidth')))).toEqual(['2014-11-01 通过'])
  })

  it('reads the history of a regulation printed under a gov.cn 国务院令: the order, then the parenthesis', () => {
    const text = readFileSync(new URL('../../corpus/policy/govcn_platform1__33_中华人民共和国个人所得税法实施条例.txt', import.meta.url), 'utf8')
    // the order (现公布修订后的《…》) publishes the regulation itself: one document, not a nested one
    const law = parse(text)
    expect(law.documents).toEqual([])
    expect(pairs(law)).toEqual(['2018-12-18 公布', '2019-01-01 施行', '1994-01-28 公布', '2005-12-19 修正', '2008-02-18 修正', '2011-07-19 修正', '2018-12-18 修正'])
    expect(law.meta.history![0].docNumber).toBe('中华人民共和国国务院令第707号')
    expect(law.meta.history![6].docNumber).toBe('中华人民共和国国务院令第707号')
    expect(law.meta.effectiveDate).toBe('2019-01-01')
    expect(law.clauses[0].marker).toBe('第一条')
    expect(law.preamble).toBeUndefined()
  })
})

describe('positions', () => {
  it.each(['tw-amendments', 'tw-effective', 'cn-paren', 'cn-amended-lines'])('%s: every entry position slices back to its raw text', (name) => {
    const text = fixture(name)
    const doc = parse(text)
    expect(doc.meta.history!.length).toBeGreaterThan(0)
    for (const h of doc.meta.history!) expect(text.slice(h.position!.start.offset, h.position!.end.offset).trim()).toBe(h.raw)
  })
})

describe('event reading', () => {
  it.each([
    ['總統令修正公布全文10條', '修正'],
    ['行政院令訂定發布', '订定'],
    ['會議修訂通過', '修正'],
    ['《国务院关于废止和修改部分行政法规的决定》第一次修订', '修正'],
    ['国务院令第37号发布', '公布'],
    ['施行', '施行'],
    ['会议批准', '批准'],
    ['令發布廢止', '废止'],
  ])('%s → %s', (text, action) => expect(actionOf(text)).toBe(action))

  it('gives positions in the view and skips dates in parentheses', () => {
    const t = '（2001年2月6日某会议通过，根据2020年12月23日某会议通过的《关于修改〈规定〉的决定》修正）'
    const ev = historyEvents(t, 100)
    expect(ev.map((e) => [e.date, e.action])).toEqual([
      ['2001-02-06', '通过'],
      ['2020-12-23', '修正'],
    ])
    expect(t.slice(ev[0].start - 100, ev[0].end - 100)).toBe('2001年2月6日某会议通过')
    expect(historyEvents('中華民國九十年一月一日令修正發布（中華民國九十一年三月一日解釋失效）', 0)).toHaveLength(1)
  })
})

describe('a Taiwan history page printed without its 沿革 label (outside probe outside5, family P2)', () => {
  it('numbered entries newest first, wrapped, with the effective dates of 定自 / 並自 / 條文自 in Chinese numerals', () => {
    const doc = parse(fixture('tw-unlabeled'))
    expect(doc.meta.title).toBeNull()
    expect(pairs(doc)).toEqual(['2022-05-04 修正', '2022-06-10 公布', '2022-07-01 施行', '2016-11-09 修正', '2017-01-01 施行', '2009-03-02 制定', '2009-04-08 公布', '2009-05-01 施行'])
    // `令發布本次制定條文自…施行`: the order publishing the effective date, not a second 制定
    // history entries are neither clauses nor deadlines
    expect(doc.clauses).toEqual([])
    expect(doc.tasks.flatMap((t) => t.deadlines)).toEqual([])
  })
})

describe('history8: dated acts of a Taiwan entry that carry no action word of their own', () => {
  it('reads an order fixing the effective date (號令定自 / 令，定於) as one 施行 event dated by the effective date', () => {
    const doc = parse(fixture('tw-effective-order'))
    expect(pairs(doc)).toEqual(['1932-11-17 制定', '1933-09-01 施行', '1999-02-03 修正', '2000-07-01 施行', '2001-05-23 修正', '2001-09-01 施行'])
    const h = doc.meta.history!
    // the order's number, and its own date inside raw (so the date is read, not left over)
    expect(h[3].docNumber).toBe('（88）院台厅行一字第17712号')
    expect(h[3].raw).toMatch(/^中華民國八十八年七月八日司法院/)
    expect(h[3].raw).toMatch(/十九年七月一日起施行$/)
    expect(h[5].raw).toMatch(/^中華民國九十年八月六日司法院/)
    // 增列 articles is an amendment
    expect(h[4].action).toBe('修正')
    expect(doc.meta.publishedDate).toBe('1932-11-17')
    expect(doc.meta.effectiveDate).toBe('2001-09-01')
    expect(doc.meta.status ?? null).toBe(null)
    // the law was issued by the body whose order issued its text, not by the court fixing the date
    expect(doc.meta.issuers).not.toContain('司法院')
    expect(doc.tasks.flatMap((t) => t.deadlines)).toEqual([])
  })

  it('drops a dated piece with no action that fixes nothing (no merge into the next event)', () => {
    const ev = historyEvents('1.中華民國九十年一月一日教育部台參字第100號函2.中華民國九十一年二月二日教育部台參字第200號令修正發布', 0)
    expect(ev.map((e) => `${e.date} ${e.action}`)).toEqual(['2002-02-02 修正'])
    expect(ev[0].start).toBeGreaterThan(10)
  })
})
