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

// A river-chief office's task table flattened with single spaces (outside probe outside23, page 01):
// the 类别 cell wrapped with a space inside it (`加强水资源保 护`) or merged away, the task cells holding
// spaces of their own. Our own rows and units.
describe('a space-separated table whose text cells hold spaces (wrappedColumns)', () => {
  const text = [
    '青溪县全面推行湖长制主要任务分解表',
    '序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位',
    '1 加强水资源保 护 严守用水总量红线 实施用水总量控制。到2023年，全县用水总量控制在2.1亿立方米以内。 县水利局 县发展改革委、县农业农村局等 各乡镇人民政府,县经济开发区管委会',
    '2  提升用水 效率 推进节水改造 开展农业灌区节水改造。2022年底前完成2个灌区改造。 县水利局 县财政局 各乡镇人民政府',
    '3   治理农村黑臭水体。完成12条黑臭水体治理。 县生态环境分局、县住建局 县水利局等 各乡镇人民政府',
    '',
    '各乡镇要按照分解表抓好落实。',
  ].join('\n')
  const d = parse(text)

  it('each row keeps its serial and its three role columns; the text columns become one task cell', () => {
    expect(rows(d)).toEqual([
      { path: '1', roles: ['lead:县水利局', 'participant:县发展改革委、县农业农村局', 'responsible:各乡镇人民政府、县经济开发区管委会'], due: ['2023-12-31'] },
      { path: '2', roles: ['lead:县水利局', 'participant:县财政局', 'responsible:各乡镇人民政府'], due: ['2022-12-31'] },
      { path: '3', roles: ['lead:县生态环境分局、县住建局', 'participant:县水利局', 'responsible:各乡镇人民政府'], due: [] },
    ])
    expect(d.diagnostics.some((x) => x.code === 'table-rows-split' && x.message.includes('3 rows'))).toBe(true)
  })

  it('a space-separated header without a single task column among its text columns stays text', () => {
    const other = parse(['序号 类别 细化措施 牵头单位', '1 水资源 节 水 改造 县水利局', '2 水环境 治理 县生态环境分局'].join('\n'))
    expect(other.diagnostics.some((x) => x.code === 'table-rows-split')).toBe(false)
  })
})

// A county's progress table of its yearly key tasks, flattened one row a line with single spaces (outside probe
// outside53, page 01): a traditional-script page prints its header so (this pass runs before the script is converted),
// the header ends in a progress column named by its ending (`一季度完成情况`), and a progress cell holds a space of its
// own. Rows, units and figures written for the tests.
describe('a space-separated table: traditional header, progress column, a space inside the progress cell', () => {
  it('a traditional-script header of column words is a header: its rows are read', () => {
    const d = parse(['附件', '序號 重點任務 牽頭單位 完成時限', '1 完善鄉村物流配送網絡 縣商務局 2026年6月底前', '2 推進農村公路提檔升級 縣交通運輸局 2026年12月底前'].join('\n'))
    expect(rows(d)).toEqual([
      { path: '1', roles: ['lead:县商务局'], due: ['2026-06-30'] },
      { path: '2', roles: ['lead:县交通运输局'], due: ['2026-12-31'] },
    ])
  })

  it('a header ending in a column named by its ending (上半年推进情况) is a header; the column is not read', () => {
    const d = parse(['序号 重点工作任务 牵头责任单位 上半年推进情况', '1 新增城镇就业3000人以上。 县人社局 已新增1650人', '2 完成农村危房改造200户。 县住建局、县民政局 已开工138户'].join('\n'))
    expect(rows(d)).toEqual([
      { path: '1', roles: ['lead:县人社局'], due: [] },
      { path: '2', roles: ['lead:县住建局、县民政局'], due: [] },
    ])
  })

  it('a row whose progress cell holds a space keeps the rows after it', () => {
    const d = parse(
      [
        '序号 重点工作任务 牵头责任单位 一季度完成情况',
        '1 规模以上工业增加值增长6%。 县经信局 同比增长 7.2%',
        '2 社会消费品零售总额增长5%左右。 县商务局 同比增长5.6%',
        '3 引进亿元以上项目20个。 县投资促进中心 已签约 6 个',
      ].join('\n'),
    )
    expect(rows(d)).toEqual([
      { path: '1', roles: ['lead:县经信局'], due: [] },
      { path: '2', roles: ['lead:县商务局'], due: [] },
      { path: '3', roles: ['lead:县投资促进中心'], due: [] },
    ])
  })

  it('under a header ending in a read column (完成时限), a row with more cells than the header still ends the table', () => {
    const d = parse(['序号 重点任务 牵头单位 完成时限', '1 建设县级物流中心 县商务局 2026年底前', '2 改造 乡镇 商贸中心 县商务局 2026年底前'].join('\n'))
    expect(rows(d).map((r) => r.path)).toEqual(['1'])
  })

  it('a header whose unknown cell is not its last (季度 推进情况 in the middle) is no header', () => {
    const d = parse(['序号 一季度推进情况 牵头单位 备注', '1 已完成 县商务局 无'].join('\n'))
    expect(d.diagnostics.some((x) => x.code === 'table-rows-split')).toBe(false)
  })
})

describe('the header gate of the table-row pass', () => {
  it('cuts into cells only lines made of column words, separators and spaces: the same matching copy as cutting every line', async () => {
    const { headerGate } = await import('../../src/normalize/table-rows.js')
    const { normalizeStep } = await import('../../src/steps.js')
    const { policyDocs, seed } = await import('../helpers.js')
    const dir = new URL('../fixtures/outside10/', import.meta.url)
    const texts = [
      ...['tab-division-table.txt', 'space-division-table.txt', 'pipe-division-table.txt', 'pipe-title-cell.txt', 'roster-not-table.txt'].map((f) => readFileSync(new URL(f, dir), 'utf8')),
      // a header whose cells stand apart by ideographic spaces and tabs at once, made up for the gate
      '附件\n\n序号\t重点任务\u3000\t牵头单位\t完成时限\n1\t推进县域商业体系建设\t县商务局\t2026年12月底前\n2\t完善农村物流网络\t县交通运输局\t2026年6月底前\n',
      seed('000'),
      seed('003'),
      ...policyDocs().map(([, t]) => t),
    ]
    let split = 0
    for (const text of texts) {
      headerGate.enabled = false
      const ungated = normalizeStep(text)
      headerGate.enabled = true
      const gated = normalizeStep(text)
      expect(gated.view.text).toBe(ungated.view.text)
      if (gated.diags.list.some((d) => d.code === 'table-rows-split')) split++
    }
    expect(split).toBeGreaterThanOrEqual(4)
  })
})
