import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside75's families (test/gold/outside/outside75.md), in fixtures of our own wording

describe("a disclosure catalogue's one label line naming when the portal posted the document (网站发布)", () => {
  const page = (labels: string) =>
    `某市政府首页 >> 政府信息公开 >> 政府文件\n\n${labels}\n某市人民政府\n关于印发某市水环境持续改善行动方案的通知\n\n某政〔2024〕9号\n\n各县(区)人民政府,市直有关单位:\n\n现将《某市水环境持续改善行动方案》印发给你们,请认真贯彻执行。\n\n2024年7月2日\n\n某市水环境持续改善行动方案\n\n一、总体要求\n`

  it('reads 网站发布 as the publication date in a catalogue (索引号) and keeps 公开时限 out of the cell before it', () => {
    const doc = parse(page('序号:1000001234  索引号:J0001-2024-00123 公开形式:主动公开 公开时限:常年公开  发布机构:市水利局 网站发布:2024/7/5'))
    expect([doc.meta.publishedDate, doc.meta.header?.fields['公开形式'], doc.meta.header?.fields['发布机构']]).toEqual(['2024-07-05', '主动公开', '市水利局'])
  })

  it("leaves a 网站发布 stamp outside a catalogue as the site's", () => {
    expect(parse(page('网站发布:2024/7/5')).meta.publishedDate ?? null).toBeNull()
  })
})

describe('the closing formula of a text printed without its title names its genre', () => {
  const page = (closing: string) =>
    `根据有关法律法规,某市市场监督管理局组织抽检食品120批次,合格118批次,不合格2批次。\n对抽检发现的不合格食品,已要求属地市场监管部门依法调查处理。\n${closing}\n某市市场监督管理局\n2024年5月6日\n`

  it.each([
    ['特此公告。', '公告'],
    ['特此通告。', '通告'],
    ['特此通报。', '通报'],
  ])('%s → %s', (closing, genre) => {
    expect(parse(page(closing)).meta.docType).toBe(genre)
  })

  it('leaves a text without a closing formula without a genre', () => {
    expect(parse(page('')).meta.docType ?? null).toBeNull()
  })
})
