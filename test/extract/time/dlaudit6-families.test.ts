/**
 * Families of the deadline audit's round 6 (issue 11, scripts/audit-deadlines.ts --round 6,
 * test/gold/audit/README.md): each on a fixture written here in the real format, with our own places,
 * organs, numbers and dates.
 */
import { describe, expect, it } from 'vitest'
import events from '../../../grammars/time/events.json' with { type: 'json' }
import lexicon from '../../../grammars/time/lexicon.json' with { type: 'json' }
import type { PolicyDocument } from '../../../src/index.js'
import { parse } from '../../../src/index.js'

/** Every due date the scorer counts, as `path date`, nested documents included. */
function dues(doc: PolicyDocument, prefix = ''): string[] {
  const out: string[] = []
  for (const t of doc.tasks) for (const d of [...t.deadlines, ...(t.milestones ?? []).map((m) => m.deadline)]) if (d?.kind === 'due') out.push(`${prefix}${t.path.join('/')} ${d.date ?? d.end}`)
  doc.documents.forEach((sub, i) => out.push(...dues(sub, `d${i + 1}/`)))
  return out
}

// a Taiwan statute as the law database prints it: a head, a 沿革, numbered articles
const TW = (title: string, articles: string[], enacted = '九十八年三月二日') =>
  [title, '法規性質：法律', '沿革：', `1.中華民國${enacted}總統令制定公布全文 8 條；並自公布日施行`, ...articles.flatMap((a, i) => [`第 ${i + 1} 條`, a])].join('\n')

describe('F21: a number + 月 after 後 / 起 with no day is a count of months, not a month name', () => {
  it('施行後六月內 and 次日起二月內 set no June or February; a dated filing stays due', () => {
    const doc = parse(
      TW('某某補償條例', [
        '本條例施行前已受處分者，應於中華民國九十九年七月一日本條例修正施行後六月內，向原處分機關提出申請。',
        '主管機關應自受理申請之次日起二月內作成決定。',
        '各受理機關應於中華民國九十八年十二月三十一日前報送名冊。',
      ]),
    )
    const found = dues(doc)
    expect(found).toContain('第3条 2009-12-31')
    expect(found.some((d) => /-06-30$|-02-2[89]$/.test(d))).toBe(false)
  })

  it('is data: the words a month count follows', () => {
    expect(lexicon.units.monthCountAfter).toEqual(expect.arrayContaining(['後', '后', '起']))
  })
})

describe('F22: the dates of a bond statute state the debt’s terms, no one’s task', () => {
  it('repayment and issue dates of 本公債 are no due dates; a filing date in another statute stays due', () => {
    const bond = parse(
      TW(
        '某某建設公債條例',
        ['本公債定額為國幣八百萬元，於民國二十五年三月一日及九月一日，各發行半數。', '本公債自發行之日起，至民國二十六年三月一日，為第一次還本之期；分十期，至民國三十年九月一日，本息全數還清。'],
        '二十四年二月一日',
      ),
    )
    expect(dues(bond)).toEqual([])
    const filing = parse(TW('某某登記條例', ['已設立之公司，應於中華民國九十八年十二月三十一日前，申請補辦登記。']))
    expect(dues(filing)).toEqual(['第1条 2009-12-31'])
  })

  it('is data: the bond nouns and term words', () => {
    expect(events.bondTerms.nouns).toContain('公债')
    expect(events.bondTerms.terms).toEqual(expect.arrayContaining(['还清', '还本', '发行']))
  })
})
