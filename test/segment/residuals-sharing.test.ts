import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// Issue #11, the families outside26 and outside27 left (helper residuals): a document-sharing site's upload
// name and upload line above the document's own title, a sharing site's page heading, a news lead that quotes
// the title printed under it. Fixtures written for the test in those forms (own places, names and dates).
const fixture = (name: string) => parse(readFileSync(new URL(`../fixtures/residuals/${name}`, import.meta.url), 'utf8'))
const removed = (doc: ReturnType<typeof parse>) => doc.diagnostics.filter((d) => d.code === 'boilerplate-removed').map((d) => d.message)

describe('a document-sharing page: upload name and upload line above the own title', () => {
  it("takes the document's own title under a file name, its upload line and the 下载 / 原创 buttons", () => {
    const doc = fixture('docshare-filename-upload.txt')
    expect(doc.meta.title).toBe('宁川市科技创新券实施管理办法（试行）')
    expect(doc.clauses.map((c) => c.marker)).toEqual(['第一章', '第二章', '第三章'])
    expect(removed(doc).some((m) => m.includes('(docshare-upload)'))).toBe(true)
  })

  it("takes the issuing notice's title, not the shorter upload name over `上传 | 共5页 | 下载文档`", () => {
    const doc = fixture('docshare-upload-name.txt')
    expect(doc.meta.title).toBe('东江县人民政府办公室关于印发东江县城乡生活垃圾分类工作实施方案的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.issuers).toEqual(['东江县人民政府办公室'])
    expect(doc.meta.signedDate).toBe('2020-05-28')
  })

  it("drops a sharing site's page heading (`…_百度文库`) over a report's own title", () => {
    const doc = fixture('docshare-heading.txt')
    expect(doc.meta.title).toBe('在全县交通运输工作会议上的报告')
    expect(doc.meta.docType).toBe('报告')
    expect(removed(doc).some((m) => m.includes('(docshare-page-heading)'))).toBe(true)
  })
})

describe('a news lead that quotes the title printed under it', () => {
  it('reads the plan under a lead ending `以下为规划全文：`, not as a nested document', () => {
    const doc = fixture('news-lead-quoting.txt')
    expect(doc.meta.title).toBe('宿川市“十四五”生态环境保护规划')
    expect(doc.meta.docType).toBe('规划')
    expect(doc.documents).toHaveLength(0)
    expect(doc.clauses.map((c) => c.marker)).toEqual(['第一章', '第二章'])
  })

  it('reads the plan under a one-sentence lead on the first line', () => {
    const doc = fixture('news-lead-first-line.txt')
    expect(doc.meta.title).toBe('滇川省文化和旅游强省建设三年行动方案（2022—2024年）')
    expect(doc.documents).toHaveLength(0)
    const due = doc.tasks
      .flatMap((t) => t.deadlines)
      .filter((d) => d.kind === 'due')
      .map((d) => d.date)
    expect(due).toContain('2023-12-31')
  })

  it('leaves an issuing notice whose sentence quotes the plan printed under its 落款 as it was', () => {
    const doc = fixture('notice-quoting-plain.txt')
    expect(doc.meta.title).toBe('关于印发桐溪县防汛应急预案的通知')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['桐溪县防汛应急预案'])
  })
})
