import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { fixtureText } from '../../helpers.js'

// outside20 probe (issue #11): 督查 notices and minutes fix the day and the part of the day an
// inspection or a meeting takes place (`督查时间 2018年1月4日全天`, `1月4日下午15:00—18:00，督查组依次到…`).
// Such a day is an appointment, not a due date; a clock with 前 after it stays due. Fixture
// written for the test (own county, projects and dates).
const doc = parse(fixtureText('outside20/inspection-notice.txt'))
const due = (path: string) => doc.tasks.filter((t) => t.path.join('/') === path).flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => d.date))

describe('a day followed by a part of the day', () => {
  it('is no due date when nothing after the time makes it one', () => {
    expect(due('一')).toEqual([])
    expect(due('二/（一）')).toEqual([])
    expect(due('二/（二）')).toEqual([])
  })

  it('stays due with 前 after the clock, as a plain 前 date does', () => {
    expect(due('三/（一）')).toEqual(['2021-07-02'])
    expect(due('三/（二）')).toEqual(['2021-07-09'])
  })
})
