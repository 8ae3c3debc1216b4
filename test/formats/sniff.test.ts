import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { looksLikeHtml } from '../../src/formats/sniff.js'

// Issue #11, outside27 08 (helper residuals): a page saved as its HTML source under a text name — read as the
// HTML it is; when its body prints no document (a script loads the article), its head's title and description are
// the text. Fixtures written for the test in that form (own names).
const text = (name: string) => readFileSync(new URL(`../fixtures/residuals/${name}`, import.meta.url), 'utf8')
const codes = (doc: ReturnType<typeof parse>) => doc.diagnostics.map((d) => d.code)

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html>\n<html><head><title>某某办法</title></head><body></body></html>', true],
    ['\uFEFF  <html lang="zh-CN">\n<body><p>一、总则</p></body></html>', true],
    ['<meta charset="utf-8">\n<title>某某通知</title>', true],
    ['保存自 http://example.gov.cn/a.html\n<html><body><p>正文</p></body></html>', true],
    ['关于做好防汛工作的通知\n各乡镇：\n<p align="right">2023年3月1日</p>', false],
    ['<附件>\n某某办法', false],
    ['第一条 本办法所称<html>标签，是指网页的根元素。', false],
  ])('%j → %s', (input, expected) => {
    expect(looksLikeHtml(input)).toBe(expected)
  })
})

describe('an HTML page saved as .txt', () => {
  it('reads the head of a page whose body prints no document: title without the site sections, description as text', () => {
    const doc = parse(text('html-source-head-only.txt'))
    expect(doc.meta.title).toBe('青溪市机关公务用车管理办法')
    expect(doc.meta.docType).toBe('办法')
    expect(doc.clauses.map((c) => c.marker)).toEqual(['第一条', '第二条'])
    expect(codes(doc)).toEqual(expect.arrayContaining(['format-sniffed', 'html-head-text']))
    expect(doc.source?.format).toBe('html')
    // positions point into the saved source: the first article into the description's content
    const src = text('html-source-head-only.txt')
    expect(src.slice(doc.clauses[0].position?.start.offset ?? -1).startsWith('第一条 为了规范')).toBe(true)
  })

  it('reads the body of a page that prints the document: its h1 title, 落款 and items, no head text', () => {
    const doc = parse(text('html-source-body.txt'))
    expect(doc.meta.title).toBe('青溪市人民政府办公室关于做好2023年夏季防溺水工作的通知')
    expect(doc.meta.signedDate).toBe('2023-05-26')
    expect(doc.meta.issuers).toEqual(['青溪市人民政府办公室'])
    expect(doc.clauses.map((c) => c.marker)).toEqual(['一、', '二、'])
    expect(codes(doc)).toContain('format-sniffed')
    expect(codes(doc)).not.toContain('html-head-text')
    expect(doc.diagnostics.some((d) => d.code === 'markup-removed')).toBe(false)
  })

  it('leaves a text input with a stray wrapped line to the text reader', () => {
    const doc = parse('桐溪县人民政府办公室关于做好防汛工作的通知\n各乡镇人民政府：\n　　现将有关事项通知如下。\n一、落实责任。\n桐溪县人民政府办公室\n<p align="right">2023年3月1日</p>\n')
    expect(codes(doc)).not.toContain('format-sniffed')
    expect(doc.meta.signedDate).toBe('2023-03-01')
    expect(doc.source?.format).toBe('text')
  })
})
