import { describe, expect, it } from 'vitest'
import { normalizeStep } from '../../src/steps.js'
import { findSpanTables } from '../../src/structure/cell-table.js'
import type { Line } from '../../src/tree/segment.js'
import { nonBlankLines } from '../helpers.js'

// findSpanTables asks each line for its own closing bar before it reads the border above it (issue #14: the
// border test slices the text between two lines, and was asked of every body line; almost no line ends in a
// bar). Tables written for this test: the same rows are found, and a body with no bar finds none.
/** The normalized text (the structure stage's input) and its non-blank lines. */
function body(raw: string): { text: string; lines: Line[] } {
  const text = (normalizeStep(raw).view as { text: string }).text
  return { text, lines: nonBlankLines(text) }
}

const table = [
  '|',
  '考核项目 |',
  '总牵头单位 |',
  '考核责任单位 |',
  '||',
  '(一)河道清理 |',
  '1.清理沿岸垃圾 |',
  '县水务局 |',
  '各乡镇 |',
  '||',
  '2.疏浚排水沟渠 |',
  '县农业农村局 |',
  '县水务局 |',
  '|',
].join('\n')

describe('findSpanTables: the line’s own bar first', () => {
  it('reads the rows of a bordered table printed one cell per line', () => {
    const { text, lines } = body(table)
    const found = findSpanTables(lines, text)
    expect(found).toHaveLength(1)
    const rows = found[0].rows
    expect(rows.map((r) => r.number)).toEqual([1, 2])
    expect(rows[0].category?.text).toBe('（一）河道清理|')
    expect(rows[1].category).toBeUndefined()
    const cells = (k: number) => rows[k].cells.map((c) => `${c.kind}:${c.role ?? ''}:${text.slice(c.start, c.end)}`)
    expect(cells(0)).toEqual(['task::清理沿岸垃圾', 'role:lead:县水务局', 'role:responsible:各乡镇'])
    expect(cells(1)).toEqual(['task::疏浚排水沟渠', 'role:lead:县农业农村局', 'role:responsible:县水务局'])
  })

  it('finds nothing in a body whose lines close with no bar', () => {
    const { text, lines } = body(table.replace(/ ?\|+/g, ''))
    expect(lines.length).toBeGreaterThan(8)
    expect(findSpanTables(lines, text)).toEqual([])
  })
})
