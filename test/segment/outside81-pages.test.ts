import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside81's families (test/gold/outside/outside81.md), in fixtures of our own wording

describe("a title naming its issuer short over its own portal's stamp crediting the full name", () => {
  const page = (source: string) =>
    `市教委关于印发临川市学前教育发展规划的通知\n临教发〔2022〕7号\n来源:${source} 发布时间:2022-04-12 09:30\n各区教育局：\n现将《临川市学前教育发展规划》印发给你们，请认真贯彻落实。\n`

  it('takes the full name as the issuer and the stamp as the publication date', () => {
    const doc = parse(page('临川市教育委员会'))
    expect(doc.meta.issuers).toEqual(['临川市教育委员会'])
    expect(doc.meta.publishedDate).toBe('2022-04-12')
  })

  it('keeps the short name and no date when the stamp credits another organ (guard)', () => {
    const doc = parse(page('临川市人民政府'))
    expect(doc.meta.issuers).toEqual(['市教委'])
    expect(doc.meta.publishedDate).toBeNull()
  })
})

describe("a site's headline naming the notice that issued the text under it, the notice not printed", () => {
  it('reads the page as the issued text, its genre the one the headline quotes', () => {
    const doc = parse(
      '临川:关于印发《临川市电子商务“十四五”发展规划》的通知\n(一)培育电商主体\n1.培育龙头企业。鼓励行业龙头企业应用数字化技术提升网络营销能力。\n2.培育本地平台。依托特色产业集群，培育本地化电子商务平台。\n',
    )
    expect([doc.meta.title, doc.meta.docType]).toEqual([null, '规划'])
  })

  it('keeps a notice that prints its issuing sentence as the document (guard)', () => {
    const doc = parse('关于印发《临川市电子商务发展规划》的通知\n各县(区)人民政府：\n现将《临川市电子商务发展规划》印发给你们，请认真贯彻执行。\n')
    expect([doc.meta.title, doc.meta.docType]).toEqual(['关于印发《临川市电子商务发展规划》的通知', '通知'])
  })
})
