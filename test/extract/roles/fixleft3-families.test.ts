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
