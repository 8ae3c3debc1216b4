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

describe('a body named by its duty (区负责出版管理的部门负责…, 32 sentences in the bulk laws)', () => {
  const doc = parse(
    '某某省残疾人保障条例\n\n第一章 总则\n第五条 县级以上人民政府负责残疾人工作的机构，负责组织、协调、指导本行政区域内的残疾人工作。\n第六条 市、县（市、区）负责网格化服务管理工作的机构负责本辖区内网格的划分。\n第七条 设区的市级、县级负责药品监督管理的部门负责本行政区域医疗器械经营活动的监督检查。\n第八条 省辖市、县（市）人民政府负责管理测绘工作的部门（以下简称测绘主管部门）负责本行政区域测绘工作的统一监督管理。\n第九条 县级以上人民政府负责法制工作的机构应当对行政机关工作人员进行培训。\n第十条 市、区县人民政府负责特种设备安全监督管理的部门(以下简称特种设备安全监督管理部门)负责本行政区域内电梯安全的监督管理。\n',
  )

  it('reads the described body as the unit, with its levels and without its short-name note', () => {
    expect(taskRoles(doc, '第一章/第五条')).toEqual(['responsible 县级以上人民政府负责残疾人工作的机构'])
    expect(taskRoles(doc, '第一章/第六条')).toEqual(['responsible 市、县（市、区）负责网格化服务管理工作的机构'])
    expect(taskRoles(doc, '第一章/第七条')).toEqual(['responsible 设区的市级、县级负责药品监督管理的部门'])
    expect(taskRoles(doc, '第一章/第八条')).toEqual(['responsible 省辖市、县（市）人民政府负责管理测绘工作的部门'])
    // levels joined by 、 before a long name whose note would pass the length limit
    expect(taskRoles(doc, '第一章/第十条')).toEqual(['responsible 市、区县人民政府负责特种设备安全监督管理的部门'])
  })

  it('assigns nothing when the described body is the subject of another verb (应当…进行培训)', () => {
    expect(taskRoles(doc, '第一章/第九条') ?? []).toEqual([])
  })
})

describe('及其他 joins a list; 及其 joins a body to its own (connectors.json betweenNotBefore)', () => {
  it.each([
    ['市商务部门及其他有关部门按照职责分工，负责外商投资促进工作。', ['responsible 市商务部门、其他有关部门']],
    ['区人民政府负责外商投资工作的部门（以下简称区商务部门）及其他有关部门按照职责分工，负责本区外商投资促进工作。', ['responsible 区人民政府负责外商投资工作的部门、其他有关部门']],
    ['市公安局及其派出机构负责治安管理。', ['responsible 市公安局及其派出机构']],
  ])('%s', (article, roles) => {
    expect(taskRoles(parse(`第一条 为了规范管理，制定本规定。\n第二条 ${article}\n`), '第二条')).toEqual(roles)
  })
})

describe('a body set up in the sentence is no unit of the one that sets it up (X设立Y（以下简称…），负责…)', () => {
  it.each([
    ['国家知识产权局设立布图设计行政执法委员会（以下简称行政执法委员会），负责处理侵犯布图设计专有权的纠纷。', []],
    ['自治县人民政府设置名镇保护管理机构（以下简称保护管理机构），负责名镇的保护和管理。', []],
    ['市人民政府依法设立的彩票发行机构（以下简称发行机构），负责全市的彩票发行工作。', ['responsible 市人民政府依法设立的彩票发行机构']],
    // the body that installed a thing is a unit (设置单位, 设立单位), as 组建单位 is
    ['户外广告设施的设置单位负责设施的日常维护。', ['responsible 户外广告设施的设置单位']],
  ])('%s', (article, roles) => {
    expect(taskRoles(parse(`第一条 为了规范管理，制定本规定。\n第二条 ${article}\n`), '第二条') ?? []).toEqual(roles)
  })
})
