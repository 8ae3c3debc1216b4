/**
 * A task table printed one cell per line whose task column is named by two words joined (`目标与任务`),
 * as a county's 政府工作报告 breakdown prints it (test/gold/outside/outside24.md, page 10). Fixture is
 * our own text in the page's format: cells closed by `|`, a person column, two role columns.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

const table = (taskHead: string, roleHead = '牵头责任单位') =>
  [
    '附件',
    '2023年重点工作目标任务分解表',
    '序号 |',
    `${taskHead} |`,
    '分管县领导 |',
    `${roleHead} |`,
    '责任单位 |',
    '12 |',
    '新建城区公共停车泊位500个以上，完成老旧小区改造12个。 |',
    '周 平 |',
    '县住建局 |',
    '县城管局 |',
    '13 |',
    '完成县城污水管网雨污分流改造20公里。 |',
    '周 平 |',
    '县水务局 |',
    '各镇人民政府 |',
    '',
  ].join('\n')

const rolesOf = (text: string) => parse(text).tasks.map((t) => `${t.path.join('/')} ${t.roles.map((r) => `${r.role}:${r.units.map((u) => u.name).join('、')}`).join(' ')}`)

describe('a task column named by two words joined', () => {
  it('目标与任务 / 任务及措施 are the task column: each row gives its leader, lead and responsible units', () => {
    const rows = ['12 leader:周平 lead:县住建局 responsible:县城管局', '13 leader:周平 lead:县水务局 responsible:各镇人民政府']
    expect(rolesOf(table('目标与任务'))).toEqual(rows)
    expect(rolesOf(table('任务及措施'))).toEqual(rows)
  })

  it('two words neither of which names the task column are no header', () => {
    expect(rolesOf(table('目标与要求'))).toEqual([])
  })
})
