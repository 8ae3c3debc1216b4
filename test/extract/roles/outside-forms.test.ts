import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { scanRoles, type ScanResult } from '../../../src/extract/roles/index.js'
import type { PolicyDocument } from '../../../src/schema/document.js'
import { fixtureText, policyDocs } from '../../helpers.js'

// Role forms of provincial, city and county plans found by the outside probe (test/gold/outside/outroles.md).
// The fixtures are written in the format of those pages, with their own units and wording.

const brief = (r: ScanResult) => r.roles.map((x) => [x.role, x.units.map((u) => u.name)])
const fixture = (name: string) => parse(fixtureText(`outside-roles/${name}`))
/** path → [[role, label, units]] of a parsed document. */
const rolesByPath = (doc: PolicyDocument) => Object.fromEntries(doc.tasks.map((t) => [t.path.join('/'), t.roles.map((r) => [r.role, r.label, r.units.map((u) => u.name)])]))

describe('compound labels on their own lines (重点工作责任分解 lists)', () => {
  it('牵头负责领导 / 牵头责任单位 / 协同责任单位, and 分管省领导 + 部门分工', () => {
    const roles = rolesByPath(fixture('label-lines.txt'))
    expect(roles['一/1']).toEqual([
      ['leader', '牵头负责领导', ['王某某']],
      ['lead', '牵头责任单位', ['省发展改革委']],
      ['participant', '协同责任单位', ['省政府各部门', '各直属机构']],
    ])
    expect(roles['一/2']).toEqual([
      ['leader', '分管省领导', ['李某某']],
      ['lead', '牵头', ['省人力资源社会保障厅']],
      ['participant', '配合', ['省统计局', '省财政厅']],
    ])
  })

  it('the labels inside a sentence that assigns nothing stay words', () => {
    expect(scanRoles('各牵头责任单位要切实担负起第一责任人的责任。').roles).toEqual([])
    expect(scanRoles('分管领导要亲自抓、具体抓。').roles).toEqual([])
  })
})

describe('assignments bracketed with 〔〕', () => {
  it('〔责任单位：A、B、C按职责分工负责。〕: every unit, the last one carrying the verb', () => {
    expect(brief(scanRoles('推进冷链基地建设。〔责任单位：省发展改革委、省商务厅、省交通运输厅按职责分工负责。〕'))).toEqual([['responsible', ['省发展改革委', '省商务厅', '省交通运输厅']]])
    expect(brief(scanRoles('补齐短板。〔责任单位：省农业农村厅〕'))).toEqual([['responsible', ['省农业农村厅']]])
  })

  it('a 字号 year in 〔〕 is no assignment region', () => {
    expect(scanRoles('依据《某省人民政府关于加强管理的通知》（某政发〔2023〕12号）负责').roles).toEqual([])
  })
})

describe('a list that runs over commas before its verb, in a parenthesis', () => {
  it('（X牵头；A、B，C，各州、市人民政府配合）: all take part', () => {
    const r = scanRoles('（省商务厅牵头；省财政厅、省市场监管局，国家开发银行某省分行，各州、市人民政府配合）')
    expect(brief(r)).toEqual([
      ['lead', ['省商务厅']],
      ['participant', ['省财政厅', '省市场监管局', '国家开发银行某省分行', '各州、市人民政府']],
    ])
  })

  it('outside a parenthesis a units-only clause is not joined', () => {
    expect(brief(scanRoles('各县区、各部门，市财政局配合做好资金保障。'))).toEqual([])
  })
})

describe('主办 / 协办', () => {
  it('（X主办，Y、Z协办）: X leads, Y and Z take part', () => {
    expect(brief(scanRoles('（省市场监管局主办，省商务厅、省公安厅协办）'))).toEqual([
      ['lead', ['省市场监管局']],
      ['participant', ['省商务厅', '省公安厅']],
    ])
  })

  it('the host of an event in running text is no assignment', () => {
    expect(scanRoles('活动由市金融服务中心主办，市银行业协会承办。').roles).toEqual([])
  })
})

describe('standing assignments (以下均需X落实，不再列出)', () => {
  it('〔…具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕: on the task and its later siblings', () => {
    const roles = rolesByPath(fixture('bracket-standing.txt'))
    expect(roles['一/（一）']).toEqual([
      ['responsible', '责任单位', ['省发展改革委', '省商务厅', '省交通运输厅']],
      ['responsible', '不再做分工', ['相关市（州）人民政府']],
    ])
    expect(roles['一/（二）']).toEqual([
      ['responsible', '责任单位', ['省农业农村厅']],
      ['responsible', '不再做分工', ['相关市（州）人民政府']],
    ])
    // another section is not under the rule's parent
    expect(roles['二/（一）'].map((r) => r[0])).toEqual(['lead', 'participant'])
    expect(roles['二/（二）']).toEqual([
      ['lead', '主办', ['省市场监管局']],
      ['participant', '协办', ['省商务厅', '省公安厅']],
    ])
  })

  it('units the rule task names already are not named twice; later tasks take them all', () => {
    const doc = fixture('standing-prose.txt')
    const roles = rolesByPath(doc)
    expect(roles['一/1']).toEqual([['responsible', '责任单位', ['市工信局', '市财政局', '各区人民政府', '开发区管委会']]])
    expect(roles['一/2']).toEqual([
      ['responsible', '责任单位', ['市税务局']],
      ['responsible', '不再单独列出', ['各区人民政府', '开发区管委会']],
    ])
    expect(roles['一/3']?.[1]).toEqual(['responsible', '不再单独列出', ['各区人民政府', '开发区管委会']])
    // 二、 is another section; its 主办 in running text assigns nothing
    expect(doc.tasks.some((t) => t.path[0] === '二')).toBe(false)
  })

  it('corpus/policy govcn_7 (无废城市): 以下均需试点城市政府落实，不再列出 reaches 二（二）–（六）', () => {
    const [[, text]] = policyDocs((f) => f.startsWith('govcn_platform1__7_'))
    const plan = parse(text).documents[0]
    const holders = plan.tasks.filter((t) => t.roles.some((r) => r.role === 'responsible' && r.units.some((u) => u.name === '试点城市政府'))).map((t) => t.path.join('/'))
    expect(holders).toEqual(['二/（一）', '二/（二）', '二/（三）', '二/（四）', '二/（五）', '二/（六）'])
  })
})

describe('a bare head after 和 shares the modifier before it', () => {
  it('省有关部门和单位 / 各有关部门和单位 are one collective each', () => {
    expect(brief(scanRoles('（责任单位：有关设区市、省有关部门和单位）'))).toEqual([['responsible', ['有关设区市', '省有关部门和单位']]])
    expect(brief(scanRoles('（各有关部门和单位按职责分工负责）'))).toEqual([['responsible', ['各有关部门和单位']]])
  })

  it('two named units joined by 和 stay two', () => {
    expect(brief(scanRoles('（市发展改革委和市财政局负责）'))).toEqual([['responsible', ['市发展改革委', '市财政局']]])
  })
})
