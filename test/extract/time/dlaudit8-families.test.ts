/**
 * Families of the deadline audit's round 8 (issue 11, scripts/audit-deadlines.ts --round 8,
 * test/gold/audit/README.md): on fixtures written here in the real format, with our own parties, courts and dates.
 */
import { describe, expect, it } from 'vitest'
import type { PolicyDocument } from '../../../src/index.js'
import { parse } from '../../../src/index.js'

/** Every due date the scorer counts, as `path date`. */
function dues(doc: PolicyDocument): string[] {
  return doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => `${t.path.join('/')} ${d.date ?? d.end}`))
}

// a court case as a law site prints it: section headings, then the case's facts and the judgment
const CASE = (judgment: string) =>
  ['张某诉某县自然资源局房屋征收补偿协议案', '', '基本案情', '', '2018年3月5日，张某与某县自然资源局签订补偿协议，约定2019年6月30日前交付安置房屋。', '', '裁判结果', '', judgment].join('\n')

describe('F27: a court’s order in a case report (限于…前履行)', () => {
  it('is a fact of the case, not a due date of the text', () => {
    const doc = parse(CASE('二审法院判决：一、撤销一审判决。二、某县自然资源局限于2020年10月31日前向张某交付安置房屋。'))
    expect(dues(doc)).toEqual([])
    const order = doc.tasks.flatMap((t) => t.deadlines).find((d) => d.raw?.includes('2020年10月31日前'))
    expect(order?.kind).not.toBe('due')
  })

  it('leaves the same order in a notice due', () => {
    const doc = parse('某县自然资源局关于交付安置房屋的通知\n\n一、工作任务\n（一）交付房屋。各责任单位限于2020年10月31日前交付安置房屋。\n')
    expect(dues(doc)).toEqual(['一/（一） 2020-10-31'])
  })
})

// a regulation whose rates change after its first years
const RULE = (article: string) => ['某某报酬支付暂行办法', '', '第一条 为了规范某某报酬的支付，制定本办法。', '', `第二条 ${article}`, '', '第三条 本办法自2010年1月1日起施行。'].join('\n')

describe('F25: a transitional rate window (自本办法施行之日起5年内，按照…计算)', () => {
  it('is how long a rate holds, not a due date', () => {
    expect(dues(parse(RULE('西部地区的电台支付报酬的数额，自本办法施行之日起5年内，按照本办法规定计算出的数额的10%计算。')))).toEqual([])
    expect(dues(parse(RULE('电视台的付酬标准自本办法施行之日起5年内为每分钟1.50元，期满后为每分钟2元。')))).toEqual([])
  })

  it('stays a duty after a modal', () => {
    expect(dues(parse(RULE('本办法施行前设立的机构，应当自本办法施行之日起1年内，按照本办法的规定办理登记。')))).toEqual(['第二条 2011-01-01'])
  })
})
