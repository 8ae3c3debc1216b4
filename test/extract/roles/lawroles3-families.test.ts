/**
 * Families of round 3 of the regulation role audit (issue 11, helper lawroles3; test/gold/audit/lawroles3.tsv).
 * Fixture written by us in the form of a city regulation (test/fixtures/lawroles3/river-rules.txt).
 *  S1 the sweep's accounting: the items of a duty list carry their head's role (X负责…，履行下列职责： › （三）负责…,
 *     其主要职责是： › （一）宣传…，负责…); their 负责 is inside that role, not unexplained;
 *  F1 a field whose own name holds 和 inside a shared-suffix list (城市管理和综合执法、粮食和物资储备等部门) or
 *     opening a department's name (劳动和社会保障行政管理部门);
 *  F2 a joined level prefix over a field list (市和区县农业、林业…等部门), with a short bracket after it (市和区县（市）).
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { sweepDocument } from '../../../src/eval/sweep.js'
import { fixtureText, rolesByPath } from '../../helpers.js'

const text = fixtureText('lawroles3/river-rules.txt')
const doc = parse(text)
const roles = rolesByPath(doc)
const classes = new Map<number, string>()
sweepDocument(text, doc, 0, text, (cls, offset) => classes.set(offset, cls))
/** The sweep's class of the role cue that follows `before` in the fixture. */
const classAfter = (before: string) => {
  const at = text.indexOf(before)
  expect(at).toBeGreaterThanOrEqual(0)
  return classes.get(at + before.length)
}

describe('S1: the items of a duty list are counted inside their head role', () => {
  it('the items carry the head unit (X负责…工作，履行下列监督管理职责：)', () => {
    expect(roles['第二条/（三）']).toEqual([['responsible', ['县级以上人民政府水务部门']]])
  })

  it('an item opening with 负责, and one whose later clause opens with 负责, are inside the role', () => {
    expect(classAfter('（三）')).toBe('role')
    expect(classAfter('组织河湖巡查，')).toBe('role')
  })

  it('under a 其主要职责是： head, a 负责 after the item’s first clause is inside the role too', () => {
    expect(roles['第三条']).toEqual([['responsible', ['市园林局']]])
    expect(classAfter('宣传有关法律、法规，')).toBe('role')
  })

  it('an item under a head no unit holds stays outside any role', () => {
    expect(roles['第八条/（二）']).toBeUndefined()
    expect(classAfter('当日登记，')).not.toBe('role')
  })
})

describe('F1: a field whose name holds 和', () => {
  it('inside a shared-suffix list, each field is one unit with the shared suffix', () => {
    expect(roles['第四条']).toEqual([['responsible', ['公安部门', '城市管理和综合执法部门', '粮食和物资储备部门']]])
  })

  it('opening a department name with no level prefix', () => {
    expect(roles['第五条']).toEqual([['responsible', ['劳动和社会保障行政管理部门']]])
  })
})

describe('F2: a joined level prefix over a field list', () => {
  it('市和区县 goes to every field, the scope adverbial and comma before 负责 as before', () => {
    expect(roles['第六条']).toEqual([['responsible', ['市和区县农业部门', '市和区县林业部门', '市和区县生态环境部门']]])
  })

  it('a short bracket after the level is part of it, for every field (市和区县（市）)', () => {
    expect(roles['第七条']).toEqual([['responsible', ['市和区县（市）财政部门', '市和区县（市）审计部门']]])
  })
})
