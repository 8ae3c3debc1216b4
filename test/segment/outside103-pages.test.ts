import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside103's page families (test/gold/outside/outside103.md), in fixtures of our own wording

describe('a portal’s numbered list of [label] rows under its breadcrumb', () => {
  const page = (rows: string) =>
    `政务公开 > 政策公开 > 规范性文件\n${rows}\n\n青溪市人民政府关于印发《青溪市推进供水高质量发展三年行动方案》的通知\n\n青政发〔2023〕7号\n\n各区人民政府，市政府各委、办、局：\n  现将《青溪市推进供水高质量发展三年行动方案》印发给你们，请认真贯彻落实。\n\n青溪市人民政府\n\n2023年1月19日\n`
  const rows =
    '  1. [主题分类] 城乡建设\n  2. [发文机构] 青溪市人民政府\n  3. [联合发文单位]\n  4. [实施日期] 2023-01-20\n  5. [成文日期] 2023-01-19\n  6. [发文字号] 青政发〔2023〕7号\n  7. [废止日期]\n  8. [发布日期] 2023-02-10'

  it('reads the rows as the page’s labels: the title under them, the publication date, no numbered clauses', () => {
    const doc = parse(page(rows))
    expect(doc.meta.title).toBe('青溪市人民政府关于印发《青溪市推进供水高质量发展三年行动方案》的通知')
    expect(doc.meta.docNumber?.normalized).toBe('青政发〔2023〕7号')
    expect(doc.meta.publishedDate).toBe('2023-02-10')
    expect(doc.meta.effectiveDate).toBe('2023-01-20')
    expect(doc.tasks).toEqual([])
  })

  it('a numbered list of other words under a breadcrumb is no label table (guard)', () => {
    const doc = parse(`首页 > 工作动态\n1. 加强供水设施建设，2023年底前完成改造。\n2. 完善水质监测体系。\n`)
    expect(doc.meta.publishedDate).toBeNull()
    expect(doc.tasks.map((t) => t.deadlines.map((d) => d.date))).toEqual([['2023-12-31']])
  })
})

describe('a news site’s tag glued before the 字号', () => {
  const page = (first: string) => `${first}\n各县、区人民政府，市政府各部门：\n现将《青溪市科技创新驱动发展实施方案》印发给你们，请结合实际，认真组织实施。\n青溪市人民政府\n2015年12月2日\n`

  it('drops the tag so that the 字号 reads', () => {
    const doc = parse(page('某某光伏网讯:青政发〔2015〕44号'))
    expect(doc.meta.docNumber?.normalized).toBe('青政发〔2015〕44号')
    expect(doc.diagnostics.map((d) => d.code)).toContain('news-tag-removed')
  })

  it('a tag before a news sentence stays (guard)', () => {
    const doc = parse('某某网讯：日前，青溪市召开科技创新大会。\n会议要求，各部门要抓好落实。\n')
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('news-tag-removed')
  })
})

describe('a city bureau’s repost: its label block’s 成文日期 is its posting day', () => {
  const page = (signer: string) =>
    `发文机关:青溪省人民政府办公厅 发文字号:青府办〔2021〕25号\n成文日期:2021-11-04 发布日期:2021-11-04\n关于印发《青溪省“十四五”旅游文化发展规划》的通知\n各市、县人民政府，省政府直属各单位：\n《青溪省“十四五”旅游文化发展规划》已经省政府同意，现印发给你们，请认真组织实施。\n${signer}\n2021年6月30日\n`

  it('dates the document by the 落款 signed by the label’s 发文机关', () => {
    expect(parse(page('青溪省人民政府办公厅')).meta.signedDate).toBe('2021-06-30')
  })

  it('a 落款 of another organ leaves the label’s 成文日期 (guard)', () => {
    expect(parse(page('青溪省专家咨询组')).meta.signedDate).toBe('2021-11-04')
  })
})

describe('download links after the 落款', () => {
  const notice = (tail: string) =>
    `各市国土资源局：\n现将国土资源部下达我区的开采总量控制指标进行分解，请一并组织实施。\n附件：国土资源部关于下达2016年度开采总量控制指标的通知\n青溪自治区国土资源厅\n2016年8月22日\n${tail}`

  it('are no nested document, and a quota split handed down is a 通知', () => {
    const doc = parse(notice('附件：\n关于下达2016年度开采总量控制指标的通知 .pdf\n(关键字:青溪 开采总量)\n'))
    expect(doc.documents).toEqual([])
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.signedDate).toBe('2016-08-22')
  })

  it('an attachment printed with its text is still one (guard)', () => {
    const doc = parse(notice('附件\n青溪自治区开采总量控制指标分解表\n一、稀土矿开采总量控制指标59500吨。\n二、钨矿开采总量控制指标1500吨。\n'))
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['青溪自治区开采总量控制指标分解表'])
  })
})
