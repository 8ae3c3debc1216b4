/**
 * Heads the outside5 probe left (families T and S, issue 11), in fixtures written in the formats of
 * the probe's pages: a pipe label table whose 标题 cell and heading print the 字号 glued before the
 * title (`桐政办〔2021〕7 号 县人民政府办公室关于…的通知`); a body-only notice whose 落款 date, after
 * its `附件:` line, is followed by the `|` of the page's table border.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { fixtureText } from '../helpers.js'

const fixture = (path: string) => fixtureText(`formats/${path}`)

describe('T: a 字号 glued before the title', () => {
  const doc = parse(fixture('tables/pipe-labels-number-glued.txt'))

  it('is the 字号, and the title and its issuer are what follows', () => {
    expect(doc.meta.title).toBe('县人民政府办公室关于印发2021年县政府工作报告重点任务分工方案的通知')
    expect(doc.meta.issuers).toEqual(['县人民政府办公室'])
    expect(doc.meta.docNumber?.normalized).toBe('桐政办〔2021〕7号')
    expect(doc.meta.signedDate).toBe('2021-03-26')
    expect(doc.meta.docType).toBe('通知')
  })

  it('keeps a title that only cites a 字号 inside it', () => {
    const d = parse('关于废止桐政办〔2019〕3号文件的通知\n各乡镇人民政府:\n经研究,决定废止该文件。\n桐城县人民政府\n2021年3月26日')
    expect(d.meta.title).toBe('关于废止桐政办〔2019〕3号文件的通知')
  })
})

describe('S: a 落款 date followed by a table border line', () => {
  it('is the signing date', () => {
    const text = fixtureText('time-standing/quarter-ends.txt')
    expect(text.trimEnd().endsWith('|')).toBe(true)
    const doc = parse(text)
    expect(doc.meta.signedDate).toBe('2016-03-10')
    expect(doc.meta.docType).toBe('通知')
  })
})
