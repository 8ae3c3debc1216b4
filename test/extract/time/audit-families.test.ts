/**
 * Families of the deadline audit (issue 11, scripts/audit-deadlines.ts, test/gold/audit/README.md): each
 * on a fixture written here in the real format, with our own organs, numbers and dates.
 */
import { describe, expect, it } from 'vitest'
import lexicon from '../../../grammars/time/lexicon.json' with { type: 'json' }
import { parse } from '../../../src/index.js'
import type { PolicyDocument } from '../../../src/index.js'

/** Every due date the scorer counts, as `path date`, nested documents included. */
function dues(doc: PolicyDocument, prefix = ''): string[] {
  const out: string[] = []
  for (const t of doc.tasks) for (const d of [...t.deadlines, ...(t.milestones ?? []).map((m) => m.deadline)]) if (d?.kind === 'due') out.push(`${prefix}${t.path.join('/')} ${d.date ?? d.end}`)
  doc.documents.forEach((sub, i) => out.push(...dues(sub, `d${i + 1}/`)))
  return out
}

describe('F1: a Taiwan history line `…日內政部…令` is no duration 日內', () => {
  // the source's own defect kept: `（740 台內社字` lost its closing bracket, so the 沿革 block is not read
  // as history and its items are clauses, as in mojlaw_tw's D0000014
  const text = [
    '某縣社區照顧據點管理委員會組織規程',
    '法規性質：命令',
    '法規類別：廢止法規＞內政部',
    '最新異動日期：20040301',
    '沿革：',
    '1.中華民國七十四年三月五日內政部（740 台內社字第 30817 號',
    '  令訂定發布全文 9 條',
    '2.中華民國八十八年六月二十二日內政部（88）台內社字第 8874412  號令',
    '  修正發布全文 8 條',
    '3.中華民國九十三年三月一日內政部（93）台內社字第 0930061422 號令',
    '  發布廢止',
    '第 1 條',
    '內政部為推動社區照顧據點，設某縣社區照顧據點管理委員會 (以下簡稱本會) 。',
    '第 2 條',
    '本會應於中華民國七十四年六月三十日前完成委員遴聘，並報內政部備查。',
    '第 3 條',
    '本規程自發布日施行。',
  ].join('\n')
  it('reads no due date on the history items, and still the article’s own', () => {
    const got = dues(parse(text))
    expect(got.filter((d) => /1985-03-05|1999-06-22|2004-03-01/.test(d))).toEqual([])
    expect(got).toContain('第2条 1985-06-30')
  })
})

describe('F2: 自本法修正施行之日起 counts from an amendment the text does not date', () => {
  const text = [
    '法規名稱：某某職能訓練法',
    '修正日期：民國 108 年 05 月 22 日',
    '沿革：',
    '1.中華民國九十年三月七日總統（90）華總一義字第 9000041230 號令制定公布全文 12 條',
    '2.中華民國一百零五年一月六日總統華總一義字第 10500001211 號令修正公布全文 14 條；施行日期，由行政院定之',
    '  中華民國一百零五年二月十日行政院院臺勞字第 1050005521 號令發布定自一百零五年七月一日施行',
    '3.中華民國一百零八年五月二十二日總統華總一義字第 10800051221 號令修正公布第 3 條條文；施行日期，由行政院定之',
    '  中華民國一百零八年六月十日行政院院臺勞字第 1080016433 號令發布定自一百零九年一月一日施行',
    '第 1 條',
    '為提升勞工職能，特制定本法。',
    '第 2 條',
    '本法所稱主管機關：在中央為勞動部。',
    '第 13 條',
    '本法修正施行前已設立之訓練機構，應自本法修正施行之日起三年內，依第五條規定申請認證。',
    '第 14 條',
    '主管機關應自本法施行之日起六個月內訂定認證辦法。',
  ].join('\n')
  it('reads no date for the amendment’s count, and still counts from the law’s own 施行', () => {
    const doc = parse(text)
    // before: 2023-01-01, three years from the last amendment's 2020-01-01, which only changed 第 3 條
    const t13 = doc.tasks.find((t) => t.path.at(-1) === '第13条')?.deadlines ?? []
    expect(t13.filter((d) => d.kind === 'due' && d.date)).toEqual([])
    const own = doc.tasks.find((t) => t.path.at(-1) === '第14条')?.deadlines ?? []
    expect(own.map((d) => [d.raw, d.kind])).toEqual([['自本法施行之日起六个月内', 'due']])
    expect(own[0]?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe('F3: the wiki licence footer under a public-domain report is chrome, not dates', () => {
  const text = [
    '某省人民政府工作报告',
    '一、今年的主要任务',
    '（一）稳定粮食生产。到2026年底，全省高标准农田达到四千二百万亩。',
    '（二）推进城乡供水一体化。',
    '',
    '本作品来自1949年10月1日（含）之后的中国共产党文件。根据《刑事审判参考》指导案例第680号',
    '[',
    'CPC 1',
    ']',
    '，可视为《',
    '中华人民共和国著作权法',
    '》第五条规定之文件，所以属于',
    '公有领域',
    '。',
    '这部作品在1931年1月1日以前以匿名或別名發表，確實作者身份不明（包括僅以法人名義發表），在',
  ].join('\n')
  it('keeps the body’s target and reads no date of the footer', () => {
    const got = dues(parse(text))
    expect(got.filter((d) => /1949|1931/.test(d))).toEqual([])
    expect(got.some((d) => d.endsWith('2026-12-31'))).toBe(true)
  })
})

describe('F4: 年中和年末 is a report due twice a year, not one year-end', () => {
  const text = [
    '某市人民政府工作规则',
    '第六章　工作安排',
    '二十一、各区、各部门要认真落实市政府年度重点工作安排，并在年中和年末向市政府报告执行情况。',
    '二十二、市政府办公室应于2025年3月底前完成年度重点工作任务分解。',
    '二十三、各部门每年年中、年底分别报送督查台账。',
  ].join('\n')
  it('reads 年中和年末 and 年中、年底 as recurring every half, and keeps the dated task', () => {
    const doc = parse(text)
    const got = dues(doc)
    expect(got.filter((d) => d.endsWith('-12-31'))).toEqual([])
    expect(got.some((d) => d.endsWith('2025-03-31'))).toBe(true)
    const pairs = doc.tasks.flatMap((t) => t.deadlines).filter((d) => /年中/.test(d.raw))
    expect(pairs.map((d) => [d.raw, d.kind, d.recurrence?.every])).toEqual([
      ['年中和年末', 'recurring', 'half'],
      ['年中、年底', 'recurring', 'half'],
    ])
  })
})

describe('F4: each pair of grammars/time/lexicon.json recurring.halfYearPairs', () => {
  it.each(lexicon.recurring.halfYearPairs)('%s', (pair) => {
    const doc = parse(`某县人民政府工作规则\n十二、各乡镇要在${pair}向县政府报告重点工作推进情况。`)
    const got = doc.tasks.flatMap((t) => t.deadlines).map((d) => [d.raw, d.kind, d.recurrence?.every])
    expect(got).toEqual([[pair, 'recurring', 'half']])
  })
})

describe('F5: an as-of word a PDF text wrapped (截⏎至2022年底，) still makes a statistic', () => {
  const text = [
    '某省数字经济发展报告（2024年）',
    '一、发展成效',
    '（一）基础设施持续完善。全省已建成千兆光网城市8个。截',
    '至2024年底，全省5G基站达到12.6万个，较上年新增',
    '2.1万个。截止',
    '到2024年9月底，数据中心机架总数超过9万架。',
    '二、下一步工作',
    '（一）到2026年底，全省5G基站达到16万个。',
  ].join('\n')
  it('reads the wrapped as-of dates as events and keeps the target', () => {
    const doc = parse(text)
    // before: 一/（一） 2024-12-31 and 2024-09-30 as due dates as well
    expect(dues(doc)).toEqual(['二/（一） 2026-12-31'])
  })
})

describe('F6 (round 2): 自本辦法施行之日起 counts from the text’s own 施行, not from a later partial amendment or repeal', () => {
  const regulation = (history: string[]) =>
    [
      '某某設施安全檢查辦法',
      '法規性質：命令',
      '法規類別：行政＞某某部＞設施目',
      '沿革：',
      ...history,
      '第 1 條',
      '本辦法依某某設施管理法第十二條規定訂定之。',
      '第 2 條',
      '本辦法施行前已設置之設施，應自本辦法施行之日起六個月內完成第一次安全檢查。',
      '第 3 條',
      '本辦法自發布日施行。',
    ].join('\n')
  const due2 = (text: string) => dues(parse(text)).filter((d) => d.startsWith('第2条'))

  it('a partial amendment and a repeal after the enactment: six months from the enactment', () => {
    const text = regulation([
      '1.中華民國八十八年三月十日某某部（88）某設字第 8800123 號令訂定',
      '  發布全文 3  條；並自發布日施行',
      '2.中華民國九十五年七月四日某某部某設字第 09500456 號令修正發布',
      '  第 1  條條文',
      '3.中華民國一百零二年五月二日某某部某設字第 10200789 號令發布廢止',
    ])
    // before: 2013-11-02, six months from the repeal
    expect(due2(text)).toEqual(['第2条 1999-09-10'])
  })

  it('an enactment whose day an order printed under it fixes: from that day', () => {
    const text = regulation([
      '1.中華民國九十年一月八日某某部（90）某設字第 9000111 號令訂定發布',
      '  全文 3  條；施行日期，由某某部另定之',
      '  中華民國九十年二月二十日某某部（90）某設字第 9000222 號令發布',
      '  定自九十年四月一日施行',
      '2.中華民國九十八年九月九日某某部某設字第 09800333 號令修正發布第',
      '  1  條條文；並自九十九年一月一日施行',
    ])
    // before: 2010-07-01, six months from the partial amendment's 施行
    expect(due2(text)).toEqual(['第2条 2001-10-01'])
  })

  it('a revision of the whole text: from the revision', () => {
    const text = regulation([
      '1.中華民國八十年六月一日某某部（80）某設字第 8000111 號令訂定發布',
      '  全文 5  條',
      '2.中華民國九十九年十月十五日某某部某設字第 09900444 號令修正發布',
      '  全文 3  條；並自發布日施行',
      '3.中華民國一百零五年一月六日某某部某設字第 10500555 號令修正發布',
      '  第 3  條條文',
    ])
    // before: 2016-07-06, six months from the partial amendment
    expect(due2(text)).toEqual(['第2条 2011-04-15'])
  })
})

describe('F7 (round 2): a clause that tells its act as done with the perfective 了 is narrated, whatever the date’s cue', () => {
  const text = [
    '在某省第五次代表大会上的报告',
    '一、过去五年的工作',
    '全省人民团结奋斗，取得了显著成绩。二〇一九年底，省委召开了全省工作会议，部署了脱贫攻坚各项任务。到二〇二〇年，全省基本完成了农村危房改造。省政府于二〇二一年三月制定了《某省乡村振兴规划》。',
    '二、今后五年的任务',
    '（一）到二〇二七年底，全省农村自来水普及率达到百分之九十八。',
    '（二）为了加快交通建设，二〇二五年底前建成沿江高速公路。',
  ].join('\n')
  it('reads no due date in the narrated clauses and keeps the targets, 为了 no perfective', () => {
    const doc = parse(text)
    // before: 一 2019-12-31, 2020-12-31 and 2021-03-31 as due dates as well
    expect(dues(doc)).toEqual(['二/（一） 2027-12-31', '二/（二） 2025-12-31'])
  })
})

describe('F8 (round 2): 三年内 in a report dated only by its title’s year has no dated anchor', () => {
  const dated = (doc: PolicyDocument) => doc.tasks.flatMap((t) => t.deadlines).filter((d) => d.raw.endsWith('年内'))
  it('reads no date for the counts of a work report that prints no date of its own', () => {
    const text = [
      '2031年某省人民政府工作报告',
      '各位代表：',
      '二、2031年工作安排',
      '（一）稳定就业。两年内基本取消城乡就业登记差别。五年内全省新增城镇就业二百万人。',
      '（二）扩大内需。今年年底前全面落实消费券发放。',
    ].join('\n')
    // before: 二/（一） 2033-01-01 and 2036-01-01, counted from the guessed first day of 2031
    expect(dues(parse(text))).toEqual(['二/（二） 2031-12-31'])
  })
  it('still counts from a document date the text prints (seed 001’s 力争三年内)', () => {
    const text = ['某市人民政府关于推进社区建设的实施意见', '一、总体目标', '（一）力争三年内实现全市社区服务中心全覆盖。', '某市人民政府', '2031年5月11日'].join('\n')
    expect(dated(parse(text)).map((d) => [d.raw, d.date])).toEqual([['三年内', '2034-05-11']])
  })
})
