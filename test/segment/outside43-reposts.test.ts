import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside43 probe (issue #11). Texts written for the test in the forms the draw met (own places, units and dates).

describe('a repost that prints a notice’s title and then the text it issues, not the notice’s body', () => {
  it('reads the issued plan as the nested document, the site’s 发布时间 line being no issuing sentence', () => {
    const doc = parse(
      '某市应急管理局\n某省人民政府办公厅关于印发某省地震应急预案的通知\n发布时间:2020年04月21日 15:32\n某省地震应急预案\n一、总则\n（一）编制目的。有力有序有效地实施地震应急救援。\n（二）适用范围。本预案适用于本省行政区域。\n',
    )
    expect([doc.meta.title, doc.meta.docType]).toEqual(['某省人民政府办公厅关于印发某省地震应急预案的通知', '通知'])
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['某省地震应急预案', '应急预案']])
  })

  it('keeps a notice whose body names nothing issued a document of its own', () => {
    const doc = parse('某市人民政府办公室关于印发某市防汛工作方案的通知\n各区人民政府：\n为做好防汛工作，现就有关事项通知如下。\n一、加强领导\n各区要落实责任。\n')
    expect(doc.documents).toEqual([])
  })
})

describe('the genre of a body printed without its title line', () => {
  it('reads `现已印发，请…` as a notice', () => {
    const doc = parse('为加强生态保护，省林业局组织编制了《某省“十四五”林业发展规划》，现已印发，请结合实际认真贯彻执行。\n附件：某省“十四五”林业发展规划.pdf\n')
    expect([doc.meta.title, doc.meta.docType]).toEqual([null, '通知'])
  })
})
