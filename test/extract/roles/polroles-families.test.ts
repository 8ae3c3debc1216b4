/**
 * Families of the first policy role round (issue 11, helper polroles; test/gold/audit/polroles1.tsv): unexplained
 * role cues of plans, opinions and notices, not laws. Texts written by us.
 *  M  a new subject later in a sentence, with its adverbial of scope or basis alone in its clause (X负责…，Y、Z和其他
 *     有关部门在职责范围内，分别负责…): Y, Z … are responsible for the next clause (row 5).
 *  Q  a slogan's 负责 (谁审批、谁负责) is no verb: the adverbial holding it (按照“谁审批、谁负责”的原则) still lets the
 *     subject before it take the next clause's 负责 (row 26).
 *  C  the sweep: a sentence opening with 负责 right after a role's sentence is that subject's later duty (rows 18, 73).
 *  A, I  the sweep's classes `applicant` (a project's applicants in a call) and `incentive` (a subsidy's condition).
 *  S  `set-up-duty`, two more shapes: a body named with 以下简称 before its duty, a set-up body's later duty or help.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { sweepDocument } from '../../../src/eval/sweep.js'
import { rolesByPath } from '../../helpers.js'

const swept = (text: string) => sweepDocument(text, parse(text), 20, text).roles

const plan = `关于加强河道保洁工作的实施意见

一、明确分工
（一）市水务局负责河道保洁的统筹规划、综合协调，市生态环境局、市城管局和其他有关部门在职责范围内，分别负责有关的河道保洁工作。
（二）市水务局负责河道保洁的统筹规划，区生态环境分局在职责范围内，负责辖区河道的水质监测。
（三）行业主管部门按照“谁审批、谁负责”的原则，负责本行业河道保洁的监督。
（四）河道属于景区的，分别由文旅部门、水务部门依照有关规定，负责保洁管理。
（五）坚持谁污染、谁负责，落实河道保洁责任。
`

describe('M: a new subject with its adverbial later in the sentence', () => {
  it('takes the next clause’s 负责, beside the first subject', () => {
    const roles = rolesByPath(parse(plan))
    expect(roles['一/（一）']).toEqual([
      ['responsible', ['市水务局']],
      ['responsible', ['市生态环境局', '市城管局', '其他有关部门']],
    ])
    expect(roles['一/（二）']).toEqual([
      ['responsible', ['市水务局']],
      ['responsible', ['区生态环境分局']],
    ])
  })

  it('a 由 list with its basis is not read as such a subject (no unit opens with 由)', () => {
    const names = parse(plan).tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => u.name)))
    expect(names.filter((n) => n.includes('由'))).toEqual([])
  })
})

describe('Q: a slogan inside the basis phrase', () => {
  it('the subject before 按照“谁…、谁负责”的原则 is responsible for the next clause', () => {
    expect(rolesByPath(parse(plan))['一/（三）']).toEqual([['responsible', ['行业主管部门']]])
  })

  it('the slogan alone assigns nothing', () => {
    expect(rolesByPath(parse(plan))['一/（五）']).toBeUndefined()
  })
})

const items = `关于做好专项资金管理工作的通知

一、职责分工
（一）市工业和信息化局负责发布申报指南、组织项目申报。负责对项目资金开展绩效评价，按要求公开资金信息。
（二）专项资金使用情况每年公开一次。各区要加强资金监管。
`

describe('C: a sentence opening with 负责 after the role’s sentence', () => {
  it('is counted inside the role, not unexplained', () => {
    const r = swept(items)
    expect(r.classes.unexplained).toBeUndefined()
    expect(r.classes.role).toBe(2)
  })
})

const call = `关于发布重点研发计划项目申报指南的通知

一、申报要求
项目牵头申报单位应与所有参与单位签署联合申报协议。在研项目负责人不得牵头或参与申报新的项目。
二、支持措施
对牵头承担国家重大科技专项的，按照到账经费的20%给予补助；对入选示范场景的牵头企业给予最高100万元奖励。
`

describe('A, I: applicants and a subsidy’s condition are named classes', () => {
  it('no cue of the call is unexplained', () => {
    const r = swept(call)
    expect(r.classes.unexplained).toBeUndefined()
    expect(r.classes.applicant).toBe(4)
    expect(r.classes.incentive).toBe(2)
  })
})

const setUp = `关于加强河道保洁工作的实施意见

一、组织保障
市水务局组建河道保洁专家组（以下简称“专家组”），负责评估保洁方案。领导小组下设办公室，承担领导小组的日常工作，负责具体组织实施。
`

describe('S: a set-up body’s duty in two more shapes', () => {
  it('is set-up-duty, not unexplained', () => {
    const r = swept(setUp)
    expect(r.classes.unexplained).toBeUndefined()
    expect(r.classes['set-up-duty']).toBe(2)
  })
})
