import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside57's families (test/gold/outside/outside57.md), in fixtures of our own wording

describe("a county portal's top bar of links over its label block", () => {
  const page = (bar: string) =>
    `${bar}\n \n索 引 号: 000123456/2019-00045 主题分类: 应急管理 发布机构: 县府办\n发布日期: 2019-05-06 文    号: 某府办函[2019]12号\n\n某县人民政府办公室关于印发某县森林火灾应急预案的通知\n\n  各乡镇人民政府，县级相关部门：\n\n《某县森林火灾应急预案》已经县政府同意，现印发你们，请认真遵照执行。\n\n  某县人民政府办公室\n\n2019年5月6日\n`

  it('drops a bar of channels, toolbar words and linked governments', () => {
    const doc = parse(page('无障碍系统 政务微博 政务微信 3G网站 APP客户端 加入收藏 设为首页 中央人民政府 某省人民政府 某市人民政府 某县网'))
    expect([doc.meta.title, doc.meta.docNumber?.normalized, doc.meta.signedDate]).toEqual(['某县人民政府办公室关于印发某县森林火灾应急预案的通知', '某府办函〔2019〕12号', '2019-05-06'])
  })

  it('keeps a line of the body that names 设为首页 in a sentence', () => {
    const doc = parse('某县政府网站建设管理办法\n第一条 各部门网站应当在显著位置设置设为首页 加入收藏 等 功能 按钮，方便公众使用。\n')
    expect(doc.clauses.map((c) => c.marker)).toEqual(['第一条'])
  })
})

describe("a gazette page's bullet menu over a notice printed without its title", () => {
  it('reads the genre from the 印发 sentence past the menu items', () => {
    const doc = parse(
      '- 国务院部门\n- 省市政府\n- 省政府部门\n- 州市政府\n各州、市人民政府，省直各委、办、厅、局：\n《某省“十四五”气象事业发展规划》已经省人民政府同意，现印发给你们，请认真贯彻执行。\n某省人民政府办公厅\n2021年12月18日\n',
    )
    expect([doc.meta.title, doc.meta.docType, doc.meta.signedDate, doc.meta.issuers]).toEqual([null, '通知', '2021-12-18', ['某省人民政府办公厅']])
  })
})

describe("a portal's title cell followed by its table's empty cells", () => {
  it('reads the title without the borders', () => {
    const doc = parse(
      '| ||||||||||||||||\n某市人民政府办公厅转发市科技局关于某市防震减灾规划的通知 | ||||||||||||||||\n时间:2014-06-19 03:32 来源:某市政府门户网站\n各区、县（市）人民政府，市政府各部门：市科技局拟订的《某市防震减灾规划》已经市政府同意，现转发给你们，请遵照实施。\n二○○八年一月二十五日\n',
    )
    expect([doc.meta.title, doc.meta.issuers, doc.meta.signedDate]).toEqual(['某市人民政府办公厅转发市科技局关于某市防震减灾规划的通知', ['某市人民政府办公厅'], '2008-01-25'])
  })
})

describe("a forwarded plan's title followed by its drafter and date in brackets", () => {
  it('ends the nested title before the bracket', () => {
    const doc = parse(
      '某市人民政府办公厅转发市水利局关于某市防洪规划的通知\n各区、县（市）人民政府，市政府各部门：市水利局拟订的《某市防洪规划(2008-2020年)》已经市政府同意，现转发给你们，请遵照实施。\n二○○八年三月五日\n某市防洪规划(2008-2020年) (市水利局 二○○八年二月十日)\n为提高城市防洪能力，特制定本规划。一、规划背景\n',
    )
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['某市防洪规划（2008-2020年）', '规划']])
  })
})

describe("an economic portal's reference page: its tag before the plan's name, 全文 before the period", () => {
  it('reads the plan name and its genre, and no stage from the heading', () => {
    const doc = parse('资料:某省“十二五”规划纲要全文(2011-2015年)\n\n2012年06月11日 11:25   来源:政府网站\n    第三节 提高农牧业科技创新和转化能力\n\n    加快农牧业科技进步。大力引进先进适用技术。\n')
    // (the period the site's word 全文 stood before is the plan's, printed under its title once the word is cut:
    // the title takes it, outside62 05's convention, since outside68 06's cover)
    expect([doc.meta.title, doc.meta.docType, doc.stages]).toEqual(['某省“十二五”规划纲要（2011-2015年）', '纲要', []])
  })
})
