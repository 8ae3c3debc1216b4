import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside44 probe (issue #11). Texts written for the test in the forms the draw met (own places, units and dates).

describe('a site’s chrome around the title', () => {
  it('drops a menu of spaced words opening with 首页 instead of joining it above the title', () => {
    const doc = parse('首页 山水风光 历史文化 生态保护\n \n\n某市国民经济和社会发展第十个五年计划生态保护专题规划\n\n前 言\n  生态保护是一项基本国策。\n')
    expect(doc.meta.title).toBe('某市国民经济和社会发展第十个五年计划生态保护专题规划')
  })

  it('reads the 字号 under a site’s 导读 summary, before the title printed again', () => {
    const doc = parse(
      '某市人民政府办公厅印发关于推进园区转型发展实施方案的通知\n导读：推进园区转型发展，对于我市高质量发展具有重要意义。\n某政办函〔2019〕12号\n某市人民政府办公厅印发关于推进园区\n转型发展实施方案的通知\n各区人民政府，各委、局：\n经市人民政府同意，现将《关于推进园区转型发展的实施方案》印发给你们，请照此执行。\n某市人民政府办公厅\n2019年5月8日\n',
    )
    expect(doc.meta.docNumber?.normalized).toBe('某政办函〔2019〕12号')
  })

  it('reads the 字号 after a font-size tool cut to `【字号`, under the title printed again', () => {
    const doc = parse(
      '首页 >>> 江西公报 >>> 江西省人民政府办公厅文件\n\n江西省人民政府办公厅关于印发江西省\n2016—2017年节能减排低碳\n发展行动方案的通知\n\n  • 发布日期:2016-03-02 10:11:26\n  • 编辑:张明\n  • 分享到:\n  • 【字号\n\n江西省人民政府办公厅关于印发江西省2016—2017年节能减排低碳发展行动方案的通知\n\n赣府办〔2016〕31号\n\n各市、县人民政府,省政府直属有关单位:\n\n  经省政府同意,现将《江西省2016—2017年节能减排低碳发展行动方案》印发给你们,请认真贯彻实施。\n\n江西省人民政府办公厅\n2016年2月26日\n',
    )
    expect(doc.meta.docNumber?.normalized).toBe('赣府办〔2016〕31号')
  })
})

describe('an issued plan’s title with its period and drafting body on one line', () => {
  it('takes the period into the nested title and leaves the drafting body out', () => {
    const doc = parse(
      '某政办〔2011〕45号\n各州人民政府，省政府各委、办、厅、局：《某省职业教育中长期发展规划(2011—2020年)》已经省人民政府同意，现印发给你们，请认真贯彻执行。\n某省人民政府办公厅\n二〇一一年六月二日\n某省职业教育中长期发展规划\n(2011—2020年)省教育厅\n(二〇一一年五月)\n为推动职业教育发展，制定本规划。\n一、发展基础\n',
    )
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['某省职业教育中长期发展规划（2011—2020年）', '规划']])
  })
})

describe('a body printed without its title', () => {
  it('reads `，决定命名…为` as a decision, though the post ends in a bordered credit cell', () => {
    const doc = parse('为发挥先进典型的示范作用，经申报、审核和综合评定，决定命名某县某镇等12个乡镇为首批“某省文化示范乡镇”。 名单 某市 某县某镇 来源:某省文化厅 |\nPowered by Forum\n')
    expect(doc.meta.docType).toBe('决定')
  })

  it('keeps a law’s list of powers (`规定和决定授予…称号`, no comma before 决定) from naming a decision', () => {
    const doc = parse('第六十七条 全国人民代表大会常务委员会行使下列职权：\n（十八）规定和决定授予国家的勋章和荣誉称号；\n')
    expect(doc.meta.docType).not.toBe('决定')
  })
})

describe('a law database’s 颁布单位 and the title’s issuer', () => {
  it('keeps the title’s issuer when it names its place and the label files it under the province', () => {
    const doc = parse(
      '颁布单位:某省某市人民政府 | 文号: |\n颁布日期:2013-04-11 | 失效日期: |\n效力级别:地方政府规范性文件 |\n某市人民政府关于进一步加强生态环境保护工作的意见\n各县区人民政府，市政府有关部门：\n为加强生态环境保护，提出以下意见。\n一、总体要求\n',
    )
    expect(doc.meta.issuers).toEqual(['某市人民政府'])
  })
})
