import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'

// outside55's time families (test/gold/outside/outside55.md G and H), in fixtures of our own wording

const dates = (text: string) => parse(text).tasks.flatMap((t) => t.deadlines.map((d) => `${t.path.join('/')}|${d.kind}:${d.date ?? `${d.start}…${d.end}`}`))
const events = (text: string) =>
  parse(text)
    .clauses.flatMap((c) => [c, ...c.children])
    .flatMap((c) => (c.events ?? []).map((e) => `${e.kind}:${e.date}`))

describe('a month opening a sentence that tells a past act with 了 further on', () => {
  const plan = (sentence: string) => `某县殡葬设施建设规划\n\n第一章 规划背景\n\n${sentence}\n\n第二章 总体要求\n\n到2025年，建成县级公益性公墓1处。\n`

  it('is an event, not a due date, when the 了 stands past the purpose clause', () => {
    const text = plan('2018年1月，为深入推进殡葬改革，推动殡葬事业更好服务于民生，有关部门联合制定了《关于进一步推动殡葬改革的指导意见》，明确了主要任务。')
    expect(dates(text)).toEqual(['第二章|due:2025-12-31'])
    expect(events(text).some((e) => e.endsWith(':2018-01-31'))).toBe(true)
  })

  it('stays due when its sentence tells no act as done', () => {
    const text = '某县2024年河道治理工作方案\n一、工作目标\n2024年6月，完成全县河道清淤，全面建立河长巡河制度。\n'
    expect(dates(text)).toEqual(['一|due:2024-06-30'])
  })

  it('stays due when the date does not open its sentence', () => {
    const text = '某县2024年河道治理工作方案\n一、工作目标\n各乡镇要在2024年6月，完成河道清淤，并把总结了的经验做法推广到各村。\n'
    expect(dates(text)).toEqual(['一|due:2024-06-30'])
  })
})

describe("a meeting's day, a comma, then its hour in Chinese numerals", () => {
  const notice = (time: string) =>
    `某省住房和城乡建设厅关于召开全省建设安全生产工作会议的通知\n各市建设局：\n经研究，决定召开全省建设安全生产工作会议。\n一、会议时间\n${time}\n二、会议地点\n省建设大厦三楼会议室。\n`

  it('is when the meeting happens, not a due date', () => {
    const text = notice('2007年9月7日，八点三十分准时开会，会期一天。')
    expect(dates(text)).toEqual([])
    expect(events(text).some((e) => e.endsWith(':2007-09-07'))).toBe(true)
  })

  it('reads 八时 and 九点半 as hours too', () => {
    expect(dates(notice('2007年9月7日，八时开会。'))).toEqual([])
    expect(dates(notice('2007年9月7日，九点半开会。'))).toEqual([])
  })

  it('keeps a limit after the hour due', () => {
    const text = '关于报送材料的通知\n一、报送要求\n请于2007年9月7日，九点半之前报送材料。\n'
    expect(dates(text)).toEqual(['一|due:2007-09-07'])
  })
})
