import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside32 probe (issue #11): a seeded random draw. Fixtures written for the test in the forms the draw met
// (own places, names and dates).
const fixture = (name: string) => parse(readFileSync(new URL(`../fixtures/outside32/${name}`, import.meta.url), 'utf8'))

describe('a joint 落款 printed one organ a line', () => {
  it('reads every organ of the six above the date, not the last four', () => {
    const doc = fixture('joint-signature.txt')
    expect(doc.meta.issuers).toEqual(['青山省生态环境厅', '青山省发展和改革委员会', '青山省财政厅', '青山省自然资源厅', '青山省水利厅', '青山省农业农村厅'])
    expect(doc.meta.signedDate).toBe('2026-03-02')
  })

  it('stops at an organ line three blank lines or more above the next (the last line of the body)', () => {
    const lines = ['青山省生态环境厅', '青山省发展和改革委员会', '青山省财政厅', '青山省自然资源厅', '青山省水利厅']
    const doc = parse(`关于做好灌溉水源保护的通知\n各市水务局：\n请做好有关工作。\n联系单位：\n省水务局\n\n\n\n${lines.join('\n')}\n2026年3月2日\n`)
    expect(doc.meta.issuers).toEqual(lines)
  })
})

describe('an issuing notice with no title line whose sentence names no 印发', () => {
  it('is a 通知: `《X》已经…研究通过，请…组织实施`', () => {
    const doc = fixture('untitled-notice-approved.txt')
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.docType).toBe('通知')
    expect(doc.documents.map((d) => d.meta.docType)).toEqual(['规划'])
  })

  it('names no genre for a sentence that approves nothing by 《》', () => {
    const doc = parse('各乡镇人民政府：\n经县政府同意，请各地做好春耕准备工作。\n青河县人民政府办公室\n2026年2月20日\n')
    expect(doc.meta.docType).toBeNull()
  })
})

describe('runs of `?` for lost spaces padding a 落款', () => {
  it('reads the issuer and date of a 公示 whose lines end with `????`', () => {
    const doc = fixture('lost-spaces-signature.txt')
    expect(doc.meta.docType).toBe('公示')
    expect(doc.meta.issuers).toEqual(['青河县应急管理局'])
    expect(doc.meta.signedDate).toBe('2026-03-30')
  })

  it('leaves a question mark in running text and a URL alone', () => {
    const doc = parse('关于征集意见的公告\n是否需要调整收费标准？？欢迎提出意见。\n详见http://example.gov.cn/news.asp?id=1\n青河县发展和改革局\n2026年3月30日\n')
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('lost-spaces-removed')
  })
})

describe('a 字号 in a flattened table cell over the 版头 red rule', () => {
  it('reads the 字号 and the title under the rule line', () => {
    const doc = fixture('ruled-header.txt')
    expect(doc.meta.docNumber?.normalized).toBe('青府办〔2026〕12号')
    expect(doc.meta.title).toBe('印发青山市渔业安全生产规划的通知')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['青山市渔业安全生产规划'])
  })
})

describe('a portal label row of two cells whose spaces were lost', () => {
  it('cuts the 发布日期 label glued after the 发布机构 value when a date follows it', () => {
    const doc = fixture('glued-label-row.txt')
    expect(doc.meta.publishedDate).toBe('2026-03-05')
    expect(doc.meta.authority).toEqual(['青河县人民政府'])
  })

  it('cuts no Han value where a date label word is not followed by a date', () => {
    const doc = parse(
      '索引号 11610599Q-2026-000031\n发布机构 青河县发布日期管理办公室\n青河县人民政府办公室关于做好春季森林防火工作的通知\n各镇人民政府：\n现就有关工作通知如下。\n青河县人民政府办公室\n2026年3月2日\n',
    )
    expect(doc.meta.authority).toEqual(['青河县发布日期管理办公室'])
  })
})
