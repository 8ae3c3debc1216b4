import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse, type PolicyDocument } from '../../src/index.js'
import { allDocuments } from '../helpers.js'

// The 重点任务分工表 of provincial opinions printed one row per line, cells kept apart by tabs, runs of
// spaces or `|` (outside probe outside10, test/gold/outside/outside10.md). Fixtures written for the
// tests in those forms; units, tasks and dates are made up.
const fixture = (name: string) => parse(readFileSync(new URL(`../fixtures/outside10/${name}`, import.meta.url), 'utf8'))
const rows = (d: PolicyDocument) =>
  allDocuments(d)
    .flatMap((x) => x.tasks)
    .map((t) => ({
      path: t.path.join('/'),
      roles: t.roles.map((r) => `${r.role}:${r.units.map((u) => u.name).join('、')}`),
      due: t.deadlines.filter((x) => x.kind === 'due').map((x) => x.date),
    }))

describe('task tables printed one row per line', () => {
  it('tab-separated rows under an 附件 分工表 of a joint party-government notice', () => {
    const d = fixture('tab-division-table.txt')
    expect(rows(d)).toEqual([
      { path: '1', roles: ['lead:自治区工商联', 'participant:自治区发展改革委、自治区市场监管厅'], due: ['2023-12-31'] },
      { path: '2', roles: ['lead:自治区工业和信息化厅', 'participant:自治区财政厅、各市县（区）政府'], due: [] },
      { path: '3', roles: ['lead:自治区党委统战部', 'participant:自治区人力资源社会保障厅'], due: [] },
    ])
    expect(d.diagnostics.some((x) => x.code === 'table-rows-split' && x.message.includes('3 rows'))).toBe(true)
  })

  it('rows cut by runs of spaces, as many cells as the header; the sentence under the table is left alone', () => {
    const d = fixture('space-division-table.txt')
    expect(rows(d)).toEqual([
      { path: '1', roles: ['lead:省大数据局', 'participant:省发展改革委、省通信管理局'], due: ['2025-12-31'] },
      { path: '2', roles: ['lead:省政务服务中心', 'participant:省直各部门'], due: ['2024-06-30'] },
    ])
  })

  it('a `|` table with a markdown rule row under its header', () => {
    expect(rows(fixture('pipe-division-table.txt'))).toEqual([
      { path: '1', roles: ['lead:省商务厅', 'participant:省财政厅、省农业农村厅'], due: ['2025-12-31'] },
      { path: '2', roles: ['lead:省邮政管理局', 'participant:省交通运输厅'], due: [] },
    ])
  })

  it('a spaced list whose header has no role column (a roster) is no task table', () => {
    const d = fixture('roster-not-table.txt')
    expect(rows(d).filter((r) => r.roles.length)).toEqual([])
    expect(d.diagnostics.some((x) => x.code === 'table-rows-split')).toBe(false)
  })
})
