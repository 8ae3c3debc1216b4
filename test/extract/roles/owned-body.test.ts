import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/parse.js'
import { classifyUnit } from '../../../src/extract/roles/units.js'

const rolesOf = (text: string, path: string) =>
  parse(text)
    .tasks.filter((t) => t.path.join('>') === path)
    .flatMap((t) => t.roles.map((r) => [r.role, r.units.map((u) => u.name)]))

// A body named by its owner (X所属的Y) is one unit written as printed, as X指定的Y is (fixleft3): 所属的 is a
// relative clause in grammars/units/suffixes.json forbiddenExcept, so an owner longer than maxOwnerLength is read
// when it is a unit itself (twenty-second session: 7 of 44 corpus sentences `…所属的…机构…负责` had lost their unit).
describe('a body named by its owner (所属的)', () => {
  const text = [
    '某某市农机安全条例',
    '第三条 县级以上人民政府农业农村主管部门所属的农机安全监理机构负责本行政区域内农业机械的安全检验。',
    '第四条 市交通运输主管部门所属的港航管理机构具体负责内河港口的日常管理。',
    '第五条 各乡镇所属的服务站点应当配合做好宣传工作。',
    '第六条 本单位所属的职工应当遵守操作规程。',
    '',
  ].join('\n')

  it('a long owner (levels and a department) stays in the name', () => {
    expect(rolesOf(text, '第三条')).toEqual([['responsible', ['县级以上人民政府农业农村主管部门所属的农机安全监理机构']]])
  })
  it('a shorter owner, as before', () => {
    expect(rolesOf(text, '第四条')).toEqual([['responsible', ['市交通运输主管部门所属的港航管理机构']]])
  })
  it('what is owned must still be a body: 职工 of a unit assign nothing', () => {
    expect(rolesOf(text, '第六条')).toEqual([])
  })
})

// A body named by what it undertakes (县级以上人民政府承担妇女儿童工作的机构) is named by its duty, as 负责…的部门 is
// (grammars/units/suffixes.json dutyNamed verbs): the levels or the government before it are no unit of their own.
describe('a body named by what it undertakes (承担…的部门)', () => {
  const text = [
    '某某市养老服务条例',
    '第五条 县级以上人民政府承担老龄工作的机构，负责组织、协调本行政区域的养老服务工作。',
    '第六条 区人民政府承担民政管理职责的部门（以下简称区民政部门）负责本区养老机构的监督管理。',
    '第七条 养老机构承担相应的赔偿责任。',
    '',
  ].join('\n')

  it('the levels and what they undertake name one body', () => {
    expect(rolesOf(text, '第五条')).toEqual([['responsible', ['县级以上人民政府承担老龄工作的机构']]])
  })
  it('a government and what its department undertakes: the department, not the government', () => {
    expect(rolesOf(text, '第六条')).toEqual([['responsible', ['区人民政府承担民政管理职责的部门']]])
  })
  it('承担 as the verb of a liability assigns nothing', () => {
    expect(rolesOf(text, '第七条')).toEqual([])
  })
})

// A body acting for another (X受Y委托，负责…): 受 between two units is a verb, so the subject is X alone — the unit
// reader had taken 市档案馆受市档案局委 (委 read as a committee's ending). outside32 page 13's form; 0 corpus changes.
describe('a body acting for another (X受Y委托)', () => {
  const text = ['某某市档案管理办法', '第三条 市档案馆受市档案局委托，负责全市档案的接收和保管工作。', ''].join('\n')

  it('the entrusted body is responsible, the one entrusting it is no part of its name', () => {
    expect(rolesOf(text, '第三条')).toEqual([['responsible', ['市档案馆']]])
  })
  it('受 opening a name, or after a word that is no unit, stays in it', () => {
    for (const name of ['受委托检测机构', '遗体接受单位']) expect(classifyUnit(name, 0, name.length)).toBe('collective')
    expect(classifyUnit('市档案馆受市档案局', 0, 9)).toBeUndefined()
  })
})
