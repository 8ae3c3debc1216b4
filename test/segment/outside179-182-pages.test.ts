import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside179–182 (issue #11, helpers' draws of the fiftieth session), on fixtures of our own wording in the
 * pages' shapes: a 字号 line a scraper damaged between a site's heading and the notice's own head (179 07); a 落款 date
 * with a Chinese-numeral year and Arabic month and day (179 04); a rule's first article citing a rule whose name holds
 * 发布 (179 04); a sharing site's file name over the document's own title (180 01, 145 02); a list page's arrow marks
 * (181 04); an issued title whose period lost its brackets (181 03, 160 04); a cover title over three lines with
 * `二〇三五年` (182 05).
 */
describe("a damaged 字号 line between a site's heading and the notice's own head", () => {
  const page = (number: string) =>
    [
      '【有效】关于印发《某县道路交通安全综合治理工作方案》的通知',
      '访问量:',
      number,
      '某县人民政府办公室',
      '关于印发《某县道路交通安全综合治理工作方案》的通知',
      '各乡(镇)人民政府,县政府有关部门:',
      '经县政府研究同意,现将《某县道路交通安全综合治理工作方案》印发给你们,请认真抓好贯彻落实。',
      '2025年3月26日',
    ].join('\n')

  it('is repaired (a doubled closing bracket, its 号 lost), and the notice’s own head read under it', () => {
    const doc = parse(page('某府办字〔2025〕〕8'))
    expect(doc.meta.docNumber?.normalized).toBe('某府办字〔2025〕8号')
    expect(doc.meta.title).toBe('某县人民政府办公室关于印发《某县道路交通安全综合治理工作方案》的通知')
    expect(doc.meta.issuers).toEqual(['某县人民政府办公室'])
    const text = page('某府办字〔2025〕〕8')
    const at = text.indexOf('某府办字')
    expect(text.slice(doc.meta.docNumber!.position!.start.offset, doc.meta.docNumber!.position!.end.offset)).toBe(text.slice(at, at + 12))
  })

  it('…with only its 号 lost', () => {
    expect(parse(page('某府办字〔2025〕8')).meta.docNumber?.normalized).toBe('某府办字〔2025〕8号')
  })

  it('leaves a number in running text alone (guard)', () => {
    const doc = parse(['某县人民政府关于某事的通知', '各乡镇：', '按照某府办字〔2025〕8的要求，现将有关事项通知如下。', '2025年3月26日'].join('\n'))
    expect(doc.meta.docNumber).toBeNull()
  })
})

describe('a 落款 date with a Chinese-numeral year and Arabic month and day', () => {
  it('signs the notice', () => {
    const doc = parse(['某市人民政府办公室关于印发某某规定的通知', '各镇人民政府：', '现将《某某规定》印发给你们，请认真贯彻执行。', '二O一一年5月16日'].join('\n'))
    expect(doc.meta.signedDate).toBe('2011-05-16')
  })
})

describe("a rule's first article citing a rule whose name holds 发布", () => {
  it('is no issuing sentence: the articles stay one text', () => {
    const doc = parse(
      [
        '某市政府信息发布协调工作规定',
        '第一条 为推进政府信息公开工作，根据《某省政府信息发布协调工作规定(试行)》，结合我市实际，制定本规定。',
        '第二条 本规定所称政府信息，是指行政机关在履行职责过程中制作或者获取的信息。',
        '第三条 市政府办公室是全市政府信息发布协调工作主管部门。',
        '各镇人民政府、各街道办事处具体负责本行政区域的政府信息公开工作。',
      ].join('\n'),
    )
    expect(doc.documents).toEqual([])
    expect(doc.clauses.map((c) => c.path.join('/'))).toEqual(['第一条', '第二条', '第三条'])
  })
})

describe("a sharing site's file name over the document's own title", () => {
  it('gives way to the own printing past the site’s menus and breadcrumb, its quotation marks kept', () => {
    const doc = parse(
      [
        '某某省环境保护十二五规划.docx',
        '上传人:b****5 文档编号:7413117 上传时间:2023-01-23 格式:DOCX 页数:27 大小:85.61KB',
        '下载 相关 举报',
        '点击查看更多>>',
        '下载资源',
        '资源描述',
        '某某省环境保护十二五规划',
        '项目查询',
        '审批公告',
        '行业资料',
        '您现在的位置:',
        '某某工程网>>行业资料>>正文',
        '某某省环境保护“十二五”规划',
        '“十一五”期间，全省环境保护工作取得积极进展。',
      ].join('\n\n'),
    )
    expect(doc.meta.title).toBe('某某省环境保护“十二五”规划')
  })

  it('…or without the word the site put before the name', () => {
    const doc = parse(['完整版某区突发地质灾害应急预案', '某区突发地质灾害应急预案', '1总则', '1.1编制目的', '为规范地质灾害应急工作，制定本预案。'].join('\n'))
    expect(doc.meta.title).toBe('某区突发地质灾害应急预案')
  })

  it('keeps the title a heading quotes when a line under it quotes it again in 《》 (guard: outside174 07)', () => {
    const doc = parse(
      [
        '某政农发〔2023〕51号《某市农业农村局关于印发〈某某规定〉的通知》',
        '浏览量： 时间：2023-12-24 23:16:50',
        '某某文库-一个优质的标准下载网站',
        '《某市农业农村局关于印发〈某某规定〉的通知》',
        '某政农发〔2023〕51号',
        '各区农业农村局：',
        '现将《某某规定》印发给你们，请遵照执行。',
        '某市农业农村局',
        '2023年10月8日',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('某市农业农村局关于印发《某某规定》的通知')
  })
})

describe("a list page's arrow marks", () => {
  it('are cut before the title and dropped alone under the date', () => {
    const doc = parse(['>>>关于2022年清明节期间现场祭扫服务的通告', '为做好疫情防控工作，现就有关事项通告如下：', '一、暂停现场祭扫服务。', '特此通告。', '2022年3月21日', '>>>'].join('\n'))
    expect(doc.meta.title).toBe('关于2022年清明节期间现场祭扫服务的通告')
    expect(doc.meta.signedDate).toBe('2022-03-21')
    expect(doc.meta.issuers).toEqual([])
  })
})

describe('an issued title whose period lost its brackets', () => {
  it('is the name the notice quotes in the same words', () => {
    const doc = parse(
      [
        '某旗人民政府关于印发《某旗粮食安全专项规划(2023-2028)》的通知',
        '各苏木镇人民政府，旗直各部门：',
        '《某旗粮食安全专项规划(2023-2028)》已经旗人民政府常务会议审议通过，现印发给你们，请认真抓好贯彻落实。',
        '某旗人民政府',
        '2024年1月25日',
        '某旗粮食安全专项规划2023-2028',
        '一、规划背景',
        '全旗粮食生产稳步发展。',
      ].join('\n'),
    )
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['某旗粮食安全专项规划（2023-2028）', '规划']])
  })
})

describe('a cover title over three lines with 二〇三五年', () => {
  it('is joined whole', () => {
    const doc = parse(['某旗国民经济和社会发展', '第十四个五年规划和二〇三五年', '远景目标纲要', '2021年6月', '“十四五”时期，是全旗开启新征程的第一个五年。', '第一章 把握新机遇'].join('\n'))
    expect(doc.meta.title).toBe('某旗国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要')
  })
})
