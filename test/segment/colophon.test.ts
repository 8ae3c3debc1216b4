import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, type PolicyDocument } from '../../src/index.js'
import { findColophon } from '../../src/segment/colophon.js'
import { splitLines } from '../../src/normalize/lines.js'
import { CORPUS } from '../helpers.js'

const DIR = new URL('../fixtures/formats/pkulaw/', import.meta.url).pathname
const fixture = (name: string) => parse(readFileSync(join(DIR, name), 'utf8'))
const policy = (prefix: string) => parse(readFileSync(join(CORPUS, 'policy', readdirSync(join(CORPUS, 'policy')).find((f) => f.startsWith(prefix))!), 'utf8'))
const allText = (d: PolicyDocument): string => [d.preamble ?? '', ...d.clauses.map((c) => c.text + JSON.stringify(c.children)), ...d.documents.map(allText)].join('\n')
const deadlines = (d: PolicyDocument): string[] => [...d.tasks.flatMap((t) => t.deadlines.map((x) => x.raw)), ...d.documents.flatMap(deadlines)]

describe('版记 (GB/T 9704 §7.4) in real corpus documents', () => {
  it.each([
    ['politic_analysis_2025__shandong_015', '青岛市工业和信息化局办公室', '2020-09-22'],
    ['politic_analysis_2025__central_110', '交通运输部办公厅', '2019-05-14'],
    ['politic_analysis_2025__central_086', '国家标准化管理委员会', '2020-08-04'],
  ])('%s: printedBy %s, printedDate %s; the 印发 line is no clause text and no deadline', (prefix, office, date) => {
    const doc = policy(prefix)
    expect(doc.meta.printedBy).toBe(office)
    expect(doc.meta.printedDate).toBe(date)
    expect(allText(doc)).not.toMatch(/印发\s*$/m)
    expect(deadlines(doc).filter((r) => r.includes(date.slice(0, 4) + '年'))).toEqual([])
  })

  it('issuers fall back to the printing office when nothing else names one', () => {
    expect(policy('politic_analysis_2025__shandong_015').meta.issuers).toEqual(['青岛市工业和信息化局办公室'])
    expect(policy('politic_analysis_2025__central_086').meta.issuers).toEqual(['国家标准化管理委员会'])
  })

  it('a document without 版记 has no copyTo/printedBy/printedDate keys', () => {
    const meta = policy('govcn_platform1__7_').meta
    expect('printedBy' in meta || 'copyTo' in meta || 'printedDate' in meta).toBe(false)
  })
})

describe('版记 fixtures', () => {
  it('抄送 wrapped over two lines, office and 印发 date on two lines, after the issued plan', () => {
    const doc = fixture('colophon-split.txt')
    expect(doc.meta.copyTo).toEqual(['党中央各部门', '中央军委办公厅', '全国人大常委会办公厅', '全国政协办公厅', '国家监委', '最高人民法院', '最高人民检察院'])
    expect(doc.meta.printedBy).toBe('国务院办公厅秘书局')
    expect(doc.meta.printedDate).toBe('2019-01-01')
    // the 落款 is still found, and the issuers come from it, not from the printing office
    expect(doc.signature?.issuers).toEqual(['国务院办公厅'])
    expect(doc.meta.issuers).toEqual(['国务院办公厅'])
    expect(allText(doc)).not.toMatch(/抄送|秘书局/)
    expect(doc.documents[0].meta.title).toBe('国家组织药品集中采购和使用试点方案')
  })

  it('a body-only export dated by its 版记 only: 年底前 resolves in the 印发 year', () => {
    const doc = fixture('body-only-colophon.txt')
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.signedDate).toBeNull()
    expect(doc.meta.printedDate).toBe('2018-05-02')
    expect(doc.meta.issuers).toEqual(['国家粮食局办公室'])
    const due = doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.raw === '年底前').map((d) => d.date ?? d.end))
    expect(due).toEqual(['2018-12-31'])
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('time-year-unknown')
  })
})

describe('findColophon', () => {
  const lines = (t: string) => splitLines(t)
  it('reads office and date on one line, 抄送 with 、 and ；', () => {
    const l = lines('正文。\n抄送：省委各部门、省人大常委会办公厅；省政协办公厅。\n山东省人民政府办公厅  2019年3月15日印发')
    expect(findColophon(l, 0, l.length)).toMatchObject({ start: 1, copyTo: ['省委各部门', '省人大常委会办公厅', '省政协办公厅'], printedBy: '山东省人民政府办公厅', printedDate: '2019-03-15' })
  })
  it('finds nothing in a body that only mentions 抄送 in a sentence', () => {
    const l = lines('第二十条 承办单位应当将答复抄送市人民政府办公厅。\n第二十一条 本条例自公布之日起施行。')
    expect(findColophon(l, 0, l.length)).toBeNull()
  })
})
