/**
 * outside97's role families (test/gold/outside/outside97.md), in fixtures of our own wording.
 *  A  a chain of duty formulas between the duty phrase and its action (…，按照职责分工，各负其责，密切配合，共同做好…,
 *     the 防震减灾 and 防沙治沙 laws' formula): the units are responsible; 配合 without a share before it keeps its reading.
 *  B  a whole unit joined before a field list sharing a department word (县级以上人民政府地震工作主管部门和发展改革、财政…等
 *     有关部门): the unit as printed, each field with the unit's level prefix.
 *  C  what the chain first reached in the bulk laws: a name with its alternative head joined on to other units
 *     (…的部门或者机构和其他有关部门), a government organising 所属有关部门 (no fields), places after a unit (no fields).
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { rolesByPath } from '../../helpers.js'

const law = (article: string) => rolesByPath(parse(`青溪省防灾减灾条例\n第一章 总则\n第一条 为了防御和减轻灾害，制定本条例。\n第五条 ${article}\n`))['第一章/第五条']

describe('A: duty formulas chained before the action', () => {
  it('按照职责分工，各负其责，密切配合，共同做好 → responsible', () => {
    expect(law('县级以上人民政府灾害防御主管部门和青溪省气象局，按照职责分工，各负其责，密切配合，共同做好防灾减灾工作。')).toEqual([
      ['responsible', ['县级以上人民政府灾害防御主管部门', '青溪省气象局']],
    ])
  })

  it('a share opening the chain (要各负其责、密切配合，切实做好) → responsible', () => {
    expect(law('市应急管理局和市水务局要各负其责、密切配合，切实做好汛期防灾工作。')).toEqual([['responsible', ['市应急管理局', '市水务局']]])
  })

  it('without a share, 密切配合 under a lead stays a participant (guard)', () => {
    expect(law('市应急管理局牵头，市水务局按照职责分工，密切配合，共同做好汛期防灾工作。')).toEqual([
      ['lead', ['市应急管理局']],
      ['participant', ['市水务局']],
    ])
  })

  it('a chain with no action after it assigns nothing (guard)', () => {
    expect(law('市应急管理局和市水务局按照职责分工，各负其责，密切配合。')).toBeUndefined()
  })
})

describe('B: a unit joined before a field list', () => {
  it('lists the unit and gives each field its level prefix', () => {
    expect(law('县级以上人民政府灾害防御主管部门和发展改革、财政、自然资源等有关部门，按照职责分工，做好防灾减灾工作。')).toEqual([
      ['responsible', ['县级以上人民政府灾害防御主管部门', '县级以上人民政府发展改革部门', '县级以上人民政府财政部门', '县级以上人民政府自然资源部门']],
    ])
  })

  it('a list printing its own level after the connector keeps it, and the unit before stays whole', () => {
    expect(law('县灾害防御局和县人民政府公安、民政等有关部门，按照职责分工，做好防灾减灾工作。')).toEqual([['responsible', ['县灾害防御局', '县人民政府公安部门', '县人民政府民政部门']]])
  })
})

describe('C: what the chain reached in the bulk laws', () => {
  it('…的部门或者机构和其他有关部门: the alternative head stays in the name', () => {
    expect(law('县级以上地方人民政府负责管理灾害防御工作的部门或者机构和其他有关部门，按照职责分工，各负其责，密切配合，共同做好防灾减灾工作。')).toEqual([
      ['responsible', ['县级以上地方人民政府负责管理灾害防御工作的部门或者机构', '其他有关部门']],
    ])
  })

  it('组织、领导所属有关部门 names no fields', () => {
    expect(law('县级以上地方人民政府组织、领导所属有关部门，按照职责分工，各负其责，密切配合，共同做好防灾减灾工作。')).toBeUndefined()
  })

  it('places after a unit are no fields of a list', () => {
    const roles = law('市交通行政管理部门与东城区、西城区交通行政管理部门按照职责分工，分别负责所辖航道的管理工作。') ?? []
    expect(roles.flatMap(([, units]) => units).filter((u) => u.startsWith('市东城区') || u.startsWith('市西城区'))).toEqual([])
  })
})
