import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { fixtureText } from '../helpers.js'

// County portals' 信息公开 pages (issue #11, outside12 family B): the 名称/标题 cell opens with the
// portal's column tag (【应急预案】) or a date (20240315), a town's name printed twice before a title
// that opens with it, and the page closes with the police record line (X公网安备 + number) after the
// 落款. Fixtures written for this test in those forms.
describe("a county portal's tags around the title and its footer", () => {
  it('drops a column tag and the doubled town name from a 名称 cell', () => {
    const doc = parse(fixtureText('grassroots/portal-column-tag.txt'))
    expect(doc.meta.title).toBe('青溪镇森林火灾应急预案')
    expect(doc.meta.docType).toBe('应急预案')
    expect(doc.meta.publishedDate).toBe('2023-06-12')
  })

  it('drops a date tag from a 标题 cell, so the issuer read from the title has none either', () => {
    const doc = parse(fixtureText('grassroots/portal-date-tag.txt'))
    expect(doc.meta.title).toBe('河口县防汛抗旱指挥部办公室关于做好汛前隐患排查工作的通知')
    expect(doc.meta.issuers).toEqual(['河口县防汛抗旱指挥部办公室'])
  })

  it('cuts the police record footer, so the 落款 above it is read', () => {
    const doc = parse(fixtureText('grassroots/police-record-footer.txt'))
    expect(doc.meta.signedDate).toBe('2023-01-04')
    expect(doc.meta.issuers).toEqual(['柳河镇人民政府'])
    expect(doc.diagnostics.some((d) => d.message.includes('police-record-footer'))).toBe(true)
  })

  it('keeps a title whose first word is a date-like number or a place named once', () => {
    expect(parse('202403 号文件的补充通知\n各村：\n请按时上报。\n').meta.title).not.toBe('号文件的补充通知')
    expect(parse('河口县河口镇防汛工作方案\n一、目标\n全镇无因灾死亡。\n').meta.title).toBe('河口县河口镇防汛工作方案')
  })
})
