import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside108's page families (test/gold/outside/outside108.md), in fixtures of our own wording

describe('a notice run together on one line, its parts kept apart by spaces, the issued text’s title after its 落款', () => {
  const page = (tail: string) =>
    `关于印发《2008年上半年全省道路运输安全情况通报》的通知 青交办函[2008]12号 各市交通局，省运管局： 今年上半年，全省道路运输安全形势总体平稳，但重特大事故仍时有发生。现将《2008年上半年全省道路运输安全情况通报》印发给你们，请结合实际认真抓好落实。 另请各市于2008年7月20日前将整改情况报送我厅安全监督处。 联系电话：0871-6123456 青溪省交通厅办公室 二○○八年七月八日 ${tail} |`

  it('reads the 落款 and the issued text', () => {
    const doc = parse(page('2008年上半年全省道路运输安全情况通报'))
    expect(doc.meta.issuers).toEqual(['青溪省交通厅办公室'])
    expect(doc.meta.signedDate).toBe('2008-07-08')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['2008年上半年全省道路运输安全情况通报'])
  })

  it('with no title after the date the line is not split there (guard)', () => {
    const doc = parse(page('联系人张三'))
    expect(doc.meta.issuers ?? []).toEqual([])
    expect(doc.documents).toEqual([])
  })
})

describe('a statistical bulletin printed from its first paragraphs, by the reckoning’s result', () => {
  const page = (figures: string) => `2021年是全盟发展进程中极不平凡的一年，经济社会发展取得新成效。\n一、综合\n${figures}\n年末全盟常住人口26.9万人，比上年末增加0.36万人。\n`

  it('is a 公报', () => {
    expect(parse(page('根据盟市生产总值统一核算结果，全年地区生产总值完成407.3亿元，按可比价计算，比上年增长3.6%。')).meta.docType).toBe('公报')
  })

  it('a reckoning’s result that states no year’s output leaves it unnamed (guard)', () => {
    expect(parse(page('根据统一核算结果，各旗县区财政收入均有增长，民生支出保持稳定。')).meta.docType ?? null).toBeNull()
  })
})

describe('a text printed without its title, under its organ line, over its 主送', () => {
  const page = (second: string) => `青溪市人民政府\n${second}\n根据有关精神，现就加强我市市场监管体系建设提出以下意见：\n一、指导思想\n（一）认真贯彻落实有关部署，依法推进市场监管。\n`

  it('the organ issues it, the 主送 glued to its name again or not', () => {
    expect(parse(page('各区、县人民政府，各委、局，各直属单位：')).meta.issuers).toEqual(['青溪市人民政府'])
    expect(parse(page('青溪市人民政府各区、县人民政府，各委、局，各直属单位：')).meta.issuers).toEqual(['青溪市人民政府'])
  })

  it('an organ line over a paragraph, no 主送, issues nothing (guard)', () => {
    expect(parse(page('近年来，我市市场监管工作取得积极进展，但仍存在一些薄弱环节。')).meta.issuers ?? []).toEqual([])
  })
})

describe('a site whose name another organ’s line prints over the title, its stamp crediting the issuer as source', () => {
  const page = (site: string) =>
    `${site}\n青溪市人民政府关于大力发展沟域经济推进农业高质量发展的实施意见\n发布时间:2020-10-21 来源:青溪市人民政府\n为加快推进全市农业高质量发展，结合我市实际，制定以下意见。\n一、指导思想\n坚持新发展理念。\n`

  it('the stamp is the other organ’s posting, no publication date', () => {
    expect(parse(page('青溪市农业农村局')).meta.publishedDate ?? null).toBeNull()
  })

  it('the issuer’s own name over the title keeps its portal’s stamp (guard)', () => {
    expect(parse(page('青溪市人民政府')).meta.publishedDate).toBe('2020-10-21')
  })
})
