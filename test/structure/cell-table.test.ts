import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { allClauses, fixtureText, taskRoles } from '../helpers.js'

// Task tables a scraper printed one cell per line (issue #11, outside probe family A). Fixtures are
// written for the tests in that format (own units, tasks and dates).
const fixture = (name: string) => fixtureText(`cells/${name}`)

describe('tables printed one cell per line', () => {
  const src = fixture('task-table.txt')
  const doc = parse(src)

  it('turns each row under the header run into a task with its column roles and deadline', () => {
    expect(allClauses(doc.clauses).map((c) => c.path.join('/'))).toEqual(['1', '2', '3', '4', '二'])
    expect(allClauses(doc.clauses)[2].heading).toBe('完成工业园区标准地出让改革，新增出让用地不少于300亩')
    expect(taskRoles(doc, '1')).toEqual(['lead 县市场监管局', 'participant 县政务服务中心、县税务局、县公安局'])
    expect(taskRoles(doc, '3')).toEqual(['lead 县自然资源局', 'participant 县经信局、青川经开区管委会、各乡镇（街道）'])
    expect(taskRoles(doc, '4')).toEqual(['lead 县财政局', 'participant 县金融服务中心、县人民银行'])
    expect(doc.tasks.filter((t) => /^\d$/.test(t.path[0])).map((t) => t.deadlines.map((d) => d.date))).toEqual([['2024-06-30'], ['2024-09-30'], ['2024-12-31'], ['2024-10-31']])
    // the label is the column name; positions point at the cell in the input
    const lead = doc.tasks[1].roles[0]
    expect(lead.label).toBe('牵头单位')
    expect(src.slice(lead.units[0].position!.start.offset, lead.units[0].position!.end.offset)).toBe('县大数据中心')
    // a category cell (要素保障) between rows is no unit of the row before
    expect(taskRoles(doc, '2')).toEqual(['lead 县大数据中心', 'participant 县财政局'])
  })

  it('ends the table at a heading: the section after it is a clause of its own', () => {
    expect(allClauses(doc.clauses).find((c) => c.path.join('/') === '二')?.heading).toBe('保障措施')
    expect(allClauses(doc.clauses).find((c) => c.path.join('/') === '4')?.position?.end.offset).toBeLessThan(src.indexOf('二、保障措施'))
  })

  it('needs a role column: a project list with a serial column is no task table', () => {
    const list = parse(fixture('no-role-column.txt'))
    expect(list.tasks).toEqual([])
    expect(allClauses(list.clauses).some((c) => c.style === 'table-row')).toBe(false)
  })

  it('leaves out a row cut before its last cell', () => {
    const cut = parse(src.slice(0, src.indexOf('县财政局\n\n县金融服务中心')))
    expect(cut.tasks.map((t) => t.path.join('/'))).toEqual(['1', '2', '3'])
  })
})

// outside8 probe: a role column holding several units one per line, a second task line sharing a row's
// units, `|` cell borders and a person column (责任领导). Fixtures written for the tests in that format.
describe('flattened table rows that do not come one cell per column', () => {
  const doc = parse(fixture('multi-unit-rows.txt'))
  const table = doc.documents[0]

  it('reads each unit line of the role column as a unit of the row, up to the next serial', () => {
    expect(table.meta.title).toBe('2018年民生实事目标任务分解表')
    expect(table.tasks.map((t) => t.path.join('/'))).toEqual(['1', '2', '3', '4'])
    expect(table.tasks[0].roles.flatMap((r) => r.units.map((u) => `${r.role} ${u.name}`))).toEqual(['responsible 县水务局', 'responsible 县住建局'])
    expect(table.tasks[0].deadlines.map((d) => d.date)).toEqual(['2018-10-31'])
  })

  it('keeps a second task line of a row with the row, and its deadline cell', () => {
    const row = table.tasks[2]
    expect(row.roles.flatMap((r) => r.units.map((u) => u.name))).toEqual(['县卫计局', '县代建中心'])
    expect(row.deadlines.map((d) => d.date)).toEqual(['2018-04-30', '2018-11-30'])
  })

  it('ends the last row at its deadline cell: page chrome after it is no unit', () => {
    expect(table.tasks[3].roles.flatMap((r) => r.units.map((u) => u.name))).toEqual(['县教育局'])
    expect(table.tasks[3].deadlines.map((d) => d.date)).toEqual(['2018-12-31'])
  })

  it('reads `|`-bordered cells and a person column as leaders', () => {
    const pipes = parse(fixture('pipe-leaders.txt'))
    expect(pipes.tasks.map((t) => t.path.join('/'))).toEqual(['1', '2'])
    expect(taskRoles(pipes, '1')).toEqual(['leader 周明', 'responsible 规划建设局、招商服务部'])
    expect(taskRoles(pipes, '2')).toEqual(['leader 李晓东', 'responsible 环保安监局'])
    // (年内 in row 1's task cell takes the year of the list's title, `2019年园区重点工作及责任清单`, read as the
    // title since the genre-less title rule: 年内完成 → the year's end, the outside probes' convention)
    expect(pipes.meta.title).toBe('2019年园区重点工作及责任清单')
    expect(pipes.tasks.map((t) => t.deadlines.map((d) => d.date).filter(Boolean))).toEqual([['2019-12-31', '2019-11-30'], ['2019-09-30']])
    // the unit's position is the cell without its border
    const unit = pipes.tasks[1].roles[1].units[0]
    const src = fixture('pipe-leaders.txt')
    expect(src.slice(unit.position!.start.offset, unit.position!.end.offset)).toBe('环保安监局')
  })
})

describe('a progress report printing a table’s rows from its middle, each cell closed by its bar (outside15 03)', () => {
  const doc = parse(fixtureText('cells/barred-mid-table.txt'))

  it('reads rows 12–14 under the header, the 全年目标任务 column merged into the task cell', () => {
    expect(doc.tasks.map((t) => t.path.join('/'))).toEqual(['12', '13', '14'])
    expect(taskRoles(doc, '12')).toEqual(['leader 李青山', 'lead 县水务局', 'responsible 县住建局、各镇'])
    expect(taskRoles(doc, '13')).toEqual(['leader 李青山', 'lead 县商务局', 'responsible 县市场监管局、城关镇'])
    // the last row, cut before its 说明 cell, still counts
    expect(taskRoles(doc, '14')).toEqual(['leader 王立平', 'lead 县交通局', 'responsible 县公安局、城关镇'])
  })

  it('reads no due date in a remarks or progress cell (项目于8月20才完成土方)', () => {
    expect(doc.tasks.flatMap((t) => t.deadlines.map((d) => d.raw))).toEqual([])
  })

  it('needs the next serial after the first: a row numbered out of order ends the table', () => {
    const src = fixtureText('cells/barred-mid-table.txt').replace('\n14 |\n', '\n19 |\n')
    expect(parse(src).tasks.map((t) => t.path.join('/'))).toEqual(['12'])
  })
})
