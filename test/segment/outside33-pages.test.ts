import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside33 probe (issue #11): page heads and metadata across site kinds. Fixtures written for the test in the forms
// the draw met (own places, names and dates).
const fixture = (name: string) => parse(readFileSync(new URL(`../fixtures/outside33/${name}`, import.meta.url), 'utf8'))

describe('a portal label table kept as a bulleted list, a cell per line, under a `标题` line', () => {
  const doc = fixture('bulleted-label-table.txt')

  it('reads the 字号, 成文日期 and 公开日期 of the stacked cells, past eight lines', () => {
    expect(doc.meta.title).toBe('青川市人民政府关于下达2031年青川市重点项目投资计划的通知')
    expect(doc.meta.docNumber?.normalized).toBe('青府发〔2031〕4号')
    expect(doc.meta.signedDate).toBe('2031-02-11')
    expect(doc.meta.publishedDate).toBe('2031-02-15')
  })

  it('keeps the 落款 as issuer and finds the issued plan under it', () => {
    expect(doc.meta.issuers).toEqual(['青川市人民政府'])
    expect(doc.documents.map((d) => d.meta.docType)).toEqual(['计划'])
  })

  it('does not take a bulleted line that is no label', () => {
    const other = parse('标题 青川市人民政府关于某事的通知\n  • 青川要闻\n  • 2031-02-15\n\n青川市人民政府关于某事的通知\n\n各区县人民政府：\n\n  现将有关事项通知如下。\n')
    expect(other.meta.publishedDate).toBeNull()
  })
})

describe('a wiki skip link above a report title', () => {
  it('is chrome, not part of the title', () => {
    const doc = fixture('skip-link-report.txt')
    expect(doc.meta.title).toBe('2031年青川市人民政府工作报告')
    expect(doc.meta.docType).toBe('政府工作报告')
  })
})

describe('an untitled notice issuing its plan with `，现予以印发`', () => {
  it('is a 通知 by its issuing act', () => {
    const doc = fixture('untitled-notice-issued.txt')
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.signedDate).toBe('2031-05-08')
    expect(doc.documents[0]?.meta.docType).toBe('应急预案')
  })
})
