/**
 * Families found by the second blind role audit (issue 11; scripts/audit-roles.ts --round 2,
 * test/gold/audit/roles-README.md "Round 2"). Fixtures written by us in the formats of the corpus: a Taiwan 辦法
 * (mojlaw_tw) and a city regulation (lawrefbook).
 *  R5 a clause that sets up, staffs or designates a post or body (應置總經理一人 / 配置警員若干人 / 配备专职统计人员 /
 *     設審查小組 / 组建…服务队) before 负责: the post or body carries the duty, not the subject — also when the
 *     set-up clause stands between the subject and 负责, and when the name was read across the verb;
 *  R7 a short-name note inside a name (交通部（以下簡稱本部）航港局) is no part of the body's canonical name.
 *  R6 主办, a verb that assigns only in an assignment parenthesis, is not carried to a sentence's subject either
 *     (卸任機關首長移交，主辦出納人員，應將…: 主辦 opens the name of a post).
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { withoutInnerNameNotes } from '../../../src/extract/roles/canonical.js'
import { fixtureText, rolesByPath } from '../../helpers.js'

describe('R5: staff or a body set up before 负责 carry the duty', () => {
  const tw = rolesByPath(parse(fixtureText('roleaudit2/set-up-staff.txt')))
  const law = rolesByPath(parse(fixtureText('roleaudit2/set-up-staff-regulation.txt')))

  it('gives no role to the body that sets up a post, staff or a group (traditional)', () => {
    expect(tw['第3条']).toBeUndefined()
    expect(tw['第4条']).toBeUndefined()
    expect(tw['第5条']).toBeUndefined()
    expect(tw['第6条']).toBeUndefined()
  })

  it('gives no role to the body that staffs or forms a team (simplified)', () => {
    expect(law['第一章/第三条']).toBeUndefined()
    expect(law['第一章/第四条']).toBeUndefined()
  })

  it('keeps a subject that sets up a thing, not a post, and the duties around', () => {
    expect(law['第一章/第五条']).toEqual([['responsible', ['镇人民政府']]])
    expect(law['第一章/第二条']).toEqual([['responsible', ['市统计行政管理部门']]])
    // 建设 holds 设: a name is not read as setting anything up
    expect(law['第一章/第六条']).toEqual([['responsible', ['区建设行政管理部门']]])
    expect(tw['第7条']).toEqual([['responsible', ['某某部']]])
    expect(tw['第8条']).toEqual([['responsible', ['各分区管理处']]])
    // an account set up is no post: the body manages it
    expect(tw['第9条']).toEqual([['responsible', ['各分区管理处']]])
  })

  it('the staff a body is given (配备专职工作人员) carry the duty of the next clause', () => {
    // a sentence law-families.test.ts had read as the office's duty before R5
    const roles = parse('第八条　县级以上红十字会办事机构，配备专职工作人员，负责红十字会日常工作。').tasks.flatMap((t) => t.roles)
    expect(roles).toEqual([])
  })

  it('keeps a body named with 安置 or 设置 as a subject alone in its clause', () => {
    const roles = parse('第十条　退役军人安置办公室，负责安置工作的组织实施。').tasks.flatMap((t) => t.roles.map((r) => `${r.role} ${r.units.map((u) => u.name).join('、')}`))
    expect(roles).toEqual(['responsible 退役军人安置办公室'])
  })
})

describe('R6: 主办 is no carried verb', () => {
  const rolesOf = (text: string) => parse(text).tasks.flatMap((t) => t.roles.map((r) => `${r.role} ${r.units.map((u) => u.name).join('、')}`))

  it('gives no lead to the body handing over before a post named 主辦…', () => {
    expect(rolesOf('第 12 條\n卸任機關首長移交，主辦出納人員，應將經管之現金及票據點交新任。')).toEqual([])
  })

  it('still reads 主办 inside an assignment parenthesis', () => {
    expect(rolesOf('一、举办全省职业技能大赛。每两年举办一次。（省人力资源社会保障厅主办，省总工会协办）')).toEqual(['lead 省人力资源社会保障厅', 'participant 省总工会'])
  })
})

describe('R7: a short-name note inside a unit name', () => {
  it('is dropped from the canonical name; the name stays as printed', () => {
    const units = parse('第 2 條\n本辦法之執行機關為交通部（以下簡稱本部）航港局。').tasks.flatMap((t) => t.roles.flatMap((r) => r.units))
    expect(units.map((u) => [u.name, u.canonical])).toEqual([['交通部（以下简称本部）航港局', '交通部航港局']])
  })

  it('withoutInnerNameNotes keeps a note closing the name and other brackets', () => {
    expect(withoutInnerNameNotes('交通部（以下简称本部）航港局')).toBe('交通部航港局')
    expect(withoutInnerNameNotes('区委组织部（区编办）')).toBe('区委组织部（区编办）')
    expect(withoutInnerNameNotes('某某局（以下简称某局）')).toBe('某某局（以下简称某局）')
  })
})
