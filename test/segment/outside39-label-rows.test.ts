import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside39 probe (issue #11): a seeded draw of search pages. Texts written for the test in the forms the draw met
// (own places, units, numbers and dates).

describe('a portal table whose cells stand apart by spaces (a 宁夏 portal: `索 引 号 … 发文时间 …`)', () => {
  const page = (row2: string) =>
    parse(
      `索 引 号 640999001/2016-00001 发文时间 2016-05-10\n${row2}\n公开方式 主动公开 有效性 有效\n标 题: 某市森林火灾应急预案\n某市森林火灾应急预案\n  1 总则\n  1.1 编制目的\n  为有效应对森林火灾，制定本预案。\n`,
    )

  it('reads 发文时间 after the index number, and a last label printed empty (`文 号`) ends the issuer', () => {
    const doc = page('发布机构 某市政府办 文 号')
    expect([doc.meta.signedDate, doc.meta.issuers, doc.meta.title, doc.meta.docType]).toEqual(['2016-05-10', ['某市政府办'], '某市森林火灾应急预案', '应急预案'])
  })

  it('keeps a 字号 that fills the last cell', () => {
    const doc = page('发布机构 某市政府办 文 号 某政办发〔2016〕12号')
    expect([doc.meta.issuers, doc.meta.docNumber?.normalized]).toEqual([['某市政府办'], '某政办发〔2016〕12号'])
  })
})

describe('the genre of a body printed without its title line', () => {
  it('reads `提出如下意见` past a label table printed a second time with its cell borders', () => {
    const doc = parse(
      '索 引 号 | 主题分类 | 教育 | |\n发布机构 | 自治区人民政府 | 文 号 | 某政发[2007]19号 |\n成文日期 | 2007-10-08 |\n索 引 号 | |\n主题分类 | 教育 |\n发布机构 | 自治区人民政府 |\n文 号 | 某政发[2007]19号 |\n成文日期 | 2007-10-08 |\n各市人民政府，自治区各委、办、厅、局：\n为加快发展职业教育，结合我区实际，提出如下意见。\n一、指导思想和目标\n',
    )
    expect([doc.meta.title, doc.meta.docType, doc.meta.signedDate]).toEqual([null, '意见', '2007-10-08'])
  })

  it('reads `本预案适用于` in the plan’s third section, its numbered headings no paragraphs', () => {
    const doc = parse(
      '1.总则\n1.1编制目的\n为健全重污染天气应急工作机制，保障公众健康。\n1.2编制依据\n《中华人民共和国大气污染防治法》等法律法规。\n1.3适用范围\n本预案适用于某市行政区域内的重污染天气应急工作。\n1.4工作原则\n以人为本，预防为主。\n',
    )
    expect([doc.meta.title, doc.meta.docType]).toEqual([null, '预案'])
  })

  it('stays none when the body names no genre of its own', () => {
    const doc = parse('1.总则\n1.1编制目的\n为健全应急工作机制。\n1.2编制依据\n有关法律法规。\n1.3适用范围\n某市行政区域。\n')
    expect(doc.meta.docType).toBeNull()
  })
})
