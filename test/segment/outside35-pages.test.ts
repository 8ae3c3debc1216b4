import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside35 probe (issue #11): a seeded draw of old documents, 1995–2012. Fixtures written for the test in the forms
// the draw met (own places, names and dates).
const fixture = (name: string) => parse(readFileSync(new URL(`../fixtures/outside35/${name}`, import.meta.url), 'utf8'))

describe('a law database’s heading: an organ and the genre, then the date and 字号 in one bracket', () => {
  it('reads the issuer from `X通告`, the signing date and the 字号 from `(2001年5月8日 通告〔2001〕第2号)`', () => {
    const doc = fixture('bracketed-date-number.txt')
    expect(doc.meta.title).toBe('青河市劳动局通告')
    expect(doc.meta.docType).toBe('通告')
    expect(doc.meta.issuers).toEqual(['青河市劳动局'])
    expect(doc.meta.signedDate).toBe('2001-05-08')
    expect(doc.meta.docNumber?.raw).toBe('通告〔2001〕第2号')
  })

  it('names no issuer for a genre word after a name that is no organ', () => {
    expect(parse('春季森林防火通告\n一、全面禁止野外用火。\n').meta.issuers).toEqual([])
  })
})

describe('a portal’s label block with `文 号: null`, and a 附件 note printed under the 落款 date', () => {
  it('takes the 字号 under the title, the date alone as the signature, and no untitled part for the note', () => {
    const doc = fixture('portal-null-number-attachment-note.txt')
    expect(doc.meta.docNumber?.normalized).toBe('青政办〔2010〕21号')
    expect(doc.meta.signedDate).toBe('2010-05-06')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['青河县防汛应急预案'])
  })
})

describe('a baseline after a word of comparison (比“十五”期末降低20%)', () => {
  it('is no due date; the target before it stays due', () => {
    const doc = parse('某省节能工作方案\n\n一、主要目标\n（一）工业节能。确保实现“十一五”期末全省能耗比“十五”期末降低20%以上的目标。\n（二）建筑节能。到2015年底能耗较2010年末下降16%。\n')
    const dues = doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => `${t.path.join('/')} ${d.date}`))
    expect(dues).toEqual(['一/（一） 2010-12-31', '一/（二） 2015-12-31'])
  })
})
