import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { scanRoles, type ScanResult } from '../../../src/extract/roles/index.js'

/**
 * Role families read off the whole-corpus role-cue sweep (issue #11, fifth session: 30 unexplained
 * cues drawn with seed 11 by scripts/sweep/role-cases.ts), each held on sentences of the corpus.
 */
const brief = (r: ScanResult) => r.roles.map((x) => [x.role, x.label, x.units.map((u) => u.name)])

describe('a basis phrase between the units and their verb (按照本规定负责)', () => {
  it('按照 + a rule (lawrefbook 上海市农业科技进步规定)', () => {
    expect(brief(scanRoles('市和区、县农业行政管理部门按照本规定负责农业科技进步工作。'))).toEqual([['responsible', '负责', ['市和区、县农业行政管理部门']]])
  })

  it('依照 + a standard, lead (国家职业教育改革实施方案)', () => {
    expect(brief(scanRoles('国务院人力资源社会保障行政部门组织制定职业标准，国务院教育行政部门依照职业标准牵头组织开发教学等相关标准。'))).toEqual([['lead', '牵头组织', ['国务院教育行政部门']]])
  })

  it('按照 + the requirements of another body (北京市城乡规划条例)', () => {
    expect(brief(scanRoles('乡、镇域规划由所在区人民政府组织编制，乡、镇人民政府按照区人民政府的要求负责具体工作。'))).toEqual([['responsible', '负责', ['乡、镇人民政府']]])
  })

  it('依照 + this regulation (法规规章备案审查条例 第六条)', () => {
    expect(brief(scanRoles('国务院备案审查工作机构依照本条例的规定负责国务院的法规、规章备案工作。'))).toEqual([['responsible', '负责', ['国务院备案审查工作机构']]])
  })

  it('可以 before the verb is a filler (消防法)', () => {
    expect(brief(scanRoles('公安派出所可以负责日常消防监督检查、开展消防宣传教育，具体办法由国务院公安部门规定。'))).toEqual([['responsible', '负责', ['公安派出所']]])
  })

  it('a private party before the basis phrase stays no assignment (广东省城镇房屋租赁条例 第十七条)', () => {
    expect(scanRoles('当事人应当按照租赁合同负责检查、维修房屋及其设施。').roles).toEqual([])
  })

  it('对 after the basis phrase is accountability to a body, no duty (建筑法 第二十九条)', () => {
    expect(scanRoles('建筑工程总承包单位按照总承包合同的约定对建设单位负责；分包单位按照分包合同的约定对总承包单位负责。').roles).toEqual([])
  })

  it('a comma inside the phrase ends it: the units are not read across it', () => {
    expect(scanRoles('有关部门按照规定，以及本办法负责。').roles.map((r) => r.units.map((u) => u.name))).not.toContainEqual(['有关部门按照规定'])
  })
})

describe('会同 without 牵头 gives no role (test/gold/README.md)', () => {
  it('X会同Y负责: X responsible, Y none (国家粮食应急预案 3.1)', () => {
    expect(brief(scanRoles('国家发展改革委及国家粮食局会同有关部门负责建立全国粮食监测预警系统。'))).toEqual([['responsible', '负责', ['国家发展改革委', '国家粮食局']]])
  })

  it('X负责…，并会同Y…: Y none', () => {
    expect(brief(scanRoles('济南市工业和信息化局负责服务运营，并会同济南市历下区政府做好保障。'))).toEqual([['responsible', '负责', ['济南市工业和信息化局']]])
  })

  it('由X牵头，并会同Y…: Y participant (seed 001 form)', () => {
    expect(brief(scanRoles('由市民政局牵头组织，并会同市财政局、市公安局做好安置工作。'))).toEqual([
      ['lead', '牵头组织', ['市民政局']],
      ['participant', '会同', ['市财政局', '市公安局']],
    ])
  })
})

describe('X对…的真实性负责: responsible for the truth of what X submits (test/gold/README.md)', () => {
  it('申报单位 (a collective) answers for its materials', () => {
    expect(brief(scanRoles('申报单位对申报材料的真实性负责。'))).toEqual([['responsible', '负责', ['申报单位']]])
  })

  it('a list of truth words and 等 (politic_analysis central notices)', () => {
    expect(brief(scanRoles('各推荐单位对所推荐项目的真实性、准确性和完整性负责。'))).toEqual([['responsible', '负责', ['各推荐单位']]])
    expect(brief(scanRoles('各推荐单位对所推荐项目的真实性等负责。'))).toEqual([['responsible', '负责', ['各推荐单位']]])
  })

  it('a private party answers for its own (纳税人) and stays no assignment', () => {
    expect(scanRoles('纳税人对所提交信息的真实性、准确性、完整性负责。').roles).toEqual([])
  })

  it('accountability to a body or for a matter that is not truth stays no assignment', () => {
    expect(scanRoles('特殊水体管理单位应当对水面漂浮垃圾打捞等特殊水体保护工作负责。').roles).toEqual([])
  })
})

describe('a level printed once before a list of departments belongs to each (test/gold/README.md)', () => {
  const canon = (text: string) => parse(text).tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => [u.name, u.canonical ?? null])))

  it('国务院 … 、教育行政部门 → canonical 国务院教育行政部门, the printed name kept (国家职业教育改革实施方案)', () => {
    expect(canon('第三条 国务院人力资源社会保障行政部门、教育行政部门在各自职责范围内，分别负责职业教育工作。')).toEqual([
      ['国务院人力资源社会保障行政部门', '国务院人力资源社会保障行政部门'],
      ['教育行政部门', '国务院教育行政部门'],
    ])
  })

  it('县级以上地方人民政府 … ; a collective (其他有关部门) takes no level', () => {
    expect(canon('第三条 县级以上地方人民政府教育行政部门、人力资源社会保障行政部门和其他有关部门在各自职责范围内，分别负责有关的职业教育工作。')).toEqual([
      ['县级以上地方人民政府教育行政部门', null],
      ['人力资源社会保障行政部门', '县级以上地方人民政府人力资源社会保障行政部门'],
      ['其他有关部门', null],
    ])
  })

  it('a first unit with no level prefix shares nothing', () => {
    expect(canon('第三条 教育行政部门、人力资源社会保障行政部门分别负责职业教育工作。').map(([, c]) => c)).not.toContain('教育行政部门人力资源社会保障行政部门')
  })
})
