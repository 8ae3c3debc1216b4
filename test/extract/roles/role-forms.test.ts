import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { scanRoles, type ScanResult } from '../../../src/extract/roles/index.js'
import { policyDocs } from '../../helpers.js'

const brief = (r: ScanResult) => r.roles.map((x) => [x.role, x.units.map((u) => u.name)])

/** The line of a corpus/policy document (file name starting with `prefix`) that holds `needle`. */
function corpusLine(prefix: string, needle: string): string {
  const [doc] = policyDocs((f) => f.startsWith(prefix))
  const line = doc[1].split('\n').find((l) => l.includes(needle))
  if (!line) throw new Error(`no line with ${needle}`)
  return line
}

describe('participants after a duty phrase (issue #11 family 6)', () => {
  it('（X牵头，Y、Z按职责分工配合）: Y and Z take part', () => {
    const r = scanRoles('推进城市大脑建设。（市大数据局牵头，市发展改革委、市财政局按职责分工配合）')
    expect(brief(r)).toEqual([
      ['lead', ['市大数据局']],
      ['participant', ['市发展改革委', '市财政局']],
    ])
    expect(r.roles[1].label).toBe('按职责分工配合')
  })

  it.each([
    ['（市教育局负责）', [['responsible', ['市教育局']]]],
    ['（市教育局、市人力资源社会保障局按职责分工负责）', [['responsible', ['市教育局', '市人力资源社会保障局']]]],
    ['市教育局、市人力资源社会保障局分别负责。', [['responsible', ['市教育局', '市人力资源社会保障局']]]],
    [
      '（省科技厅牵头，省财政厅按照职责分工协助）',
      [
        ['lead', ['省科技厅']],
        ['participant', ['省财政厅']],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(brief(scanRoles(text))).toEqual(expected)
  })

  it('a duty phrase alone assigns nothing (corpus/policy/govcn_platform1__55…, a member roster)', () => {
    const line = corpusLine('govcn_platform1__55_', '各成员单位要按照职责分工')
    expect(scanRoles(line).roles).toEqual([])
  })
})

describe('a unit whose name holds a role word', () => {
  it('省十大新兴产业推进组工作专班牵头单位 is a unit in prose and in a labelled list', () => {
    expect(brief(scanRoles('（省十大新兴产业推进组工作专班牵头单位负责）'))).toEqual([['responsible', ['省十大新兴产业推进组工作专班牵头单位']]])
    const r = scanRoles('（责任单位：省十大新兴产业推进组工作专班牵头单位、省发展改革委）')
    expect(brief(r)).toEqual([['responsible', ['省十大新兴产业推进组工作专班牵头单位', '省发展改革委']]])
    expect(r.roles[0].units[0].kind).toBe('collective')
    // the 牵头单位 inside the name is not reported as a stray label
    expect(r.nonAssignments).toEqual([])
  })

  it('a bare role label is still not a unit', () => {
    expect(scanRoles('（牵头单位负责）').roles).toEqual([])
  })
})

describe('units named by their field, sharing one suffix (regulations)', () => {
  it('市发展改革、教育、公安、财政等部门按照各自职责做好… → each a 市…部门, positioned on its field', () => {
    const text = '市发展改革、教育、公安、财政等部门按照各自职责做好相关工作。'
    const r = scanRoles(text)
    expect(brief(r)).toEqual([['responsible', ['市发展改革部门', '市教育部门', '市公安部门', '市财政部门']]])
    const edu = r.roles[0].units[1]
    expect(text.slice(edu.index, edu.end)).toBe('教育')
  })

  it('上海市中华鲟保护管理条例 (bulk lawrefbook/DLC_上海地方法规/上海市中华鲟保护管理条例(2020-05-14).txt): the action after a comma', () => {
    const r = scanRoles('规划资源、住房建设、生态环境、水务（海洋）、交通、绿化市容（林业）、市场监管、公安、应急、海事等部门按照各自职责，共同做好本市中华鲟保护管理相关工作。')
    expect(brief(r)).toEqual([
      ['responsible', ['规划资源部门', '住房建设部门', '生态环境部门', '水务（海洋）部门', '交通部门', '绿化市容（林业）部门', '市场监管部门', '公安部门', '应急部门', '海事部门']],
    ])
  })

  it('河南省大气污染防治条例 (bulk lawrefbook/DLC_河南地方法规/河南省大气污染防治条例.txt): 城市管理部门 keeps its field', () => {
    const r = scanRoles('住房城乡建设、房屋征收部门在各自职责范围内负责建筑物拆除施工扬尘的监督管理。住房城乡建设、城市管理部门负责城区内建筑垃圾和工程渣土处置的监督管理。')
    expect(brief(r)).toEqual([
      ['responsible', ['住房城乡建设部门', '房屋征收部门']],
      ['responsible', ['住房城乡建设部门', '城市管理部门']],
    ])
  })

  it.each([
    ['由省财政、物价部门负责。', ['省财政部门', '省物价部门']],
    ['县级以上人民政府卫生、教育行政部门负责监督管理。', ['县级以上人民政府卫生行政部门', '县级以上人民政府教育行政部门']],
    ['市场监督管理、商务等部门按照职责分工做好监管。', ['市场监督管理部门', '商务部门']],
    ['由卫生、民政、信息化等政府相关部门牵头。', ['卫生部门', '民政部门', '信息化部门']],
  ])('%s', (text, units) => {
    expect(scanRoles(text).roles[0]?.units.map((u) => u.name)).toEqual(units)
  })

  it('a list of real units is not completed (市教育局、市公安局等部门)', () => {
    expect(brief(scanRoles('（市教育局、市公安局等部门负责）'))).toEqual([['responsible', ['市教育局', '市公安局']]])
  })
})

describe('levels sharing one name are one collective', () => {
  it.each([
    ['（各区、市政府负责）', '各区、市政府'],
    ['（有关区、市政府负责）', '有关区、市政府'],
    ['（各省、自治区、直辖市人民政府负责）', '各省、自治区、直辖市人民政府'],
    ['市、区县（自治县）气象主管机构负责灾害性天气的监测。', '市、区县（自治县）气象主管机构'],
  ])('%s', (text, unit) => {
    const r = scanRoles(text)
    expect(r.roles[0].units.map((u) => [u.name, u.kind])).toEqual([[unit, 'collective']])
  })

  it('as participants after a lead, and in a labelled list', () => {
    expect(brief(scanRoles('由市发展改革委牵头，各区、市政府配合。'))).toEqual([
      ['lead', ['市发展改革委']],
      ['participant', ['各区、市政府']],
    ])
    expect(brief(scanRoles('（责任单位：各区、市政府，市教育局）'))).toEqual([['responsible', ['各区、市政府', '市教育局']]])
  })

  it('a field that opens with a blocked character: 市、区民政部门 (not 区民 residents), 区、县民族事务部门', () => {
    expect(brief(scanRoles('市、区民政部门负责本行政区域内的殡葬管理工作。'))).toEqual([['responsible', ['市、区民政部门']]])
    expect(brief(scanRoles('区、县（自治县）民族事务行政主管部门负责少数民族特需商品的供应。'))).toEqual([['responsible', ['区、县（自治县）民族事务行政主管部门']]])
    expect(brief(scanRoles('市、县外事办公室负责外国记者采访的接待。'))).toEqual([['responsible', ['市、县外事办公室']]])
    // 市民 / 县外 are still words of their own: no level join
    expect(brief(scanRoles('市、区民间组织负责联络。'))).toEqual([])
  })

  it('a district or county named among the levels (市、县（市）、石龙区…, 市和浦东新区…)', () => {
    expect(brief(scanRoles('市、县（市）、石龙区交通运输主管部门负责本行政区域内城市公共汽车客运的管理。'))).toEqual([['responsible', ['市、县（市）、石龙区交通运输主管部门']]])
    expect(brief(scanRoles('县（市）、历城区、长清区水行政主管部门负责下列取水许可审批：'))).toEqual([['responsible', ['县（市）、历城区、长清区水行政主管部门']]])
    expect(brief(scanRoles('市和浦东新区网信部门负责数据安全的监督管理。'))).toEqual([['responsible', ['市和浦东新区网信部门']]])
    // a place name is Han characters only, its first too (a stray A before 石龙区 is no place)
    expect(brief(scanRoles('市、县（市）、A石龙区交通运输主管部门负责本行政区域内城市公共汽车客运的管理。')).flatMap(([, u]) => u)).not.toContain('市、县（市）、A石龙区交通运输主管部门')
    // a named place opening the list is no level: no join, two units as before
    expect(brief(scanRoles('（历城区政府、长清区水务局负责）'))).toEqual([['responsible', ['历城区政府', '长清区水务局']]])
    expect(brief(scanRoles('（历城区、长清区水务局负责）'))).toEqual([])
  })

  it('不 joined: a level that is part of another word (市直各部门), or no shared name', () => {
    expect(brief(scanRoles('（各区（县级市、新区）、市直各部门负责）'))).toEqual([['responsible', ['各区（县级市、新区）', '市直各部门']]])
    expect(brief(scanRoles('（市教育局、区政府负责）'))).toEqual([['responsible', ['市教育局', '区政府']]])
  })
})

describe('through parse(): tasks carry the completed names and printed positions', () => {
  it('a regulation article', () => {
    const text = '第五条 市发展改革、教育、公安等部门按照各自职责做好相关工作。\n第六条 各区、市政府负责本辖区的实施工作。'
    const doc = parse(text)
    expect(doc.tasks.map((t) => [t.path, t.roles.map((r) => [r.role, r.units.map((u) => u.name)])])).toEqual([
      [['第五条'], [['responsible', ['市发展改革部门', '市教育部门', '市公安部门']]]],
      [['第六条'], [['responsible', ['各区、市政府']]]],
    ])
    const edu = doc.tasks[0].roles[0].units[1]
    expect(text.slice(edu.position!.start.offset!, edu.position!.end.offset!)).toBe('教育')
  })
})

describe('families found by the role-cue sweep (scripts/sweep-role-cues.ts)', () => {
  it('牵头制定 / 负责制定 are verbs; 负责制 is a system', () => {
    expect(brief(scanRoles('由市林业局牵头制定办法。'))).toEqual([['lead', ['市林业局']]])
    // corpus/policy/govcn_platform1__13_国务院办公厅关于全面推行行政执法公示制度…
    const line = corpusLine('govcn_platform1__13_', '司法部负责制定统一的行政执法文书')
    expect(brief(scanRoles(line)).find(([, u]) => (u as string[]).includes('司法部'))).toEqual(['responsible', ['司法部']])
    expect(scanRoles('实行党政主要领导负责制。').roles).toEqual([])
  })

  it('领导小组及其办公室 is one unit (corpus/policy/politic_analysis_2025__central_001.txt)', () => {
    const line = corpusLine('politic_analysis_2025__central_001', '智慧林业建设领导小组及其办公室牵头')
    expect(brief(scanRoles(line))).toContainEqual(['lead', ['智慧林业建设领导小组及其办公室']])
  })

  it('levels written with 级 (corpus/policy/politic_analysis_2025__central_134.txt, central_060)', () => {
    // (the article's own text, after its marker 第十条)
    expect(brief(scanRoles(corpusLine('politic_analysis_2025__central_134', '省、市级政府相关主管部门负责').replace(/^\s*第.{1,4}条\s*/, '')))).toContainEqual([
      'responsible',
      ['省、市级政府相关主管部门'],
    ])
    expect(brief(scanRoles(corpusLine('politic_analysis_2025__central_060', '地市级医疗保障行政部门负责')))).toContainEqual(['responsible', ['省级、地市级医疗保障行政部门']])
  })
})

describe('regulation forms found in the bulk law corpus', () => {
  it('市和区、县人民政府 (bulk lawrefbook/DLC_北京地方法规/北京市行政性事业性收费管理条例(1994-05-21).txt) is one collective', () => {
    expect(brief(scanRoles('市和区、县人民政府负责本条例的贯彻实施。'))).toEqual([['responsible', ['市和区、县人民政府']]])
  })

  it('a government named in the first field is the shared prefix (bulk lawrefbook/DLC_河南地方法规/鹤壁市浚县古城保护条例(2020-10-28).txt)', () => {
    expect(brief(scanRoles('浚县人民政府文物、规划、住房城乡建设等主管部门负责编制、调整古城保护规划。'))).toEqual([
      ['responsible', ['浚县人民政府文物主管部门', '浚县人民政府规划主管部门', '浚县人民政府住房城乡建设主管部门']],
    ])
  })
})

describe('department names that open a regulation clause without a level prefix', () => {
  it('广东省大气污染防治条例 (bulk lawrefbook/DLC_广东地方法规/广东省大气污染防治条例(2022-11-30).txt): 生态环境主管部门负责…；发展改革主管部门负责…', () => {
    expect(brief(scanRoles('生态环境主管部门负责工业大气污染防治的监督管理；发展改革主管部门负责能源结构调整。'))).toEqual([
      ['responsible', ['生态环境主管部门']],
      ['responsible', ['发展改革主管部门']],
    ])
  })

  it('a field word inside a name is no unit start (中国农业发展银行, corpus/policy/govcn_platform1__41_国务院办公厅关于印发国家粮食应急预案的函.txt)', () => {
    const doc = parse(policyDocs((f) => f.startsWith('govcn_platform1__41_'))[0][1])
    const units = doc.documents
      .flatMap((d) => d.tasks)
      .flatMap((t) => t.roles)
      .flatMap((r) => r.units.map((u) => u.name))
    expect(units).toContain('中国农业发展银行')
    expect(units).not.toContain('农业发展银行')
  })

  it('X或者Y: alternatives are both units (城乡规划主管部门和乡（镇）人民政府)', () => {
    expect(brief(scanRoles('城乡规划主管部门和乡（镇）人民政府负责辖区内的城乡规划建设管理工作。'))).toEqual([['responsible', ['城乡规划主管部门', '乡（镇）人民政府']]])
    expect(brief(scanRoles('（市民政局或者区民政局负责）'))).toEqual([['responsible', ['市民政局', '区民政局']]])
  })
})
