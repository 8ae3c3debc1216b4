import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { allClauses, fixtureText, rolesByPath } from '../helpers.js'

// Task lists of district and county offices printed one cell per bar (issue #11, outside12 family A):
// every cell — one line or several, a category `(一)` wrapped over lines, a unit list wrapped after its
// 、 — closed by a line holding only its bar, no line between rows; the role column's header note says
// the starred unit leads and the others take part. Fixture written for this test in that form.
describe('tables printed one cell per bar', () => {
  const src = fixtureText('grassroots/starred-lead-table.txt')
  const doc = parse(src)

  it('reads each complete row under its category, the starred unit as lead and the others as participants', () => {
    expect(rolesByPath(doc)).toEqual({
      '（一）/1': [
        ['lead', ['县农业农村局']],
        ['responsible', ['城关镇']],
      ],
      // a unit list wrapped over lines: every line's units
      '（一）/2': [
        ['lead', ['县农业农村局']],
        ['participant', ['县卫健委', '县财政局']],
        ['responsible', ['城关镇', '河西镇', '桥头镇']],
      ],
      '（二）/3': [
        ['lead', ['县委宣传部']],
        ['participant', ['县文明办']],
        ['responsible', ['河西镇', '桥头镇']],
      ],
    })
  })

  it('opens the category clauses, keeps the header out of the rows and ends at the row the page cut', () => {
    // row 4 lacks its 完成时间节点 cell: no row, and no clause for it
    expect(allClauses(doc.clauses).map((c) => c.path.join('/'))).toEqual(['（一）', '（一）/1', '（一）/2', '（二）', '（二）/3'])
    const lead = doc.tasks.find((t) => t.path.join('/') === '（一）/2')!.roles[0]
    // the label is the column word without its note; the unit's position is the name without its star
    expect(lead.label).toBe('责任部门')
    expect(src.slice(lead.units[0].position!.start.offset, lead.units[0].position!.end.offset)).toBe('县农业农村局')
  })

  it("reads the 完成时间节点 cell as the row's time", () => {
    const t = doc.tasks.find((x) => x.path.join('/') === '（一）/2')!
    expect(t.deadlines.map((d) => `${d.kind} ${d.raw}`)).toEqual(['due 10月底'])
  })
})
