import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'

const TEXTS = new URL('../../gold/blind/texts/', import.meta.url)
const blind = (prefix: string) => readFileSync(new URL(readdirSync(TEXTS).find((f) => f.startsWith(prefix))!, TEXTS), 'utf8')
const unitsOf = (prefix: string, article: string) =>
  parse(blind(prefix))
    .tasks.filter((t) => t.path.at(-1) === article)
    .flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${r.role} ${u.name}`)))

describe('regulations: departments named by their field, sharing one suffix', () => {
  it('fields whose own name holds 和, and a restating （机构） after 等部门 (鹤壁市大气污染防治条例 第五条)', () => {
    const units = unitsOf('33-', '第五条')
    expect(units).toContain('responsible 工业和信息化部门')
    expect(units).toContain('responsible 自然资源和规划部门')
    expect(units).toContain('responsible 住房和城乡建设部门')
    expect(units).toContain('responsible 气象部门')
    expect(units.length).toBe(13)
  })

  it('等主管部门在各自职责范围内，负责… (鹤壁市地下水保护条例 第四条)', () => {
    expect(unitsOf('10-', '第四条')).toEqual(expect.arrayContaining(['responsible 发展改革主管部门', 'responsible 工业和信息化主管部门', 'responsible 住房和城乡建设主管部门']))
  })

  it('the State Council level prefix, 等有关行政主管部门 and 在各自的职责范围内，主管… (自然保护区条例 第八条)', () => {
    expect(unitsOf('15-', '第八条')).toEqual(expect.arrayContaining(['responsible 国务院林业行政主管部门', 'responsible 国务院海洋行政主管部门']))
  })
})

describe('a field qualified by a bracket, and 应当 before the duty phrase', () => {
  it('城市管理（综合执法）… 等部门应当按照各自职责，做好 (济宁 fixture 第四条)', () => {
    const doc = parse(readFileSync(new URL('../../gold/blind/fixtures/fx-law-jining.txt', import.meta.url), 'utf8'))
    const units = doc.tasks.filter((t) => t.path.at(-1) === '第四条').flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => u.name)))
    expect(units).toEqual(expect.arrayContaining(['市场监督管理部门', '城市管理（综合执法）部门', '自然资源和规划部门']))
  })
})
