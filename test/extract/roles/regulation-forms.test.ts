/**
 * Role forms of regulations the outside5 probe left (family R, issue 11): a body in charge
 * 在同级人民政府领导下，负责人工… (负责人 is a person, 负责人工智能 a duty) and fields sharing 等部门
 * with a unit joined after the class (…等部门和有关军事机关应当按各自职责，做好…), in an article whose
 * number is glued to its text (第三条市、县…). Fixture written in the 法律资料网 page format.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { fixtureText, taskRoles } from '../../helpers.js'

const text = fixtureText('time-standing/regulation-roles.txt')

describe('regulation role forms (outside5 family R)', () => {
  const doc = parse(text)

  it('reads the body in charge and the fields sharing 等部门 with the unit joined after them', () => {
    expect(taskRoles(doc, '第一章/第三条')).toEqual([
      'responsible 市、县（市、区）科学技术主管部门',
      'responsible 发展改革部门、工业和信息化部门、财政部门、人力资源社会保障部门、市场监管部门、有关军事机关',
    ])
  })

  it('still reads 负责人 + 工作 as a person, not a duty', () => {
    const d = parse('第一条 为了加强管理，制定本规定。\n第二条 单位负责人工作调动的，应当办理交接手续。\n第三条 本规定自公布之日起施行。')
    expect(d.tasks.flatMap((t) => t.roles)).toEqual([])
  })

  it('gives no role to a body that sets up the one in charge (设立…工作组，负责人工智能…)', () => {
    const d = parse('一、各高校学位评定委员会设立人工智能专门工作组，负责人工智能人才培养方案制定。\n二、完善评价机制。')
    expect(d.tasks.flatMap((t) => t.roles)).toEqual([])
  })
})
