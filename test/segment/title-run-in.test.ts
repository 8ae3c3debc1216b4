import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { fixtureText } from '../helpers.js'

// Document-sharing and portal pages that run the title into the text on its line (issue #11, outside12
// family C): the title printed twice before the body (after a page chunk's `2、`), or a notice's title
// glued to its 主送. Fixtures written for this test in those forms.
describe('a title run into the text on its line', () => {
  it('takes a title printed twice at the head of a flattened page, the text after it stays the body', () => {
    const src = fixtureText('grassroots/doubled-title-line.txt')
    const doc = parse(src)
    expect(doc.meta.title).toBe('河道保洁巡查工作方案')
    expect(doc.meta.docType).toBe('工作方案')
    expect(doc.diagnostics.some((d) => d.code === 'title-run-in')).toBe(true)
    // the body after the second printing is read: its sections are clauses
    expect(doc.clauses.map((c) => c.path.join('/'))).toEqual(['一', '二'])
  })

  it("cuts a notice's title from the 主送 glued after it", () => {
    const doc = parse(fixtureText('grassroots/title-glued-to-addressees.txt'))
    expect(doc.meta.title).toBe('关于印发《石桥镇秋冬季森林防火工作方案》的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.signedDate).toBe('2022-10-09')
  })

  it('leaves a title line that is only the title, and a first sentence that merely repeats a phrase', () => {
    expect(parse('关于做好防汛工作的通知\n各村委会：\n请做好防汛工作。\n').diagnostics.some((d) => d.code === 'title-run-in')).toBe(false)
    // 工作工作 doubles, but 工作 is no title
    const doc = parse('工作工作都要抓好，各村要按时上报进展情况和存在问题。\n')
    expect(doc.diagnostics.some((d) => d.code === 'title-run-in')).toBe(false)
  })
})
