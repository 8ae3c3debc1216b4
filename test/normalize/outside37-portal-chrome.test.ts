import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside37 probe (issue #11): a seeded draw of short documents. Fixtures written for the test in the forms the draw
// met (own places, units and dates): a portal's footer printed above a 批复 and its empty link sections below it, and a
// reposted notice under a page's share label and related-articles list.
const fixture = (name: string) => parse(readFileSync(new URL(`../fixtures/outside37/${name}`, import.meta.url), 'utf8'))

describe('portal chrome around a short document', () => {
  it('drops the footer above a 批复 and the empty link sections below its 版记, so its 落款 and 印发 line are read', () => {
    const doc = fixture('portal-footer-reply.txt')
    expect([doc.meta.docType, doc.meta.signedDate, doc.meta.issuers, doc.meta.printedDate, doc.meta.printedBy]).toEqual([
      '批复',
      '2024-03-15',
      ['某省文化和旅游厅'],
      '2024-03-18',
      '某省文化和旅游厅办公室',
    ])
    // the footer's 主办单位 is no role label
    expect(doc.diagnostics.filter((d) => d.code.startsWith('role-'))).toEqual([])
    expect(doc.diagnostics.filter((d) => d.code === 'boilerplate-removed').map((d) => d.message.match(/\((.+)\)$/)?.[1])).toEqual([
      'site-owner',
      'site-registration',
      'empty-link-labels',
      'empty-link-labels',
      'empty-link-labels',
    ])
  })

  it('drops a share label and ends the text at a related-articles heading printed with a colon', () => {
    const doc = fixture('repost-share-labels.txt')
    expect([doc.meta.title, doc.meta.signedDate, doc.meta.issuers]).toEqual(['关于2021年端午节放假安排的通知', '2021-06-01', ['某市人民政府办公室']])
  })

  it('keeps a heading 相关文件 with no colon, and a form row naming an ICP number field', () => {
    const doc = parse('关于报送平台信息的通知\n\n各单位：\n一、相关文件\n请按附表填写。\n平台域名 上线时间 ICP备案号\n\n某市数据局\n2024年5月6日\n')
    expect(doc.diagnostics.filter((d) => d.code === 'boilerplate-removed')).toEqual([])
    expect(doc.meta.signedDate).toBe('2024-05-06')
  })
})
