import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { fixtureText, taskRoles } from '../../helpers.js'

// outside8 probe (issue #11): a 分解方案 printing under each item a line that is only a
// parenthesised list of units, with no label; its numbering runs on from one section into the first
// （一） of the next. Fixture written for the test in that format (own units and figures).
const src = fixtureText('outside8/bare-unit-lines.txt')
const plan = parse(src).documents[0]

describe('a line that is only a parenthesised unit list under an item', () => {
  it('makes those units responsible for the item, with their printed names and positions', () => {
    expect(plan.meta.title).toBe('市政府2013年重点工作分解落实方案')
    expect(taskRoles(plan, '一/1')).toEqual(['responsible 市发改委、财政局、宜城国税局、地税局'])
    expect(taskRoles(plan, '一/2')).toEqual(['responsible 市经信委'])
    const unit = plan.tasks[0].roles[0].units[1]
    expect(src.slice(unit.position!.start.offset, unit.position!.end.offset)).toBe('财政局')
    // the level printed once before the list belongs to the later units too
    expect(unit.canonical).toMatch(/^市财政局|财政局$/)
  })

  it('keeps a collective with its own bracket as one unit', () => {
    expect(taskRoles(plan, '一/3')).toEqual(['responsible 市人社局、各县（市、区）政府'])
  })

  it('puts items numbered on from the section before under the （一） heading just opened', () => {
    expect(plan.tasks.map((t) => t.path.join('/'))).toEqual(['一/1', '一/2', '一/3', '二/（一）/4', '二/（一）/5', '二/（二）/6'])
    expect(taskRoles(plan, '二/（一）/4')).toEqual(['responsible 市住建局、园林局'])
    expect(taskRoles(plan, '二/（二）/6')).toEqual(['responsible 市人社局'])
  })

  it('reads no unit line from a parenthesis inside a sentence or one naming no unit', () => {
    // （含失业人员再就业） closes a sentence, not a line of its own; the notice's own paragraphs are no tasks
    expect(plan.tasks.find((t) => t.path.join('/') === '二/（二）/6')!.roles.flatMap((r) => r.units.map((u) => u.name))).toEqual(['市人社局'])
    const notUnits = parse('一、目标\n1、全年接待游客100万人次。\n(2014—2016年)\n2、新建停车位500个。\n(此件公开发布)\n')
    expect(notUnits.tasks.flatMap((t) => t.roles)).toEqual([])
  })
})
