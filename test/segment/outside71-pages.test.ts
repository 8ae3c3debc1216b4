import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside71's families (test/gold/outside/outside71.md), in fixtures of our own wording

describe('a 公示 printed from its first sentence, without its title line', () => {
  const page = (act: string) =>
    `按照《某省自然资源厅关于开展湿地名录调整工作的通知》要求,结合本区实际,对区级湿地名录进行了调整,${act}\n本次调整涉及2个街道、14处湿地,调整后湿地总面积3120亩。\n如有异议,请于2024年6月30日前以书面形式向区自然资源局反映。\n联系电话:0411-1234567\n某某新区自然资源局\n2024年6月20日`

  it('reads `现将…公示如下` as the act of a 公示', () => {
    const doc = parse(page('现将调整情况公示如下:'))
    expect([doc.meta.title, doc.meta.docType, doc.meta.signedDate]).toEqual([null, '公示', '2024-06-20'])
  })

  it('leaves a body that only states the figures without a genre', () => {
    expect(parse(page('调整情况如下:')).meta.docType).toBeNull()
  })
})
