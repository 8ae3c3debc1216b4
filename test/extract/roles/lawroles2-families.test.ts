/**
 * Families of roles the parser missed in regulations, round 2 of the role sweep's unexplained cues (issue 11,
 * helper lawroles2; test/gold/audit/lawroles2.tsv). Fixtures written by us in the form of a city regulation.
 *  N1 a short-name note closing a unit list (公安、交通运输等部门（以下统称协同部门）负责…): the list is read
 *     without the note, as one unit's note was already cut;
 *  B2 a unit list alone in its clause, then one adverbial of basis or scope and the duty in the next clause
 *     (…林业部门，依据各自的职责负责… / 专家委员会（以下简称…），按照本条例的规定负责…).
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { fixtureText, rolesByPath } from '../../helpers.js'

const roles = rolesByPath(parse(fixtureText('lawroles2/basis-after-note.txt')))

describe('N1: a short-name note after a unit list', () => {
  it('the list before the note is responsible, the shared 等部门 on each field', () => {
    expect(roles['第一章/第十条']).toEqual([['responsible', ['公安部门', '交通运输部门']]])
  })

  it('and before an adverbial of basis closing the clause (按照…职责分工，负责…)', () => {
    expect(roles['第一章/第三条']).toEqual([['responsible', ['发展改革部门', '规划资源部门', '生态环境部门']]])
  })

  it('one unit with its note keeps reading as before', () => {
    expect(roles['第一章/第四条']).toEqual([['responsible', ['区人民政府确定的河湖管理机构']]])
  })
})

describe('B2: a subject alone in its clause, a basis, then the duty', () => {
  it('a unit and its note, a comma, then 按照本条例的规定负责', () => {
    expect(roles['第一章/第六条']).toEqual([['responsible', ['市河湖保护专家委员会']]])
  })

  it('a level list, a comma, then 依据各自的职责负责', () => {
    expect(roles['第一章/第七条']).toEqual([['responsible', ['县级以上人民政府农业农村部门', '县级以上人民政府林业部门']]])
  })

  it('a private party with a note, and a body set up in the clause, take no duty', () => {
    expect(roles['第一章/第八条']).toBeUndefined()
    expect(roles['第一章/第九条']).toBeUndefined()
  })
})
