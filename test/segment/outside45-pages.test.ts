import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside45 probe (issue #11). Texts written for the test in the forms the draw met (own places, units and dates).

describe('a safety-law database’s page around a regulation', () => {
  const page = [
    '欢迎来到某某平台! 设为首页 收藏',
    '某某中国 法规首页 某市燃气安全条例',
    '',
    '某市燃气安全条例',
    '',
    '收藏',
    '',
    '下载法规',
    '',
    '我要纠错',
    '',
    '条款摘要',
    '',
    '资料来自公开网络,仅提供网友学习讨论使用',
    '',
    '原文版权归原版权人拥有',
    '',
    '发文字号:——',
    '',
    '颁布部门:某市人民代表大会常务委员会',
    '',
    '法律效力:地方性法规',
    '',
    '应用分类:燃气安全类',
    '',
    '颁布日期:2022-06-30生效日期:2022-09-01',
    '',
    '',
    '某市燃气安全条例',
    '',
    '(2022年4月28日某市第十五届人民代表大会常务委员会第八次会议通过',
    '2022年6月30日某省第十三届人民代表大会常务委员会第三十三次会议批准)',
    '',
    '第一章 总 则',
    '',
    '  第一条 为了加强燃气安全管理，根据有关法律、法规，结合本市实际，制定本条例。',
    '',
    '  第二条 本市各级人民政府负责本行政区域内的燃气安全工作。',
    '',
  ].join('\n')

  it('drops the breadcrumb without arrows (site, a section’s 首页, the title) and reads the title under it', () => {
    expect(parse(page).meta.title).toBe('某市燃气安全条例')
  })

  it('reads the label block under the site’s tools and copyright notice: 颁布部门, 颁布日期, 法律效力, 应用分类', () => {
    const meta = parse(page).meta
    expect([meta.publishedDate, meta.effectiveDate, meta.level, meta.subject, meta.issuers]).toEqual(['2022-06-30', '2022-09-01', '地方性法规', '燃气安全类', ['某市人民代表大会常务委员会']])
  })
})

describe('a report to a standing committee printed without its title', () => {
  it('reads its genre from `向…报告…，请予审议` and its date from the head above the address', () => {
    const doc = parse(
      '某市某区审计局局长 张明\n2021年9月27日\n主任、各位副主任、各位委员：\n我受区人民政府的委托，向区人大常委会报告2020年度区本级预算执行和其他财政收支审计情况，请予审议。\n一、财政管理审计情况\n（一）区本级财政管理审计\n组织对区本级2020年度财政预算执行情况审计。\n',
    )
    expect([doc.meta.title, doc.meta.docType, doc.meta.signedDate]).toEqual([null, '报告', '2021-09-27'])
  })
})

describe('a bulletin printed without its title', () => {
  it('takes the organs at its head and the date in brackets under them as its issuers and date', () => {
    const doc = parse('某市统计局\n国家统计局某市调查队\n(2019年3月20日)\n一、综合\n初步核算，全年全市实现地区生产总值1000亿元，比上年增长7.5%。\n')
    expect([doc.meta.issuers, doc.meta.signedDate]).toEqual([['某市统计局', '国家统计局某市调查队'], '2019-03-20'])
  })

  it('leaves a notice whose first line is an organ and whose next line is a sentence alone', () => {
    const doc = parse('某市统计局\n为做好统计工作，现就有关事项通知如下。\n一、工作要求\n')
    expect(doc.meta.signedDate).toBeNull()
  })
})

describe('a year’s end followed by a figure', () => {
  const dueOf = (text: string) => parse(text).tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => d.raw))

  it('reads `年末全市常住人口874万人` as the state at the year’s end, not a due date', () => {
    expect(
      dueOf('某市人民政府关于2019年人口工作情况的通知\n一、基本情况\n年末全市常住人口874万人，比上年末增加4万人。年末城镇登记失业率为1.05%。\n二、下步工作\n某市人民政府\n2019年3月20日\n'),
    ).toEqual([])
  })

  it('keeps a plan’s year-end target with a verb of doing due', () => {
    expect(dueOf('某县2019年造林绿化工作方案\n一、工作目标\n年底全县完成造林1万亩。\n')).toEqual(['年底'])
  })
})
