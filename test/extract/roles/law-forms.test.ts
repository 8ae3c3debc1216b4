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

describe('what a 负责 phrase does not assign', () => {
  it('负责解释 (bulk lawrefbook: 本预案由国务院办公厅负责解释) is interpretation, not a task', () => {
    expect(scanRoles('本预案由国务院办公厅负责解释。').roles).toEqual([])
  })

  it('负责… 的部门 modifies a head: the body is the subject, not the government before 负责', () => {
    const r = scanRoles('县级以上地方人民政府负责农业机械化工作的部门，应当按照各自的职责，做好农业机械化促进工作。')
    expect(r.roles.flatMap((x) => x.units.map((u) => u.name))).not.toContain('县级以上地方人民政府')
  })
})

describe('one field before 等 and a class names the field unit', () => {
  it('卫生等相关部门负责… (bulk lawrefbook) → 卫生部门', () => {
    expect(brief(scanRoles('卫生等相关部门负责对社区康复工作进行检查、指导和评估。'))).toEqual([['responsible', ['卫生部门']]])
  })
})
