/**
 * Families the deadline audit's rounds 1 and 2 left (issue 11, test/gold/audit/README.md, helper dlfam):
 * each on a fixture written here in the real format, with our own organs, numbers and dates.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import type { PolicyDocument } from '../../../src/index.js'

/** Every due as `path raw date` (date null printed as -), nested documents included. */
function dues(doc: PolicyDocument, prefix = ''): string[] {
  const out: string[] = []
  for (const t of doc.tasks)
    for (const d of [...t.deadlines, ...(t.milestones ?? []).map((m) => m.deadline)]) if (d?.kind === 'due') out.push(`${prefix}${t.path.join('/')} ${d.raw} ${d.date ?? d.end ?? '-'}`)
  doc.documents.forEach((sub, i) => out.push(...dues(sub, `d${i + 1}/`)))
  return out
}

describe('P1: 本法 of a regulation that names its parent law so is that law, whose 施行 the regulation does not print', () => {
  const regulation = (first: string) =>
    [
      '某類輻射設備維護人員訓練辦法',
      '法規性質：命令',
      '法規類別：行政＞某某委員會＞設備目',
      '沿革：',
      '1.中華民國九十二年四月七日某某委員會會設字第 0920011111 號令訂定',
      '  發布全文 6 條；並自發布日施行',
      '2.中華民國九十六年十月二日某某委員會會設字第 0960022222 號令修正發布',
      '  第 4 條條文',
      '第 1 條',
      first,
      '第 2 條',
      '本法施行前已從事設備維護之人員，應自本法施行之日起二年內完成第一次訓練。',
      '第 3 條',
      '設施經營者應自本辦法施行之日起六個月內，將維護人員名冊報主管機關備查。',
      '第 4 條',
      '本辦法自發布日施行。',
    ].join('\n')

  it('reads no date for the count from the parent law, and still counts from the regulation’s own 施行', () => {
    const got = dues(parse(regulation('本辦法依某類設備安全法（以下簡稱本法）第二十條第二項規定訂定之。')))
    // before: 第2条 2005-04-07, two years from the regulation's own enactment; now undated, and a task
    // holding no dated deadline and no role is not emitted
    expect(got).toEqual(['第3条 自本办法施行之日起六个月内 2003-10-07'])
  })

  it('a regulation that does not name 本法 so keeps the count from its own history', () => {
    const got = dues(parse(regulation('本辦法依某類設備安全法第二十條第二項規定訂定之。')))
    expect(got).toEqual(['第2条 自本法施行之日起二年内 2005-04-07', '第3条 自本办法施行之日起六个月内 2003-10-07'])
  })
})

describe('H1: an order printed under an entry, `…令發布 ⏎ 自…施行`, fixes the day the text takes effect', () => {
  const law = (order: string[]) =>
    [
      '法規名稱：某類材料安全管理法',
      '修正日期：民國 99 年 06 月 02 日',
      '沿革：',
      '1.中華民國九十三年五月十二日總統華總一義字第 09300088881 號令制定公布全文',
      '  40 條；施行日期，由行政院定之',
      ...order,
      '2.中華民國九十九年六月二日總統華總一義字第 09900133331 號令修正公布第 8',
      '  條條文',
      '第 1 條',
      '為管理某類材料之安全，特制定本法。',
      '第 38 條',
      '本法施行前已設置之設施，其經營者應自本法施行之日起二年內，依本法規定申請許可。',
    ].join('\n')

  it('reads the order’s day as the 施行, and counts 本法施行 from it', () => {
    const doc = parse(law(['  中華民國九十三年十一月三十日行政院院臺科字第 0930055551 號令', '  發布自九十四年三月一日施行']))
    expect(doc.meta.history?.map((h) => `${h.action} ${h.date}`)).toEqual(['制定 2004-05-12', '公布 2004-11-30', '施行 2005-03-01', '修正 2010-06-02'])
    // before: 2006-05-12, two years from the enactment, the order's day lost
    expect(dues(doc)).toEqual(['第38条 自本法施行之日起二年内 2007-03-01'])
  })

  it('the same order wrapped after 令發布 reads the same', () => {
    const doc = parse(law(['  中華民國九十三年十一月三十日行政院院臺科字第 0930055551 號令發布', '  自九十四年三月一日施行']))
    expect(doc.meta.effectiveDate).toBe('2005-03-01')
    expect(dues(doc)).toEqual(['第38条 自本法施行之日起二年内 2007-03-01'])
  })

  it('an order repealing from a later day (`…號令發布自…廢止`) stays one repeal, dated by the order', () => {
    const doc = parse(
      [
        '某類設備檢查規則',
        '沿革：',
        '1.中華民國八十年三月一日某某部（80）某檢字第 8000111 號令訂定發布全文 12 條',
        '2.中華民國九十年十二月三十一日廢止',
        '  中華民國九十年十一月十六日某某部某檢字第 0900076 號令發布自',
        '  九十年十二月三十一日廢止',
        '第 1 條',
        '本規則依某某法訂定之。',
      ].join('\n'),
    )
    expect(doc.meta.history?.map((h) => `${h.action} ${h.date}`)).toEqual(['订定 1991-03-01', '废止 2001-12-31', '废止 2001-11-16'])
  })
})

describe('H2: `並自公布後一年施行` is a 施行 a span after the entry’s 公布', () => {
  const law = (entry: string) =>
    [
      '法規名稱：某類工程採購監督法',
      '修正日期：民國 101 年 01 月 04 日',
      '沿革：',
      `1.中華民國九十五年一月十八日總統華總一義字第 09500007771 號令制定公布全文 30 條；${entry}`,
      '2.中華民國一百零一年一月四日總統華總一義字第 10000299991 號令修正公布第 5 條條文',
      '第 1 條',
      '為監督某類工程之採購，特制定本法。',
      '第 29 條',
      '主管機關應自本法施行之日起六個月內訂定監督辦法。',
    ].join('\n')

  it.each([
    ['並自公布後一年施行', '2007-01-18', '2007-07-18'],
    ['並自公布日後六個月施行', '2006-07-18', '2007-01-18'],
    ['並自公布後 2 年施行', '2008-01-18', '2008-07-18'],
  ])('%s: 施行 %s, the count from it', (entry, effective, due) => {
    const doc = parse(law(entry))
    expect(doc.meta.history?.map((h) => `${h.action} ${h.date}`)).toEqual(['制定 2006-01-18', `施行 ${effective}`, '修正 2012-01-04'])
    // before: 2006-07-18, six months from the 公布
    expect(dues(doc)).toEqual([`第29条 自本法施行之日起六个月内 ${due}`])
  })

  it('an article’s own day after a partial amendment (第 5 條自公布後…) is not read so', () => {
    const doc = parse(law('並自公布日施行').replace('修正公布第 5 條條文', '修正公布第 5 條條文；第 5 條自公布後一年施行'))
    expect(doc.meta.history?.filter((h) => h.action === '施行').map((h) => h.date)).toEqual([])
  })
})

describe('H3: `並溯自…起施行`, a revision in force from a day before its own, is that day’s 施行', () => {
  it('reads the day back in time, and counts 本辦法施行 from it', () => {
    const doc = parse(
      [
        '某某法院書記處務規程',
        '沿革：',
        '1.中華民國七十年五月一日某某院（70）院台字第 3111 號令訂定發布',
        '2.中華民國八十九年七月四日某某院（89）院台廳字第 16008 號函修正發布全文 20 條；並溯自八十九年七月一日起施行',
        '3.中華民國九十七年一月四日某某院院台廳字第 0970000367 號令修正發布第 3 條條文',
        '第 1 條',
        '本規程依某某法院組織法訂定之。',
        '第 19 條',
        '各法院應自本規程施行之日起三個月內，訂定書記處分工表。',
      ].join('\n'),
    )
    expect(doc.meta.history?.map((h) => `${h.action} ${h.date}`)).toEqual(['订定 1981-05-01', '修正 2000-07-04', '施行 2000-07-01', '修正 2008-01-04'])
    // before: 2000-10-04, three months from the revision's order
    expect(dues(doc)).toEqual(['第19条 自本规程施行之日起三个月内 2000-10-01'])
  })
})
