import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside68's families (test/gold/outside/outside68.md), in fixtures of our own wording

describe('a portal stamp crediting the site itself or the issuing office by its short name', () => {
  it('dates a page whose stamp credits the site itself, no issuer named', () => {
    const page =
      '首页 > 规划\n\n《某省老年人发展规划(2021—2025年)》任务分解表\n\n来源:本网 时间:2022-03-18\n\n《某省老年人发展规划(2021—2025年)》任务分解表\n\n1.老年人健康水平提高。\n\n省卫生健康委\n'
    expect(parse(page).meta.publishedDate).toBe('2022-03-18')
  })

  it('dates a notice whose stamp names its office short (市政府办 for the 市人民政府办公室)', () => {
    const page =
      '东溪市人民政府办公室关于印发东溪市防灾减灾规划的通知\n东政办〔2023〕12号\n来源:市政府办 时间:2023-05-20 09:12\n各县(区)人民政府,市直各单位:\n《东溪市防灾减灾规划》已经市政府同意,现印发给你们。\n东溪市人民政府办公室\n2023年5月12日\n'
    const doc = parse(page)
    expect([doc.meta.issuers, doc.meta.signedDate, doc.meta.publishedDate]).toEqual([['东溪市人民政府办公室'], '2023-05-12', '2023-05-20'])
  })

  it('gives no date when the stamp credits another body (a repost)', () => {
    const page =
      '东溪市人民政府办公室关于印发东溪市防灾减灾规划的通知\n东政办〔2023〕12号\n来源:省应急厅 时间:2023-05-20 09:12\n各县(区)人民政府,市直各单位:\n《东溪市防灾减灾规划》已经市政府同意,现印发给你们。\n东溪市人民政府办公室\n2023年5月12日\n'
    expect(parse(page).meta.publishedDate).toBeNull()
  })
})

describe("a lone 返回首页 link between a county portal's name and the title", () => {
  const page = (link: string) =>
    `丰县人民政府\n无障碍浏览长者模式\n${link}\n政府信息公开\n丰县地质灾害应急预案\n来源: 作者:丰县应急局 时间:2021-06-01\n丰县地质灾害应急预案\n1总则\n1.1编制目的\n为做好地质灾害防范与处置工作,制定本预案。\n`

  it('is chrome, not a part of the title', () => {
    expect(parse(page('返回首页')).meta.title).toBe('丰县地质灾害应急预案')
  })
})

describe("a plan's period printed on the line under its title", () => {
  it('is the title’s, as on a cover with the organ and the month under it', () => {
    const doc = parse('某某市水资源保护规划\n\n(2021—2025年)\n\n某某市人民政府\n\n二○二一年六月\n\n为了落实全省水资源保护的目标任务,编制本规划。\n')
    expect([doc.meta.title, doc.meta.period?.start, doc.meta.period?.end, doc.meta.issuers]).toEqual(['某某市水资源保护规划（2021—2025年）', '2021-01-01', '2025-12-31', ['某某市人民政府']])
  })

  it('leaves a title that closes with its own bracket as printed', () => {
    const doc = parse('某某市水资源保护规划(2021—2025年)\n\n(2021—2025年)\n\n为了落实全省水资源保护的目标任务,编制本规划。\n')
    expect(doc.meta.title).toBe('某某市水资源保护规划（2021—2025年）')
  })
})
