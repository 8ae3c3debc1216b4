import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { fixtureText } from '../../helpers.js'

// outside20 probe (issue #11): minutes put an official in charge of each item in prose
// (`由X副市长负责，Y牵头，Z配合`). Fixture written for the test (own county, names and dates).
const doc = parse(fixtureText('outside20/county-minutes.txt'))
const rolesOf = (path: string) => doc.tasks.filter((t) => t.path.join('/') === path).flatMap((t) => t.roles.map((r) => `${r.role}:${r.units.map((u) => u.name).join('、')}`))

describe('由 + an official + 负责 in minutes', () => {
  it('is the leader of the item, beside the units that lead and take part', () => {
    expect(rolesOf('1')).toEqual(['leader:周明副县长', 'lead:县住建局', 'participant:县财政局、县自然资源局'])
    expect(rolesOf('2')).toEqual(['leader:常务副县长', 'lead:县交通局', 'participant:各乡镇'])
  })

  it('is no leader when the title does not touch 负责 (a meeting named after an official)', () => {
    expect(rolesOf('3').filter((r) => r.startsWith('leader'))).toEqual([])
  })

  it('keeps the item’s own date', () => {
    expect(doc.tasks.find((t) => t.path.join('/') === '1')?.deadlines.map((d) => d.date)).toEqual(['2023-09-30'])
  })
})

describe('a stop word inside the name after 由 (整改措施：由…联合执法大队负责整治)', () => {
  const bulletin = parse(fixtureText('outside20/rectification-bulletin.txt'))
  const of = (path: string) => bulletin.tasks.filter((t) => t.path.join('/') === path).flatMap((t) => t.roles.map((r) => `${r.role}:${r.units.map((u) => u.name).join('、')}`))

  it('is part of the unit when the words before it are no unit', () => {
    expect(of('1')).toEqual(['responsible:城区环境卫生联合执法大队'])
  })

  it('still ends the list after a unit (由A联合B负责: A responsible)', () => {
    expect(of('2')).toEqual(['responsible:县公安局'])
  })

  it('gives no role to a unit that only urges (督促)', () => {
    expect(of('3')).toEqual([])
  })
})

describe('the owners a 督查 report names for its numbered items (X负责的第N件、Y负责的第M件…进展滞后)', () => {
  const report = parse(fixtureText('outside20/disclosure-table-bulletin.txt'))
  const of = (path: string) => report.tasks.filter((t) => t.path.join('/') === path).flatMap((t) => t.roles.map((r) => `${r.role}:${r.units.map((u) => u.name).join('、')}`))

  it('are responsible, each for its own items', () => {
    expect(of('二')).toEqual(['responsible:县交通局', 'responsible:县水利局'])
  })

  it('is no owner without an item number (负责的工作 stays a relative clause)', () => {
    const doc = parse('关于某项工作的通报\n\n一、总体情况\n县政府督查室负责的工作进展顺利。\n')
    expect(doc.tasks.flatMap((t) => t.roles)).toEqual([])
  })
})
