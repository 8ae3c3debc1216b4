/**
 * Families of round 4 of the regulation role audit (issue 11, helper lawroles4; test/gold/audit/lawroles4.tsv).
 * Fixtures written by us in the form of city regulations (test/fixtures/lawroles4/).
 *  A  协同 with nobody leading (…等部门按照各自职责，协同实施本规定): no assignment, the `unled-cooperation`
 *     convention; 协同 naming the body it joins (协同湖泊管理部门做好…), or beside a responsible body in its
 *     sentence (X负责…，其他有关部门…协同做好…), still gives participants.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { fixtureText, rolesByPath } from '../../helpers.js'

const lake = rolesByPath(parse(fixtureText('lawroles4/lake-rules.txt')))

describe('A: 协同 after a duty phrase', () => {
  it('unled (协同 + the duty, no body leading in its sentence): the units take no role', () => {
    expect(lake['第二条']).toEqual([['responsible', ['市湖泊管理局']]])
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
