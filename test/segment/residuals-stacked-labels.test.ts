import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// Issue #11, outside27 10 (helper residuals): a record's label table flattened one cell per line under the
// title — `刊登日期` ⏎ `2014-01-20`, `公報編號` ⏎ `：` ⏎ value — read as labels with their values.
// Fixture written for the test in the LegisMac form (own number, date and company).
const fixture = (name: string) => parse(readFileSync(new URL(`../fixtures/residuals/${name}`, import.meta.url), 'utf8'))

describe('stacked label and value lines under the title', () => {
  const doc = fixture('macau-stacked-labels.txt')

  it('reads 刊登日期 over its value as the publication date, the despatch keeping its own date', () => {
    expect(doc.meta.title).toBe('第8/2014號行政長官批示')
    expect(doc.meta.publishedDate).toBe('2014-01-20')
    expect(doc.meta.signedDate).toBe('2014-01-13')
  })

  it('keeps the label lines out of the text', () => {
    expect(doc.meta.header?.fields).toEqual({ 公报编号: '第4期，第一组', 刊登日期: '2014-01-20' })
    expect(doc.preamble).toBe('行政长官行使《澳门特别行政区基本法》第五十条赋予的职权，作出本批示。')
    expect(doc.clauses.map((c) => c.marker)).toEqual(['一、', '二、'])
  })

  it('reads no label from a line that only names one in a sentence', () => {
    const plain = parse('青溪市人民政府关于调整公报发行工作的通知\n各区人民政府：\n刊登日期以公报为准。\n一、调整发行周期。\n青溪市人民政府\n2014年1月13日\n')
    expect(plain.meta.publishedDate).toBeNull()
  })
})
