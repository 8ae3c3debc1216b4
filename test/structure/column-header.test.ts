import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { fixtureText, taskRoles } from '../helpers.js'

// A table a converted gazette prints as a header run of column words (…/工作措施/责任单位/备注) over
// items that keep their own markers: the line of units after each item's text is its 责任单位 cell
// (outside18 page 11's form). The fixture is our own text in that format.
describe('a column header over marked items', () => {
  const src = fixtureText('cells/column-header-items.txt')
  const doc = parse(src)

  it('reads the unit line after each item as the role column', () => {
    expect(taskRoles(doc, '一/（一）')).toEqual(['responsible 市商务局、各县、市、区政府'])
    expect(taskRoles(doc, '一/（一）/2')).toEqual(['responsible 市市场监管局、市商务局'])
    // a short line after the units is the next column's cell (备注), not the unit line
    expect(taskRoles(doc, '一/（一）/3')).toEqual(['responsible 市市场监管局'])
    const cell = doc.tasks.find((t) => t.path.join('/') === '一/（一）/2')!.roles[0]
    expect(cell.label).toBe('责任单位')
    expect(src.slice(cell.units[0].position!.start.offset, cell.units[0].position!.end.offset)).toBe('市市场监管局')
  })

  it('an item without a unit line (cut, or a heading) gets no role', () => {
    expect(taskRoles(doc, '一/（一）/4')).toBeUndefined()
    expect(taskRoles(doc, '二/（一）')).toBeUndefined()
  })

  it('a 备注 cell is not read for time: 2021年9月 is no deadline', () => {
    expect(doc.tasks.find((t) => t.path.join('/') === '一/（一）')?.deadlines ?? []).toEqual([])
  })

  it('without the header, a unit line at an item end is no role', () => {
    const bare = parse(src.replace(/重点工作\n主要\n任务\n工作措施\n责任单位\n备注\n/, ''))
    expect(taskRoles(bare, '一/（一）/2')).toBeUndefined()
  })
})
