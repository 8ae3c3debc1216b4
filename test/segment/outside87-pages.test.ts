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

describe("a page's breadcrumb run into the title, the title then printed alone", () => {
  it('takes the lower line as the title', () => {
    const doc = parse(
      '字体:\n临川市人民政府门户网站 临川市文化旅游局 部门文件 临川市旅游突发事件应急预案\n临川市旅游突发事件应急预案\n来源:本站 时间:2016-03-01 00:00:00\n1 总则\n1.1 编制目的\n为提高旅游突发事件处置能力，制定本预案。\n',
    )
    expect(doc.meta.title).toBe('临川市旅游突发事件应急预案')
  })
})

describe('a notice issuing a rule printed from its first chapter, no title line between', () => {
  it('starts the issued rule at 第一章 and reads its genre from the quoted name', () => {
    const doc = parse(
      '临川市审计局关于印发《临川市审计项目质量控制规程(试行)》的通知\n发文时间: 2013-5-6\n实施时间: 2013-6-1\n法规类型: 审计实施办法\n阅读人次: 12\n页面功能:\n发文内容:\n各县(区)审计局:\n《临川市审计项目质量控制规程(试行)》已经局长办公会议研究同意，现印发给你们，请遵照执行。\n第一章 总则\n第一条 为了规范审计项目质量控制，制定本规程。\n',
    )
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.effectiveDate).toBe('2013-06-01')
    expect(doc.documents?.[0]?.meta.docType).toBe('规程')
  })
})
