/**
 * Reports that narrate the past (issue 11, twentieth session, task A): a review section's dates are told,
 * not set; and stage ends given by the century (task B). Each fixture is written here in the real format,
 * with our own places, organs, numbers and dates.
 */
import { describe, expect, it } from 'vitest'
import review from '../../../grammars/time/review.json' with { type: 'json' }
import { parse } from '../../../src/index.js'
import type { PolicyDocument } from '../../../src/index.js'
import { reviewHeading } from '../../../src/extract/time/review-sections.js'

/** Every due date the scorer counts, as `path date`, nested documents included. */
function dues(doc: PolicyDocument, prefix = ''): string[] {
  const out: string[] = []
  for (const t of doc.tasks) for (const d of [...t.deadlines, ...(t.milestones ?? []).map((m) => m.deadline)]) if (d?.kind === 'due') out.push(`${prefix}${t.path.join('/')} ${d.date ?? d.end}`)
  doc.documents.forEach((sub, i) => out.push(...dues(sub, `d${i + 1}/`)))
  return out
}

/** Every event of the document's clauses, as `raw kind`. */
function eventsOf(doc: PolicyDocument): string[] {
  const out: string[] = []
  const walk = (clauses: PolicyDocument['clauses']) => {
    for (const c of clauses) {
      for (const e of c.events ?? []) out.push(`${e.raw} ${e.kind}${e.date ? ` ${e.date}` : ''}`)
      walk(c.children ?? [])
    }
  }
  walk(doc.clauses)
  return out
}

describe('A: a review heading reads as looking back', () => {
  it.each([
    ['一、2031年工作回顾', { cue: '回顾', year: 2031, past: false }],
    ['一、2031年数字乡村建设取得明显成效', { cue: '取得明显成效', year: 2031, past: false }],
    ['一、过去五年的工作', { cue: '过去五年', past: true }],
    ['一、一年来工作回顾', { cue: '一年来', past: true }],
    ['一、2030年工作回顾和2031年工作的总体要求', { cue: '回顾', year: 2030, past: false }],
    ['一、“十四五”时期发展的回顾', { cue: '回顾', year: 2025, past: false }],
  ])('%s', (heading, expected) => {
    expect(reviewHeading(heading)).toEqual(expected)
  })
  it.each([
    '一、每年3月31日前报送上年度数据',
    '二、各单位于2032年6月底前报送工作总结',
    '二、2032年工作安排',
    '（一）推动重点领域改革取得新突破',
    '（二）力争取得明显成效',
    '案情回顾',
    '（三）网络安全保障能力显著增强',
  ])('%s is no review', (heading) => {
    expect(reviewHeading(heading)).toBeUndefined()
  })
  it('the words are data', () => {
    expect(review.words).toContain('回顾')
    expect(review.past).toContain('过去五年')
    expect(review.achieved.nouns).toContain('成效')
  })
})

describe('A: an undated yearly report dated only by its review heading', () => {
  // central_025's shape: the title lost, the year named only by 一、YYYY年…取得…成效, then the next year's plan
  const text = [
    '全县上下紧扣数字乡村建设目标，扎实推进各项工作。',
    '一、2031年数字乡村建设取得明显成效',
    '数字基础设施加快完善。截至2031年底，全县建成光纤宽带村1200个。',
    '2031年，全县新建益农信息社86个，年底前完成了全部行政村信息员培训。',
    '11月，县农业农村局发布《智慧农业示范点建设指南》。',
    '二、2032年工作安排',
    '（一）扩大网络覆盖。年底前实现自然村光纤全覆盖。',
    '（二）培育示范点。6月底前认定智慧农业示范点10个。',
  ].join('\n')
  const doc = parse(text)
  it('reads no due date in the review, and dates the plan by the next year', () => {
    expect(dues(doc)).toEqual(['二/（一） 2032-12-31', '二/（二） 2032-06-30'])
  })
  it('keeps the review dates as events', () => {
    const told = eventsOf(doc)
    expect(told).toContain('2031年 other 2031-12-31')
    expect(told.some((e) => e.startsWith('11月 '))).toBe(true)
  })
})

describe('A: a dated work summary — the review tells, the plan sets', () => {
  const text = [
    '某区司法局2031年工作总结和2032年工作计划',
    '一、2031年主要工作完成情况',
    '（一）法治宣传。6月底前完成了“八五”普法中期检查。年底前，全区建成法治文化阵地32个。',
    '（二）人民调解。全年调解纠纷1860件，调解成功率98.6%。',
    '二、2032年工作计划',
    '（一）深化法治宣传。6月底前完成普法工作总结验收。',
    '（二）规范人民调解。9月底前建成区级调解信息平台。',
    '某区司法局',
    '2032年1月10日',
  ].join('\n')
  const doc = parse(text)
  it('reads the plan’s due dates and none of the review’s', () => {
    expect(dues(doc)).toEqual(['二/（一） 2032-06-30', '二/（二） 2032-09-30'])
  })
  it('a yearless 年底前 in the review is the reviewed year’s, told', () => {
    expect(eventsOf(doc)).toContain('年底前 other 2031-12-31')
  })
})

describe('A: a government work report reviewing 一年来 — the year before its title’s', () => {
  const text = [
    '2032年某市人民政府工作报告',
    '各位代表：',
    '一、一年来工作回顾',
    '（一）经济平稳增长。年底全市金融机构存款余额达4200亿元，比年初增加310亿元。',
    '二、2032年主要任务',
    '（一）扩大有效投资。年内建成城市快速路二期工程。',
  ].join('\n')
  const doc = parse(text)
  it('reads 年底 in the review as 2031’s, and 年内 in the plan as due at the end of 2032', () => {
    expect(dues(doc)).toEqual(['二/（一） 2032-12-31'])
    expect(eventsOf(doc)).toContain('年底 other 2031-12-31')
  })
})

describe('A: what is not a review keeps its due dates', () => {
  it('a plan heading that names a result to reach', () => {
    const text = ['某市营商环境改革实施方案', '（一）推动重点领域改革取得新突破。2031年6月底前完成企业开办全程网办。', '某市人民政府', '2031年2月1日'].join('\n')
    expect(dues(parse(text))).toEqual(['（一） 2031-06-30'])
  })
  it('a target after the reviewed year with a forward word, in the review', () => {
    const text = [
      '某县2031年工作总结',
      '一、2031年工作回顾',
      '（一）生态建设。全年新增造林1.2万亩，力争到2035年森林覆盖率达到65%。',
      '二、2032年工作打算',
      '（一）推进造林。全年完成造林1万亩。',
      '某县人民政府',
      '2032年1月5日',
    ].join('\n')
    expect(dues(parse(text))).toEqual(['一/（一） 2035-12-31'])
  })
  it('but a later goal the review only reports is told', () => {
    const text = [
      '某县2031年工作总结',
      '一、2031年工作回顾',
      '（一）生态建设。县委明确到2035年森林覆盖率达到65%的目标，全年新增造林1.2万亩。',
      '二、2032年工作打算',
      '（一）推进造林。全年完成造林1万亩。',
      '某县人民政府',
      '2032年1月5日',
    ].join('\n')
    expect(dues(parse(text))).toEqual([])
  })
})

/** Every stage as `name start–end`. */
const stagesOf = (doc: PolicyDocument): string[] => doc.stages.map((s) => `${s.name} ${s.start}–${s.end}`)

describe('B: the century of a dated text bounds its steps and targets', () => {
  it('本世纪末 / 本世纪内 of a 1980s text end on 2000-12-31; 中叶 names no date', () => {
    // a dated plan: 到本世纪末 is due at the end of 2000
    const plan = ['某县农村经济发展规划', '一、发展目标', '（一）粮食生产。力争到本世纪末全县粮食总产达到三十万吨。', '某县人民政府', '一九八八年三月十日'].join('\n')
    expect(dues(parse(plan))).toEqual(['一/（一） 2000-12-31'])
    // 本世纪中叶 is no calendar date: nothing due
    const mid = ['某县长远发展纲要', '一、远景目标', '（一）到本世纪中叶，全县基本实现现代化。', '某县人民政府', '二〇一八年一月十日'].join('\n')
    expect(dues(parse(mid))).toEqual([])
    // a goal named by its century, with no target word before it, is no time
    const goal = ['某县农村经济发展规划', '一、发展目标', '（一）粮食生产。为实现本世纪末的宏伟目标打好基础，为在本世纪末实现翻番创造条件。', '某县人民政府', '一九八八年三月十日'].join('\n')
    expect(dues(parse(goal))).toEqual([])
  })
  it('steps announced in a paragraph (分三步走。…第二步，到本世纪末，…第三步，到下个世纪中叶) are stages', () => {
    const text = [
      '某县经济社会发展战略报告',
      '全县经济建设大体分三步走。第一步，实现工农业总产值比一九八〇年翻一番，这个任务已经基本完成。第二步，到本世纪末，使全县工农业总产值再增长一倍，人民生活达到小康水平。第三步，到下个世纪中叶，人均收入达到全省先进水平。',
    ].join('\n')
    const doc = parse(text)
    // no date of its own: the century is that of the year printed last before the step (一九八〇年)
    expect(stagesOf(doc)).toEqual(['第二步 null–2000-12-31', '第三步 2001-01-01–null'])
  })
  it('a step without a period after the intro is no stage', () => {
    const text = ['某县企业改革报告', '对县属企业，要分两步走。第一步，实行税利并存。第二步，实行以税代利。'].join('\n')
    expect(stagesOf(parse(text))).toEqual([])
  })
  it('the words are data', () => {
    expect(review.forward.words).toContain('力争')
  })
})

describe('a plan’s chapter on the results of the last period (fifty-second session, outside211 05)', () => {
  const plan = (heading: string, chapter = '发展环境') =>
    parse(
      [
        '青川省“十四五”文化和旅游发展规划',
        `第一章 ${chapter}`,
        `一、${heading}`,
        '“十三五”时期，全省文化和旅游事业稳步发展，旅游总收入于2019年突破千亿元大关。至2020年底，全省共有国家级文化产业示范基地8家。',
        '第二章 总体要求',
        '一、发展目标',
        '到2025年，文化和旅游发展水平明显提升。',
      ].join('\n'),
    )

  it.each(['“十三五”时期发展成效', '“十三五”时期建设成效'])('tells the dates under `%s`, and keeps the plan’s own target', (heading) => {
    expect(dues(plan(heading))).toEqual(['第二章/一 2025-12-31'])
  })

  it('tells them under a chapter on the development base too (`第一章 发展基础`, outside211 07)', () => {
    expect(dues(plan('“十三五”时期的主要指标', '发展基础'))).toEqual(['第二章/一 2025-12-31'])
  })

  it('reads the period the heading names as the reviewed years; a heading of targets is none (guard)', () => {
    expect(reviewHeading('一、“十三五”时期发展成效')).toEqual({ cue: '发展成效', year: 2020, past: false })
    expect(reviewHeading('一、“十四五”时期发展目标')).toBeUndefined()
  })
})
