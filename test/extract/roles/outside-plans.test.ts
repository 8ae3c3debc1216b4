import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { scanRoles, type ScanResult } from '../../../src/extract/roles/index.js'
import { fixtureText, rolesByPath } from '../../helpers.js'

// Role forms of city 责任分解 lists found by the outside probe of plans (test/gold/outside/outside6.md).
// The fixtures are written in the format of those pages, with their own units and wording.

const brief = (r: ScanResult) => r.roles.map((x) => [x.role, x.units.map((u) => u.name)])
const fixture = (name: string) => parse(fixtureText(`outside-plans/${name}`))

describe('first-listed-lead stated on a 责任单位： line (列第一位为牵头或汇总单位，下同)', () => {
  const roles = rolesByPath(fixture('first-listed-lines.txt'))

  it('a list before the rule stays responsible', () => {
    expect(roles['一/1']).toEqual([['responsible', ['市发展改革委']]])
  })

  it('the rule in a parenthesis glued to the last unit: that unit keeps its name, the first unit leads', () => {
    expect(roles['一/2']).toEqual([
      ['lead', ['市科技局']],
      ['responsible', ['市财政局', '市统计局']],
    ])
  })

  it('分别牵头 closing a 责任单位 list: every unit leads', () => {
    expect(roles['一/3']).toEqual([['lead', ['市人力社保局', '市农业农村局']]])
  })

  it('下同: later lists follow the rule, a single unit leads', () => {
    expect(roles['一/4']).toEqual([['lead', ['市财政局']]])
    expect(roles['二/5']).toEqual([
      ['lead', ['市投资促进局']],
      ['responsible', ['市发展改革委', '各县（市、区）政府']],
    ])
  })

  it('列第一位者为工作牵头单位或汇总单位 in an attached 责任分解', () => {
    const doc = fixture('first-listed-attachment.txt')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['2024年政府工作报告重点工作责任分解'])
    const r = rolesByPath(doc)
    expect(r['一/1']).toEqual([
      ['lead', ['市经信局']],
      ['responsible', ['市发展改革委', '市财政局']],
    ])
    expect(r['一/2']).toEqual([
      ['lead', ['市发展改革委']],
      ['responsible', ['市自然资源规划局']],
    ])
  })

  it('a labelled list with its own lead beside it is not split, and without the rule nothing changes', () => {
    expect(brief(scanRoles('牵头单位：市商务局\n责任单位：市财政局、市市场监管局', { rules: { firstListedLead: true } }))).toEqual([
      ['lead', ['市商务局']],
      ['responsible', ['市财政局', '市市场监管局']],
    ])
    expect(brief(scanRoles('责任单位：市商务局、市财政局'))).toEqual([['responsible', ['市商务局', '市财政局']]])
  })
})
