/**
 * Families the deadline audit's rounds 1 and 2 left (issue 11, test/gold/audit/README.md, helper dlfam):
 * each on a fixture written here in the real format, with our own organs, numbers and dates.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import type { PolicyDocument } from '../../../src/index.js'

/** Every due as `path raw date` (date null printed as -), nested documents included. */
function dues(doc: PolicyDocument, prefix = ''): string[] {
  const out: string[] = []
  for (const t of doc.tasks)
    for (const d of [...t.deadlines, ...(t.milestones ?? []).map((m) => m.deadline)]) if (d?.kind === 'due') out.push(`${prefix}${t.path.join('/')} ${d.raw} ${d.date ?? d.end ?? '-'}`)
  doc.documents.forEach((sub, i) => out.push(...dues(sub, `d${i + 1}/`)))
  return out
}

describe('P1: 本法 of a regulation that names its parent law so is that law, whose 施行 the regulation does not print', () => {
  const regulation = (first: string) =>
    [
      '某類輻射設備維護人員訓練辦法',
      '法規性質：命令',
      '法規類別：行政＞某某委員會＞設備目',
      '沿革：',
      '1.中華民國九十二年四月七日某某委員會會設字第 0920011111 號令訂定',
      '  發布全文 6 條；並自發布日施行',
      '2.中華民國九十六年十月二日某某委員會會設字第 0960022222 號令修正發布',
      '  第 4 條條文',
      '第 1 條',
      first,
      '第 2 條',
      '本法施行前已從事設備維護之人員，應自本法施行之日起二年內完成第一次訓練。',
      '第 3 條',
      '設施經營者應自本辦法施行之日起六個月內，將維護人員名冊報主管機關備查。',
      '第 4 條',
      '本辦法自發布日施行。',
    ].join('\n')

  it('reads no date for the count from the parent law, and still counts from the regulation’s own 施行', () => {
    const got = dues(parse(regulation('本辦法依某類設備安全法（以下簡稱本法）第二十條第二項規定訂定之。')))
    // before: 第2条 2005-04-07, two years from the regulation's own enactment; now undated, and a task
    // holding no dated deadline and no role is not emitted
    expect(got).toEqual(['第3条 自本办法施行之日起六个月内 2003-10-07'])
  })

  it('a regulation that does not name 本法 so keeps the count from its own history', () => {
    const got = dues(parse(regulation('本辦法依某類設備安全法第二十條第二項規定訂定之。')))
    expect(got).toEqual(['第2条 自本法施行之日起二年内 2005-04-07', '第3条 自本办法施行之日起六个月内 2003-10-07'])
  })
})
