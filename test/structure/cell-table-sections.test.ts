import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * A task table printed one cell per line with section rows between its rows (outside144 02, issue #11): each section
 * row opens a clause over the rows under it, numbered from 1 again; a row that leaves its person column empty prints one
 * line fewer. Fixtures of our own wording in the page's shape.
 */
const table = (rows: string[]) => ['2024年重点工作任务分解表', '序号', '主要工作举措', '牵头单位', '配合单位', '责任领导', ...rows].join('\n')

const roles = (text: string) => parse(text).tasks.map((t) => [t.path.join('/'), ...t.roles.map((r) => `${r.role}:${r.units.map((u) => u.name).join('、')}`)])

describe('a one-cell-a-line task table with section rows', () => {
  it('reads every row under its section, the empty person cell left out', () => {
    const text = table([
      '一、做大做强主导产业',
      '1',
      '加快推进肉鸡、肉牛全产业链规划布局，实现三产融合发展。',
      '区农业农村局',
      '区发展改革局、区工业和信息化局',
      '2',
      '加快在建项目的建设进度，推动签约项目开工建设。',
      '青溪经济区管委会',
      '自然资源分局、生态环境分局',
      '张某某',
      '二、优化营商环境',
      '1',
      '深化“一网通办”改革，压缩审批时限。',
      '区营商局',
      '区政务服务中心',
      '李某某',
    ])
    expect(roles(text)).toEqual([
      ['一/1', 'lead:区农业农村局', 'participant:区发展改革局、区工业和信息化局'],
      ['一/2', 'lead:青溪经济区管委会', 'participant:自然资源分局、生态环境分局', 'leader:张某某'],
      ['二/1', 'lead:区营商局', 'participant:区政务服务中心', 'leader:李某某'],
    ])
  })

  it('a row missing a unit column (not a person column) is no row: the table ends there', () => {
    const text = table(['一、做大做强主导产业', '1', '加快推进全产业链规划布局。', '区农业农村局', '2', '推动签约项目开工建设。', '青溪经济区管委会', '自然资源分局', '张某某'])
    expect(roles(text)).toEqual([])
  })
})
