import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse, type PolicyDocument } from '../../src/index.js'

// Development plans (规划 / 规划纲要) and the notices that issue them, as portals, document sites and
// reposting sites print them (outside probe outside11, test/gold/outside/outside11.md). Fixtures
// written for the tests in the forms the probe's pages showed; places, organs, numbers and dates are
// made up.
const fixture = (name: string) => parse(readFileSync(new URL(`../fixtures/outside11/${name}`, import.meta.url), 'utf8'))
const meta = (d: PolicyDocument) => ({
  title: d.meta.title,
  docType: d.meta.docType,
  docNumber: d.meta.docNumber?.normalized ?? null,
  signedDate: d.meta.signedDate,
  publishedDate: d.meta.publishedDate,
  issuers: d.meta.issuers,
})
const roles = (d: PolicyDocument, path: string) => d.tasks.find((t) => t.path.join('/') === path)?.roles.map((r) => [r.role, r.units.map((u) => u.name)])

describe('outside11: heads of plans and of the notices that issue them', () => {
  it("a site's whole label table glued onto one line, closed by a stray border, is the header: its 标题 cell is the title", () => {
    const d = fixture('glued-label-table.txt')
    expect(meta(d)).toEqual({
      title: '国务院关于“十四五”滨海湿地保护修复规划的批复',
      docType: '批复',
      docNumber: '国函〔2022〕27号',
      signedDate: '2022-03-14',
      publishedDate: '2022-03-21',
      issuers: ['国务院'],
    })
  })

  it('a breadcrumb without a colon (`当前位置 > 政策文件 > …`) is chrome, not the title', () => {
    const d = fixture('breadcrumb-plan-notice.txt')
    expect(meta(d)).toMatchObject({ title: '临川市人民政府关于印发临川市国民经济和社会发展第十四个五年规划纲要的通知', docType: '通知', signedDate: '2021-03-30', issuers: ['临川市人民政府'] })
    expect(d.diagnostics.some((x) => x.code === 'boilerplate-removed' && x.message.includes('breadcrumb'))).toBe(true)
    expect(d.documents.map((x) => [x.meta.title, x.meta.docType])).toEqual([['临川市国民经济和社会发展第十四个五年规划纲要', '纲要']])
  })

  it("a document site's heading `(省)…规划(2022年更新)` is chrome; the title over three lines and its cover (organ + month) name the plan and its issuer", () => {
    const d = fixture('cover-plan.txt')
    expect(meta(d)).toEqual({
      title: '青溪县国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
      docType: '纲要',
      docNumber: null,
      signedDate: null,
      publishedDate: null,
      issuers: ['青溪县人民政府'],
    })
    // the cover lines are no body text
    expect(d.preamble ?? '').not.toContain('青溪县人民政府')
    expect(d.preamble ?? '').toContain('编制本纲要')
  })

  it('a title cell closed by its table border (`…的通知 |`) under the label rows is the title, and its issuer beats the repost organ of the labels', () => {
    const d = fixture('bordered-title-cell.txt')
    expect(meta(d)).toMatchObject({ title: '青溪县人民政府关于印发青溪县国民经济和社会发展第十三个五年规划纲要的通知', docType: '通知', issuers: ['青溪县人民政府'] })
  })

  it('a party committee’s proposal for the plan (`…关于制定…规划…的建议`) has the genre 建议', () => {
    const d = fixture('party-proposal.txt')
    expect(meta(d)).toMatchObject({ title: '中共临川市青溪区委关于制定青溪区国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议', docType: '建议', issuers: ['中共临川市青溪区委'] })
    expect(d.tasks.flatMap((t) => t.deadlines.map((x) => x.date)).filter(Boolean)).toEqual([])
  })
})

describe('outside11: plan bodies', () => {
  it('page 2 of a work plan: 五、 after items 2. and 3. continues the top list; each stage body’s `3月底前` is its own deadline, the heading’s date the stage bound', () => {
    const d = fixture('plan-drafting-page2.txt')
    expect(d.tasks.map((t) => [t.path.join('/'), t.deadlines.map((x) => x.date)])).toEqual([
      ['五/（一）', ['2010-03-31']],
      ['五/（二）', ['2010-05-31']],
      ['五/（三）', ['2010-09-30', '2010-10-31']],
    ])
    expect(d.stages.map((s) => [s.name, s.start, s.end])).toEqual([
      ['前期研究阶段', null, '2010-03-31'],
      ['基本思路形成阶段', '2010-04-01', '2010-05-31'],
      ['纲要编制阶段', '2010-06-01', '2010-10-31'],
      ['纲要报批阶段', '2010-11-01', '2011-02-28'],
    ])
  })

  it('a standing rule closing a label list (`责任单位：…，以下均需各县市区落实，不再逐一列出`) adds no units of its words and holds for the later items', () => {
    const d = fixture('standing-in-label.txt')
    expect(roles(d, '一/1')).toEqual([
      ['lead', ['市发改委']],
      ['responsible', ['市统计局', '各县市区']],
    ])
    expect(roles(d, '一/2')).toEqual([
      ['lead', ['市人社局']],
      ['responsible', ['市统计局']],
      ['responsible', ['各县市区']],
    ])
    expect(d.tasks.find((t) => t.path.join('/') === '一')?.deadlines.map((x) => x.date)).toEqual(['2025-12-31'])
  })

  it('发展规划 is a department’s field: `发展规划行政主管部门负责…的预警` assigns it', () => {
    const d = fixture('standing-in-label.txt')
    expect(roles(d, '二/（九）')).toEqual([
      ['responsible', ['发展规划行政主管部门']],
      ['responsible', ['相关部门']],
    ])
  })
})
