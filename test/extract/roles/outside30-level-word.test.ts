/**
 * outside30 (issue 11): a bare level word the segmenter cuts off before a known stem (自治区 | 发展改革委) is
 * the unit's own prefix, as a place name before it is. Fixture written here, places and organs made up.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'

const doc = parse(readFileSync(new URL('../../fixtures/outside30/autonomous-region-units.txt', import.meta.url)))
const units = (path: string, role: string) => doc.tasks.filter((t) => t.path.join('/') === path).flatMap((t) => t.roles.filter((r) => r.role === role).flatMap((r) => r.units.map((u) => u.name)))

describe('a level word before a known stem stays on the unit', () => {
  it('自治区 before 发展改革委 in a parenthesised list', () => {
    expect(units('一/（一）', 'lead')).toEqual(['自治区交通运输厅'])
    expect(units('一/（一）', 'participant')).toEqual(['自治区发展改革委', '自然资源厅', '青川市人民政府'])
  })
  it('自治区 before 卫生健康委 and 工信厅 in prose', () => {
    expect(units('一/（二）', 'lead')).toEqual(['自治区卫生健康委'])
    expect(units('一/（二）', 'participant')).toEqual(['自治区工信厅'])
  })
  it('县 stays on its unit; a collective opening is untouched', () => {
    expect(units('一/（三）', 'participant')).toEqual(['县发展改革委'])
    expect(units('一/（三）', 'lead')).toEqual(['各乡镇发展改革委'])
  })
})
