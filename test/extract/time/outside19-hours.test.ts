import { describe, expect, it } from 'vitest'
import { parse, type PolicyDocument } from '../../../src/index.js'
import { fixtureText } from '../../helpers.js'

// outside19 probe (issue #11): a school's notice prints the hour of its event under 一、时间
// (2023年6月12日上午9:30) and names a broadcast by its morning (收看6月12日上午…的报告); those are
// when something happens, not due dates (grammars/time/events.json hourOfDay). A limit after the hour
// (下午17:00前报送) stays due. A forecast of the text's own meeting (预计…左右召开) is scheduled, too.
// Fixture written for the test (own school and dates).

/** (path, date) of every deadline of kind due, as the scorer counts them. */
const dues = (doc: PolicyDocument) => doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => [t.path.join('/'), d.date]))

describe('dates with an hour of the day', () => {
  const doc = parse(fixtureText('outside19/event-hours.txt'))

  it('keeps only the limit of 三/1 as a due date', () => {
    expect(dues(doc)).toEqual([['三/1', '2023-06-12']])
  })

  it('reads the hour under 一、时间 and the broadcast`s morning as events', () => {
    const events = (marker: string) => doc.clauses.find((c) => c.path[0] === marker)?.events?.map((e) => e.kind) ?? []
    expect(events('一')).toEqual(['other'])
    expect(events('二')).toEqual(['other'])
  })

  it('a clock time alone (no part of the day) is an hour too, and 12时前 a limit', () => {
    const page = parse('关于报送材料的通知\n一、请各单位于2023年7月3日14:00在302室集中审核。\n二、请各单位于2023年7月10日12时前报送材料。\n办公室\n2023年6月28日\n')
    expect(dues(page)).toEqual([['二', '2023-07-10']])
  })

  it('a limit a few characters after the hour stays due (上午下班前)', () => {
    const page = parse('关于报送名单的通知\n一、请各系于2023年7月5日上午下班前将名单报学院办公室。\n办公室\n2023年6月28日\n')
    expect(dues(page)).toEqual([['一', '2023-07-05']])
  })
})

describe('a colophon under a quoted rule', () => {
  it('出版时间：2006-12-01 is the book`s imprint, no due date of the rule`s last item', () => {
    const page = parse('二十七、档案借阅规定\n1.借阅档案须登记。\n2.档案室负责借阅登记工作。\n书名：医院管理手册\n出版时间：2006-12-01\n')
    expect(dues(page)).toEqual([])
  })
})

describe('截至 + a date + a comma', () => {
  it('is a target when a verb of doing follows the comma (截至2026年12月底，完成…), a report otherwise', () => {
    const page = parse('青溪职业学院专业群建设行动计划\n一、建设任务\n截至2026年12月底，完成3个产业学院组建工作。\n二、建设基础\n截至2023年底，全院累计建成实训基地12个。\n')
    expect(dues(page)).toEqual([['一', '2026-12-31']])
  })
})

describe('a date stamp left inside a clause', () => {
  it('日期:2023-02-11 on its own line under a repost`s 落款 is the page`s stamp, no due date', () => {
    const page = parse('关于食品抽检情况的通告\n一、抽检工作由市场监管局负责。\n二、结果见附件。\n日期:2023-02-11\n')
    expect(dues(page)).toEqual([])
  })

  it('a date label inside a row (完成日期：) keeps its date due', () => {
    const page = parse('关于食品抽检情况的通告\n一、抽检工作由市场监管局负责。\n完成日期：2023年2月11日\n')
    expect(dues(page)).toEqual([['一', '2023-02-11']])
  })
})
