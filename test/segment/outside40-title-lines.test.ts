import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside40 probe (issue #11): title lines as reposting and foreign-language pages print them. Texts written for the
// test in the forms the draw met (own places, units, numbers and dates).

describe('a title line with what a site printed around it', () => {
  it('drops a reposting site’s 全文 after the title it prints whole', () => {
    const doc = parse('某某视频_在线观看\n\n某市物业管理办法全文\n\n时间:2024-08-14 00:49:49 我要投稿\n\n  第一章 总则\n\n  第一条 为了规范物业管理活动，结合本市实际，制定本办法。\n')
    expect([doc.meta.title, doc.meta.docType]).toEqual(['某市物业管理办法', '办法'])
  })

  it('reads the title, its 字号 and its issuer out of a record line `date《title》字号`', () => {
    const doc = parse(
      '第一篇:某监办法[2011]12号\n2011.03.02《某某委员会办公厅关于做好贷款清查工作的通知》某监办发〔2011〕12号\n各监管局：\n现将有关事项通知如下：\n一、落实台账管理\n各银行应建立台账。\n',
    )
    expect([doc.meta.title, doc.meta.docType, doc.meta.docNumber?.normalized, doc.meta.issuers]).toEqual([
      '某某委员会办公厅关于做好贷款清查工作的通知',
      '通知',
      '某监办发〔2011〕12号',
      ['某某委员会办公厅'],
    ])
  })

  it('drops the English translation a foreign-language page prints after the title', () => {
    const doc = parse(
      '当前位置:首页/公告公示\n\n某市疫情防控第12号通告 No.12 Notice on Epidemic Prevention and Control\n\n发布时间:2022-04-18\n\n  People with travel history shall report to the communities.\n',
    )
    expect([doc.meta.title, doc.meta.docType]).toEqual(['某市疫情防控第12号通告', '通告'])
  })

  it('keeps a title whose Latin words are its own, with no title left before them', () => {
    const doc = parse('关于举办2023年Hello World编程大赛的通知\n各学校：\n现将有关事项通知如下。\n')
    expect(doc.meta.title).toBe('关于举办2023年Hello World编程大赛的通知')
  })

  it('splits a law’s title from its first chapter on a page that prints the law as one paragraph', () => {
    const doc = parse('某省防震减灾条例 第一章、总、则 第一条,为了防御和减轻地震灾害,制定本条例.第二条。在本省行政区域内从事防震减灾活动 适用本条例。\n')
    expect([doc.meta.title, doc.meta.docType]).toEqual(['某省防震减灾条例', '条例'])
  })
})
