import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { scanRoles, type ScanResult } from '../../../src/extract/roles/index.js'
import { fixtureText } from '../../helpers.js'

// Prose role forms of plan texts the blind-c gold showed unread (test/gold/blind-c, families R5 and R8).
// The sentences and the fixture are written for these tests, in the wording of county and ministry plans;
// none is taken from a blind-c document.

const brief = (r: ScanResult) => r.roles.map((x) => [x.role, x.units.map((u) => u.name)])

describe('lead and responsible written in running prose', () => {
  it('X要发挥牵头作用，…会同Y: X lead, Y participant', () => {
    expect(brief(scanRoles('省商务厅要发挥牵头作用，强化部门协同，会同省发展改革委、省财政厅共同推进外贸稳增长。'))).toEqual([
      ['lead', ['省商务厅']],
      ['participant', ['省发展改革委', '省财政厅']],
    ])
  })

  it('正在牵头 / 主要负责 / 总体负责: an adverb or degree word between the unit and its verb', () => {
    expect(brief(scanRoles('市数据局正在牵头组织建设城市运行管理平台。'))).toEqual([['lead', ['市数据局']]])
    expect(brief(scanRoles('区人民政府主要负责项目选址和征地拆迁。'))).toEqual([['responsible', ['区人民政府']]])
    expect(brief(scanRoles('市住房城乡建设局总体负责老旧小区改造的进度和质量。'))).toEqual([['responsible', ['市住房城乡建设局']]])
  })

  it('X是…的建设单位 / 责任主体，负责…: the subject is responsible', () => {
    expect(brief(scanRoles('市水务局是本项目的建设单位，负责工程招标和施工管理。'))).toEqual([['responsible', ['市水务局']]])
    expect(brief(scanRoles('县人民政府是农村供水工程的责任主体，负责统筹资金和运行管护。'))).toEqual([['responsible', ['县人民政府']]])
  })

  it('就医地 / 参保地 open a unit name', () => {
    expect(brief(scanRoles('参保地经办机构负责核对参保人员身份。'))).toEqual([['responsible', ['参保地经办机构']]])
  })

  it('a person is no unit: 主要负责同志 and 主要负责人 assign nothing', () => {
    expect(scanRoles('市政府主要负责同志要亲自部署。').roles).toEqual([])
    expect(scanRoles('各单位主要负责人为第一责任人。').roles).toEqual([])
  })
})

describe('a past event is no assignment', () => {
  it('牵头组织编制了《…》 reports what was done', () => {
    expect(scanRoles('省工业和信息化厅牵头组织起草了《促进工业互联网发展若干措施》。').roles).toEqual([])
    expect(brief(scanRoles('省工业和信息化厅牵头组织起草促进工业互联网发展的若干措施。'))).toEqual([['lead', ['省工业和信息化厅']]])
  })

  it('了解 is a verb, not the past marker', () => {
    expect(brief(scanRoles('市统计局负责调查了解企业用工情况。'))).toEqual([['responsible', ['市统计局']]])
  })
})

describe('a plan document with these forms (fixture)', () => {
  const doc = parse(fixtureText('outside-roles/prose-forms.txt'))
  const roles = Object.fromEntries(doc.tasks.map((t) => [t.path.join('/'), t.roles.map((r) => [r.role, r.units.map((u) => u.name)])]))

  it('each numbered duty gets its unit', () => {
    expect(roles['一/（一）']).toEqual([
      ['lead', ['县卫生健康局']],
      ['participant', ['县财政局', '县医保局']],
    ])
    expect(roles['一/（二）']).toEqual([['responsible', ['县政府']]])
    expect(roles['一/（三）']).toEqual([['responsible', ['县人民医院']]])
    expect(roles['一/（四）']).toEqual([['lead', ['县医保局']]])
    expect(roles['一/（五）']).toEqual([['responsible', ['参保地经办机构']]])
  })

  it('the progress report and the leaders line assign nothing', () => {
    expect(roles['二'] ?? []).toEqual([])
  })
})
