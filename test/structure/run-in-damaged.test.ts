import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, type Clause, type PolicyDocument } from '../../src/index.js'
import { allClauses, CORPUS } from '../helpers.js'

// Plan gold families (issue #11, test/gold/blind-c, notes D2 and D6).
const policy = (name: string) => readFileSync(join(CORPUS, 'policy', name), 'utf8')
const paths = (cs: Clause[]) => allClauses(cs).map((c) => c.path.join('/'))
const due = (doc: PolicyDocument, path: string) =>
  doc.tasks
    .find((t) => t.path.join('/') === path)
    ?.deadlines.filter((d) => d.kind === 'due')
    .map((d) => d.date)

describe('stages enumerated inside a sentence (D2)', () => {
  it('opens no clause for 第一阶段 run into a sentence whose 第二阶段 follows on the same line', () => {
    const doc = parse(
      '一、总体要求\n（一）建设目标\n标准体系将在5年内建成，共分两个阶段完成：第一阶段（2024-2025年）主要解决基础标准缺失的问题，第二阶段（2026-2028年）主要解决标准推广应用的问题。具体是：\n到2025年，初步建立标准体系。\n到2028年，建立较为完善的标准体系。\n二、主要任务\n（一）制定基础标准。',
    )
    expect(paths(doc.clauses)).toEqual(['一', '一/（一）', '二', '二/（一）'])
    expect(due(doc, '一/（一）')).toEqual(['2025-12-31', '2028-12-31'])
    expect(doc.stages.map((s) => [s.start, s.end])).toEqual([
      ['2024-01-01', '2025-12-31'],
      ['2026-01-01', '2028-12-31'],
    ])
  })

  it('keeps stages that open their own lines', () => {
    const doc = parse('一、实施步骤\n第一阶段（2024年6月底前）：动员部署。\n第二阶段（2024年12月底前）：全面实施。')
    expect(paths(doc.clauses)).toEqual(['一', '一/第一阶段', '一/第二阶段'])
  })

  it('gives the targets after 共分两个阶段完成：第一阶段…，第二阶段… to their section in the standard-system guide', () => {
    const doc = parse(policy('politic_analysis_2025__central_154.txt')).documents[0]
    expect(paths(doc.clauses).filter((p) => p.startsWith('一/'))).toEqual(['一/（一）', '一/（二）', '一/（三）'])
    expect(due(doc, '一/（三）')).toEqual(['2017-12-31', '2020-12-31'])
  })
})

describe('a 一、 damaged into a dash at a line end (D6)', () => {
  it('reads `…通知如下明确目标任务-、` as section 一 when 二、 follows', () => {
    const doc = parse('各有关单位：为推进数据共享，现就相关工作通知如下明确目标任务-、\n到2025年底前全部地区上线平台。\n二、加强平台建设\n（一）统一数据标准。\n三、工作要求\n（一）加强组织领导。')
    expect(paths(doc.clauses)).toEqual(['一', '二', '二/（一）', '三', '三/（一）'])
    expect(due(doc, '一')).toEqual(['2025-12-31'])
    expect(doc.diagnostics.some((d) => d.code === 'marker-repaired' && d.message.includes('-、'))).toBe(true)
  })

  it('leaves a dash before 、 alone when no 二、 follows or a 一、 list was already seen', () => {
    expect(paths(parse('警报信号如下：喔──、喔－、\n鸣响三次。').clauses)).toEqual([])
    expect(paths(parse('一、总体要求\n坚持系统推进，做到M+、M-、\n二、主要任务\n三、保障措施').clauses)).toEqual(['一', '二', '三'])
  })

  it('finds section 一 of the medical-insurance notice whose first heading printed as 明确目标任务-、', () => {
    const doc = parse(policy('politic_analysis_2025__central_021.txt'))
    expect(paths(doc.clauses).slice(0, 2)).toEqual(['一', '二'])
    expect(due(doc, '一')).toContain('2025-12-31')
  })
})
