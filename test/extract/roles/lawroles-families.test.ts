/**
 * Families of roles the parser missed in regulations, found by reading the role-cue sweep's unexplained cues
 * (issue 11, helper lawroles; test/gold/audit/lawroles.tsv). Fixtures written by us in the form of a city
 * regulation (lawrefbook).
 *  L1 a subject, an adverbial of scope or basis closing its clause (按照本条例的有关规定 / 在…职责范围内), then
 *     负责 in the next clause: the subject is responsible, and the adverbial is no part of its name;
 *  L3 负责 before 人口, 人民防空, 人民调解 …: a verb, not 负责人 + a character.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { fixtureText, rolesByPath } from '../../helpers.js'

describe('L1: a subject carried over an adverbial of scope or basis to 负责', () => {
  const roles = rolesByPath(parse(fixtureText('lawroles/basis-frames.txt')))

  it('an elliptic level list before 按照…规定， is responsible', () => {
    expect(roles['第一章/第二条']).toEqual([
      ['responsible', ['市水务部门']],
      ['responsible', ['区、县水务部门']],
    ])
  })

  it('the scope 在本级人民政府…范围内 is cut from the unit', () => {
    expect(roles['第一章/第三条']).toEqual([['responsible', ['县级以上地方人民政府有关部门']]])
  })

  it('a unit named by its place (…所在地的…) is read whole, 所在 being no opener', () => {
    expect(roles['第一章/第四条']).toEqual([['responsible', ['湖泊所在地的乡镇人民政府']]])
  })

  it('a body set up in the clause, and a private party, take no duty', () => {
    expect(roles['第一章/第五条']).toBeUndefined()
    expect(roles['第一章/第六条']).toBeUndefined()
  })
})

describe('L3: 负责 before 人口 / 人民…', () => {
  const roles = rolesByPath(parse(fixtureText('lawroles/person-words.txt')))

  it('L3: 负责(实施)人口…, 负责人民防空…, 负责人民调解… are duties', () => {
    expect(roles['第二条']).toEqual([
      ['responsible', ['市卫生健康部门']],
      ['responsible', ['市人民防空部门']],
    ])
    expect(roles['第三条']).toEqual([['responsible', ['区司法行政部门']]])
  })

  it('负责人 before 才能 stays a person', () => {
    expect(roles['第四条']).toBeUndefined()
  })
})
