import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { findSignatureDate } from '../../src/segment/signature-date.js'

/**
 * Families of outside199–202 (issue #11, helpers' draws of the fifty-first session's third round), on fixtures of our own
 * wording in the pages' shapes: a law published with `现将修订后的《…》公布` under no heading (199 01); the attachments'
 * file names closing a notice under its 落款, the last cut by the excerpt (199 02); a heading cut short over the title
 * printed whole on one line (199 03); a plan's `(修订本)` (200 03).
 */
describe('a law published with `现将修订后的《…》公布`, no announcement heading over it', () => {
  it('is one document with the law: its title, and the day it was published', () => {
    const doc = parse(
      [
        '《青溪省消防条例》已由青溪省第十四届人民代表大会常务委员会第十九次会议于2025年3月26日修订通过，现将修订后的《青溪省消防条例》公布，自2025年7月1日起施行。',
        '青溪省人民代表大会常务委员会',
        '2025年3月26日',
        '青溪省消防条例',
        '（2010年7月16日青溪省第十一届人民代表大会常务委员会第十七次会议通过　2025年3月26日青溪省第十四届人民代表大会常务委员会第十九次会议修订）',
        '第一章　总则',
        '第一条　为了预防火灾和减少火灾危害，制定本条例。',
        '第二条　各级人民政府负责本行政区域内的消防工作。',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('青溪省消防条例')
    expect(doc.meta.publishedDate).toBe('2025-03-26')
    expect(doc.documents).toEqual([])
  })
})

describe("the attachments' file names closing a notice under its 落款, a news site's stamp under its title", () => {
  const page = (tail: string[]) =>
    parse(
      [
        '青溪省关于转发某某矿产资源合理开发利用指标要求的通知',
        '2014年03月03日 8:42 8687次浏览 来源: 某某有色网 分类: 政策法规',
        '各市、县（区）国土资源局：',
        '现将《某某部关于矿产资源合理开发利用指标要求的公告》转发给你们，请遵照执行。',
        '一、各级国土资源部门要加强对指标执行情况的监督管理。',
        '二、请各有关县级国土资源部门将《公告》转发至辖区内的矿山企业。',
        '青溪省国土资源厅',
        '2014年1月27日',
        ...tail,
      ].join('\n'),
    )

  it('close the 落款: the date is found past them, the last name cut by the excerpt', () => {
    const texts = ['二、请各有关县级国土资源部门将《公告》转发至辖区内的矿山企业。', '青溪省国土资源厅', '2014年1月27日', '附件1：铁矿资源合理开发利用指标要求（试行）.doc', '附件2：铜矿资']
    let at = 0
    const lines = texts.map((text) => ({ text, start: at, end: (at += text.length + 1) - 1 }))
    expect(findSignatureDate(lines, 0, lines.length, false)).toBe(2)
  })

  it('leave the 落款 signing it (guard, whole page)', () => {
    const doc = page(['附件1：铁矿资源合理开发利用指标要求（试行）.doc', '附件2：铜矿资'])
    expect(doc.meta.signedDate).toBe('2014-01-27')
    expect(doc.meta.issuers).toEqual(['青溪省国土资源厅'])
  })
})

describe('a heading cut short over the title printed whole on one line', () => {
  it('gives way to the whole title, past the stamp and a flattened summary', () => {
    const doc = parse(
      [
        '当前位置:主页 > 政策法规',
        '青溪省人民政府办公厅转发省经信委等部门关于资源节约与环境保护',
        '时间:2012-11-24 02:47:00 来源: 点击:6347次',
        '青溪省人民政府办公厅转发省经信委等部门关于资源节约与环境保护行动计划2010年实施方案的通知 (青政办发〔2010〕69号) 各市、县(市、区)人民政府,省政府直属各单位: 省经信委、省国土资源厅关于《资源节约与环境保护行动计划2010年实施方案',
        '青溪省人民政府办公厅转发省经信委等部门关于资源节约与环境保护行动计划2010年实施方案的通知',
        '(青政办发〔2010〕69号)',
        '各市、县(市、区)人民政府,省政府直属各单位:',
        '省经信委、省国土资源厅关于《资源节约与环境保护行动计划2010年实施方案》已经省政府同意，现转发给你们，请认真贯彻实施。',
        '青溪省人民政府办公厅',
        '2010年5月25日',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('青溪省人民政府办公厅转发省经信委等部门关于资源节约与环境保护行动计划2010年实施方案的通知')
    expect(doc.meta.docNumber?.normalized).toBe('青政办发〔2010〕69号')
  })
})

describe("a plan's `(修订本)`", () => {
  it('is its edition, kept in its title', () => {
    expect(parse('青溪库区水污染防治规划(修订本)\n一、总则\n为保护库区水质，制定本规划。').meta.title).toBe('青溪库区水污染防治规划（修订本）')
  })
})
