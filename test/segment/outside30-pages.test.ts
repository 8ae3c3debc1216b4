/**
 * outside30 (issue 11): titles broken over three and four lines, with `<>` for an inner 《》 and a space
 * between joint issuers — the notice's own title and the plan it issues. Fixtures written here in the
 * page's form; places, organs, numbers and dates made up.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { TITLE_FRAGMENT } from '../../src/segment/title-lines.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/outside30/${name}`, import.meta.url))

describe('a title over three or four lines', () => {
  const doc = parse(fixture('title-over-lines.txt'))
  it('joins the notice title over three lines', () => {
    expect(doc.meta.title).toBe('《关于落实农业农村部国家林草局国家乡村振兴局<山地果园提升行动计划（2031-2033年）>的实施方案》的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.signedDate).toBe('2031-05-12')
  })
  it('joins the issued plan title over four lines and keeps its due date there', () => {
    expect(doc.documents).toHaveLength(1)
    expect(doc.documents[0].meta.title).toBe('关于落实农业农村部国家林草局国家乡村振兴局《山地果园提升行动计划（2031-2033年）》的实施方案')
    expect(doc.documents[0].meta.docType).toBe('实施方案')
    expect(doc.documents[0].tasks.flatMap((t) => t.deadlines.map((d) => `${t.path.join('/')} ${d.date}`))).toEqual(['一 2033-12-31'])
  })
  it('a fragment may hold one space between names, not a sentence or a double space', () => {
    expect(TITLE_FRAGMENT.test('国家林草局 国家乡村振兴局')).toBe(true)
    expect(TITLE_FRAGMENT.test('国家乡村振兴局<山地果园提升行动计划')).toBe(true)
    expect(TITLE_FRAGMENT.test('国家林草局  国家乡村振兴局')).toBe(false)
    expect(TITLE_FRAGMENT.test('到2033年,建成山地标准果园')).toBe(false)
    expect(TITLE_FRAGMENT.test(' 国家林草局')).toBe(false)
  })
})

describe('a law database header printed twice over a notice without a title line', () => {
  const doc = parse(fixture('lawdb-header-twice.txt'))
  it('reads the issuing act past the repeated label lines', () => {
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.publishedDate).toBe('2031-03-18')
    expect(doc.documents[0].meta.title).toBe('青山省山地果业提升三年行动计划（2031—2033年）')
  })
  it('label lines alone name no genre', () => {
    const bare = parse('【发布文号】 青府办发〔2031〕12号\n【效 力】\n【备 注】 无\n各市人民政府:\n请做好有关工作。\n')
    expect(bare.meta.docType).toBeNull()
  })
})

describe('a body naming its genre without a title line', () => {
  it('特制定 + the plan it names, without 《》', () => {
    const doc = parse(fixture('untitled-plan-and-report.txt'))
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.docType).toBe('工作计划')
  })
  it('a work report read to the congress', () => {
    const doc = parse(fixture('untitled-report.txt'))
    expect(doc.meta.docType).toBe('报告')
  })
  it('a plan named in passing, not closing its sentence, names no genre', () => {
    const doc = parse('各单位要认真落实。\n特制定的工作计划要报市政府备案，并抓好落实。\n')
    expect(doc.meta.docType).toBeNull()
  })
})
