import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// Fixtures written in the format of law-site pages that print a law or rule under the order or
// announcement that published it (outside probe, test/gold/outside/outside5.md, family P1).
const DIR = new URL('../fixtures/formats/promulgation/', import.meta.url).pathname
const fixture = (name: string) => parse(readFileSync(join(DIR, name), 'utf8'))
const events = (doc: ReturnType<typeof parse>) => (doc.meta.history ?? []).map((h) => `${h.date} ${h.action}`)

describe('a law printed under the order or announcement that published it', () => {
  it('order heading, publishing sentence, mayor and date: one document, the rule is its body', () => {
    const doc = fixture('order-rule.txt')
    expect(doc.meta.title).toBe('临川市户外广告设施管理办法')
    expect(doc.documents).toEqual([])
    expect(doc.meta.signedDate).toBe('2015-10-08')
    expect(doc.meta.publishedDate).toBe('2015-10-08')
    expect(doc.meta.effectiveDate).toBe('2015-11-01')
    // the order's number is the 公布 event's, not the rule's 字号
    expect(doc.meta.docNumber).toBeNull()
    expect(events(doc)).toEqual(['2015-09-22 通过', '2015-10-08 公布', '2015-11-01 施行'])
    expect(doc.meta.history?.find((h) => h.action === '公布')?.docNumber).toBe('临川市人民政府令第58号')
    // the signer is a person: the organ comes from the order's heading, not the site's line
    expect(doc.meta.issuers).toEqual(['临川市人民政府'])
    expect(doc.clauses.map((c) => c.marker)).toEqual(['第一章'])
    const responsible = doc.tasks.filter((t) => t.path.join('/') === '第一章/第三条').flatMap((t) => t.roles.filter((r) => r.role === 'responsible').flatMap((r) => r.units.map((u) => u.name)))
    expect(responsible).toContain('市城市管理行政主管部门')
    const due = doc.tasks.find((t) => t.path.join('/') === '第一章/第四条')?.deadlines.map((d) => d.date)
    expect(due).toEqual(['2016-06-30'])
    // the sentence's dates are history, not deadlines of any task
    expect(doc.tasks.flatMap((t) => t.deadlines.map((d) => d.date))).toEqual(['2016-06-30'])
  })

  it('announcement with its number on the next line, then the history parenthesis: events read once', () => {
    const doc = fixture('announcement-regulation.txt')
    expect(doc.meta.title).toBe('清河市养犬管理条例')
    expect(doc.documents).toEqual([])
    expect(doc.meta.issuers).toEqual(['清河市人民代表大会常务委员会'])
    expect(doc.meta.signedDate).toBe('2012-06-15')
    expect(doc.meta.publishedDate).toBe('2012-06-15')
    expect(events(doc)).toEqual(['2012-04-26 通过', '2012-06-01 批准', '2012-06-15 公布', '2012-09-01 施行'])
    const units = doc.tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${t.path.join('/')} ${r.role} ${u.name}`)))
    expect(units).toEqual(['第一章/第二条 responsible 公安机关', '第一章/第二条 responsible 城市管理部门'])
  })

  it('an announcement that publishes another document stays a notice with a nested document', () => {
    const doc = fixture('announcement-issuing.txt')
    expect(doc.meta.title).toBe('国家测绘局关于发布《基础地理信息数据更新技术规定》的公告')
    expect(doc.meta.docType).toBe('公告')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['基础地理信息数据更新技术规定'])
    expect(doc.meta.history ?? []).toEqual([])
  })
})

describe('signer lines of a promulgation block (outside16)', () => {
  it('the chairman of an autonomous region signs the order: its date is the 公布 date', () => {
    const doc = fixture('order-region-chair.txt')
    expect(doc.meta.signedDate).toBe('2003-09-12')
    expect(doc.meta.publishedDate).toBe('2003-09-12')
    expect(doc.meta.issuers).toEqual(['青原自治区人民政府'])
    expect(events(doc)).toContain('2003-09-12 公布')
  })

  it('a colon between the title and the name of the mayor (市长：…) still ends the block', () => {
    const doc = fixture('order-mayor-colon.txt')
    expect(doc.meta.publishedDate).toBe('2022-03-18')
    expect(doc.meta.effectiveDate).toBe('2022-05-01')
    expect(events(doc)).toEqual(['2022-03-04 通过', '2022-03-18 公布', '2022-05-01 施行'])
    expect(doc.meta.issuers).toEqual(['临渡市人民政府'])
  })
})

describe('a law site page opening with the publishing sentence, no heading above it (outside79 02)', () => {
  it('sentence, organ and date, then the title it quotes: one document, the law', () => {
    const doc = fixture('headless-regulation.txt')
    expect(doc.meta.title).toBe('临川市古树名木保护条例')
    expect(doc.meta.docType).toBe('条例')
    expect(doc.documents).toEqual([])
    expect(doc.meta.issuers).toEqual(['临川市人民代表大会常务委员会'])
    expect(doc.meta.signedDate).toBe('2024-11-08')
    expect(doc.meta.publishedDate).toBe('2024-11-08')
    expect(doc.meta.effectiveDate).toBe('2025-03-01')
    expect(events(doc)).toEqual(['2024-10-30 通过', '2024-11-08 公布', '2025-03-01 施行'])
    const units = doc.tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${t.path.join('/')} ${r.role} ${u.name}`)))
    expect(units).toContain('第一章/第三条 responsible 市林业主管部门')
  })

  it('a title under the block that is not the quoted one: no promulgation is read', () => {
    const doc = fixture('headless-other-title.txt')
    expect(doc.meta.title).not.toBe('临川市古树名木保护条例')
    expect(doc.meta.history ?? []).toEqual([])
  })
})
