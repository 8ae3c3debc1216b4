import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside31 probe (issue #11): the newest documents, 2024–2026. Fixtures written for the test in the forms the
// draw met (own places, names and dates).
const fixture = (name: string) => parse(readFileSync(new URL(`../fixtures/outside31/${name}`, import.meta.url), 'utf8'))
const units = (doc: ReturnType<typeof parse>, path: string) => doc.tasks.filter((t) => t.path.join('/') === path).flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${r.role}:${u.name}`)))

describe('an issuing sentence with no title line and no 落款, the issued text right under it', () => {
  const doc = fixture('untitled-work-points.txt')

  it('holds the issued text as an untitled nested document whose genre its first sentence names', () => {
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.docType).toBe('通知')
    expect(doc.documents).toHaveLength(1)
    expect(doc.documents[0].meta.title).toBeNull()
    expect(doc.documents[0].meta.docType).toBe('工作要点')
  })

  it('gives the notice no task of the issued text', () => {
    expect(doc.tasks.flatMap((t) => t.roles)).toEqual([])
    // the standing sentence binds the task that holds it too (govcn_7's reading)
    expect(units(doc.documents[0], '1')).toEqual(['responsible:省通信管理局', 'responsible:省农业农村厅', 'responsible:各市县农业农村部门'])
  })

  it('reads `以下任务均涉及X，不再重复` as a standing assignment of the later tasks', () => {
    expect(units(doc.documents[0], '2')).toEqual(['responsible:省商务厅', 'responsible:各市县农业农村部门'])
    expect(units(doc.documents[0], '3')).toContain('responsible:各市县农业农村部门')
  })

  it('does not split when the next line names another genre than the quoted title', () => {
    const other = parse('《青山省数字乡村建设2026年工作要点》已经省领导同意，现印发给你们。\n为做好宣传工作，制定本方案。\n1.开展培训。\n')
    expect(other.documents).toHaveLength(0)
  })
})

describe('a 告知书 under a site menu line, a poster line and a repost stamp', () => {
  it('reads the 告知书 title and genre, the menu line is chrome', () => {
    const doc = fixture('notice-letter-nav.txt')
    expect(doc.meta.title).toBe('青山市电动自行车停放充电告知书')
    expect(doc.meta.docType).toBe('告知书')
    expect(doc.meta.signedDate).toBeNull()
  })
})
