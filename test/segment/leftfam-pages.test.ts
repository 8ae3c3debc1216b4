import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside8 probe (issue #11): page 26 prints its publication date in a `信息来源：… 发布日期：…`
// line under the title; page 21 is a body-only notice that hands out tasks (`现下达给你们`).
// Fixtures written in those forms (own districts, dates and wording).
const fixture = (name: string) => readFileSync(new URL(`../fixtures/leftfam/${name}`, import.meta.url), 'utf8')

describe('a 信息来源 line under the title', () => {
  it('is a label line whose 发布日期 is the publication date', () => {
    const doc = parse(fixture('source-date-line.txt'))
    expect(doc.meta.title).toBe('东湖区2018年工作计划')
    expect(doc.meta.publishedDate).toBe('2018-02-26')
  })
})

describe('a body-only notice that hands out tasks', () => {
  it('takes docType 通知 from `现下达给你们`', () => {
    const doc = parse(fixture('body-only-assigned.txt'))
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.signedDate).toBe('2017-02-20')
  })
})
