import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { allClauses, fixtureText, rolesByPath, taskRoles } from '../helpers.js'

// Bordered task tables with merged cells (issue #11, outside9 family B): a 考核项目表 printed one cell
// per line, each cell closed by its bar, rows closed by a bar line (`|` / `||`) or by the blank line left
// where the bars were cleared; the serial inside the task cell, a category cell spanning rows, rows
// printing only the cells that change. Fixtures written for these tests in those forms.
const fixture = (name: string) => fixtureText(`tablefam/${name}`)

describe('bordered tables with merged cells', () => {
  it('reads each numbered row under its category, the role columns from the right', () => {
    const src = fixture('merged-assessment-table.txt')
    const doc = parse(src)
    expect(rolesByPath(doc)).toEqual({
      '（一）/1': [
        ['lead', ['区商务局']],
        ['responsible', ['区考评办']],
      ],
      // merged: only the 总牵头单位 cell is printed; the 评分办法 and 考核责任单位 above are not repeated
      '（一）/2': [['lead', ['区发改局']]],
      // an extra dash cell: the last cells are still the role columns; a dash is no unit
      '（二）/1': [
        ['lead', ['区人社局', '区总工会']],
        ['responsible', ['区考评办']],
      ],
      '（二）/2': [['lead', ['区教育局']]],
    })
    // a serial row without cells (3.) is no task; the category is the clause, the serial the row's marker
    const rows = allClauses(doc.clauses).filter((c) => c.style === 'table-row')
    expect(rows.map((c) => c.path.join('/'))).toEqual(['（一）/1', '（一）/2', '（二）/1', '（二）/2'])
    expect(rows[1].marker).toBe('2.')
    // the label is the column word; positions point at the cell
    const lead = doc.tasks.find((t) => t.path.join('/') === '（二）/1')!.roles[0]
    expect(lead.label).toBe('总牵头单位')
    expect(src.slice(lead.units[1].position!.start.offset, lead.units[1].position!.end.offset)).toBe('区总工会')
  })

  it('reads rows whose bars were cleared to blank lines, and ends at the heading after the table', () => {
    const doc = parse(fixture('merged-table-blank-borders.txt'))
    expect(taskRoles(doc, '（一）/1')).toEqual(['lead 镇农业办', 'responsible 各村（社区）'])
    expect(taskRoles(doc, '（一）/2')).toEqual(['lead 镇国土所'])
    expect(taskRoles(doc, '（二）/1')).toEqual(['lead 镇综治中心', 'responsible 镇司法所、镇派出所'])
    // the score cell (分值 20) is no unit, and 二、考核方式 is a section of its own, not under （二）
    expect(allClauses(doc.clauses).map((c) => c.path.join('/'))).toEqual(['（一）', '（一）/1', '（一）/2', '（二）', '（二）/1', '二'])
  })

  it('reads a table printed one row per line (Markdown), merged cells left empty in place', () => {
    const src = fixture('markdown-merged-rows.md')
    const doc = parse(src)
    expect(rolesByPath(doc)).toEqual({
      '（一）/1': [
        ['lead', ['县发改局']],
        ['responsible', ['县统计局']],
      ],
      // empty cells are merged from above and not repeated; a dash is no unit
      '（一）/2': [['lead', ['县经信局']]],
      '（一）/3': [['lead', ['县农业农村局']]],
      '（二）/1': [
        ['lead', ['县委政法委', '县信访局']],
        ['responsible', ['县考核办']],
      ],
    })
    const rows = allClauses(doc.clauses).filter((c) => c.style === 'table-row')
    expect(rows.map((c) => c.marker)).toEqual(['1.', '2.', '3.', '1.'])
    // the heading after the table is no child of the last category
    expect(allClauses(doc.clauses).find((c) => c.path.join('/') === '二')?.heading).toBe('结果运用')
    const cell = doc.tasks.find((t) => t.path.join('/') === '（一）/2')!.roles[0].units[0]
    expect(src.slice(cell.position!.start.offset, cell.position!.end.offset)).toBe('县经信局')
  })

  it('needs the bars: the same lines without them are no table', () => {
    const bare = fixture('merged-table-blank-borders.txt').replace(/\|/g, '')
    const doc = parse(bare)
    expect(allClauses(doc.clauses).some((c) => c.style === 'table-row')).toBe(false)
  })

  it('needs a role column: a bordered score table is no task table', () => {
    const scores = fixture('merged-table-blank-borders.txt').replace('牵头单位|', '备注|').replace('责任单位|', '进度|')
    expect(allClauses(parse(scores).clauses).some((c) => c.style === 'table-row')).toBe(false)
  })
})
