import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { rolesByPath } from '../../helpers.js'

/**
 * Two families the forty-sixth session's reading of the role sweep's unexplained sample found (issue #11): a range of
 * levels opening a body named with one 的 (县级以上人民政府劳动行政主管部门的矿山安全监督机构 — the owner ran past the
 * length a name's 的 allows, so the unit was lost or kept as 人民政府…, its levels dropped; 13 law exports in the bulk
 * set), and a basis opened by a bare 按 between units and their verb (交通、水利、电力等部门按国家规定和本条例负责…).
 * Fixture sentences of our own in the law exports' shape.
 */
const roles = (text: string) => rolesByPath(parse(text))

describe('a range of levels opening a body named with 的', () => {
  it('keeps 县级以上 on a department whose duty names it (管理…工作的部门)', () => {
    expect(roles('第七条 县级以上人民政府管理节能工作的部门负责本行政区域内的节能监督管理工作。')['第七条']).toEqual([['responsible', ['县级以上人民政府管理节能工作的部门']]])
  })

  it('reads a body under a long department, its subject alone before 具体负责', () => {
    expect(roles('第三十条 县级以上人民政府劳动行政主管部门的矿山安全监督机构，具体负责矿山安全监督工作。')['第三十条']).toEqual([
      ['responsible', ['县级以上人民政府劳动行政主管部门的矿山安全监督机构']],
    ])
  })

  it('keeps 县级以上地方各级 when another unit is joined after it', () => {
    expect(roles('第十条 县级以上地方各级人民政府管理节能工作的部门和有关部门在各自的职责范围内负责节能监督管理工作。')['第十条']).toEqual([
      ['responsible', ['县级以上地方各级人民政府管理节能工作的部门', '有关部门']],
    ])
  })

  it('an owner longer than a name allows, with no range of levels, is still prose', () => {
    expect(roles('第八条 市人民政府城乡规划建设行政主管部门的监督机构负责监督工作。')['第八条']).toBeUndefined()
  })
})

describe('a basis opened by a bare 按', () => {
  it('fields sharing 部门 before 按…负责: each field a unit', () => {
    expect(roles('第四条 交通、水利、电力等部门按国家规定和本条例负责本专业建设工程的质量监督管理工作。')['第四条']).toEqual([['responsible', ['交通部门', '水利部门', '电力部门']]])
  })

  it('a party that is no unit before 按 still assigns nothing (责任单位或个人按…负责整治)', () => {
    expect(roles('第二十六条 造成基本农田破坏的，由责任单位或个人按国务院《土地复垦规定》负责整治。')['第二十六条']).toBeUndefined()
  })
})
