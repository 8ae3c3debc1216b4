import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { parseFullDate } from '../../src/segment/dates.js'
import { parseDocNumber } from '../../src/segment/docnumber.js'

// outside9 probe (issue #11): page forms of emergency plans and county rules. Fixtures written for
// the tests in those formats (own counties, numbers and dates).
const fixture = (name: string) => readFileSync(new URL(`../fixtures/outside9/${name}`, import.meta.url), 'utf8')

describe('a Taiwan county law system page (法規名稱 / 公發布日 / 發文字號 under the site chrome)', () => {
  const doc = parse(fixture('roc-law-system-page.txt'))

  it('reads the label block once the chrome lines above it are dropped', () => {
    expect(doc.meta.title).toBe('臺東縣颱風災害應變小組作業要點')
    expect(doc.meta.docType).toBe('要点')
    expect(doc.meta.docNumber?.normalized).toBe('府消救字第1120131577号')
    expect(doc.meta.publishedDate).toBe('2016-09-12')
    expect(doc.meta.issuers).toEqual([])
    expect(doc.diagnostics.filter((d) => d.code === 'boilerplate-removed').length).toBeGreaterThanOrEqual(4)
  })

  it('keeps the numbered text as clauses', () => {
    expect(doc.clauses.map((c) => c.path.join('/'))).toEqual(['一', '二', '三'])
  })
})

describe('a district site printing its font-size toolbar (字号: / 大 中 小) between two printings of the title', () => {
  const doc = parse(fixture('font-size-toolbar.txt'))

  it('reads the 字号 under the printed title', () => {
    expect(doc.meta.title).toBe('城东区人民政府办公室关于印发城东区防汛应急预案的通知')
    expect(doc.meta.docNumber?.normalized).toBe('东政办字〔2022〕9号')
    expect(doc.meta.signedDate).toBe('2022-05-20')
    expect(doc.documents[0].meta.title).toBe('城东区防汛应急预案')
    expect(doc.documents[0].meta.docType).toBe('应急预案')
  })
})

describe('a county site printing each label in square brackets over its value ([ 成文日期 ] / 2021-09-14)', () => {
  const doc = parse(fixture('bracket-label-rows.txt'))

  it('reads the label rows as a header and finds the title under them', () => {
    expect(doc.meta.title).toBe('青山市人民政府办公室关于印发青山市地震应急预案的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.signedDate).toBe('2021-09-14')
    expect(doc.meta.indexNumber).toBe('11500999MB1234567X/2022-00031')
    expect(doc.meta.issuers).toEqual(['青山市人民政府办公室'])
    expect(doc.documents[0].meta.title).toBe('青山市地震应急预案')
  })
})

describe('site label rows with the cells spaced on one line (索引号 … 发文字号 …), the spaces lost', () => {
  const doc = parse(fixture('spaced-label-rows.txt'))

  it('reads the 字号 glued after the 索引号 value', () => {
    expect(doc.meta.title).toBe('青山县人民政府关于印发青山县防汛应急预案的通知')
    expect(doc.meta.docNumber?.normalized).toBe('青政发〔2022〕37号')
    expect(doc.meta.signedDate).toBe('2022-05-12')
  })
})

describe('a 落款 whose date has its day left blank (2022年6月 日)', () => {
  const doc = parse(fixture('blank-day-signature.txt'))

  it('is still the 落款: its organ is the issuer, no signed date, the issued plan found', () => {
    expect(doc.meta.issuers).toEqual(['青山市人民政府'])
    expect(doc.meta.signedDate).toBeNull()
    expect(doc.documents[0].meta.title).toBe('青山市突发事件总体应急预案')
  })
})

describe('date and 字号 forms of Taiwan label values', () => {
  it('reads a Republic-of-China date printed in digits', () => {
    expect(parseFullDate('民国108年05月27日')).toBe('2019-05-27')
    expect(parseFullDate('民国 91 年 07 月 15 日')).toBe('2002-07-15')
    expect(parseFullDate('民国108年13月27日')).toBeNull()
  })

  it('reads 字第N號 as a whole label value, without the letter genre after it', () => {
    expect(parseDocNumber('府消管字第 1110056262B號函', { wholeValue: true })?.normalized).toBe('府消管字第1110056262B号')
    expect(parseDocNumber('府消整字第1110006197號函', { wholeValue: true })?.serial).toBe(1110006197)
    // not inside running text (a cited letter stays a reference, not the document's 字号)
    expect(parseDocNumber('依本府府消整字第1110006197號函辦理')).toBeNull()
  })
})
