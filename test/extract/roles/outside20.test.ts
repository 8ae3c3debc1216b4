import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'

// outside20 probe (issue #11): minutes put an official in charge of each item in prose
// (`由X副市长负责，Y牵头，Z配合`). Fixture written for the test (own county, names and dates).
const doc = parse(readFileSync(new URL('../../fixtures/outside20/county-minutes.txt', import.meta.url), 'utf8'))
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
