import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { allClauses } from '../helpers.js'

const blind = (name: string) => readFileSync(new URL(`../gold/blind/texts/${name}`, import.meta.url), 'utf8')

describe('law ranks: 章 › 节 › 条', () => {
  it('articles under a 节 are its children, and number on across sections (鹤壁市大气污染防治条例)', () => {
    const doc = parse(blind('33-鹤壁市大气污染防治条例_2019-02-01.txt'))
    const chapter3 = doc.clauses.find((c) => c.marker.startsWith('第三章'))!
    expect(chapter3.children.map((c) => c.path.at(-1))).toEqual(['第一节', '第二节', '第三节', '第四节', '第五节'])
    for (const section of chapter3.children) {
      expect(section.children.length).toBeGreaterThan(0)
      for (const article of section.children) expect(article.path).toEqual(['第三章', section.path[1], article.path[2]])
    }
    // no article of the document is lost or left beside a section
    const articles = allClauses(doc.clauses).filter((c) => c.style === 'article')
    const printed = [...blind('33-鹤壁市大气污染防治条例_2019-02-01.txt').matchAll(/^第[一二三四五六七八九十百]+条/gm)].length
    expect(articles.length).toBe(printed)
  })

  it('an article whose text starts with 中 is a heading, not a cross-reference (军人地位和权益保障法 第六条)', () => {
    const text = blind('36-军人地位和权益保障法_2021-06-10.txt')
    const doc = parse(text)
    const keys = allClauses(doc.clauses)
      .filter((c) => c.style === 'article')
      .map((c) => c.path.at(-1))
    expect(keys).toContain('第六条')
    expect(keys).toContain('第八条')
    expect(doc.diagnostics.filter((d) => d.code === 'numbering-gap' && /条/.test(d.message))).toEqual([])
  })

  it('第五条中规定的 at a line start stays a cross-reference', () => {
    const doc = parse('某某办法\n\n第四条 甲。\n\n第五条 乙。\n第五条中规定的事项，由市政府负责。\n\n第六条 丙。')
    expect(allClauses(doc.clauses).map((c) => c.path.at(-1))).toEqual(['第四条', '第五条', '第六条'])
  })
})
