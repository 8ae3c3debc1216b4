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
