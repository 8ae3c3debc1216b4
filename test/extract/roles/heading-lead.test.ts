import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { taskRoles } from '../../helpers.js'

// outside10 probe, family H (issue #11; also outroles 07 and outside7 25): a section heading's
// `(由X牵头)` leads the section; its items do not inherit it. A heading's label cell
// (责任单位:X) is still handed down. Fixture written for the test (own city, units and figures).
const doc = parse(readFileSync(new URL('../../fixtures/dutyfam/heading-lead-section.txt', import.meta.url), 'utf8'))

describe('a prose lead on a section heading', () => {
  it('is the heading clause’s lead only', () => {
    expect(taskRoles(doc, '一')).toEqual(['lead 市经信局'])
    expect(taskRoles(doc, '一/（一）')).toBeUndefined()
    expect(doc.tasks.find((t) => t.path.join('/') === '一/（二）')?.roles).toEqual([])
  })

  it('leaves a heading’s label cell handed to its items', () => {
    expect(taskRoles(doc, '二/（一）')).toEqual(['responsible 市自然资源和规划局'])
    expect(taskRoles(doc, '二/（一）/1')).toEqual(['responsible 市自然资源和规划局'])
    expect(taskRoles(doc, '二/（一）/2')).toEqual(['responsible 市自然资源和规划局'])
  })
})

// outside10 14, family H's second half: under a title that prints its edition (2026年版), a bare
// `2026年，` with no deadline verb after it is the year the policy is for; `2026年，完成…` stays due.
describe('a bare year of the title’s edition', () => {
  const due = (path: string) => doc.tasks.find((t) => t.path.join('/') === path)?.deadlines.map((d) => `${d.kind} ${d.date}`)
  it('is no deadline before a figure', () => {
    expect(due('一')).toEqual([])
  })
  it('stays due before a deadline verb', () => {
    expect(due('一/（二）')).toEqual(['due 2026-12-31'])
  })
})
