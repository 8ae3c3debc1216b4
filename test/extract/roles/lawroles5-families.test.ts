/**
 * Families of round 5 of the regulation role audit (issue 11, helper lawroles5; test/gold/audit/lawroles5.tsv).
 * Fixtures written by us (test/fixtures/lawroles5/): a city regulation and a Taiwan-style office's rules.
 *  S  the sweep's later-duty gap: a second 负责 of a role's own subject in its sentence (X负责…，组织…，并负责… /
 *     由X或者Y负责建设，并负责…) is inside that role, not unexplained; a 负责 after 由 and another body is not.
 *  T  Taiwan duty lists: X掌理下列事项： / X之职掌如下： give X the responsible role over the items, as
 *     X履行下列职责： does; an officer's list (馆长职掌如下：) gives none.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { sweepDocument } from '../../../src/eval/sweep.js'
import { simplifiedCopy } from '../../../scripts/sweep/simplified.js'
import { fixtureText, rolesByPath } from '../../helpers.js'

const canal = fixtureText('lawroles5/canal-rules.txt')
const bureau = fixtureText('lawroles5/bureau-rules.txt')
const swept = (text: string) => sweepDocument(text, parse(text), 20, simplifiedCopy(text)).roles

describe('S: a later 负责 of the same subject', () => {
  it('counts inside the role (X负责…，组织…，并负责… and 由X或者Y负责…，并负责…)', () => {
    const r = swept(canal)
    expect(r.classes.unexplained).toBeUndefined()
    expect(r.classes.role).toBe(6)
  })

  it('the parser gives each subject its role once', () => {
    const roles = rolesByPath(parse(canal))
    expect(roles['第二条']).toEqual([['responsible', ['市水务局']]])
    expect(roles['第三条']).toEqual([['responsible', ['区人民政府', '市交通运输部门']]])
  })

  it('a 负责 after 由 and another body is that body’s own role, not a later duty', () => {
    expect(rolesByPath(parse(canal))['第四条']).toEqual([
      ['responsible', ['市水务局']],
      ['responsible', ['区人民政府']],
    ])
  })
})

describe('T: Taiwan duty lists (掌理下列事项 / 职掌如下)', () => {
  it('a section (课) that 掌理下列事项 is responsible when an item opens with a role verb', () => {
    expect(rolesByPath(parse(bureau))['第3条']).toEqual([['responsible', ['艺文推广课']]])
  })

  it('items that open with no role verb, and an officer’s list, give no role (the duty-list convention)', () => {
    const roles = rolesByPath(parse(bureau))
    expect(roles['第4条']).toBeUndefined()
    expect(roles['第5条']).toBeUndefined()
  })

  it('the sweep counts the items’ 配合 and 负责 inside the head’s role', () => {
    const r = swept(bureau)
    expect(r.classes.unexplained).toBeUndefined()
    expect(r.classes.role).toBe(2)
  })
})
