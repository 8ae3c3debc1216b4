import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside46 probe (issue #11). Texts written for the test in the forms the draw met (own places, units and dates).

describe('the organs that drafted a plan, under its title', () => {
  it('reads the organs over a month line as the plan’s issuers', () => {
    const doc = parse(
      '某省“十四五”水文事业发展规划\n某省“十四五”水文事业发展规划\n某省水文局\n某省发展和改革委员会\n2021年11月\n目录\n按照上级部署，结合本省实际，编制本规划。\n第一章发展环境\n水文监测能力不断提高。\n',
    )
    expect([doc.meta.issuers, doc.meta.signedDate]).toEqual([['某省水文局', '某省发展和改革委员会'], null])
  })

  it('takes a full date under the organs as the plan’s own', () => {
    const doc = parse('某市节水行动方案\n某市水务局\n2022年3月8日\n为推进节水型社会建设，制定本方案。\n一、工作目标\n')
    expect([doc.meta.issuers, doc.meta.signedDate]).toEqual([['某市水务局'], '2022-03-08'])
  })
})

describe('a page headed by the name of the plan its notice issues', () => {
  const page = [
    '某市“十四五”老龄事业发展规划',
    '',
    '来源:某市人民政府 发布时间:2022-07-12 浏览量:30',
    '',
    '各县、区人民政府，市政府各部门：',
    '',
    '现将《某市“十四五”老龄事业发展规划》印发给你们，请认真贯彻实施。',
    '',
    '某市人民政府',
    '',
    '2022年6月20日',
    '',
    '某市“十四五”老龄事业发展规划',
    '',
    '为推进老龄事业高质量发展，制定本规划。',
    '',
    '一、发展基础',
    '',
  ].join('\n')

  it('reads the notice as the document, with no title of its own, and the plan as its nested text', () => {
    const doc = parse(page)
    expect([doc.meta.title, doc.meta.docType, doc.meta.signedDate, doc.meta.issuers]).toEqual([null, '通知', '2022-06-20', ['某市人民政府']])
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['某市“十四五”老龄事业发展规划', '规划']])
  })

  it('still reads the stamp of the issuer’s own portal under the heading', () => {
    expect(parse(page).meta.publishedDate).toBe('2022-07-12')
  })
})

describe('a government’s portal crediting itself for its office’s notice', () => {
  const notice = (source: string) =>
    `某县人民政府办公室关于印发某县养老服务实施办法的通知\n\n发布时间:2023-08-04 10:10\n\n信息来源:${source}\n\n各乡（镇）人民政府，县级机关各单位：\n\n《某县养老服务实施办法》已经县政府同意，现印发给你们，请认真组织实施。\n\n某县人民政府办公室\n\n2023年7月28日\n`

  it('reads the stamp as the publication date when the source is the office’s government', () => {
    expect(parse(notice('某县政府')).meta.publishedDate).toBe('2023-08-04')
  })

  it('gives none when the source is another body', () => {
    expect(parse(notice('某市民政局')).meta.publishedDate).toBeNull()
  })
})
