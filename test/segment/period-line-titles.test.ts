import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { periodLine } from '../../src/segment/period.js'
import { fixtureText } from '../helpers.js'

// titlefam (issue #11, outside6 22 / outside7 16): an issued plan's period or edition printed on
// the line under its title. Fixtures written for the tests in those forms (own places and dates).
const fixture = (name: string) => fixtureText(`titlefam/${name}`)

describe('period and edition lines under an issued title', () => {
  it('ends the title with a period line whose opening bracket the scraper lost', () => {
    const doc = parse(fixture('period-line-lost-bracket.txt'))
    expect(doc.meta.signedDate).toBe('2023-05-31')
    const plan = doc.documents[0]
    expect(plan.meta.title).toBe('青溪县乡村物流体系建设三年行动计划（2023―2025年）')
    expect(plan.meta.docType).toBe('行动计划')
    // the period line is the title's, not the body's first paragraph
    expect(plan.tasks.map((t) => t.path.join('/'))).toEqual(['一/（一）'])
  })

  // normalize prints brackets full-width
  it('ends a title broken over two lines, its quote shorter than the print, with its edition line (2024年版)', () => {
    const plan = parse(fixture('edition-line.txt')).documents[0]
    expect(plan.meta.title).toBe('江北省应急管理厅森林火灾应急处置工作预案（2024年版）')
    expect(plan.meta.docType).toBe('预案')
  })

  it('reads only a whole period or edition line', () => {
    expect(periodLine('（2021—2025年）')).toBe('（2021—2025年）')
    expect(periodLine('2020―2022年）')).toBe('（2020―2022年）')
    expect(periodLine('(2020年版)')).toBe('(2020年版)')
    expect(periodLine('(2020年修订版)')).toBe('(2020年修订版)')
    expect(periodLine('(2020年)')).toBeNull()
    expect(periodLine('2020年至2022年，全县新建…')).toBeNull()
    expect(periodLine('一、总体要求')).toBeNull()
  })
})
