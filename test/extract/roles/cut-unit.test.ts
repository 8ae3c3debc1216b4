import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'

// outside10 probe (issue #11), family G; outside6 08, outside5 17, outroles 16: a page cut by the
// scraper inside the last role list (`牵头单位:省发展改`, `责任单位:市`). The cut name is no unit.
// Fixtures written in that form (own city, items and units).
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/leftfam8/${name}`, import.meta.url), 'utf8')
const roles = (text: string) => parse(text).tasks.map((t) => [t.path.join('/'), t.roles.map((r) => `${r.role}:${r.units.map((u) => u.name).join('、')}`)])

describe('a role list cut by the end of the input', () => {
  it('takes no unit from a name the end cuts, and no role from a list left empty', () => {
    const doc = parse(fixture('cut-label-list.txt'))
    expect(roles(fixture('cut-label-list.txt'))).toEqual([
      ['一/1', ['lead:市发展改革委、市住房城乡建设局']],
      ['一/2', ['lead:市商务局']],
    ])
    expect(doc.diagnostics.some((d) => d.code === 'role-unit-unrecognized' && d.message.includes('“市发展改” ends the input'))).toBe(true)
  })
  it('keeps the units before the cut one', () => {
    const text = fixture('cut-label-list.txt').replace('牵头单位:市发展改\n', '牵头单位:市住房城乡建设局、市发展改\n')
    expect(roles(text).at(-1)).toEqual(['一/3', ['lead:市住房城乡建设局']])
  })
  it('keeps a last name with a unit ending, and one without when a 落款 follows it', () => {
    expect(roles(fixture('cut-label-list.txt').replace('市发展改\n', '市发展改革委\n')).at(-1)).toEqual(['一/3', ['lead:市发展改革委']])
    expect(roles(fixture('complete-label-list.txt')).at(-1)).toEqual(['一/2', ['lead:市城投']])
  })
})
