import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside61's families (test/gold/outside/outside61.md), in fixtures of our own wording

describe("a law site's page: a regulation under the announcement that published it, its number in brackets", () => {
  const page = (heading: string) =>
    `某省河道管理条例\n\n作者:法律资料网 时间:2031-05-25 04:07:13   浏览:8635   来源:法律资料网\n下载地址: 点击此处下载\n\n某省河道管理条例\n\n某省人大常委会\n\n\n${heading}\n\n  《某省河道管理条例》已由某省第九届人民代表大会常务委员会第三十七次会议于2002年10月13日通过,现予公布,自2003年1月1日起施行。\n\n某省人民代表大会常务委员会\n\n2002年10月13日\n\n某省河道管理条例\n\n(2002年10月13日某省第九届人民代表大会常务委员会第三十七次会议通过)\n\n\n  第一章 总则\n\n  第一条 为了加强河道管理，制定本条例。\n\n  第二条 各级人民政府水行政主管部门负责本行政区域内的河道管理工作。\n`

  it('reads one regulation, published on the announcement’s date', () => {
    const doc = parse(page('某省第九届人民代表大会常务委员会公告(第147号)'))
    expect([doc.meta.title, doc.meta.docType, doc.meta.docNumber, doc.meta.signedDate, doc.meta.publishedDate, doc.meta.effectiveDate, doc.meta.issuers, doc.documents.length]).toEqual([
      '某省河道管理条例',
      '条例',
      null,
      '2002-10-13',
      '2002-10-13',
      '2003-01-01',
      ['某省人民代表大会常务委员会'],
      0,
    ])
    expect(doc.tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${t.path.join('/')} ${r.role} ${u.name}`)))).toEqual(['第一章/第二条 responsible 各级人民政府水行政主管部门'])
  })

  it('reads the number printed without brackets the same', () => {
    expect(parse(page('某省第九届人民代表大会常务委员会公告第147号')).meta.publishedDate).toBe('2002-10-13')
  })
})

describe("a government's disclosure catalogue printed as a bordered table", () => {
  const page = (first: string) =>
    `${first}\n发文机关 | 某省人民政府办公厅 | 成文日期 | 2031年12月21日 |\n标 题 | 某省人民政府办公厅关于印发某省文物保护实施方案的通知 | ||\n发文字号 | 某政办〔2031〕119号 | 发布时间 | 2031年12月30日 |\n某省人民政府办公厅\n关于印发某省文物保护实施方案的通知\n某政办〔2031〕119号\n各市人民政府，省人民政府各部门：\n《某省文物保护实施方案》已经省政府同意，现印发给你们，请认真贯彻执行。\n某省人民政府办公厅\n2031年12月21日\n`

  it('takes its 发布时间 as the publication date', () => {
    const doc = parse(page('索 引 号 | 10001-01-2031-00387 | 失效时间 | |'))
    expect([doc.meta.signedDate, doc.meta.publishedDate, doc.meta.docNumber?.normalized]).toEqual(['2031-12-21', '2031-12-30', '某政办〔2031〕119号'])
  })

  it('leaves a table without an 索引号 to its own stamp, no publication date', () => {
    const doc = parse(page('主题分类 | 文化 | 失效时间 | |'))
    expect([doc.meta.signedDate, doc.meta.publishedDate]).toEqual(['2031-12-21', null])
  })
})
