import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { effectiveDates, findStages, planPeriodFromTitle, splitMilestones, type StageBlock } from '../../../src/extract/time/index.js'

const corpus = new URL('../../../corpus/', import.meta.url)
const seeds = readdirSync(new URL('seeds/', corpus))
const seed = (n: string) => readFileSync(new URL(`seeds/${seeds.find((f) => f.startsWith(`${n}_`))}`, corpus), 'utf8')
const policy = (name: string) => readFileSync(new URL(`policy/${name}`, corpus), 'utf8')

/** The lines of a file as blocks with their offsets (what the clause tree would give, roughly). */
function lineBlocks(text: string): StageBlock[] {
  const out: StageBlock[] = []
  let off = 0
  for (const line of text.split('\n')) {
    out.push({ text: line, offset: off })
    off += line.length + 1
  }
  return out
}

describe('seed 003 工作方案: milestones of the 44 items', () => {
  const text = seed('003')
  const planStart = text.indexOf('\n工作方案\n')
  // items: "  N. title…" lines after the 工作方案 heading; each item's 进度安排 line follows it
  const items: Array<{ n: number; from: number; to: number }> = []
  const lines = lineBlocks(text).filter((b) => b.offset > planStart)
  let current: number | null = null
  for (const b of lines) {
    const m = /^\s*(\d+)\. /.exec(b.text)
    if (m) current = Number(m[1])
    if (current !== null && b.text.includes('进度安排')) items.push({ n: current, from: b.offset, to: b.offset + b.text.length })
  }
  const milestones = (n: number) => {
    const it = items.find((x) => x.n === n)!
    return splitMilestones(text, { from: it.from, to: it.to, documentDate: '2015-02-05' })
  }

  it('has 44 items, each with at least one milestone', () => {
    expect(items.map((x) => x.n)).toEqual(Array.from({ length: 44 }, (_, k) => k + 1))
    for (const it of items) expect(milestones(it.n).length, `item ${it.n}`).toBeGreaterThanOrEqual(1)
  })

  it('item 7: 2015-03-31, 2015-06-30, 2015-09-30 with their actions', () => {
    const ms = milestones(7).filter((m) => m.deadline?.deadline.date)
    expect(ms.map((m) => m.deadline!.deadline.date)).toEqual(['2015-03-31', '2015-06-30', '2015-09-30'])
    expect(ms[0].action).toBe('区政府及其工作部门制定重大行政决策事项清单')
    expect(ms[1].action).toBe('区政府及其工作部门制定行政决策程序规定')
    // offsets are in the file: the milestone's words are there
    expect(text.slice(ms[0].index, ms[0].end)).toBe('2015年3月底前,区政府及其工作部门制定重大行政决策事项清单')
  })

  it('item 7: 近期重点突破的工作 is a near-term milestone without a date, its label dropped', () => {
    const last = milestones(7).at(-1)!
    expect(last.deadline?.deadline.inferred?.note).toBe('near-term')
    expect(last.deadline?.deadline.date).toBeNull()
    expect(last.action).toBe('制定重大行政决策事项清单')
  })

  it('item 16: 2015年6月底前完成准备工作，12月底前启动运行 → 2015-06-30, 2015-12-31 (year from the item)', () => {
    const ms = milestones(16)
    expect(ms.map((m) => [m.deadline!.deadline.date, m.action])).toEqual([
      ['2015-06-30', '完成准备工作'],
      ['2015-12-31', '启动运行'],
    ])
    expect(ms[0].deadline!.deadline.inferred).toBeUndefined()
    expect(ms[1].deadline!.deadline.inferred?.year).toBe('item')
  })

  it('item 31: 2015年全年持续推进 is ongoing over 2015 and the action is the clause before it', () => {
    const [first] = milestones(31)
    expect(first.deadline!.deadline).toMatchObject({ kind: 'ongoing', start: '2015-01-01', end: '2015-12-31', precision: 'year' })
    expect(first.action).toBe('加强媒体典型案例宣传工作')
  })

  it('item 34: 立即启动 is immediate (document date), 2015年底 due, 长期工作 ongoing', () => {
    const ms = milestones(34)
    expect(ms.map((m) => m.deadline?.deadline.kind)).toEqual(['immediate', 'due', 'ongoing'])
    expect(ms[0].deadline!.deadline.date).toBe('2015-02-05')
    expect(ms[0].action).toBe('立即启动有关工作')
    expect(ms[1].deadline!.deadline.date).toBe('2015-12-31')
  })

  it('item 19: 2015年1月启动试点工作 is a start', () => {
    const [m] = milestones(19)
    expect(m.deadline!.deadline).toMatchObject({ kind: 'start', start: '2015-01-01' })
    expect(m.action).toBe('启动试点工作')
  })

  it('item 36: 争取在2015年年底完成 → due 2015-12-31, the dated words cut from the action', () => {
    const [m] = milestones(36)
    expect(m.deadline!.deadline.date).toBe('2015-12-31')
    expect(m.action).toBe('争取完成')
  })

  it('item 37: “十三五”发展规划期间 is the 2016–2020 plan period', () => {
    const ms = milestones(37)
    const plan = ms.find((m) => m.deadline?.deadline.precision === 'plan-period')!
    expect(plan.deadline!.deadline).toMatchObject({ kind: 'range', start: '2016-01-01', end: '2020-12-31' })
    expect(plan.action).toBe('其他工作完成')
  })

  it('item 35: an undated sentence is a milestone with a null deadline', () => {
    const ms = milestones(35)
    expect(ms[0].deadline).toBeNull()
    expect(ms[0].action).toBe('加强对新招聘执法员的试用期管理')
    expect(ms[1].deadline!.deadline.date).toBe('2015-12-31')
  })
})

describe('stages from the seeds’ real paragraphs', () => {
  it('seed 000 三、实施步骤: four stages with their names and spans', () => {
    const stages = findStages(lineBlocks(seed('000')), { documentDate: '2013-03-15' })
    expect(stages.map((s) => [s.stage.name, s.stage.start, s.stage.end])).toEqual([
      ['全面实施，初见成效', '2013-01-01', '2013-12-31'],
      ['重点推进，明显进步', '2014-01-01', '2015-12-31'],
      ['完善机制，良性发展', '2016-01-01', '2017-12-31'],
      ['巩固提高，全省争先', '2018-01-01', '2022-12-31'],
    ])
    expect(stages[0].stage.goal!.startsWith('创建工作全面启动')).toBe(true)
    expect(stages[0].stage.inferred).toBeUndefined()
  })

  it('seed 001 工作步骤: three stages 2006, 2007, 2008–2009', () => {
    const text = seed('001')
    const stages = findStages(lineBlocks(text), { documentDate: '2006-05-11' })
    expect(stages.map((s) => [s.stage.name, s.stage.start, s.stage.end])).toEqual([
      ['启动实施阶段', '2006-01-01', '2006-12-31'],
      ['全面创建阶段', '2007-01-01', '2007-12-31'],
      ['命名授牌及巩固提高阶段', '2008-01-01', '2009-12-31'],
    ])
    expect(text.slice(stages[2].index, stages[2].index + 11)).toBe('命名授牌及巩固提高阶段')
  })

  it('seed 002 推进步骤: four stages ending 2013, 2015, 2017, 2022; unprinted starts inferred', () => {
    const text = seed('002')
    const stages = findStages(lineBlocks(text), { documentDate: '2013-07-15' })
    expect(stages.map((s) => [s.stage.name, s.stage.start, s.stage.end])).toEqual([
      ['第一阶段：全面铺开', '2013-07-15', '2013-12-31'],
      ['第二阶段：系统推进', '2014-01-01', '2015-12-31'],
      ['第三阶段：形成体系', '2016-01-01', '2017-12-31'],
      ['第四阶段：巩固提高', '2018-01-01', '2022-12-31'],
    ])
    for (const s of stages) expect(s.stage.inferred).toEqual({ start: true })
    // the third and fourth stage share one paragraph in the source: the third's goal stops before the fourth
    expect(stages[2].stage.goal!.endsWith('广州成为全国最稳定、最安全地区之一')).toBe(true)
    expect(text.slice(stages[3].index, stages[3].end)).toBe('第四阶段(2022年底前):巩固提高。经济建设与社会建设协调发展,社会安定有序,人民群众安居乐业')
  })

  it('seed 002 without a document date: the first start is null (inferred), the rest chain', () => {
    const stages = findStages(lineBlocks(seed('002')))
    expect(stages[0].stage.start).toBeNull()
    expect(stages[1].stage.start).toBe('2014-01-01')
  })

  it('seed 004: 从2012年到2022年共分四个阶段 — four named stages in a 2012–2022 span', () => {
    const text = seed('004')
    const stages = findStages(lineBlocks(text))
    expect(stages.map((s) => s.stage.name)).toEqual(['平安建设全面铺开初见成效', '系统推进明显进步', '确保形成体系良性发展', '最终实现巩固提升全市领先'])
    expect(stages[0].stage.start).toBe('2012-01-01')
    expect(stages[3].stage.end).toBe('2022-12-31')
    expect(stages.slice(1).map((s) => s.stage.start)).toEqual([null, null, null])
    expect(stages.slice(0, 3).map((s) => s.stage.end)).toEqual([null, null, null])
    for (const s of stages) expect(s.stage.inferred).toEqual({ start: true, end: true })
    expect(text.slice(stages[0].index, stages[0].index + 12)).toBe('从2012年到2022年')
  })

  it('policy central_009 三、进度安排: headings alone in their paragraphs, goals from the paragraphs under them', () => {
    const text = policy('politic_analysis_2025__central_009.txt')
    const stages = findStages(lineBlocks(text))
    expect(stages.map((s) => [s.stage.name, s.stage.start, s.stage.end])).toEqual([
      ['启动期', '2024-05-01', '2024-06-30'],
      ['测试期', '2024-07-01', '2024-10-31'],
      ['示范期', '2024-11-01', '2025-08-31'],
      ['评估期', '2025-09-01', '2025-10-31'],
    ])
    expect(stages[0].stage.goal).toBe('完成社会各界参加示范计划的报名工作，遴选符合示范计划要求的大模型。发布包含检验评估、运行保障和产品集成等规则的技术手册')
    // the last stage's goal stops at the next section (四、报名方式)
    expect(stages[3].stage.goal!.includes('报名方式')).toBe(false)
  })

  it('policy central_076: stages named inside a sentence that PDF line breaks cut (区分了第⏎一阶段（…）和第二阶段（2023 年至 2025⏎年）)', () => {
    const text = policy('politic_analysis_2025__central_076.txt')
    const stages = findStages(lineBlocks(text))
    expect(stages.map((s) => [s.stage.name, s.stage.start, s.stage.end, s.stage.raw])).toEqual([
      ['第一阶段', '2021-01-01', '2022-12-31', '第\n一阶段（2021 年至 2022 年）'],
      ['第二阶段', '2023-01-01', '2025-12-31', '第二阶段（2023 年至 2025\n年）'],
    ])
    // offsets point at the printed words; a stage named in a sentence has no goal of its own
    expect(text.slice(stages[0].index, stages[0].end)).toBe('第\n一阶段（2021 年至 2022 年）')
    expect(stages.every((s) => s.stage.goal === undefined)).toBe(true)
  })

  it('stages named inside a sentence (…共分两个阶段：第一阶段（2016-2017年）…，第二阶段（2018-2020年）…)', () => {
    const text = '本规划分两个阶段推进：第一阶段（2022-2023年）重点完成平台搭建，第二阶段（2024-2025年）全面推广应用。'
    expect(findStages([{ text, offset: 0 }]).map((s) => [s.stage.name, s.stage.start, s.stage.end])).toEqual([
      ['第一阶段', '2022-01-01', '2023-12-31'],
      ['第二阶段', '2024-01-01', '2025-12-31'],
    ])
  })

  it('blocks run on into the next only when they touch and the first ends mid-sentence (…第 / 一阶段（…）)', () => {
    const blocks: StageBlock[] = [
      { text: '各地要抓好第', offset: 0 },
      { text: '一阶段（2021年）工作。', offset: 8 },
    ]
    // the blocks do not touch (a gap of two), so 第 and 一阶段 are not joined
    expect(findStages(blocks)).toEqual([])
    // touching blocks are one sentence cut by a line break
    expect(findStages([blocks[0], { ...blocks[1], offset: 7 }]).map((s) => [s.stage.name, s.stage.start, s.stage.end])).toEqual([['第一阶段', '2021-01-01', '2021-12-31']])
    // …unless the first ends its sentence
    expect(
      findStages([
        { text: '各地要抓好第。', offset: 0 },
        { text: '一阶段（2021年）工作。', offset: 8 },
      ]),
    ).toEqual([])
    // …and a mention without a date in brackets is no stage
    expect(findStages([{ text: '进入第二阶段后，各地要加快推进。', offset: 0 }])).toEqual([])
  })

  it('seed 003 has no stage headings: no stages', () => {
    expect(findStages(lineBlocks(seed('003')))).toEqual([])
  })

  it('a lone bracketed year under a non-stage heading is not a stage', () => {
    expect(findStages([{ text: '（三）加强组织领导（2015年）。各单位要…', offset: 0 }])).toEqual([])
  })
})

describe('plan period from titles', () => {
  it('seed 002 title (2013-2022年) and its corrupt copy (20132022年)', () => {
    const lines = seed('002').split('\n')
    const good = planPeriodFromTitle(lines[0])!
    expect(good.period).toEqual({ start: '2013-01-01', end: '2022-12-31', raw: '2013-2022年' })
    expect(good.diagnostics).toEqual([])
    const bad = planPeriodFromTitle(lines[6])!
    expect(lines[6].slice(bad.index, bad.end)).toBe('20132022年')
    expect(bad.period.start).toBe('2013-01-01')
    expect(bad.period.end).toBe('2022-12-31')
    expect(bad.diagnostics.map((d) => d.code)).toEqual(['time-repaired'])
  })

  it('（2021—2023） without 年, （2013—2022年） with an em dash, “十四五” plans', () => {
    expect(planPeriodFromTitle('某市数字政府建设行动计划（2021—2023）')!.period).toMatchObject({ start: '2021-01-01', end: '2023-12-31' })
    expect(planPeriodFromTitle('创建平安广州推进方案（2013—2022年）')!.period).toMatchObject({ start: '2013-01-01', end: '2022-12-31' })
    expect(planPeriodFromTitle('山东省“十四五”数字经济发展规划')!.period).toMatchObject({ start: '2021-01-01', end: '2025-12-31', raw: '“十四五”' })
    expect(planPeriodFromTitle('国务院关于2018年度国家科学技术奖励的决定')).toBeNull()
  })
})

describe('effective and expiry dates from policy files', () => {
  const cases: Array<[string, string, Record<string, unknown>]> = [
    // 第二十一条 本办法自印发之日起实施,有效期2年。
    ['politic_analysis_2025__shandong_012.txt', '2020-06-01', { effectiveDate: '2020-06-01', expiryDate: '2022-05-31' }],
    // 第十五条 本办法有效期五年，自发布之日起施行。
    ['politic_analysis_2025__central_078.txt', '2021-01-10', { effectiveDate: '2021-01-10', expiryDate: '2026-01-09' }],
    // 本办法自2022年4月30日起执行，有效期至2025年12月31日。
    ['politic_analysis_2025__shandong_037.txt', '2022-04-01', { effectiveDate: '2022-04-30', expiryDate: '2025-12-31' }],
    // 第二十四条　本办法自发布之日起施行。
    ['politic_analysis_2025__central_060.txt', '2019-05-01', { effectiveDate: '2019-05-01' }],
  ]
  for (const [file, doc, want] of cases) {
    it(file, () => {
      const text = policy(file)
      const r = effectiveDates(text, { documentDate: doc })
      expect(r).toMatchObject(want)
      if (!('expiryDate' in want)) expect(r.expiryDate).toBeUndefined()
      expect(text.slice(r.effective!.index, r.effective!.end)).toBe(r.effective!.raw)
    })
  }

  it('自2023年2月22日施行，有效期至2026年2月21日 (file with the 配套文件 sentence)', () => {
    const name = readdirSync(new URL('policy/', corpus)).find((f) => policy(f).includes('自2023年2月22日施行'))!
    const r = effectiveDates(policy(name))
    expect(r).toMatchObject({ effectiveDate: '2023-02-22', expiryDate: '2026-02-21' })
  })

  it('a garbled effective date (自5355年6月6日起实施) is null with a diagnostic', () => {
    const r = effectiveDates(policy('politic_analysis_2025__shandong_035.txt'))
    expect(r.effectiveDate).toBeNull()
    expect(r.diagnostics.some((d) => d.code === 'time-invalid')).toBe(true)
  })

  it('another document’s date (《…》自…施行) is not the document’s own', () => {
    expect(effectiveDates('《中华人民共和国专利代理条例》自2019年3月1日起施行。').effectiveDate).toBeUndefined()
  })
})
