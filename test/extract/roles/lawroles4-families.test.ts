/**
 * Families of round 4 of the regulation role audit (issue 11, helper lawroles4; test/gold/audit/lawroles4.tsv).
 * Fixtures written by us in the form of city regulations (test/fixtures/lawroles4/).
 *  A  协同 with nobody leading (…等部门按照各自职责，协同实施本规定 in an article naming no responsible body): no
 *     assignment, the `unled-cooperation` convention; 协同 naming the body it joins (协同湖泊管理部门做好…), or in an
 *     article whose 主管 is responsible (X负责…。其他有关部门…协同做好…), still gives participants.
 *  F1 a body named as a coordinating department, a branch, an office or a registry of a field, then its duty
 *     (X是…的综合协调部门，负责… / X是市人民政府的派出机构，负责…): the subject frame of 是…主管部门 with more heads.
 *  F2 bureau names holding 和 inside a shared-suffix list (林业和草原、海洋发展和渔业、粮食和储备等部门): one field each.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { fixtureText, rolesByPath } from '../../helpers.js'

const lake = rolesByPath(parse(fixtureText('lawroles4/lake-rules.txt')))
const parking = rolesByPath(parse(fixtureText('lawroles4/parking-rules.txt')))
const wetland = rolesByPath(parse(fixtureText('lawroles4/wetland-rules.txt')))

describe('A: 协同 after a duty phrase', () => {
  it('unled (协同 + the duty, no body leading or responsible in its article): the units take no role', () => {
    expect(lake['第五条']).toBeUndefined()
  })

  it("beside the article's responsible 主管 in an earlier sentence: participants", () => {
    expect(lake['第二条']).toEqual([
      ['responsible', ['市湖泊管理局']],
      ['participant', ['本市公安行政管理部门', '交通行政管理部门', '环保行政管理部门']],
    ])
  })

  it('beside a responsible body in the same sentence: participants', () => {
    expect(lake['第三条']).toEqual([
      ['responsible', ['市湖泊管理局']],
      ['participant', ['其他有关部门']],
    ])
  })

  it('naming the body it joins (B协同A做好…): participants', () => {
    expect(lake['第四条']).toEqual([
      ['responsible', ['市湖泊管理局']],
      ['participant', ['园林部门', '绿化部门']],
    ])
  })
})

describe('F1: X是…（协调部门/派出机构/办事机构/登记机构），负责…', () => {
  it('a coordinating department', () => {
    expect(parking['第二条']).toEqual([['responsible', ['市公安机关交通管理部门']]])
  })

  it('a branch of the government and an office', () => {
    expect(parking['第三条']).toEqual([['responsible', ['滨江新区管理委员会']]])
    expect(parking['第四条']).toEqual([['responsible', ['市停车服务联席会议办公室']]])
  })

  it('a registry', () => {
    expect(parking['第五条']).toEqual([['responsible', ['区房屋管理部门']]])
  })

  it('an enterprise union named as the congress’s 工作机构 stays without a role', () => {
    expect(parking['第六条']).toBeUndefined()
  })
})

describe('F2: a bureau name holding 和 inside a shared-suffix list', () => {
  it('林业和草原 and 海洋发展和渔业 are one field each', () => {
    expect(wetland['第二条']).toEqual([['responsible', ['发展改革部门', '自然资源部门', '林业和草原部门', '海洋发展和渔业部门']]])
  })

  it('粮食和储备 before 等主管部门', () => {
    expect(wetland['第三条']).toEqual([['responsible', ['财政主管部门', '粮食和储备主管部门']]])
  })
})
