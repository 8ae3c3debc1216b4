import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { fixtureText } from '../helpers.js'

// outside19 probe (issue #11): a company's 整改 公示 prints its task table one cell per line with the
// columns 序号 / 整改任务 / 牵头责任单位 / 整改落实单位 / 完成情况. The task column 整改任务, the role column
// 整改落实单位 and the bare progress column 完成情况 were not column words, so the rows were not read.
// Fixture written for the test in that form (own company, departments and tasks).

describe('a rectification table printed one cell per line', () => {
  const doc = parse(fixtureText('outside19/rectification-table.txt'))

  it('reads each row: 牵头责任单位 lead, 整改落实单位 responsible; 完成情况 is no deadline', () => {
    expect(doc.tasks.map((t) => [t.path.join('/'), t.roles.map((r) => [r.role, r.units.map((u) => u.name)]), t.deadlines.length])).toEqual([
      [
        '1',
        [
          ['lead', ['计划财务部']],
          ['responsible', ['东河分公司']],
        ],
        0,
      ],
      [
        '2',
        [
          ['lead', ['安全环保部']],
          ['responsible', ['西岭项目部']],
        ],
        0,
      ],
    ])
  })

  it('the labels read in prose too (整改责任单位：…, 整改牵头单位：…)', () => {
    const page = parse('一、整改任务\n1.完善报销审核制度。（整改牵头单位：计划财务部；整改责任单位：各分公司）\n')
    expect(page.tasks.map((t) => t.roles.map((r) => [r.role, r.units.map((u) => u.name)]))).toEqual([
      [
        ['lead', ['计划财务部']],
        ['responsible', ['各分公司']],
      ],
    ])
  })
})
