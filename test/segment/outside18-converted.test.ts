import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside18 probe (issue #11): documents as converted from PDF / Word and document-sharing pages. Fixtures
// written for the test in the forms the probe's pages print (own town, county, dates and numbers).
const fixture = (name: string) => readFileSync(new URL(`../fixtures/outside18/${name}`, import.meta.url), 'utf8')

describe('a town site table with labels in square brackets, over a PDF-converted notice', () => {
  const doc = parse(fixture('bracket-labels.txt'))

  it('drops the 您当前的位置 breadcrumb and takes the notice title under the label lines', () => {
    expect(doc.meta.title).toBe('青石镇人民政府关于印发青石镇春季植树护绿工作方案的通知')
    expect(doc.meta.docType).toBe('通知')
    const rules = doc.diagnostics.filter((d) => d.code === 'boilerplate-removed').map((d) => d.message)
    expect(rules.some((m) => m.includes('breadcrumb'))).toBe(true)
  })

  it('reads `[ 发文字号 ] X` and `[ 发布日期 ] Y` cells of the bracket table', () => {
    expect(doc.meta.docNumber?.normalized).toBe('青石府发〔2022〕9号')
    expect(doc.meta.publishedDate).toBe('2022-04-06')
    expect(doc.meta.subject).toBe('农业农村')
  })

  it('keeps the plan as the nested document with its role and date', () => {
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['青石镇春季植树护绿工作方案'])
    const task = doc.documents[0].tasks.find((t) => t.path.join('/') === '一/（一）')!
    expect(task.roles.map((r) => [r.role, r.units.map((u) => u.name)])).toEqual([['responsible', ['镇农业服务中心']]])
    expect(task.deadlines.map((d) => d.date)).toEqual(['2022-04-20'])
  })
})

describe('a document-sharing page heading its collection `(精选N篇)`', () => {
  const doc = parse(fixture('docshare-collection.txt'))

  it('drops the collection heading: the document`s own heading is the title', () => {
    expect(doc.meta.title).toBe('考勤管理制度')
    expect(doc.meta.docType).toBe('制度')
  })

  it('drops a part heading `…篇一` the same way', () => {
    const page = parse('某镇政府工作报告(优质3篇)\n某镇政府工作报告篇一\n各位代表:\n现在,我代表镇人民政府向大会报告工作。\n')
    expect(page.meta.title ?? '').not.toContain('篇')
    const rules = page.diagnostics.filter((d) => d.code === 'boilerplate-removed').map((d) => d.message)
    expect(rules.some((m) => m.includes('docshare-collection'))).toBe(true)
    expect(rules.some((m) => m.includes('docshare-part'))).toBe(true)
  })

  it('reads 一、 … 由办公室负责 as responsible', () => {
    const task = doc.tasks.find((t) => t.path.join('/') === '一')!
    expect(task.roles.map((r) => [r.role, r.units.map((u) => u.name)])).toEqual([['responsible', ['办公室']]])
  })
})

describe('a repost printing the notice`s own title again in 《》 under a library slogan', () => {
  const doc = parse(fixture('own-title-reprint.txt'))

  it('starts no nested document at the reprinted title', () => {
    expect(doc.meta.title).toBe('林川市人民政府關于印發2023年市《政府工作報告》重點任務分工方案的通知')
    expect(doc.documents).toHaveLength(0)
  })

  it('keeps the notice`s own 一、 and its due date on the notice', () => {
    const task = doc.tasks.find((t) => t.path.join('/') === '一')!
    expect(task.deadlines.map((d) => d.date)).toEqual(['2023-03-20'])
  })
})

describe('a town page that opens with its `|` label table and prints no title', () => {
  const doc = parse(fixture('pipe-table-no-title.txt'))

  it('reads the table as the header: 文号 gives the 字号', () => {
    expect(doc.meta.docNumber?.normalized).toBe('青石政〔2021〕15号')
    expect(doc.meta.header?.form).toBe('govcn')
  })

  it('keeps the table out of the body: the notice is a 通知 signed by the town', () => {
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.signedDate).toBe('2021-05-10')
    expect(doc.meta.issuers).toEqual(['青石镇人民政府'])
  })
})
