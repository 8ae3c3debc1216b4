import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside49's families (test/gold/outside/outside49.md), in fixtures of our own wording

describe('a reposting headline that leads the title with a teaser', () => {
  it('takes the title printed alone under `teaser！title全文`', () => {
    const doc = parse('2022-03-10 09:15:22\n重磅！某市公共交通发展“十四五”规划全文\n某市公共交通发展“十四五”规划\n“十四五”时期是本市公共交通转型发展的关键五年。\n')
    expect([doc.meta.title, doc.meta.docType]).toEqual(['某市公共交通发展“十四五”规划', '规划'])
  })

  it('keeps a headline whose line under it is not its tail', () => {
    const doc = parse('重磅：某市公共交通发展“十四五”规划\n“十四五”时期是本市公共交通转型发展的关键五年。\n')
    expect(doc.meta.title).toBe('重磅：某市公共交通发展“十四五”规划')
  })
})

describe("a site's category word over a law's page", () => {
  it('takes the line the first chapter stands under as the title', () => {
    const doc = parse(
      '车辆管理制度\n\n某市停车场管理条例全文,最新某市停车场管理条例(修订版)\n\n发布时间:2024-05-06 10:21:09\n\n某市停车场管理办法(2016)\n\n  第一章总则\n\n  第一条为了规范停车场管理，根据有关法律、法规，结合本市实际，制定本办法。\n',
    )
    expect([doc.meta.title, doc.meta.docType]).toEqual(['某市停车场管理办法', '办法'])
  })

  it("keeps a code's title over its part heading and adoption line", () => {
    const doc = parse('某某法典\n\n第二编\n\n2021年3月1日 某某代表大会通过\n\n第一分编  通则\n\n第一章  一般规定\n\n第一百条 本编调整因合同产生的关系。\n')
    expect(doc.meta.title).toBe('某某法典')
  })
})
