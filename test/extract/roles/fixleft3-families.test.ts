import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/parse.js'

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'fixleft3', name), 'utf8')
const rolesOf = (text: string, path: string) =>
  parse(text)
    .tasks.filter((t) => t.path.join('>') === path)
    .flatMap((t) => t.roles.map((r) => [r.role, r.units.map((u) => u.name)]))

// A body named by who designated it (X指定的Y) is one unit written as printed, as 国务院确定的机构 and
// 省政府授权的盐业主管机构 of the blind gold: 指定的 is a relative clause (grammars/units/suffixes.json
// forbiddenExcept), while 指定 alone still marks prose (市直各部门要指定职能处室负责…).
describe('a body named by the one who designated it (指定的)', () => {
  const text = fixture('named-by-owner.txt')
  it('levels before 指定的 stay in the name', () => {
    expect(rolesOf(text, '第二条')).toEqual([['responsible', ['市、县（市、区）人民政府指定的文物主管部门']]])
  })
  it('a government before 指定的', () => {
    expect(rolesOf(text, '第三条')).toEqual([['responsible', ['市人民政府指定的保护机构']]])
  })
  it('a body or the one it designated: both responsible', () => {
    expect(rolesOf(text, '第四条')).toEqual([['responsible', ['文物主管部门', '其指定的修缮单位']]])
  })
  // an owner longer than maxOwnerLength is still read when it is a unit itself, before 指定的 / 设立的
  it('a long owner that is a unit itself (指定的)', () => {
    expect(rolesOf(text, '第五条')).toEqual([['responsible', ['县级以上人民政府自然资源主管部门指定的测绘单位']]])
  })
  it('a long owner that is a unit itself (设立的)', () => {
    expect(rolesOf(text, '第六条')).toEqual([['responsible', ['县级以上人民政府文物主管部门设立的古驿道保护站']]])
  })
})

// A body defined as the one in charge of a duty (X是负责…的工作机构) is responsible for it (outside22 06's
// gold); 是指 defines a term, and a clause that closes on anything but a body (…的清单) is no definition
// of a body (grammars/roles/verbs.json definedInCharge).
describe('a body defined as the one in charge (X是负责…的机构)', () => {
  const text = fixture('defined-in-charge.txt')
  it('an office defined as the working body', () => {
    expect(rolesOf(text, '第二条')).toEqual([['responsible', ['州人大常委会办公室']]])
  })
  it('levels and a department, a short-name note after the head', () => {
    expect(rolesOf(text, '第三条')).toEqual([['responsible', ['县级以上档案主管部门']]])
  })
  it('是指 defines a term: no role', () => {
    expect(rolesOf(text, '第四条')).toEqual([])
  })
  it('a clause closing on no body: no role', () => {
    expect(rolesOf(text, '第五条')).toEqual([])
  })
})

// A place or a designator and 的 before a list of levels (险情发生地的区、县人民政府, 市人民政府指定的区、县人民政府)
// names one collective, as the levels alone do (blind gold 37 第五十六条: 原征集地的县、自治县、不设区的市、
// 市辖区人民政府征兵办公室). Before, the list was cut at 、 and the owner lost the level after it.
describe('an owner and 的 before a list of levels', () => {
  const text = fixture('owner-before-levels.txt')
  it('a place before the levels (发生地的)', () => {
    expect(rolesOf(text, '第二条')).toEqual([['responsible', ['险情发生地的区、县人民政府']]])
  })
  it('a designator before the levels (指定的)', () => {
    expect(rolesOf(text, '第三条')).toEqual([['responsible', ['市人民政府指定的区、县人民政府']]])
  })
  it('the levels alone stay one collective', () => {
    expect(rolesOf(text, '第四条')).toEqual([['responsible', ['区、县人民政府']]])
  })
})
