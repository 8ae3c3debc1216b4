import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside100's page families (test/gold/outside/outside100.md), in fixtures of our own wording

describe('a site’s stamp printed one cell to a line over a notice under the heading of the plan it issues', () => {
  const page = (stamp: string) =>
    `青溪省“十三五”文化产业发展规划\n${stamp}青政办发〔2016〕135号\n各市、自治州人民政府，省政府有关部门：\n《青溪省“十三五”文化产业发展规划》已经省政府同意，现印发给你们，请结合实际，认真贯彻实施。\n青溪省人民政府办公厅\n2016年8月24日\n青溪省“十三五”文化产业发展规划\n为加快文化产业发展，编制本规划。\n第一章 规划背景\n文化产业是我省现代服务业的首位工程。\n`

  it('leaves the 字号 and 主送 under it read: the notice takes its genre from its body', () => {
    const doc = parse(page('  • 时间:2016-11-15\n  • 点击:631\n  • 来源:\n'))
    expect([doc.meta.title, doc.meta.docType, doc.meta.docNumber?.normalized, doc.meta.issuers, doc.documents.map((d) => d.meta.title)]).toEqual([
      null,
      '通知',
      '青政办发〔2016〕135号',
      ['青溪省人民政府办公厅'],
      ['青溪省“十三五”文化产业发展规划'],
    ])
    expect(doc.diagnostics.some((d) => d.code === 'stamp-cells-skipped')).toBe(true)
  })

  it('a 来源 line alone, no date, is no stamp run (guard)', () => {
    expect(parse(page('来源:省政府办公厅\n')).diagnostics.some((d) => d.code === 'stamp-cells-skipped')).toBe(false)
  })
})

describe('a run-in stage named with its goal word (第一阶段目标：到2017年)', () => {
  const plan = (head: string) =>
    `一、总体要求\n坚持节水优先、空间均衡、系统治理、两手发力。\n二、工作目标\n总体目标：到2020年，全省水环境质量得到阶段性改善。\n${head}到2017年，全省主要河流水质优良比例达到42%以上。\n`

  it('is a stage ending with its year, not a due date of the clause', () => {
    const doc = parse(plan('第一阶段目标：'))
    expect([doc.stages.map((s) => [s.name, s.end]), doc.tasks.map((t) => [t.path.join('/'), t.deadlines.map((d) => d.date)])]).toEqual([[['第一阶段', '2017-12-31']], [['二', ['2020-12-31']]]])
  })

  it('a goal named otherwise stays a target year (guard)', () => {
    const doc = parse(plan('近期目标：'))
    expect([doc.stages, doc.tasks.map((t) => t.deadlines.map((d) => d.date))]).toEqual([[], [['2020-12-31', '2017-12-31']]])
  })
})
