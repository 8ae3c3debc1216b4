import { describe, expect, it } from 'vitest'
import { scanRoles, type ScanResult } from '../../../src/extract/roles/index.js'

/** Role forms of laws and regulations (issue #11): sentences from the bulk law corpus (lawrefbook) and corpus/policy. */
const brief = (r: ScanResult) => r.roles.map((x) => [x.role, x.units.map((u) => u.name)])

describe('a verb that modifies a generic head at a sentence start names the unit', () => {
  it.each([
    ['物业主管部门负责组织协调各有关部门定期对物业服务区域内的违法违规行为进行监督。', '物业主管部门'],
    ['登记管理机关负责本行政区域内社会团体的登记管理。', '登记管理机关'],
    ['材料接收工作组负责接收申请材料，如材料不完整，将不予接收。', '材料接收工作组'],
  ])('%s', (text, unit) => {
    expect(brief(scanRoles(text))).toEqual([['responsible', [unit]]])
  })

  it('a verb before a proper organ still governs it (突出人大参与…)', () => {
    expect(scanRoles('突出人大参与法治建设职能作用').roles).toEqual([])
  })

  it('after a comma the verb is not taken as a modifier (要督促监管部门负责 is no assignment of 督促监管部门)', () => {
    expect(brief(scanRoles('各区要加强检查，督促监管部门负责到位。'))).toEqual([])
  })

  it('由 before a name that opens with a stop word (联合…办公室) keeps the whole name', () => {
    expect(brief(scanRoles('入围标准的具体指标由联合采购办公室负责拟定。'))).toEqual([['responsible', ['联合采购办公室']]])
  })
})
