import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside102's page families (test/gold/outside/outside102.md), in fixtures of our own wording

describe('a plan’s cover: the organs that drafted it, the month glued to the last one', () => {
  const plan = (cover: string) =>
    `青溪省“十三五”时期防震减灾规划\n发布日期:2019-02-26\n${cover}\n前 言\n做好防震减灾工作，对于维护人民群众生命财产安全具有重要意义。依据有关法律，编制本规划。\n第一章 发展环境\n`

  it('reads both organs as issuers when the month is printed on the second organ’s line', () => {
    const doc = parse(plan('青溪省地震局\n青溪省发展和改革委员会二〇一七年六月'))
    expect(doc.meta.issuers).toEqual(['青溪省地震局', '青溪省发展和改革委员会'])
    expect(doc.meta.signedDate).toBeNull()
  })

  it('the month on a line of its own still reads as before (guard)', () => {
    expect(parse(plan('青溪省地震局\n青溪省发展和改革委员会\n二〇一七年六月')).meta.issuers).toEqual(['青溪省地震局', '青溪省发展和改革委员会'])
  })
})

describe('a law database’s line of issuing organs under the title', () => {
  const page = (organs: string) =>
    `关于推动我市引进技术消化吸收国产化工作的若干规定\n\n青溪市计委 市经委 市科委 等\n\n关于推动我市引进技术消化吸收国产化工作的若干规定\n${organs}\n\n\n为鼓励和支持企业对引进技术的消化吸收国产化工作，特制定如下规定：\n1.引进单位对所引进的技术不得搞技术封锁。\n2.凡经消化吸收开发出来的产品，各总公司要及时申报。\n`

  it('reads each organ of a 、-joined line as an issuer, past the author line and the title printed again', () => {
    expect(parse(page('青溪市计委、 市经委、 市科委、 市财政局、 工商行青溪分行、市劳动局')).meta.issuers).toEqual(['青溪市计委', '市经委', '市科委', '市财政局', '工商行青溪分行', '市劳动局'])
  })

  it('a 主送 line under the title names no issuer (guard)', () => {
    expect(parse(page('各区县人民政府、市政府各委办局：')).meta.issuers).toEqual([])
  })
})
