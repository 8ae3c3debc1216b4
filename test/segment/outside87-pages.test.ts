import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside87's families (test/gold/outside/outside87.md), in fixtures of our own wording

describe('marks a scraping site injects between and inside words', () => {
  const inject = (s: string) =>
    s
      .replace(/([，。、：])/g, '@@$1')
      .replace(/市人民/g, '市@@人民')
      .replace(/十四五/g, '十@@四@@五@@@@')
  const text = `各区县人民政府，市政府各部门：\n现将《临川市“十四五”节水行动方案》印发给你们，请认真贯彻执行。\n临川市人民政府\n2022年8月31日\n临川市“十四五”节水行动方案\n为推进节水型社会建设，制定本方案。\n一、主要目标\n到2025年，全市用水总量控制在3亿立方米以内。\n`

  it('reads the text as if none were there', () => {
    const doc = parse(inject(text))
    expect(doc.meta.signedDate).toBe('2022-08-31')
    expect(doc.meta.issuers).toEqual(['临川市人民政府'])
    expect(doc.documents?.[0]?.meta.title).toBe('临川市“十四五”节水行动方案')
    expect(doc.documents?.[0]?.tasks.flatMap((t) => t.deadlines.map((d) => d.date))).toEqual(['2025-12-31'])
  })

  it('leaves a few such marks alone (guard: no site injects only two)', () => {
    const doc = parse(text.replace('印发给你们', '印发给你们@@').replace('节水行动方案\n为', '节水行动方案@@\n为'))
    expect(doc.diagnostics.some((d) => d.code === 'injected-fillers-removed')).toBe(false)
  })
})
