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

// outside6 08, outside8 18: a page whose heading names no genre (`…责任分解(2023年)`, a news headline),
// printed between the breadcrumb and the site's dated label line. Fixture written in that form.
describe('a page title without a genre word', () => {
  it('is the line right above the dated site label line', () => {
    const doc = parse(fixture('genreless-title.txt'))
    expect(doc.meta.title).toBe('区政府工作报告重点工作责任分解（2024年）')
    expect(doc.meta.docType).toBeNull()
    expect(doc.tasks.map((t) => t.path.join('/'))).toEqual(['一/1'])
  })
  it('is not taken from a sentence or a breadcrumb above the label line', () => {
    const text = fixture('genreless-title.txt').replace('区政府工作报告重点工作责任分解(2024年)\n', '')
    expect(parse(text).meta.title).toBeNull()
  })
})

// outside8 30: a responsibility list printed as a table right under its genre-less title.
describe('a genre-less title over a table', () => {
  it('is the first line when a table serial column follows it', () => {
    const doc = parse('2024年园区重点工作及责任清单\n序号 |\n重点工作 |\n责任单位 |\n完成时限 |\n1 |\n建成智慧园区管理平台。 |\n园区管委会 |\n2024年12月底前 |')
    expect(doc.meta.title).toBe('2024年园区重点工作及责任清单')
  })
})
