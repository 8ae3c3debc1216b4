import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { taskRoles } from '../helpers.js'

// Families of city and county plan pages left by the outside probe of plans (test/gold/outside/outside6.md,
// "Second pass"). The fixtures are written in the format of those pages, with their own units and wording.

const fixture = (name: string) => parse(readFileSync(new URL(`../fixtures/city-plans/${name}`, import.meta.url), 'utf8'))
const paths = (doc: ReturnType<typeof parse>) => doc.tasks.map((t) => t.path.join('/'))

describe('an arabic list numbered on under a new （一） (1.–3. under 一、, then 二、 › （一） › 4.)', () => {
  const doc = fixture('numbered-on.txt')

  it('4. and 5. are items of （一）, 6. and 7. of （二）, each with its own 责任单位 line', () => {
    expect(paths(doc)).toEqual(['一/1', '一/2', '一/3', '二/（一）/4', '二/（一）/5', '二/（二）/6', '二/（二）/7'])
    expect(taskRoles(doc, '二/（一）/4')).toEqual(['responsible 县经信局、县发改局、县科技局'])
    expect(taskRoles(doc, '二/（二）/7')).toEqual(['responsible 县农业农村局、县财政局'])
  })

  it('a stray （三） that follows no （二） (a wrapped line) does not take the list', () => {
    const d = parse('一、总体要求\n1.完成甲项任务（责任单位：县财政局）。\n2.完成乙项任务（责任单位：县商务局）。\n二、主要任务\n（三）类项目按季度报送。\n3.完成丙项任务（责任单位：县交通局）。\n')
    expect(paths(d)).toEqual(['一/1', '一/2', '二/3'])
  })
})

describe('label lines closing a section after its sub-items (（一） › 1. 2. › (1)–(3), then 牵头单位： / 责任单位：)', () => {
  const doc = fixture('section-labels.txt')

  it('assign the section, not its last sub-item', () => {
    expect(paths(doc)).toEqual(['二/（一）', '二/（二）/1', '二/（二）/2'])
    expect(taskRoles(doc, '二/（一）')).toEqual(['lead 县市场监管局', 'responsible 县教育局、县城管执法局、城关镇人民政府'])
  })

  it('the last sub-item ends before the labels', () => {
    const three = doc.clauses[1].children[0].children[1].children[2]
    expect(three.path).toEqual(['二', '（一）', '2', '（3）'])
    expect(three.position.end.line).toBeLessThan(doc.tasks[0].roles[0].position.start.line)
  })

  it('labels printed after each item stay with their items', () => {
    expect(taskRoles(doc, '二/（二）/2')).toEqual(['responsible 县教育局'])
  })
})

describe('prose appointments: X为…的牵头责任单位，Y为协办单位', () => {
  it('assign the section: the lead and the units that assist, 州-level units named whole', () => {
    const plan = fixture('appointed-units.txt').documents[0]
    expect(plan.meta.title).toBe('州八届人大二次会议代表建议办理方案')
    expect(taskRoles(plan, '二')).toEqual(['lead 州商务局', 'participant 州发改委、州财政局、州农业农村局、州交通运输局、凤山县政府、乐业县政府'])
    expect(plan.tasks.map((t) => t.path.join('/'))).toEqual(['二'])
  })

  it('the short form, and labels qualified without 的 are not appointments', () => {
    const doc = parse('一、工作任务\n（一）推进老旧小区改造。市住房城乡建设局为牵头责任单位，市财政局、市自然资源局为配合单位。\n（二）规范信访受理。最先受理信访事项的机关为首办责任单位。\n（三）加强公路养护。公路管理机构和乡镇人民政府统称为公路养护责任单位。\n')
    expect(taskRoles(doc, '一/（一）')).toEqual(['lead 市住房城乡建设局', 'participant 市财政局、市自然资源局'])
    expect(doc.tasks.map((t) => t.path.join('/'))).toEqual(['一/（一）'])
  })
})
