/**
 * Families of the deadline audit's round 9 (issue 11, helper dl9, scripts/audit-deadlines.ts --round 9,
 * test/gold/audit/README.md): on fixtures written here in the real formats, with our own bodies and dates.
 */
import { describe, expect, it } from 'vitest'
import type { PolicyDocument } from '../../../src/index.js'
import { parse } from '../../../src/index.js'

/** Every due date the scorer counts, as `path date`. */
function dues(doc: PolicyDocument): string[] {
  return doc.tasks.flatMap((t) =>
    [...t.deadlines, ...(t.milestones ?? []).flatMap((m) => (m.deadline ? [m.deadline] : []))].filter((d) => d.kind === 'due').map((d) => `${t.path.join('/')} ${d.date ?? d.end}`),
  )
}

// a Taiwan standard as the law site prints it: articles, then numbered conditions
const STANDARD = (item: string) =>
  [
    '某某合作社授信限額標準',
    '第 1 條',
    '本標準依某某法第十條規定訂定之。',
    '第 5 條',
    '合作社符合下列條件者，其授信限額得予提高：',
    '一、最近一年內無違規情事。',
    `二、${item}`,
    '第 6 條',
    '本標準自發布日施行。',
  ].join('\n')

describe('F28: a date then 以後 (至…年底以後…達…): what holds from then on', () => {
  it('is no due date', () => {
    const doc = parse(STANDARD('自中華民國一百零三年底資本適足率達百分之十一以上，並逐年增加百分之零點一，至中華民國一百零七年底以後資本適足率達百分之十一點五以上。'))
    expect(dues(doc)).toEqual([])
  })

  it('leaves a date with its own 前 due', () => {
    const doc = parse(STANDARD('未達前款比率者，應於中華民國一百零七年底前完成增資。'))
    expect(dues(doc)).toEqual(['第5条/二 2018-12-31'])
  })
})

// a State Council rule of the 1950s that repeals the notices it replaces
const RULE = (closing: string) => ['关于机关工作人员福利费管理的暂行规定', '', '一、各级机关的福利费，由本机关统一掌管。', '', `二、${closing}`].join('\n')

describe('F29: a date then 所发《…》: when a cited document was issued', () => {
  it('is a publication, not a due date', () => {
    const doc = parse(
      RULE(
        '本规定自一九五七年六月一日起实行。原某某政务院于一九五四年三月所发《关于机关工作人员福利费管理办法的通知》和本院一九五四年十二月所发《关于机关工作人员福利费管理问题的补充通知》都同时废止。',
      ),
    )
    expect(dues(doc)).toEqual([])
    const cited = doc.tasks.flatMap((t) => t.events ?? []).filter((e) => e.raw.startsWith('一九五四年'))
    expect(cited.map((e) => e.kind)).toEqual(['publication', 'publication'])
  })
})

// a congress report narrating the years behind it, then setting a target
const REPORT = (body: string) => ['在某某代表大会上的报告', '', '一、过去的斗争', '', body].join('\n')

describe('F30: a date after another date and 到 (一九六六年冬季到一九六七年春季): the end of a span', () => {
  it('is no due date', () => {
    expect(dues(parse(REPORT('他们又来了一次反扑，这就是一九六六年冬季到一九六七年春季出现的那股逆流。')))).toEqual([])
  })

  it('leaves a target after 到 alone due', () => {
    expect(dues(parse(REPORT('到一九八〇年，要建成独立的比较完整的工业体系。')))).toEqual(['一 1980-12-31'])
  })
})
