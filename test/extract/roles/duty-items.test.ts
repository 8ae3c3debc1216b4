import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { taskRoles } from '../../helpers.js'

// outside9 probe (issue #11): emergency plans and county rules that hand duties by listing units
// (成员单位职责 › X：…, 第N条 X工作职责：, 权责分工 › …：X。). Fixtures written for the tests in
// those forms (own county and units).
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/outside9/${name}`, import.meta.url), 'utf8')

describe('a 成员单位职责 list: each item opens with its unit and a colon', () => {
  const doc = parse(fixture('duty-lists-plan.txt'))

  it('makes the opening unit responsible, with or without 负责', () => {
    expect(taskRoles(doc, '2/2.1/2.1.2/（1）')).toEqual(['responsible 县林业局'])
    expect(taskRoles(doc, '2/2.1/2.1.2/（2）')).toEqual(['responsible 县公安局'])
    expect(taskRoles(doc, '2/2.1/2.1.2/（3）')).toEqual(['responsible 县气象局'])
    expect(taskRoles(doc, '2/2.1/2.1.2/（4）')).toEqual(['responsible 县民政局'])
  })

  it('gives no role to the list heading (成员单位职责) or to the duties of the 指挥部 the plan sets up', () => {
    expect(taskRoles(doc, '2/2.1/2.1.2')).toBeUndefined()
    expect(taskRoles(doc, '2/2.1/2.1.1')).toBeUndefined()
    expect(taskRoles(doc, '2/2.1/2.1.1/（1）')).toBeUndefined()
  })
})

describe('rules naming each unit in an article heading, and 权责分工 lists closing with the unit', () => {
  const doc = parse(fixture('duty-lists-rules.txt'))

  it('makes the unit of `X工作职责：` responsible on that article, not on each of its items', () => {
    expect(taskRoles(doc, '第二条')).toEqual(['responsible 县应急管理局'])
    expect(taskRoles(doc, '第三条')).toEqual(['responsible 县水利局'])
    expect(taskRoles(doc, '第二条/（一）')).toBeUndefined()
    expect(taskRoles(doc, '第三条/（二）')).toBeUndefined()
  })

  it('reads `matter：unit。` items under a 权责分工 head', () => {
    expect(taskRoles(doc, '第四条/（一）')).toEqual(['responsible 县水利局'])
    expect(taskRoles(doc, '第四条/（二）')).toEqual(['responsible 县自然资源局'])
    expect(taskRoles(doc, '第四条/（三）')).toEqual(['responsible 县林业局、县应急管理局'])
  })

  it('reads no role from a list of definitions or from bodies a head sets up', () => {
    expect(taskRoles(doc, '第五条/（一）')).toBeUndefined()
    expect(taskRoles(doc, '第五条/（二）')).toBeUndefined()
    expect(taskRoles(doc, '第六条/（一）')).toBeUndefined()
  })
})

// outside14 02 (issue #11): a page that starts inside a 职责分工 list, each item opening with its units and a full stop.
describe('items that each open with their units alone, closed by a full stop', () => {
  it('makes those units responsible, with no head over the list', () => {
    const doc = parse(
      '青溪县村容整治百日行动方案\n（八）各乡镇人民政府和县开发区管委会。落实属地责任，制定整治方案，组织辖区内的清理工作。\n（九）县委督查室、县政府督查室、县纪委监委。负责对整治行动进行专项督查和考核。\n四、工作步骤\n（一）动员部署阶段。召开全县动员大会。\n',
    )
    expect(taskRoles(doc, '（八）')).toEqual(['responsible 各乡镇人民政府、县开发区管委会'])
    expect(taskRoles(doc, '（九）')).toEqual(['responsible 县委督查室、县政府督查室、县纪委监委'])
    expect(doc.tasks.find((t) => t.path.join('/') === '四/（一）')).toBeUndefined()
  })

  it('reads items that each open with one name as headings of works, not units', () => {
    const doc = parse('青溪县科技创新规划\n三、建设创新平台\n1.加快建设县重点实验室。围绕特色产业布局建设。\n2.高标准建设县技术创新中心。集聚创新资源。\n')
    expect(doc.tasks.flatMap((t) => t.roles)).toEqual([])
  })

  it('needs every item of the list in that form', () => {
    const doc = parse('青溪县村容整治百日行动方案\n（八）各乡镇人民政府和县开发区管委会。落实属地责任，制定整治方案。\n（九）加强督查考核。对整治行动进行专项督查。\n')
    expect(doc.tasks.flatMap((t) => t.roles)).toEqual([])
  })
})
