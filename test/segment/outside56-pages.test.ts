import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside56's families (test/gold/outside/outside56.md), in fixtures of our own wording

describe("a committee's page opening with a breadcrumb addressed with 你", () => {
  it('drops `你现在的位置: >> …` and reads the plan title under it', () => {
    const doc = parse('你现在的位置: >>   某省妇女儿童工作委员会 >>   纲要规划  \n\n某市儿童发展规划(2021-2030年)\n\n  儿童是国家的未来、民族的希望。为促进儿童全面发展，制定本规划。\n')
    expect([doc.meta.title, doc.meta.docType]).toEqual(['某市儿童发展规划（2021-2030年）', '规划'])
    expect(doc.diagnostics.some((d) => d.code === 'boilerplate-removed' && d.message.includes('breadcrumb'))).toBe(true)
  })

  it('drops `你的位置 > …` too', () => {
    const doc = parse('你的位置 > 首页 > 政策文件\n某县养老服务体系建设实施方案\n为加快养老服务体系建设，制定本方案。\n')
    expect(doc.meta.title).toBe('某县养老服务体系建设实施方案')
  })
})

describe("a sharing site's page flattened to one line, a page number before the title and a year opening the preamble", () => {
  const page = (head: string) =>
    `${head}气象局2024年决策气象服务年度工作方案2024年是全面贯彻党的二十大精神的关键之年，做好今年气象服务工作意义重大。为进一步提高决策气象服务的针对性和及时性，根据上级工作部署，特制定本年度决策气象服务方案。一、2023年工作回顾2023年，我县出现暴雨、高温等天气，全年制作决策服务材料60期。二、2024年工作重点（一）做好汛期气象服务。6月底前完成汛期服务预案修订。`

  it('ends the title at the genre word before `2024年是`, without the page number', () => {
    const doc = parse(page('1'))
    expect([doc.meta.title, doc.meta.docType]).toEqual(['气象局2024年决策气象服务年度工作方案', '工作方案'])
  })

  it('reads the same title without a page number', () => {
    expect(parse(page('')).meta.title).toBe('气象局2024年决策气象服务年度工作方案')
  })

  it('finds no title in a body that opens with the year itself', () => {
    const doc = parse('2024年是全面贯彻党的二十大精神的关键之年，为做好秸秆综合利用工作，制定本方案。一、工作目标年底前综合利用率达到92%以上。')
    expect([doc.meta.title, doc.meta.docType]).toEqual([null, '方案'])
  })
})
