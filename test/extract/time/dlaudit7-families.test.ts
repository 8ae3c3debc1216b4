/**
 * Families of the deadline audit's round 7 (issue 11, scripts/audit-deadlines.ts --round 7,
 * test/gold/audit/README.md): on fixtures written here in the real format, with our own organs, numbers and dates.
 */
import { describe, expect, it } from 'vitest'
import type { PolicyDocument } from '../../../src/index.js'
import { parse } from '../../../src/index.js'

/** Every due date the scorer counts, as `path date`. */
function dues(doc: PolicyDocument): string[] {
  return doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => `${t.path.join('/')} ${d.date ?? d.end}`))
}

// a Taiwan regulation as the law database prints it
const TW = (articles: string[]) =>
  ['某某補助辦法', '法規性質：命令', '沿革：', '1.中華民國一百零四年三月二日某某部令訂定發布全文 8 條；並自發布日施行', ...articles.flatMap((a, i) => [`第 ${i + 1} 條`, a])].join('\n')

describe('F23: a bare Chinese-numeral ROC year with its month (一百零五年六月三十日) in a text that prints an ROC year', () => {
  it('is a date: a dated filing is due in its own year, not in the year of the date before it', () => {
    const doc = parse(TW(['本辦法依某某條例訂定之。', '申請人應於一百零五年六月三十日前檢具文件提出申請。']))
    expect(dues(doc)).toEqual(['第2条 2016-06-30'])
  })

  it('reads an application window `於…至…止提出申請者` as a period, not as a due date of the window’s end', () => {
    const doc = parse(
      TW(['本辦法依某某條例訂定之。', '補助基準如下：\n一、於中華民國一百零四年十二月三十一日前提出申請者，每件新臺幣三千元；於一百零五年一月一日至十二月三十一日止提出申請者，每件新臺幣二千元。']),
    )
    expect(dues(doc)).toEqual([])
    const window = doc.tasks.flatMap((t) => t.deadlines).find((d) => d.kind === 'range')
    expect(window).toMatchObject({ start: '2016-01-01', end: '2016-12-31' })
  })

  it('leaves a count of years alone (工作滿二十四年), and a bare year in a mainland text', () => {
    expect(dues(parse(TW(['本辦法依某某條例訂定之。', '工作滿二十四年者，得申請退休。'])))).toEqual([])
    const mainland = parse('某市某某工作方案\n\n一、工作任务\n（一）建立制度。一百零五年六月三十日前完成。\n')
    expect(dues(mainland)).toEqual([])
  })
})
