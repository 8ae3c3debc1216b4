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

describe('a short-name note between a body and its verb (X（以下简称Y）负责…)', () => {
  const doc = parse(
    '某某市公共汽车客运管理条例\n\n第一章 总则\n第三条 市交通行政管理部门负责本市公共汽车客运的管理工作。区交通行政管理部门（以下简称区交通部门）负责组织领导本行政区域内的公共汽车客运管理工作。\n第四条 市质量技术监督部门和区质量技术监督部门（以下统称质量技监部门）负责检验检测活动的监督管理。\n第五条 区人民政府确定的绿化管理部门（简称区绿化部门）负责本辖区内绿化工作。\n',
  )

  it('names the body without its note, in prose as in labelled lists', () => {
    expect(taskRoles(doc, '第一章/第三条')).toEqual(['responsible 市交通行政管理部门', 'responsible 区交通行政管理部门'])
    expect(taskRoles(doc, '第一章/第四条')).toEqual(['responsible 市质量技术监督部门、区质量技术监督部门'])
    expect(taskRoles(doc, '第一章/第五条')).toEqual(['responsible 区人民政府确定的绿化管理部门'])
  })

  it('gives no carried subject to a duty list whose name read holds a set-up verb (市人民政府设立X（以下简称…），履行下列职责：)', () => {
    const d = parse('第一条 为了规范管理，制定本规定。\n第二条 市人民政府设立青湖新区管理委员会（以下简称管委会），履行下列职责：\n（一）保证法规在新区的实施；\n（二）负责新区的日常管理。\n')
    expect(d.tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => u.name))).filter((n) => n.includes('设立'))).toEqual([])
  })
})
