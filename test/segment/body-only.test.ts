import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { genreFromBody } from '../../src/text/genre.js'

// Fixtures written in the format of body-only exports (no title line, starts with 主送): the notice
// never prints its genre word, the act it performs does (grammars/genres.json bodyActs; blind-c M1).
const DIR = new URL('../fixtures/formats/body-only/', import.meta.url).pathname
const fixture = (name: string) => parse(readFileSync(join(DIR, name), 'utf8'))

describe('body-only exports: docType from the act of the body', () => {
  it('现将《…》印发给你们: a 通知, its 落款 read, the issued 指引 nested with its own genre', () => {
    const doc = fixture('issue-guide.txt')
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.issuers).toEqual(['某某省商务厅办公室'])
    expect(doc.meta.signedDate).toBe('2023-06-12')
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['县域商业数字化改造指引', '指引']])
  })

  it('…共同组织编制了《…》，现予发布: the publishing notice of two bodies', () => {
    const doc = fixture('publish-standard.txt')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.issuers).toEqual(['某某省农业农村厅', '某某省市场监督管理局'])
    expect(doc.documents[0].meta.docType).toBe('指南')
  })

  it('现就…工作通知如下 run into the first heading: 通知', () => {
    expect(fixture('notify-as-follows.txt').meta.docType).toBe('通知')
  })

  it('the first cue in the text wins, and a sentence end stops the act', () => {
    expect(genreFromBody('现将有关通知转发给你们。请各单位按照要求申报。')).toBe('通知')
    expect(genreFromBody('为推进数字化转型，特制定本指南。现将工作安排印发给你们')).toBe('指南')
    // 现将 … 印发 in two sentences is not the act of issuing
    expect(genreFromBody('现将试点情况总结。省政府已印发给你们的方案继续执行')).toBeNull()
    expect(genreFromBody('已于去年发布的标准继续有效')).toBeNull()
  })
})
