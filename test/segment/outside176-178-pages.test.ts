import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside176–178 (issue #11, helpers' draws of the fiftieth session's first round), on fixtures of our own
 * wording in the pages' shapes: a plan's cover title broken before a kind of zone (176 06); a portal's accessibility link
 * over the title (176 08); an untitled annual report naming itself (176 04, 178 03); a 落款 printed on one line under
 * the 附件说明, a draft printed after it (178 02); a news headline's reporting verb (178 07); a law printed under a
 * headline, a stamp line and its title again, its history under that (178 06, 177 04).
 */
describe("a plan's cover title broken before a kind of zone", () => {
  const cover = (second: string) =>
    ['附件：', '青溪山少数民族经济社会发展', `${second}发展规划`, '青溪市发展和改革委员会', '二〇一一年九月', '第一章 规划背景', '一、试验区的基础条件较好。'].join('\n')

  it('joins the line above: 试验区 opens no jurisdiction', () => {
    expect(parse(cover('试验区')).meta.title).toBe('青溪山少数民族经济社会发展试验区发展规划')
    expect(parse(cover('示范区')).meta.title).toBe('青溪山少数民族经济社会发展示范区发展规划')
  })

  it('keeps a title opening with a place alone under a line that is no part of it (guard)', () => {
    expect(parse(cover('青溪区')).meta.title).toBe('青溪区发展规划')
  })
})

describe("a portal's accessibility link over the title", () => {
  it('is chrome, not the title’s first part', () => {
    const doc = parse(
      ['进入老年版', '', '关于公开征求《某区森林禁火令》意见的公告', '', '为切实做好森林防灭火工作，我区已拟定《某区森林禁火令》，现征求社会各界意见。', '某区人民政府办公室', '2020年12月30日'].join(
        '\n',
      ),
    )
    expect(doc.meta.title).toBe('关于公开征求《某区森林禁火令》意见的公告')
    expect(doc.meta.docType).toBe('公告')
  })
})

describe('an untitled annual report naming itself', () => {
  it('is a 报告 when it publishes “本年度报告”', () => {
    const doc = parse(
      [
        '根据《中华人民共和国政府信息公开条例》等规定，发布本年度报告。本年度报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
        '一、总体情况',
        '（一）主动公开情况。全年主动公开政策文件12件。',
      ].join('\n'),
    )
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.docType).toBe('报告')
  })

  it('is a 报告 when it says what “本报告” was compiled from', () => {
    const doc = parse(
      ['本报告根据《中华人民共和国政府信息公开条例》要求，以各机构的年度报告为基础编制而成。', '本报告所列数据统计期限为2018年1月1日至2018年12月31日。', '2018年，全区政府信息公开工作稳步推进。'].join(
        '\n',
      ),
    )
    expect(doc.meta.docType).toBe('报告')
  })
})

describe('a 落款 printed on one line under the 附件说明, a draft printed after it', () => {
  const page = (signature: string) =>
    [
      '关于公开征求《某市空气质量持续改善行动计划(征求意见稿)》意见的公告',
      '本次征集开始时间:2024-07-18 结束时间:2024-07-26',
      '我局组织起草了《某市空气质量持续改善行动计划(征求意见稿)》，现公开征求社会公众意见。如有意见建议，请于2024年7月26日前通过以下方式反馈：',
      '一、通过传真方式将意见建议传真至：0574-00000000；',
      '二、通过邮箱方式将意见建议反馈至：someone@example.com。',
      '附件:《某市空气质量持续改善行动计划》(征求意见稿)',
      signature,
      '某市空气质量持续改善行动计划',
      '(征求意见稿)',
      '为持续深入打好蓝天保卫战，制定本行动计划。',
      '一、主要目标',
      '到2025年，全市细颗粒物浓度持续下降。',
    ].join('\n')

  it('signs the notice and opens the draft as its nested text', () => {
    const doc = parse(page('某市生态环境局 2024年7月18日'))
    expect(doc.meta.signedDate).toBe('2024-07-18')
    expect(doc.meta.issuers).toEqual(['某市生态环境局'])
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['某市空气质量持续改善行动计划'])
    // (the 落款 date is no due date of the notice's last item)
    expect(doc.tasks.flatMap((t) => t.deadlines.map((d) => d.date))).not.toContain('2024-07-18')
  })

  it('reads a unit and its date in a table row without the 附件说明 above as no 落款 (guard)', () => {
    const doc = parse(['某市2021年重点工作任务分解', '一、推进项目建设。', '市财政局 2020年12月31日'].join('\n'))
    expect(doc.meta.signedDate).toBeNull()
  })
})

describe("a news headline's reporting verb", () => {
  it('is cut from the title', () => {
    const doc = parse(['省政府关于促进全省建筑业高质量发展的意见正式发布', '发布时间:2023-11-20', '为加快全省建筑业转型升级，现提出如下意见。', '一、指导思想', '坚持新发展理念。'].join('\n'))
    expect(doc.meta.title).toBe('省政府关于促进全省建筑业高质量发展的意见')
    expect(doc.meta.docType).toBe('意见')
  })
})

describe('a law printed under a headline, a stamp line and its title again', () => {
  const page = (stamp: string) =>
    [
      '某自治区消防条例',
      '',
      stamp,
      '',
      '某自治区消防条例',
      '(2000年1月26日某自治区第七届人民代表大会常务委员会第十一次会议通过 2022年5月26日某自治区第十一届人民代表大会常务委员会第三十六次会议修正)',
      '第一章 总则',
      '第一条 为了预防火灾和减少火灾危害，制定本条例。',
    ].join('\n')

  it('reads the history under the title printed again past a stamp with no date label', () => {
    const doc = parse(page('2022年06月07日 09:06    来源:某新闻网'))
    expect(doc.meta.history?.map((h) => `${h.date} ${h.action}`)).toEqual(['2000-01-26 通过', '2022-05-26 修正'])
    expect(doc.meta.issuers).toEqual(['某自治区人民代表大会常务委员会'])
  })

  it('…or past a short line of the site’s cells', () => {
    const doc = parse(page('政务   2024-11-02 13:24   某地'))
    expect(doc.meta.history?.map((h) => h.action)).toEqual(['通过', '修正'])
  })
})
