import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside7 probe 19 (issue #11): a site's page heading (a programme name ending in a genre word)
// above the document's title, which is broken over four lines and printed twice, the second time
// without its issuer line. Fixture written in that form (own province, numbers, dates).
const fixture = (name: string) => readFileSync(new URL(`../fixtures/leftfam/${name}`, import.meta.url), 'utf8')

describe('a page heading above a title printed twice', () => {
  it('takes the lower title, then its 字号 under the repeat', () => {
    const doc = parse(fixture('page-heading-title.txt'))
    expect(doc.meta.title).toBe('河北省人民政府办公厅转发省人力资源社会保障厅等部门关于做好2012年农村劳动力转移就业培训工作的意见的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.docNumber?.normalized).toBe('冀政办发〔2012〕14号')
    expect(doc.meta.issuers).toEqual(['河北省人民政府办公厅'])
    expect(doc.meta.signedDate).toBe('2012-03-19')
    expect(doc.addressees.map((a) => a.name)).toEqual(['各设区市人民政府', '各县（市、区）人民政府', '省政府各部门'])
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['关于做好2012年农村劳动力转移就业培训工作的意见', '意见']])
    expect(doc.diagnostics.some((d) => d.code === 'header-lines-skipped')).toBe(true)
  })

  it('keeps a title-like first line when no 字号 or 主送 follows the title below it', () => {
    const text = fixture('page-heading-title.txt').split('\n')
    // without the 字号 and 主送 lines the first line may be the title of a short text: kept
    const doc = parse([text[0], ...text.slice(1, 5), '为进一步做好培训工作,现提出如下意见。'].join('\n'))
    expect(doc.meta.title).toBe('河北省人力资源社会保障厅职业技能提升计划')
  })
})
