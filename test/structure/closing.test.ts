/**
 * The closing paragraph (结尾) after the last item speaks to the whole document's addressees: it
 * is the document's `closing`, not the last item's text (grammars/closing.json).
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { allClauses, policyDocs } from '../helpers.js'

const doc = (prefix: string) => parse(policyDocs((f) => f.startsWith(prefix))[0][1])

describe('closing paragraph after the last item', () => {
  it('govcn 2: 各地区、各部门要充分认识… after （二十七） is the closing', () => {
    const d = doc('govcn_platform1__2_')
    expect(d.closing).toMatch(/^各地区、各部门要充分认识规范政府性融资担保机构运作的重要意义/)
    const last = allClauses(d.clauses).find((c) => c.path.join('/') === '八/（二十七）')!
    expect(last.text).toMatch(/^完善绩效评价体系。各级财政部门要会同有关方面/)
    expect(last.text).not.toContain('各地区、各部门要充分认识')
    // the closing ends before the 落款: the item's position ends with its own text
    expect(last.position.end.line).toBe(60)
  })

  it("a closing with a due date gives no task to the last item (its date is no item's)", () => {
    const text = `关于开展安全生产大检查的通知
各区、各部门：
一、检查范围
（一）重点行业。危险化学品、烟花爆竹等行业领域。
（二）重点企业。各类生产经营单位。
各区、各部门要于2021年6月30日前将检查情况报市安委会办公室。
某某市安全生产委员会
2021年5月10日
`
    const d = parse(text)
    expect(d.closing).toBe('各区、各部门要于2021年6月30日前将检查情况报市安委会办公室。')
    expect(d.tasks.flatMap((t) => t.deadlines.map((x) => `${t.path.join('/')} ${x.date}`))).toEqual([])
    // read all the same, as the document's own time outside its clauses
    expect(d.documentTime?.deadlines.map((x) => `${x.raw}=${x.date}`)).toEqual(['2021年6月30日前=2021-06-30'])
  })

  it('preamble dates are read too: a meeting is an event, no task', () => {
    const d = parse(`关于印发某某市安全生产大检查方案的通知
经2021年4月28日市政府第30次常务会议审议通过，现将方案印发给你们。
一、检查范围
（一）重点行业。危险化学品、烟花爆竹等行业领域。
某某市安全生产委员会
2021年5月10日
`)
    expect(d.documentTime?.events.map((e) => `${e.raw}:${e.kind}`)).toEqual(['2021年4月28日:meeting'])
    expect(d.documentTime?.deadlines).toEqual([])
  })

  it("a second paragraph of an item that does not turn to all addressees stays the item's", () => {
    const text = `关于开展安全生产大检查的通知
一、检查范围
（一）重点行业。危险化学品、烟花爆竹等行业领域。
市应急管理局要于2021年6月30日前完成重点行业检查。
某某市安全生产委员会
2021年5月10日
`
    const d = parse(text)
    expect(d.closing).toBeUndefined()
    expect(d.tasks.flatMap((t) => t.deadlines.map((x) => `${t.path.join('/')} ${x.date}`))).toEqual(['一/（一） 2021-06-30'])
  })
})
