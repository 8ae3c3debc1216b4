import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside76's family (test/gold/outside/outside76.md), in fixtures of our own wording

describe("a repost's stamp line between a title and the organ line and month printed under it", () => {
  const page = (stamp: string) =>
    `某省各民族共同发展的实践\n\n${stamp}\n\n中华人民共和国国务院新闻办公室\n\n（2016年6月）\n\n目录\n\n前言\n\n某省自古以来就是多民族共同生活的家园。\n\n一、实行民族区域自治制度\n\n某省地处边疆。\n`

  it('reads the organ under the stamp as the issuer, without the state name printed before it', () => {
    const doc = parse(page('日期:2016/06/12  来源:某某网  字号:[ ]'))
    expect([doc.meta.title, doc.meta.issuers, doc.meta.signedDate ?? null]).toEqual(['某省各民族共同发展的实践', ['国务院新闻办公室'], null])
  })

  it('reads an organ line under a titled cover with no stamp line as before', () => {
    const doc = parse(page('').replace('某省各民族共同发展的实践', '某省民族团结进步白皮书').replace('中华人民共和国国务院新闻办公室', '某省人民政府新闻办公室'))
    expect(doc.meta.issuers).toEqual(['某省人民政府新闻办公室'])
  })

  it('leaves a dated sentence under a title to the body', () => {
    const doc = parse('某省各民族共同发展的实践\n日期:2016年6月12日,某省召开民族团结进步表彰大会。\n某省民族宗教事务委员会\n（2016年6月）\n')
    expect(doc.meta.issuers).not.toContain('某省民族宗教事务委员会')
  })
})
