/**
 * Families found by the third blind role audit (issue 11; scripts/audit-roles.ts --round 3,
 * test/gold/audit/roles-README.md "Round 3"). Fixtures written by us in the formats of the corpus.
 *  R8 a bare `X对…负责` names whom X answers to (国家监察委员会对全国人民代表大会及其常务委员会负责, 国务院对全国人民代表大会
 *     负责并报告工作): no work is handed to X — the gold convention — where the prose reader had read `X负责` with a
 *     unit cut out of the object or the subject and object as one name.
 *  R9 public bodies named the responsible subject of a field of work (区（县）人民政府是本行政区域内农村公路…工作的责任主体)
 *     are responsible for it; an enterprise named so (农村公路养护企业是养护作业安全的责任主体) is a regulated party.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { fixtureText, rolesByPath } from '../../helpers.js'

describe('R8: a bare 对…负责 answers to a body and assigns nothing', () => {
  const law = rolesByPath(parse(fixtureText('roleaudit3/answers-to.txt')))

  it('gives no role to a body answering to the people’s congress or a higher body', () => {
    // 负责并报告工作: a second duty to the same body, no action
    expect(law['第一章/第二条']).toBeUndefined()
    // 负责，并接受其监督, the object a list (及其常务委员会和上一级监察委员会)
    expect(law['第一章/第三条']).toBeUndefined()
    // the subject and the object had been read as one name (自治县人民法院对自治县人民代表大会)
    expect(law['第一章/第四条']).toBeUndefined()
    expect(law['第一章/第五条']).toBeUndefined()
  })

  it('keeps 负责 with an action, a truth object, and a name holding 对外', () => {
    expect(law['第一章/第六条']).toEqual([['responsible', ['县对外经济合作主管部门']]])
    expect(law['第一章/第七条']).toEqual([['responsible', ['县水行政主管部门']]])
    expect(law['第一章/第八条']).toEqual([['responsible', ['县财政部门']]])
    expect(law['第一章/第九条']).toEqual([['responsible', ['县机构编制部门']]])
  })

  it('reads the traditional form the same way', () => {
    const text =
      '某某局組織條例\n法規性質：法律\n沿革：\n1.中華民國八十二年十二月三十日總統令制定公布全文 9 條\n第 1 條\n本條例依某某法制定之。\n第 2 條\n某某局對國家安全會議及行政院負責並報告工作。\n第 3 條\n某某局負責國家安全情報工作之統合指導。\n'
    const roles = parse(text).tasks.flatMap((t) => t.roles.map((r) => `${t.path.join('/')} ${r.role} ${r.units.map((u) => u.name).join('、')}`))
    expect(roles).toEqual(['第3条 responsible 某某局'])
  })
})

describe('R9: a public body named the responsible subject of a field of work', () => {
  const law = rolesByPath(parse(fixtureText('roleaudit3/responsible-subject.txt')))

  it('gives the bodies opening the sentence the responsible role', () => {
    expect(law['第一章/第二条']).toEqual([['responsible', ['区（县）人民政府']]])
    expect(law['第一章/第三条']).toEqual([['responsible', ['市、区（县）交通运输主管部门']]])
    // the head before a bracketed note (乡镇人民政府（街道办事处）), 直接责任主体
    expect(law['第一章/第四条']).toEqual([['responsible', ['乡镇人民政府（街道办事处）']]])
  })

  it('gives no role to an enterprise named so, nor to help without a role verb', () => {
    expect(law['第一章/第五条']).toBeUndefined()
    expect(law['第一章/第六条']).toBeUndefined()
    expect(law['第一章/第七条']).toEqual([['responsible', ['市交通运输主管部门']]])
  })

  it('reads it only opening a clause: inside a plan item it is an exhortation (the plan gold annotates none)', () => {
    const plan = '某市智慧城市建设实施方案\n\n一、保障措施\n（一）加强组织领导。各区要加强领导。区人民政府是本区智慧城市建设的责任主体，要细化措施。\n'
    expect(parse(plan).tasks.flatMap((t) => t.roles)).toEqual([])
  })
})
