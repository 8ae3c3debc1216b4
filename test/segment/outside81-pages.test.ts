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
