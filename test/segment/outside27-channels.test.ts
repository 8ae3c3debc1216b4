import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { genreOf } from '../../src/text/genre.js'

// outside27 probe (issue #11): one document per publication channel — a Macau gazette record, a news
// site reproducing a plan under its report, a law site's history record, a treaty on a law database.
// Fixtures written for the test in those forms (own places, numbers and dates).
const fixture = (name: string) => parse(readFileSync(new URL(`../fixtures/outside27/${name}`, import.meta.url), 'utf8'))

describe('genres of a treaty and a Macau despatch', () => {
  it.each([
    ['第5/2021号行政长官批示', '批示'],
    ['第12/2020號社會文化司司長批示', '批示'],
    ['中华人民共和国政府和某某共和国政府关于渔业合作的协定', '协定'],
  ])('%s → %s', (title, genre) => {
    expect(genreOf(title)).toBe(genre)
  })

  it('reads the treaty on a law database with its genre and both governments', () => {
    const doc = fixture('treaty-repost.txt')
    expect(doc.meta.title).toBe('中华人民共和国政府和某某共和国政府关于渔业合作的协定')
    expect(doc.meta.docType).toBe('协定')
    expect(doc.meta.issuers).toEqual(['中华人民共和国政府', '某某共和国政府'])
  })
})

describe('a Macau despatch under the gazette headings', () => {
  const doc = fixture('macau-despatch.txt')

  it('takes the numbered heading alone as the title, not the region and office lines above it', () => {
    expect(doc.meta.title).toBe('第37/2019號行政長官批示')
    expect(doc.meta.docType).toBe('批示')
  })

  it('reads the number the title opens with as the 字号', () => {
    expect(doc.meta.docNumber?.normalized).toBe('第37/2019号')
    expect(doc.meta.docNumber?.year).toBe(2019)
    expect(doc.meta.docNumber?.serial).toBe(37)
    expect(doc.meta.docNumber?.raw).toBe('第37/2019號')
    expect(doc.meta.signedDate).toBe('2019-03-18')
  })

  it('takes the office the title names between number and genre as the issuer, without the person', () => {
    expect(doc.meta.issuers).toEqual(['行政长官'])
    expect(parse('第3/2020號社會文化司司長批示\n\n一、核准有關規章。\n').meta.issuers).toEqual(['社会文化司司长'])
    expect(parse('第18/2002號行政法規\n\n設立委員會\n\n第一條 設立某委員會。\n').meta.issuers).toEqual([])
  })

  it('gives no 字号 to a title that only cites such a number', () => {
    const cited = parse('关于执行第8/2015号行政法规的通知\n\n各部门：\n　　现将有关事项通知如下。\n')
    expect(cited.meta.docNumber).toBeNull()
  })
})

describe('a gazette page printing two Macau acts in a row', () => {
  const doc = fixture('macau-two-acts.txt')

  it('ends the first act at its own 落款 and holds the second as a document of its own', () => {
    expect(doc.meta.title).toBe('第41/2019號行政長官批示')
    expect(doc.meta.signedDate).toBe('2019-04-02')
    expect(doc.clauses.map((c) => c.path.join('/'))).toEqual(['一', '二'])
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docNumber?.normalized, d.meta.signedDate])).toEqual([['第42/2019號行政長官批示', '第42/2019号', '2019-04-03']])
  })

  it('splits no mainland notice at a later line citing such a number', () => {
    const notice = parse('关于做好资助申请工作的通知\n\n各部门：\n　　现将有关事项通知如下。\n一、按期受理申请。\n\n某某市人民政府办公室\n2019年4月2日\n\n第42/2019号行政长官批示\n')
    expect(notice.documents.map((d) => d.meta.title)).not.toContain('第42/2019号行政长官批示')
  })
})

describe('a plan reproduced under a news report (`全文如下：`)', () => {
  const doc = fixture('news-full-text.txt')

  it('takes the line under the lead as the title; the report quoting it is no notice issuing it', () => {
    expect(doc.meta.title).toBe('青溪市能源发展第十四个五年规划')
    expect(doc.meta.docType).toBe('规划')
    expect(doc.documents).toEqual([])
    expect(doc.clauses.map((c) => c.path.join('/'))).toEqual(['第一章'])
  })

  // (residuals: a lead ending otherwise that quotes the very line under it is the plan's page too, as outside26 04 / 11)
  const retold = (lead: string, name: string) =>
    readFileSync(new URL('../fixtures/outside27/news-full-text.txt', import.meta.url), 'utf8')
      .replace('全文入下:', lead)
      .replace('《青溪市能源发展第十四个五年规划》', name)

  it('needs the closing words or the title quoted: a report naming the plan otherwise keeps its quoted plan apart', () => {
    expect(parse(retold('敬请关注。', '《青溪市能源规划》')).meta.title).toBeNull()
  })

  it('takes the line under a lead ending otherwise when the lead quotes that very line', () => {
    const doc = parse(retold('敬请关注。', '《青溪市能源发展第十四个五年规划》'))
    expect(doc.meta.title).toBe('青溪市能源发展第十四个五年规划')
    expect(doc.documents).toEqual([])
  })
})

describe("a law site's history record with dash lines", () => {
  it('takes no dash for a title', () => {
    const doc = fixture('law-history-dash.txt')
    expect(doc.meta.title).toBeNull()
  })
})
