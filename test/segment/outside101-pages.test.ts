import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside101's page families (test/gold/outside/outside101.md), in fixtures of our own wording

describe('a 落款 signing short what the title names in full', () => {
  const notice = (signature: string) =>
    `青溪省人民政府办公厅关于印发青溪省乡村振兴2022年度工作要点的通知\n青办函〔2022〕234号\n各地级以上市人民政府，省政府各部门：\n《青溪省乡村振兴2022年度工作要点》已经省人民政府同意，现印发给你们，请认真执行。\n${signature}\n2022年6月30日\n`

  it('names the issuer by the title’s full name (`省政府办公厅` under `青溪省人民政府办公厅关于…`)', () => {
    expect(parse(notice('省政府办公厅')).meta.issuers).toEqual(['青溪省人民政府办公厅'])
  })

  it('a 落款 naming another organ keeps its own name (guard)', () => {
    expect(parse(notice('省农业农村厅')).meta.issuers).toEqual(['省农业农村厅'])
  })
})

describe('a role parenthesis naming ministry departments, the cities that carry the item out, and a standing note', () => {
  const plan = (bracket: string) => `青溪省乡村振兴2022年度工作要点\n一、抓好粮食生产\n1.稳定粮食播种面积。\n全面落实粮食安全责任，完善储备设施。${bracket}\n2.保障蔬菜供应。\n稳定蔬菜种植面积。\n`
  const rolesOf = (text: string) => parse(text).tasks.map((t) => [t.path.join('/'), t.roles.map((r) => `${r.role}:${r.units.map((u) => u.name).join('、')}`)])

  it('reads units ending in 司, a ministry’s departments, and a lead list joined by a comma', () => {
    expect(rolesOf(plan('（青溪省农业农村厅，农业农村部种植业管理司、计划财务司牵头；青溪省发展改革委等按职责分工负责）'))[0]).toEqual([
      '一/1',
      ['lead:青溪省农业农村厅、农业农村部种植业管理司、计划财务司', 'responsible:青溪省发展改革委'],
    ])
  })

  it('reads `X落实` closing a clause of the parenthesis as responsible, and the standing note’s short name only on later items', () => {
    const bracket = '（青溪省农业农村厅牵头；青溪省各地级以上市人民政府落实，以下各项工作均需市人民政府落实，不再列出。）'
    expect(rolesOf(plan(bracket))).toEqual([
      ['一/1', ['lead:青溪省农业农村厅', 'responsible:青溪省各地级以上市人民政府']],
      ['一/2', ['responsible:市人民政府']],
    ])
  })

  it('bare 公司 in a rule is the company bound, no unit; 落实 in prose assigns nothing (guards)', () => {
    expect(rolesOf('某银行管理办法\n第一条 信托资金由公司负责，赔偿其本金损失。\n')).toEqual([])
    expect(rolesOf(plan('（青溪省农业农村厅牵头）'))[0][1]).toEqual(['lead:青溪省农业农村厅'])
    expect(rolesOf('某爱国卫生条例\n第一条 乡（镇）人民政府和街道办事处应当落实专项经费，负责辖区内病媒生物防治工作。\n').flatMap(([, r]) => r)).toEqual(['responsible:乡（镇）人民政府、街道办事处'])
  })
})
