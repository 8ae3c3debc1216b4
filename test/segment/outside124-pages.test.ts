import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside120, outside124 and outside125 (issue #11, helpers' draws of the forty-fifth session), on fixtures of
 * our own wording in the pages' shapes: a writer's lead over a law's 公告 with the law marked `附:` under it; a site's
 * headline printing a notice's title without its organ, over the notice's own printing with the organ on a line of its
 * own; a date of what happened (`…发生的地震`) in a plan's review.
 */
describe("a writer's lead over a law's 公告, the law attached under it", () => {
  const page = (lead: string, attached: string) =>
    [
      '某省大气污染防治条例全文',
      '时间:2021-08-31',
      '某省大气污染防治条例全文',
      lead,
      '某省第十二届人民代表大会常务委员会公告第119号',
      '《某省大气污染防治条例》已由某省第十二届人民代表大会常务委员会第二十九次会议于2016年12月1日通过，现予公布，自2017年3月1日起施行。',
      '某省人民代表大会常务委员会',
      '2016年12月1日',
      attached,
      '某省大气污染防治条例',
      '第一章 总则',
      '第一条 为了防治大气污染，保障公众健康，制定本条例。',
    ]
      .filter((l) => l !== '')
      .join('\n')

  it('`…，下面是条例的详细内容。` ends the lead; under it the 公告 publishes the law printed after `附:`', () => {
    const doc = parse(page('为了保护和改善环境，出台的某省大气污染防治条例将于2017年3月1日起实施，下面是条例的详细内容。', '附:'))
    expect(doc.meta.title).toBe('某省大气污染防治条例')
    expect(doc.meta.docType).toBe('条例')
    expect(doc.meta.publishedDate).toBe('2016-12-01')
    expect(doc.meta.history?.map((h) => `${h.date} ${h.action}`)).toEqual(['2016-12-01 通过', '2016-12-01 公布', '2017-03-01 施行'])
  })

  it('`附件:` alone marks it the same way; a lead of other words is not a lead', () => {
    expect(parse(page('以下是条例的全文：', '附件:')).meta.title).toBe('某省大气污染防治条例')
    expect(parse(page('', '')).meta.title).toBe('某省大气污染防治条例')
  })
})

describe("a site's headline over the notice's own printing, its organ on a line of its own", () => {
  const page = (between: string[]) =>
    [
      '新闻资讯',
      '关于印发某省数字政府建设规划(2023-2025年)的通知',
      ...between,
      '某省人民政府办公厅',
      '关于印发某省数字政府建设规划',
      '(2023-2025年)的通知',
      '某政办发〔2023〕82号',
      '各市、县人民政府，省人民政府各委、办、厅、局：',
      '《某省数字政府建设规划(2023-2025年)》已经省人民政府同意，现印发给你们，请认真贯彻落实。',
      '某省人民政府办公厅',
      '2023年12月28日',
    ].join('\n')

  it('the title is the organ and the broken lines under the site date, not the headline without its organ', () => {
    const doc = parse(page(['2024-05-31']))
    expect(doc.meta.title).toBe('某省人民政府办公厅关于印发某省数字政府建设规划（2023-2025年）的通知')
    expect(doc.meta.docNumber?.normalized).toBe('某政办发〔2023〕82号')
  })

  it('without the site date between them too', () => {
    expect(parse(page([])).meta.title).toBe('某省人民政府办公厅关于印发某省数字政府建设规划（2023-2025年）的通知')
  })
})

describe('what happened that day is no due date', () => {
  const plan = (sentence: string) => `某省防震减灾规划\n一、发展环境\n某省是地震灾害严重的省份之一。${sentence}\n二、主要任务\n加强监测预报。\n`
  const due = (text: string) => parse(text).tasks.flatMap((t) => (t.deadlines ?? []).map((d) => `${t.path.join('/')} ${d.date}`))

  it('`2008年5月12日发生的…地震` and `…发生了…` report the day', () => {
    expect(due(plan('2008年5月12日发生的汶川8.0级地震，造成全省125人死亡。'))).toEqual([])
    expect(due(plan('2013年4月20日，芦山发生了7.0级地震。'))).toEqual([])
  })

  it('a target with 不发生 stays due', () => {
    expect(due(plan('2025年，全省不发生重大地震灾害责任事故。'))).toEqual(['一 2025-12-31'])
  })
})
