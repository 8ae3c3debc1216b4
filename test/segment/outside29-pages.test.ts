import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside29 probe (issue #11): pages drawn by genre. Fixtures written for the test in the forms the draw met
// (own places, names and dates).
const fixture = (name: string) => parse(readFileSync(new URL(`../fixtures/outside29/${name}`, import.meta.url), 'utf8'))

describe('a news report over the full text of a 批复 (`以下为批复原文：`)', () => {
  it('takes the document under the report, its title over two lines', () => {
    const doc = fixture('news-reply-original.txt')
    expect(doc.meta.title).toBe('市政府关于同意调整东岭、西岭街道行政区划的批复')
    expect(doc.meta.docType).toBe('批复')
    expect(doc.meta.issuers).toEqual(['市政府'])
  })

  it('does not cut at a line that names the original without a colon', () => {
    const doc = parse('青山市人民政府关于公布第二批历史建筑名录的通知\n各区人民政府：\n以下为名录原文\n一、名录\n')
    expect(doc.meta.title).toBe('青山市人民政府关于公布第二批历史建筑名录的通知')
  })
})

describe("a sharing site's upload name with the file's format and page count", () => {
  it('is not the title: the text under it is a 细则 that prints none', () => {
    const doc = fixture('docshare-format-tag.txt')
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.docType).toBe('细则')
  })

  it('keeps a title that only mentions a file format in its text', () => {
    const doc = parse('青山市电子档案管理办法\n第一条 电子档案应当以PDF格式（pdf）归档，制定本办法。\n')
    expect(doc.meta.title).toBe('青山市电子档案管理办法')
  })
})

describe("a law-search site's page: its banner over the title, a bare year as its version tag", () => {
  it('reads the title without the banner and without the year tag', () => {
    const doc = fixture('law-search-banner.txt')
    expect(doc.meta.title).toBe('青山省生态示范区建设规划纲要')
    expect(doc.meta.docType).toBe('纲要')
  })

  it('keeps a period that closes a title', () => {
    expect(parse('青山省生态示范区建设规划（2021—2025）\n一、总体目标\n').meta.title).toBe('青山省生态示范区建设规划（2021—2025）')
  })
})

describe('a government information disclosure annual report reposted without its title line', () => {
  const doc = fixture('annual-report-untitled.txt')
  const dues = doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => `${t.path.join('/')} ${d.date}`))

  it('takes the genre from `本年度报告依据…`', () => {
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.docType).toBe('报告')
  })

  it('reads the year the report looks back on as no due date', () => {
    expect(dues).toEqual([])
  })

  it('does not name a genre from a report mentioned in passing', () => {
    expect(parse('各区人民政府：\n请于3月底前报送本年度报告编制情况。\n').meta.docType).not.toBe('报告')
  })
})

describe("a reply's 版头 on a portal: class, issuer, 签发人 and 字号 lines between two printings of the title", () => {
  it('reads the issuer line across the class and signer lines', () => {
    const doc = fixture('reply-head-signer.txt')
    expect(doc.meta.title).toBe('对市人大十六届三次会议第88号建议的复函')
    expect(doc.meta.docNumber?.normalized).toBe('青文旅函〔2024〕12号')
    expect(doc.meta.issuers).toEqual(['青山市文化和旅游局'])
  })

  it('takes no issuer from a signer line alone', () => {
    const doc = parse('对第88号建议的复函\n签发人：李明\n青文旅函〔2024〕12号\n王芳代表：\n现答复如下：\n')
    expect(doc.meta.issuers).toEqual([])
  })
})

describe("a law's page cut above its title, opening with its history parenthesis", () => {
  const doc = fixture('law-cut-above-history.txt')

  it('reads no title from the history and takes the genre from the body', () => {
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.docType).toBe('条例')
  })

  it('reads the history, past the site stamp, and the 公告 as the law’s publication', () => {
    expect(doc.meta.history?.map((h) => `${h.date} ${h.action}`)).toEqual(['2021-03-18 通过', '2021-05-27 批准', '2021-06-01 公布', '2021-09-01 施行'])
    expect(doc.meta.publishedDate).toBe('2021-06-01')
    expect(doc.meta.issuers).toEqual(['青山市人民代表大会常务委员会'])
  })

  it('still reads a title line with a history parenthesis under it', () => {
    const law = parse('青山市城市绿化管理条例\n（2021年3月18日青山市第九届人民代表大会常务委员会第三十次会议通过）\n第一条 为了加强城市绿化管理，制定本条例。\n')
    expect(law.meta.title).toBe('青山市城市绿化管理条例')
  })
})
