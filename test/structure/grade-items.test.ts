import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { sweepDocument } from '../../src/eval/sweep.js'
import { allClauses, fixtureText } from '../helpers.js'

/**
 * Items whose text opens with a list of grades or items from 一 (sweep8, issue #11: 12 of the 77
 * unexplained marker lines of the whole corpus): `一、一、二审法院院长之考评…`, `三、一、二两款检查…`.
 * The fixture is written in the Taiwan law-database format from the sampled articles.
 */
const doc = parse(fixtureText('sweep8/grade-items-law.txt'))
// (clause text is read in simplified script, as the parser converts a traditional text)
const items = (article: string) =>
  allClauses(doc.clauses)
    .find((c) => c.path.join('/') === article)
    ?.children.map((c) => [c.marker, c.text.slice(0, 12)])

describe('an item whose text opens with grades (一、一、二审…)', () => {
  it('第 3 条: 一、一、二審法院院長… is item 一, and 二 follows it', () => {
    expect(items('第3条')).toEqual([
      ['一、', '一、二审法院院长之平时考'],
      ['二、', '各级法院法官之平时考评，'],
    ])
  })

  it('第 4 条: 一、一、二、三級檢修… opens the list, so 二、四級檢修 is its item 二', () => {
    expect(items('第4条')?.map(([m, t]) => m + t.slice(0, 6))).toEqual(['一、一、二、三级', '二、四级检修为十', '三、临时检修为三'])
  })

  it('第 5 条: 三、一、二兩款檢查… is item 三 of its list', () => {
    expect(items('第5条')?.map(([m]) => m)).toEqual(['一、', '二、', '三、'])
    expect(items('第5条')?.[2][1]).toBe('一、二两款检查均应由负责')
  })

  it('a grade list opening an article (一、二等分局…, 一、二、三等農林事業人員…) stays its text', () => {
    expect(allClauses(doc.clauses).find((c) => c.path.join('/') === '第6条')?.children).toEqual([])
    expect(allClauses(doc.clauses).find((c) => c.path.join('/') === '第7条')?.children).toEqual([])
  })

  it('no marker line of the fixture is left unexplained by the sweep', () => {
    const text = fixtureText('sweep8/grade-items-law.txt')
    expect(sweepDocument(text, doc).markers.unexplained.map((c) => c.context)).toEqual([])
  })
})
