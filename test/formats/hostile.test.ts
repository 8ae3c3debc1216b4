import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '../../src/index.js'
import { htmlTooComplex, markdownTooComplex, MAX_HTML_DEPTH, MAX_MARKDOWN_DEPTH } from '../../src/formats/nesting.js'
import { countRegexWork } from '../parse/fuzz-checks.js'

const repo = join(import.meta.dirname, '..', '..')
const TITLE = '国务院办公厅关于2019年部分节假日安排的通知'
const nestedList = (levels: number) => Array.from({ length: levels }, (_, i) => `${' '.repeat(2 * i)}- ${TITLE}`).join('\n')

const fallbacks = (doc: ReturnType<typeof parse>) => doc.diagnostics.filter((d) => d.code === 'format-fallback')

describe('markup nested or delimited past what the parsers take: plain text and a warning, never a throw', () => {
  const cases: Array<[string, string, 'markdown' | 'html', RegExp]> = [
    ["'>' × 4000 (Markdown)", '>'.repeat(4000) + TITLE, 'markdown', /Markdown nesting deeper than 20 levels/],
    ['a 1,000-level nested list (Markdown)', nestedList(1000), 'markdown', /Markdown nesting deeper than 20 levels/],
    ["'* ' × 1000 on one line (Markdown)", '* '.repeat(1000) + TITLE, 'markdown', /Markdown nesting deeper/],
    ["'a*' × 8000 in one paragraph (Markdown)", TITLE + 'a*'.repeat(8000), 'markdown', /more than 500 emphasis delimiters/],
    ["'<div>' × 4000 (HTML)", '<div>'.repeat(4000) + `<p>${TITLE}</p>`, 'html', /HTML elements nested deeper than 256 levels/],
    ["'<font>' × 5000 unclosed (HTML)", `<p>${TITLE}</p>` + '<font color=red>字'.repeat(5000), 'html', /HTML elements nested deeper than 256 levels/],
  ]
  it.each(cases)('%s', (_, input, format, message) => {
    const doc = parse(input, { format })
    const notes = fallbacks(doc)
    expect(notes).toHaveLength(1)
    expect(notes[0]).toMatchObject({ severity: 'warning' })
    expect(notes[0].message).toMatch(message)
    expect(notes[0].position!.start.offset).toBeGreaterThanOrEqual(0)
    // the document's words survive the fallback
    expect(JSON.stringify(doc)).toContain('节假日安排')
  })

  it("'*' × 16000 (a thematic break) still parses as Markdown, quickly and without a warning", () => {
    const doc = parse('*'.repeat(16000) + '\n\n' + TITLE, { format: 'markdown' })
    expect(fallbacks(doc)).toEqual([])
    expect(doc.meta.title).toBe(TITLE)
  })

  it('work stays linear: 8× a hostile input costs at most 12× the counted regex work', () => {
    for (const [one, format] of [
      [nestedList(400), 'markdown'],
      ['>'.repeat(2000) + `${TITLE}\n\n`.repeat(50), 'markdown'],
      ['<div>'.repeat(1000) + `<p>${TITLE}</p>`.repeat(50), 'html'],
    ] as const) {
      const a = countRegexWork(() => parse(one, { format })).work
      const b = countRegexWork(() => parse(one.repeat(8), { format })).work
      expect(b.scanned).toBeLessThanOrEqual(12 * a.scanned)
      expect(b.calls).toBeLessThanOrEqual(12 * a.calls)
    }
  })
})

describe('real markup stays below the limits', () => {
  it('the fixture notices, the README and pages with thousands of unclosed <p> and <li>', () => {
    expect(markdownTooComplex(readFileSync(join(repo, 'test/fixtures/batch/inputs/notice.md'), 'utf8'))).toBeNull()
    expect(markdownTooComplex(readFileSync(join(repo, 'README.md'), 'utf8'))).toBeNull()
    expect(htmlTooComplex(readFileSync(join(repo, 'test/fixtures/batch/inputs/notice.html'), 'utf8'))).toBeNull()
    expect(htmlTooComplex('<body><ul>' + '<li>一项'.repeat(20000) + '</ul>' + '<p>段落'.repeat(20000))).toBeNull()
    expect(htmlTooComplex('<table>' + '<tr><td>甲<td>乙'.repeat(5000) + '</table>')).toBeNull()
    expect(htmlTooComplex('<script>' + '<div>'.repeat(5000) + '</script><p>正文')).toBeNull()
    expect(markdownTooComplex(Array.from({ length: MAX_MARKDOWN_DEPTH }, (_, i) => `${' '.repeat(2 * i)}- 第${i}层`).join('\n'))).toBeNull()
    expect(htmlTooComplex('<div>'.repeat(MAX_HTML_DEPTH))).toBeNull()
    expect(htmlTooComplex('<div>'.repeat(MAX_HTML_DEPTH + 1))).not.toBeNull()
  })

  it('a notice in HTML and Markdown parses without the fallback', () => {
    for (const [file, format] of [
      ['notice.html', 'html'],
      ['notice.md', 'markdown'],
    ] as const) {
      const doc = parse(readFileSync(join(repo, 'test/fixtures/batch/inputs', file)), { format })
      expect(fallbacks(doc)).toEqual([])
      expect(doc.meta.title).toBeTruthy()
    }
  })
})
