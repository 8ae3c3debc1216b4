import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// Fixtures written in the format of pages reposted by law sites and converting scrapers
// (outside probe, test/gold/outside/outmeta.md): page chrome, the title printed up to three
// times around an issuer line, 字号 with odd brackets, pinyin inserted after characters.
const DIR = new URL('../fixtures/formats/repost/', import.meta.url).pathname
const fixture = (name: string) => parse(readFileSync(join(DIR, name), 'utf8'))

describe('reposted pages: law-site chrome, repeated titles and the issuer line', () => {
  it('title, byline, title, issuer, title, 字号 with a space: issuer and 字号 are read, the lost 《 still nests the rule', () => {
    const doc = fixture('lawsite-notice.txt')
    expect(doc.meta.title).toBe('关于印发《林区防火巡查工作规程（试行）》的通知')
    expect(doc.meta.docNumber?.normalized).toBe('和林发〔2011〕27号')
    expect(doc.meta.docNumber?.raw).toBe('和林发[2011] 27号')
    expect(doc.meta.issuers).toEqual(['和平县林业局'])
    expect(doc.meta.signedDate).toBe('2011-09-20')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['林区防火巡查工作规程（试行）'])
    expect(doc.documents[0].clauses.map((c) => c.marker)).toEqual(['第一章'])
    const removed = doc.diagnostics.filter((d) => d.code === 'boilerplate-removed').map((d) => d.message)
    expect(removed.some((m) => m.includes('repost-byline'))).toBe(true)
    expect(removed.some((m) => m.includes('repost-download'))).toBe(true)
  })

  it('a joint issuer line split at its spaces, the 字号 between two printings, a 落款 in Chinese numerals', () => {
    const doc = fixture('lawsite-joint.txt')
    expect(doc.meta.title).toBe('关于调整农村公路养护补助标准的通知')
    expect(doc.meta.issuers).toEqual(['东川市财政局', '东川市交通运输局'])
    expect(doc.meta.docNumber?.normalized).toBe('东财建〔2015〕88号')
    expect(doc.meta.signedDate).toBe('2015-12-08')
    expect(doc.clauses.map((c) => c.marker)).toEqual(['一、', '二、'])
  })

  it('page title is the issued rule, the issuing notice under the issuer line is the document', () => {
    const doc = fixture('lawsite-rule.txt')
    expect(doc.meta.title).toBe('关于发布《城市绿地养护管理办法》的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.docNumber?.normalized).toBe('南建〔1998〕15号')
    expect(doc.meta.issuers).toEqual(['南岭市建设委员会'])
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['城市绿地养护管理办法'])
    expect(doc.documents[0].clauses.map((c) => c.marker)).toEqual(['第一条', '第二条'])
  })

  it('a title printed once keeps the old reading: no issuer line is invented from a body line', () => {
    const doc = parse('关于做好汛期值班工作的通知\n各街道办事处：\n现就汛期值班有关事项通知如下：\n一、实行24小时值班。\n\n青石区人民政府办公室\n2022年6月1日\n')
    expect(doc.meta.issuers).toEqual(['青石区人民政府办公室'])
    expect(doc.meta.docNumber).toBeNull()
  })
})

describe('traditional pages with pinyin inserted by a converting scraper', () => {
  it('reads 字号 first, then the title, without the pinyin; the diagnostic covers the removals', () => {
    const doc = fixture('traditional-pinyin.txt')
    expect(doc.meta.docNumber?.normalized).toBe('润府发〔2019〕41号')
    expect(doc.meta.title).toBe('润川市人民政府印发《关于加强城市供水保障的实施意见》的通知')
    expect(doc.meta.issuers).toEqual(['润川市人民政府'])
    expect(doc.meta.signedDate).toBe('2019-06-12')
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['关于加强城市供水保障的实施意见', '实施意见']])
    const pinyin = doc.diagnostics.find((d) => d.code === 'pinyin-removed')
    expect(pinyin?.message).toMatch(/^Removed \d+ pinyin/)
    expect(pinyin?.position?.start.line).toBe(1)
  })

  it('leaves bracketed Latin text alone: no tone mark, no removal', () => {
    const doc = parse('关于公布2023年度PM2.5(fine)监测结果的通知\n各区(a)县：\n特此通知。\n')
    expect(doc.diagnostics.some((d) => d.code === 'pinyin-removed')).toBe(false)
    expect(doc.meta.title).toBe('关于公布2023年度PM2.5（fine）监测结果的通知')
  })
})
