import { describe, expect, it } from 'vitest'
import { scanRoles, type ScanResult } from '../../../src/extract/roles/index.js'

const brief = (r: ScanResult) => r.roles.map((x) => [x.role, x.units.map((u) => u.name)])

// The sentence subject is read only when a later clause takes it (speed): what it reads must be
// what reading it at the first clause read, through clauses in between.
describe('the carried subject, read when a later clause needs it', () => {
  it('through a clause in between that names no body', () => {
    expect(brief(scanRoles('市民政部门统筹本市殡葬管理工作，加强宣传引导，负责本条例的组织实施。'))).toEqual([['responsible', ['市民政部门']]])
  })

  it('to every later clause that takes it', () => {
    expect(brief(scanRoles('市民政部门统筹本市殡葬管理工作，加强宣传引导，负责本条例的组织实施，负责监督检查。'))).toEqual([
      ['responsible', ['市民政部门']],
      ['responsible', ['市民政部门']],
    ])
  })

  it('not past a clause in between that ends in a body of its own (组成…办公室)', () => {
    expect(scanRoles('市民政部门统筹本市殡葬管理工作，会同有关部门组成殡葬管理办公室，负责本条例的组织实施。').roles).toEqual([])
  })
})

// 主管 over a scope assigns the body in charge itself (outside16); its later duties stay its own.
describe('the body in charge (X主管本市…工作), carried to its later duties', () => {
  const roles = (s: string) => scanRoles(s).roles.map((x) => [x.role, x.units.map((u) => u.name), x.label])

  it('the 主管 clause and every later 负责 clause name the same body', () => {
    expect(roles('县林业部门主管本县古树名木保护工作，建立档案，负责日常养护的指导，负责违法行为的查处。')).toEqual([
      ['responsible', ['县林业部门'], '主管本县'],
      ['responsible', ['县林业部门'], '负责'],
      ['responsible', ['县林业部门'], '负责'],
    ])
  })

  it('not past a clause that ends in a body of its own', () => {
    expect(roles('县林业部门主管本县古树名木保护工作，会同有关部门组成古树保护办公室，负责日常养护的指导。')).toEqual([['responsible', ['县林业部门'], '主管本县']])
  })

  it('a first-clause 负责 still carries only to a 牵头 clause', () => {
    expect(roles('县林业部门负责本县古树名木保护工作，建立档案，负责日常养护的指导。').map((r) => r[2])).toEqual(['负责'])
  })
})
