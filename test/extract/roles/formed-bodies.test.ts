import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/parse.js'

const text = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'units', 'formed-bodies.txt'), 'utf8')
const rolesOf = (path: string) =>
  parse(text)
    .tasks.filter((t) => t.path.join('>') === path)
    .flatMap((t) => t.roles.map((r) => [r.role, r.units.map((u) => u.name)]))

// 成立 / 组建 mark a body being set up (no role where its duties are described), but a body someone
// formed (组建的…, a relative clause) and the forming body (组建单位) are units (grammars/units/suffixes.json#forbiddenExcept).
describe('bodies formed or set up', () => {
  it('a committee formed by someone is responsible', () => {
    expect(rolesOf('第十八条')).toEqual([['responsible', ['招标人依法组建的评审小组']]])
  })
  it('the forming body is responsible', () => {
    expect(rolesOf('第十九条')).toEqual([['responsible', ['组建单位']]])
  })
  it('a body the sentence sets up takes no role', () => {
    expect(rolesOf('第二十条')).toEqual([])
  })
})
