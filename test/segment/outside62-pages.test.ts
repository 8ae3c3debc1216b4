import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside62's families (test/gold/outside/outside62.md), in fixtures of our own wording

describe("a county portal's column heading printed twice and its document tools over the organ line", () => {
  const page = (tools: string) =>
    `/ 注册 部门街镇 无障碍 适老版\n\n某县人民政府行政规范性文件\n\n某县人民政府行政规范性文件\n\n${tools}\n\n某县人民政府办公室\n\n关于印发《某县文化旅游发展三年行动计划(2031—2033年)》的通知\n\n各乡镇人民政府，县政府各部门：\n\n《某县文化旅游发展三年行动计划(2031—2033年)》已经县政府常务会议审议通过，现印发给你们，请认真遵照执行。\n\n某县人民政府办公室\n\n2031年12月8日\n`

  it('reads the title from the organ line down, without the tools or the column heading', () => {
    const doc = parse(page('下载文字版 下载图片版 政策解读\n\n政策解读'))
    expect([doc.meta.title, doc.meta.issuers]).toEqual(['某县人民政府办公室关于印发《某县文化旅游发展三年行动计划（2031—2033年）》的通知', ['某县人民政府办公室']])
  })

  it('still reads a title a page prints twice in a row', () => {
    const doc = parse('某县人民政府办公室关于做好防汛工作的通知\n某县人民政府办公室关于做好防汛工作的通知\n各乡镇人民政府：\n现将有关事项通知如下。\n')
    expect(doc.meta.title).toBe('某县人民政府办公室关于做好防汛工作的通知')
  })

  it('stops at the repeated heading with no tools between', () => {
    expect(parse(page('')).meta.title).toBe('某县人民政府办公室关于印发《某县文化旅游发展三年行动计划（2031—2033年）》的通知')
  })
})

describe("an association's breadcrumb `您当前所在的位置:首页 > …`", () => {
  it('is dropped, not read as the title', () => {
    const doc = parse(
      '您好,欢迎来到 某省就业促进会!\n    您当前所在的位置:首页 > 政策法规 > 某省就业促进条例\n    某省就业促进条例\n    来源: 发布日期:2031-04-03 点击次数:3368\n\n    某省就业促进条例\n\n        2004年4月2日某省第十届人民代表大会常务委员会第七次会议通过\n\n        第一章 总  则\n\n        第一条 为了促进劳动者就业，制定本条例。\n',
    )
    expect([doc.meta.title, doc.meta.docType]).toEqual(['某省就业促进条例', '条例'])
  })
})

describe("a policy-list site's heading: the 字号, a dash, then the title", () => {
  it('reads the title without the 字号 and the 字号 as the document’s', () => {
    const doc = parse(
      '当前位置:主页 > 各省市政策 > 某市 > 正文\n\n某安委〔2031〕3号—某市安全生产委员会关于印发《2031年度安全生产考核办法》的通知\n\n2031-08-10 某市 收藏\n\n市级各有关单位:\n\n《2031年度安全生产考核办法》已经市政府同意，现印发给你们，请认真贯彻执行。\n\n二〇三一年五月十八日\n',
    )
    expect([doc.meta.title, doc.meta.docNumber?.normalized, doc.meta.issuers]).toEqual(['某市安全生产委员会关于印发《2031年度安全生产考核办法》的通知', '某安委〔2031〕3号', ['某市安全生产委员会']])
  })
})

describe("a law site's heading opening with a place in square brackets", () => {
  it('cuts the tag off the title', () => {
    const doc = parse('[某省]某省人民政府关于加强河湖管理的意见\n2031-05-12 18:02:51\n\n各市人民政府：\n\n为加强河湖管理，现提出如下意见。\n\n一、总体要求\n')
    expect(doc.meta.title).toBe('某省人民政府关于加强河湖管理的意见')
  })
})
