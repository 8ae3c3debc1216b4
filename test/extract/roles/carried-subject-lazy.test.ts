import { describe, expect, it } from 'vitest'
import { scanRoles, type ScanResult } from '../../../src/extract/roles/index.js'

const brief = (r: ScanResult) => r.roles.map((x) => [x.role, x.units.map((u) => u.name)])

// The sentence subject is read only when a later clause takes it (speed): what it reads must be
// what reading it at the first clause read, through clauses in between.
describe('the carried subject, read when a later clause needs it', () => {
  it('through a clause in between that names no body', () => {
    expect(brief(scanRoles('市民政部门主管本市殡葬管理工作，加强宣传引导，负责本条例的组织实施。'))).toEqual([['responsible', ['市民政部门']]])
  })

  it('to every later clause that takes it', () => {
    expect(brief(scanRoles('市民政部门主管本市殡葬管理工作，加强宣传引导，负责本条例的组织实施，负责监督检查。'))).toEqual([
      ['responsible', ['市民政部门']],
      ['responsible', ['市民政部门']],
    ])
  })

  it('not past a clause in between that ends in a body of its own (组成…办公室)', () => {
    expect(scanRoles('市民政部门主管本市殡葬管理工作，会同有关部门组成殡葬管理办公室，负责本条例的组织实施。').roles).toEqual([])
  })
})
