import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { fixtureText } from '../../helpers.js'

// outside22 probe (issue #11): a city plan closes each item with a bare unit list in which the first
// unit leads (`(A,B,各县<市、区>人民政府,排名第一位为牵头单位,下同)`), the web page printing 〈〉 as
// ASCII angle brackets; its section heading `一、落实政府职责` acts on duties and names no unit.
// Fixture written for the test in that form (own city, units and dates).

const doc = parse(fixtureText('outside22/rank-first-lead.txt'))
const plan = doc.documents[0]
const roles = (path: string) => plan.tasks.find((t) => t.path.join('/') === path)?.roles.map((r) => [r.role, r.units.map((u) => u.name)])

describe('排名第一位为牵头单位，下同 in the unit parenthesis', () => {
  it('makes the first unit lead and the others responsible, a unit with <…> kept whole', () => {
    expect(roles('一/（一）')).toEqual([
      ['lead', ['市卫生健康局']],
      ['responsible', ['市民政局', '各县<市、区>人民政府']],
    ])
  })

  it('holds for the next item (下同)', () => {
    expect(roles('一/（二）')).toEqual([
      ['lead', ['市自然资源局']],
      ['responsible', ['市住房城乡建设局']],
    ])
  })

  it('reads no unit from the heading 落实政府职责', () => {
    expect(plan.tasks.find((t) => t.path.join('/') === '一')?.roles ?? []).toEqual([])
  })
})
