import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { underGroupLine } from '../../../src/extract/roles/sentences.js'

const fixture = readFileSync(new URL('../../fixtures/outside26/check-groups.txt', import.meta.url), 'utf8')
const rolesOf = (path: string) =>
  parse(fixture)
    .tasks.filter((t) => t.path.join('/') === path)
    .flatMap((t) => t.roles.map((r) => `${r.role}:${r.units.map((u) => u.name).join('、')}`))

describe('a check schedule’s group roster (outside26 08)', () => {
  it('reads 考核单位 under a group line as the units visited, not as assessors', () => {
    expect(rolesOf('二')).toEqual([])
    expect(
      parse(fixture)
        .tasks.flatMap((t) => t.roles)
        .filter((r) => r.role === 'assessor')
        .map((r) => r.units.map((u) => u.name)),
    ).toEqual([['市河长办']])
  })

  it('keeps the labels of a task outside the roster', () => {
    expect(rolesOf('三/（一）')).toEqual(['assessor:市河长办', 'responsible:各县（市、区）河长办'])
  })

  it('finds the group line on the label’s own line or the line above', () => {
    expect(underGroupLine('第一组 张三 李四\n考核单位：甲市', 10)).toBe(true)
    expect(underGroupLine('第二考核组 王五 考核单位：乙市', 11)).toBe(true)
    expect(underGroupLine('一、工作任务\n考核单位：甲市', 7)).toBe(false)
    expect(underGroupLine('第一章 总则\n考核单位：甲市', 7)).toBe(false)
  })
})
