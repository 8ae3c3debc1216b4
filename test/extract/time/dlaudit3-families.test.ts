/**
 * Families of the deadline audit's round 3 (issue 11, scripts/audit-deadlines.ts --round 3,
 * test/gold/audit/README.md): each on a fixture written here in the real format, with our own parties,
 * organs, numbers and dates.
 */
import { describe, expect, it } from 'vitest'
import events from '../../../grammars/time/events.json' with { type: 'json' }
import { parse } from '../../../src/index.js'
import type { PolicyDocument } from '../../../src/index.js'
import { isCaseReport } from '../../../src/extract/time/index.js'

/** Every due date the scorer counts, as `path date`, nested documents included. */
function dues(doc: PolicyDocument, prefix = ''): string[] {
  const out: string[] = []
  for (const t of doc.tasks) for (const d of [...t.deadlines, ...(t.milestones ?? []).map((m) => m.deadline)]) if (d?.kind === 'due') out.push(`${prefix}${t.path.join('/')} ${d.date ?? d.end}`)
  doc.documents.forEach((sub, i) => out.push(...dues(sub, `d${i + 1}/`)))
  return out
}

describe('G1: a court case tells its facts — its dates are no due dates', () => {
  // a guiding case as a law site prints it: 关键词 / 裁判要点 / 基本案情 / 裁判结果 headings alone on their lines
  const text = [
    '经营者隐瞒商品曾经修理的事实，构成欺诈的，应当承担惩罚性赔偿责任。',
    '',
    '王某诉某市某家电销售有限公司买卖合同纠纷案',
    '',
    '关键词',
    '',
    '民事、买卖合同、欺诈、家用电器。',
    '',
    '基本案情',
    '',
    '2016年4月12日，原告王某从被告某市某家电销售有限公司（简称家电公司）购买冰箱一台，价格8 600元。',
    '',
    '2016年9月3日，王某在报修时发现该冰箱曾于2016年3月20日更换过压缩机。',
    '',
    '裁判结果',
    '',
    '某市某区人民法院于2017年1月16日作出（2017）某民初字第115号民事判决：一、撤销双方于2016年4月12日签订的买卖合同；二、家电公司于判决生效后十日内退还货款。',
  ].join('\n')
  it('is read as a case by its heading lines, and reads no due date', () => {
    expect(isCaseReport(text)).toBe(true)
    expect(dues(parse(text))).toEqual([])
  })
  it('a plan whose text only names a heading word inside a sentence is no case, and keeps its due dates', () => {
    const plan = ['某区法治宣传工作方案', '一、工作任务', '（一）编印案例读本。区司法局于2016年6月底前汇编近年基本案情典型的行政诉讼案例，印发各街道。'].join('\n')
    expect(isCaseReport(plan)).toBe(false)
    expect(dues(parse(plan))).toContain('一/（一） 2016-06-30')
  })
  it('the headings are data', () => {
    expect(events.caseReport.headings).toContain('基本案情')
  })
})

describe('G2: a date before-cued and then 已 / 又 or a 者 phrase bounds who a rule applies to', () => {
  const text = [
    '某縣公有林地放領辦法',
    '第 1 條',
    '本辦法依某縣公有林地管理自治條例第十二條規定訂定之。',
    '第 2 條',
    '辦理公有林地放領前，應先依左列程序辦理：',
    '一、林地管理機關應清查中華民國七十一年三月十五日以前已有租賃關係至本辦法發布時仍出租之公有林地，造具清冊。',
    '二、承租人於中華民國七十一年三月十五日以前已依法承租，且無欠繳租金者，得申請承領。',
    '第 3 條',
    '繼承開始時在中華民國七十三年五月二日以前者，應檢附拋棄繼承權有關文件。',
    '第 4 條',
    '承租人應於中華民國七十二年六月三十日前已完成林地測量，並報林地管理機關備查。',
    '第 5 條',
    '本辦法自發布日施行。',
  ].join('\n')
  const got = dues(parse(text))
  it('reads the conditions as none', () => {
    expect(got.filter((d) => /1982-03-15|1984-05-02/.test(d))).toEqual([])
  })
  it('keeps a due date with a modal before it (應於…前已完成)', () => {
    expect(got).toContain('第4条 1983-06-30')
  })
  it('the words are data', () => {
    expect(events.priorState.words).toContain('又')
    expect(events.relativeClause.closer).toBe('者')
  })
})

describe('G3: a date told as done by then, or a span from now characterised, sets nothing due', () => {
  // a plan's notice without a date of its own (the past rule cannot tell): numbered items, the family's dates and a due date
  const text = [
    '某省人民政府关于印发某省水利建设三年行动计划的通知',
    '一、工作基础',
    '（一）前期工作。省人民政府已于2019年1月作出部署，对重点水源工程实行分级负责。全省小型水库除险加固工程到2019年2月也已经全部完成。',
    '（二）形势判断。从现在到2021年，是全省水利建设的攻坚期，各地要早谋划、早安排。',
    '二、重点任务',
    '（三）水源工程。省水利厅牵头，2019年底前完成重点水源工程初步设计。',
  ].join('\n')
  const got = dues(parse(text))
  it('reads neither the told nor the characterised dates as due', () => {
    expect(got.filter((d) => /2019-02-28|2019-01-31|2019-03-31|2021-12-31/.test(d))).toEqual([])
  })
  it('keeps the due date of the item that sets one', () => {
    expect(got).toContain('二/（三） 2019-12-31')
  })
  it('the words are data', () => {
    expect(events.alreadyBefore).toContain('已于')
    expect(events.alreadyTargets).toContain('到')
    expect(events.spanFromNow.before).toContain('从现在到')
  })
})

describe('G4: a counted span of permission or exemption is a window, not a due date', () => {
  const text = [
    '某某合作社發展條例',
    '沿革：',
    '1.中華民國九十八年四月八日總統華總一義字第 09800081231 號令制定公布全文 12 條；並自公布日施行',
    '第 1 條',
    '為促進合作社發展，特制定本條例。',
    '第 2 條',
    '合作社依法經營者，得減徵營業稅。但自本條例施行之日起五年內應免徵營業稅。',
    '第 3 條',
    '本條例施行前已核准設立之合作社，自本條例施行之日起三個月內，得適用原登記規定。',
    '第 4 條',
    '本條例施行前已設立之合作社，應自本條例施行之日起一年內，向主管機關申請換發登記證。',
    '第 5 條',
    '本條例自公布日施行。',
  ].join('\n')
  const got = dues(parse(text))
  it('reads the exemption and the option as no due dates', () => {
    expect(got.filter((d) => /^第[23]条 /.test(d))).toEqual([])
  })
  it('keeps the duty counted from the same 施行', () => {
    expect(got).toContain('第4条 2010-04-08')
  })
  it('the words are data', () => {
    expect(events.permission.words).toContain('得')
    expect(events.permission.notBefore).toContain('到')
  })
})
