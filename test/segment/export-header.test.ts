import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, type PolicyDocument, type Task } from '../../src/index.js'
import { CORPUS, seed } from '../helpers.js'

const DIR = new URL('../fixtures/formats/pkulaw/', import.meta.url).pathname
const fixture = (name: string) => parse(readFileSync(join(DIR, name), 'utf8'))
const policy = (prefix: string) => parse(readFileSync(join(CORPUS, 'policy', readdirSync(join(CORPUS, 'policy')).find((f) => f.startsWith(prefix))!), 'utf8'))
/** Tasks without positions: the same body must give the same tasks in any wrapper. */
const tasksOf = (d: PolicyDocument) =>
  d.tasks.map((t: Task) => ({ path: t.path, roles: t.roles.map((r) => [r.role, r.units.map((u) => u.name)]), deadlines: t.deadlines.map((x) => x.date ?? x.end ?? null) }))
const EXPORT_TEXT = /法宝引证码|原文链接|pkulaw|发布部门|正文：/

function noExportLines(d: PolicyDocument) {
  expect(d.preamble ?? '').not.toMatch(EXPORT_TEXT)
  for (const c of d.clauses) expect(c.text).not.toMatch(EXPORT_TEXT)
  for (const n of d.documents) noExportLines(n)
}

describe('law-database export headers (fixtures wrap real corpus bodies)', () => {
  it('code and link lines, the title twice, a bare 字号: the full-width title and the nested plan', () => {
    const doc = fixture('title-twice.txt')
    expect(doc.meta.title).toBe('国务院办公厅关于印发“无废城市”建设试点工作方案的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.docNumber?.normalized).toBe('国办发〔2018〕128号')
    expect(doc.meta.signedDate).toBe('2018-12-29')
    expect(doc.meta.issuers).toEqual(['国务院办公厅'])
    expect(doc.meta.header?.fields['法宝引证码']).toBe('CLI.2.000007')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['“无废城市”建设试点工作方案'])
    expect(tasksOf(doc.documents[0])).toEqual(tasksOf(policy('govcn_platform1__7_').documents[0]))
    noExportLines(doc)
  })

  it('the title twice with its plan period (seed 002 body): period and stages read, not the header lines', () => {
    const doc = fixture('title-twice-period.txt')
    expect(doc.meta.title).toBe('创建平安广州推进方案（2013—2022年）')
    expect(doc.meta.docType).toBe('推进方案')
    expect(doc.meta.period).toMatchObject({ start: '2013-01-01', end: '2022-12-31' })
    expect(doc.stages.map((s) => s.end)).toEqual(['2013-12-31', '2015-12-31', '2017-12-31', '2022-12-31'])
    expect(tasksOf(doc)).toEqual(tasksOf(parse(seed('002'))))
    noExportLines(doc)
  })

  it('the 字号 in parentheses under the title (seed 000 body): plan and its four stages found', () => {
    const doc = fixture('paren-number.txt')
    expect(doc.meta.title).toBe('中共深圳市委办公厅、深圳市人民政府办公厅关于印发《创建平安深圳行动方案》的通知')
    expect(doc.meta.docNumber?.normalized).toBe('深办发〔2013〕3号')
    expect(doc.meta.signedDate).toBe('2013-03-15')
    expect(doc.meta.issuers).toEqual(['中共深圳市委办公厅', '深圳市人民政府办公厅'])
    expect(doc.addressees.length).toBeGreaterThan(5)
    expect(doc.documents[0].meta.title).toBe('创建平安深圳行动方案')
    expect(doc.documents[0].stages.map((s) => [s.start, s.end])).toEqual([
      ['2013-01-01', '2013-12-31'],
      ['2014-01-01', '2015-12-31'],
      ['2016-01-01', '2017-12-31'],
      ['2018-01-01', '2022-12-31'],
    ])
    noExportLines(doc)
  })

  it('label lines (发布部门：…), 正文：, and link and code closing the file', () => {
    const doc = fixture('label-lines.txt')
    expect(doc.meta.title).toBe('国务院关于印发国家职业教育改革实施方案的通知')
    expect(doc.meta.docNumber?.normalized).toBe('国发〔2019〕4号')
    expect(doc.meta.publishedDate).toBe('2019-02-13')
    expect(doc.meta.effectiveDate).toBe('2019-01-24')
    expect(doc.meta.signedDate).toBe('2019-01-24')
    expect(doc.meta.status).toBe('现行有效')
    expect(doc.meta.level).toBe('国务院规范性文件')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['国家职业教育改革实施方案'])
    expect(tasksOf(doc.documents[0])).toEqual(tasksOf(policy('govcn_platform1__3_').documents[0]))
    noExportLines(doc)
  })

  it('【label】 lines without 文章属性 between the title and its repetition', () => {
    const doc = fixture('bracket-labels.txt')
    expect(doc.meta.title).toBe('国务院关于印发个人所得税专项附加扣除暂行办法的通知')
    expect(doc.meta.header?.form).toBe('law-db')
    expect(doc.meta.docNumber?.normalized).toBe('国发〔2018〕41号')
    expect(doc.meta.publishedDate).toBe('2018-12-22')
    expect(doc.meta.signedDate).toBe('2018-12-13')
    expect(doc.meta.authority).toEqual(['国务院'])
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['个人所得税专项附加扣除暂行办法', '暂行办法']])
    expect(doc.documents[0].clauses.length).toBe(9)
    noExportLines(doc)
  })
})

describe('title search past unknown lines (real corpus exports)', () => {
  it.each([
    ['politic_analysis_2025__central_152', '移动智能终端应用软件预置和分发管理暂行规定'],
    ['politic_analysis_2025__central_075', '智能网联汽车生产企业及产品准入管理指南（试行）'],
    ['politic_analysis_2025__shandong_035', '青岛市支持省级数字经济园区建设等奖补政策实施细则'],
  ])('%s: the title broken over two lines is joined', (prefix, title) => {
    expect(policy(prefix).meta.title).toBe(title)
  })

  it('a body that starts with 第一章 / 第一条 has no title', () => {
    expect(policy('politic_analysis_2025__central_005').meta.title).toBeNull()
  })
})
