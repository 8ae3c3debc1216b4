/**
 * Families of the deadline audit's round 4 (issue 11, scripts/audit-deadlines.ts --round 4,
 * test/gold/audit/README.md): each on a fixture written here in the real format, with our own places,
 * organs, numbers and dates.
 */
import { describe, expect, it } from 'vitest'
import events from '../../../grammars/time/events.json' with { type: 'json' }
import lexicon from '../../../grammars/time/lexicon.json' with { type: 'json' }
import type { PolicyDocument } from '../../../src/index.js'
import { parse } from '../../../src/index.js'

/** Every due date the scorer counts, as `path date`, nested documents included. */
function dues(doc: PolicyDocument, prefix = ''): string[] {
  const out: string[] = []
  for (const t of doc.tasks) for (const d of [...t.deadlines, ...(t.milestones ?? []).map((m) => m.deadline)]) if (d?.kind === 'due') out.push(`${prefix}${t.path.join('/')} ${d.date ?? d.end}`)
  doc.documents.forEach((sub, i) => out.push(...dues(sub, `d${i + 1}/`)))
  return out
}

/** The raw text of every event the parser reads in the document's clauses. */
function eventRaws(doc: PolicyDocument): string[] {
  const out: string[] = []
  const walk = (cs: PolicyDocument['clauses']) => {
    for (const c of cs) {
      for (const e of c.events ?? []) out.push(e.raw)
      walk(c.children)
    }
  }
  walk(doc.clauses)
  return out
}

// an old work report on its plan year, printed as the archive prints it: a title with its year, numbered parts
const REPORT = (body: string[]) => ['1962年某省人民委员会工作报告', '', '一、关于今年的建设计划', '', ...body].join('\n')

describe('F9: a date right followed by a word of possibility says what can happen by then, not what is due', () => {
  it('a count of projects that can be finished within the year is a forecast', () => {
    const doc = parse(REPORT(['　　今年施工的水利工程共有八十六处，其中在今年内可以建设完工的有三十二处，新增灌溉面积约四十万亩。']))
    expect(dues(doc)).toEqual([])
    expect(eventRaws(doc)).toContain('今年内')
  })
  it('a grace period a rule grants (…五年内可以继续使用) is no due date', () => {
    const law = ['某市古村落保护条例', '', '第四十条 本条例施行前已命名的市级传统村落，自本条例施行之日起三年内可以继续使用原名称。', '', '第四十一条 本条例自2019年3月1日起施行。'].join('\n')
    expect(dues(parse(law))).toEqual([])
  })
  it('a due date with a verb of doing after it stays due, in the same report', () => {
    const doc = parse(REPORT(['　　在今年内要全部完成三十二处水利工程的配套建设。']))
    expect(dues(doc)).toEqual(['一 1962-12-31'])
  })
  it('the words are data', () => {
    expect(events.possibility).toEqual(expect.arrayContaining(['可以', '可望']))
  })
})

describe('F10: 基本建设 after a year is a noun (capital construction), not the adverb 基本', () => {
  it('a plan-year figure reads no due date', () => {
    const doc = parse(REPORT(['　　一九六二年基本建设投资总额拟定为四亿二千万元，比上年减少百分之十二。']))
    expect(dues(doc)).toEqual([])
  })
  it('基本建成 after a target year stays a due date', () => {
    const doc = parse(REPORT(['　　全省骨干渠道争取到一九六三年基本建成。']))
    expect(dues(doc)).toEqual(['一 1963-12-31'])
  })
  it('the noun is data', () => {
    expect(lexicon.bareYear.notFollowers).toContain('基本建设')
  })
})

describe('F11: a target year right after 提出 / 明确了 and its 到 is a goal the text reports, not one it sets', () => {
  it('an interpretation of a plan reports the plan target (提出到…)', () => {
    const text = ['《某市智慧农业发展规划》政策解读', '', '一、编制背景', '', '《规划》对标省级规划目标，提出到2026年全市农业数字化率达到45%，培育示范基地30个。'].join('\n')
    expect(dues(parse(text))).toEqual([])
  })
  it('a goal set by an earlier meeting (根据…提出的到…的目标) is cited', () => {
    const doc = parse(REPORT(['　　根据省第三次党代会提出的到一九六五年粮食自给的目标，今年要继续扩大灌溉面积。']))
    expect(dues(doc)).toEqual([])
  })
  it('the plan’s own target (到2026年，…) stays due', () => {
    const plan = ['某市智慧农业发展规划', '', '一、发展目标', '', '到2026年，全市农业数字化率达到45%，培育示范基地30个。'].join('\n')
    expect(dues(parse(plan))).toEqual(['一 2026-12-31'])
  })
})

describe('F12: in a report, a 到 date closing a span opened at an earlier year with 从 is a span told', () => {
  it('从一九四九年…，到一九六五年…，是…: a span the report characterises, no due date', () => {
    const doc = parse(REPORT(['　　从一九四九年修建第一座水库，到一九六五年全省实现水利化，是我省农村面貌根本改变的十六年。']))
    expect(dues(doc)).toEqual([])
  })
  it('a plan (not a report) keeps 从…到… as it was read before', () => {
    const plan = ['某县灌区改造实施方案', '', '一、工作目标', '', '从2024年起，分批改造灌区渠系，到2026年底前全部完成改造任务。'].join('\n')
    expect(dues(parse(plan))).toEqual(['一 2026-12-31'])
  })
  it('the openers are data', () => {
    expect(events.spanFromPast.from).toContain('从')
  })
})

describe('F13: 当年 / 同年 take the year printed before them in their own sentence only', () => {
  it('past a full stop, 當年度 is the year of a yearly filing, not the year printed before: no due date', () => {
    const law = [
      '某市志願服務紀錄申報辦法',
      '第 5 條',
      '志願服務團體應自中華民國一百十二年起，每年四月一日至四月三十日辦理年度申報。但團體於當年度一月一日至三月三十一日已為異動申報者，免為年度申報。',
    ].join('\n')
    expect(dues(parse(law))).toEqual([])
  })
  it('in the same sentence, 同年 is the year just printed: due', () => {
    const law = ['某市志願服務紀錄申報辦法', '第 6 條', '申請者應於中華民國一百十二年九月十日前向協會登記，由協會彙整後於同年九月二十日前向主管機關申請認證。'].join('\n')
    expect(dues(parse(law))).toEqual(expect.arrayContaining(['第6条 2023-09-10', '第6条 2023-09-20']))
  })
})

describe('F14: the year of a cited document’s serial number (一九七九年118号文件) sets no item year', () => {
  const notice = (cited: string) =>
    [
      '某部关于某某补助几个问题的通知',
      '某发〔1980〕42号',
      '各省、自治区、直辖市农业厅：',
      '现将几个具体问题通知如下：',
      `一、关于补助基数问题。各省应按${cited}规定的基数，尽快落实到县。各地应于七月底前将落实情况报我部备案。`,
      '某部',
      '一九八〇年四月十日',
    ].join('\n')
  it('七月底前 after a cited 一九七九年118号文件 is the notice’s own year', () => {
    expect(dues(parse(notice('某部一九七九年118号文件')))).toEqual(['一 1980-07-31'])
  })
  it('the marks are data', () => {
    expect(lexicon.serialYear.marks).toContain('号')
  })
})
