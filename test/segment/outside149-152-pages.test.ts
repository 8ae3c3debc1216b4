import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { genreOf, isTitleLike } from '../../src/text/genre.js'
import { allDocuments } from '../helpers.js'

/**
 * Families of outside149–152 (issue #11, helpers' draws of the forty-eighth session's first round), on fixtures of our
 * own wording in the pages' shapes: a numbered standard whose part's name follows a dash (150 01); a documentation
 * site's permalink marks after its headings (150 06); a county portal's bulleted label list with a slash label (149 07);
 * a 公示 and a plenum's decision printed from their bodies (149 05, 152 07); a portal's label table copied without borders
 * or colons (150 03, as 147 02); a red-headed notice's PDF text on one line (150 07); and of the second round's outside153
 * and outside154: a role label naming a second kind of body beside its own (153 06) and 工作安排 as a genre (153 06, 154 07);
 * after them, pkulaw's version tag without 年 (153 07), a regional portal's label block with 成文时间 and 责任部门 (151 03) and
 * a site's headline naming the notice another way over the notice's own addressed title (153 06, 155 07).
 */
describe('a numbered series’ part, its own name after a dash', () => {
  it('takes the series word before 第N号 as the genre, with either dash', () => {
    expect(genreOf('企业会计准则第9号——职工薪酬')).toBe('准则')
    expect(genreOf('企业会计准则第9号--职工薪酬')).toBe('准则')
    expect(genreOf('某交易所上市公司自律监管指引第2号——信息披露事务管理')).toBe('指引')
  })

  it('is a title line, read with the issuer a law site prints between its copies', () => {
    const title = '企业会计准则第9号--职工薪酬'
    const doc = parse([title, '', title, '', '财政部', '', title, '', '第一章 总则', '第一条 为了规范职工薪酬的确认、计量和相关信息的披露，制定本准则。'].join('\n'))
    expect(doc.meta.title).toBe('企业会计准则第9号--职工薪酬')
    expect(doc.meta.docType).toBe('准则')
    expect(doc.meta.issuers).toEqual(['财政部'])
  })

  it('needs the part’s name: an order’s number alone or a sentence is no series title', () => {
    expect(genreOf('企业会计准则第9号')).toBeNull()
    expect(isTitleLike('某市人民政府公告第3号——')).toBe(false)
    expect(genreOf('依照办法第3号——执行。')).toBeNull()
  })
})

describe('a documentation site’s permalink marks after its headings', () => {
  const page = (mark: string) =>
    [`青溪省地质灾害防治责任规定${mark}`, `一、总则${mark}`, '第一条 为明确地质灾害防治责任，制定本规定。', '第二条 各级人民政府对本行政区域的地质灾害防治工作负总责。'].join('\n')

  it('are no part of the title, with either mark', () => {
    for (const mark of [' #', ' ¶']) {
      const doc = parse(page(mark))
      expect(doc.meta.title).toBe('青溪省地质灾害防治责任规定')
      expect(doc.meta.docType).toBe('规定')
    }
  })

  it('a mark inside a line, or glued to a word, stays', () => {
    expect(parse(page('#')).meta.title).not.toBe('青溪省地质灾害防治责任规定')
  })
})

describe('a county portal’s bulleted label list with a slash label', () => {
  const page = (label: string) =>
    [
      '- 索 引 号:XX01234-1100-2016-00100',
      `- ${label}:青政办〔2016〕82号`,
      '- 发布机构:县政府办',
      '- 公文生成日期:2016-06-23',
      '各乡(镇)人民政府,县有关部门:',
      '新修订的《青溪县森林火灾应急预案》已经县政府常务会议研究通过,现印发给你们,请认真贯彻执行。',
      '青溪县人民政府办公室',
      '2016年6月23日',
    ].join('\n')

  it('reads 备注/文号 as the 字号 and goes on to the notice under the list', () => {
    const doc = parse(page('备注/文号'))
    expect(doc.meta.docNumber?.raw).toBe('青政办〔2016〕82号')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.signedDate).toBe('2016-06-23')
  })

  it('a slash label no field knows fills no 字号', () => {
    expect(parse(page('备注/说明')).meta.docNumber).toBeNull()
  })
})

describe('a 公示 and a decision printed from their bodies', () => {
  it('a 公示 names what it makes public: 现将…予以公示', () => {
    const doc = parse(
      ['按照验收销号工作要求，第五项任务已完成整改。现将第五项任务整改完成情况予以公示（详见附表），如有异议，请在公示期间向本单位反映。', '青溪市人民政府', '2025年3月13日'].join('\n'),
    )
    expect(doc.meta.docType).toBe('公示')
  })

  it('a plenum’s decision closes its preamble 作出如下决定', () => {
    const doc = parse(['青溪省委第七次全体会议研究了加强基层党组织建设的若干问题，作出如下决定。', '一、充分认识加强基层建设的重要意义', '基层是一切工作的落脚点。'].join('\n'))
    expect(doc.meta.docType).toBe('决定')
  })
})

describe('a portal’s label table copied without borders or colons, its empty cells run together', () => {
  const page = (rows: string[]) =>
    [
      '青政办〔2018〕14号 青溪省人民政府办公厅关于印发青溪省2018年扬尘治理实施方案的通知',
      '',
      ...rows,
      '',
      '青溪省人民政府办公厅',
      '关于印发青溪省2018年扬尘治理实施方案的通知',
      '',
      '各市人民政府，省人民政府各部门：',
      '《青溪省2018年扬尘治理实施方案》已经省政府同意，现印发给你们，请认真贯彻执行。',
    ].join('\n')
  const table = ['索 引 号 失效时间', '发文机关 成文日期', '标  题 青溪省人民政府办公厅关于印发青溪省2018年扬尘治理实施方案的通知', '发文字号 青政办〔2018〕14号 发布时间 2018年02月06日']

  it('reads its rows past the empty ones: 发布时间 under an 索引号 label is the publication date', () => {
    const doc = parse(page(table))
    expect(doc.meta.publishedDate).toBe('2018-02-06')
    expect(doc.meta.docNumber?.raw).toBe('青政办〔2018〕14号')
    expect(doc.meta.title).toBe('青溪省人民政府办公厅关于印发青溪省2018年扬尘治理实施方案的通知')
  })

  it('without the catalogue’s 索引号, 发布时间 stays the site’s own stamp', () => {
    expect(parse(page(table.slice(1))).meta.publishedDate).toBeNull()
  })
})

describe('a red-headed notice whose PDF text runs on one line, its parts kept apart by spaces', () => {
  const page = (head: string) =>
    [
      `${head} 关于印发2031年青溪省国民经济和 社会发展计划的通知 各市人民政府,省人民政府各部门:`,
      '2031年青溪省国民经济和社会发展计划已经省人民代表大会审议批准。现将计划印发你们,请据此安排好本地区、本部门工作。',
      '—1— 附件:2031年青溪省国民经济和社会发展计划 2031年3月2日 (此件公开发布) —2— 附件: 2031年青溪省国民经济和社会发展计划',
      '2031年是全面推进高质量发展的关键之年,做好经济工作意义重大。全省经济社会发展的主要预期目标是:地区生产总值增长6%左右。',
    ].join(' ')

  it('reads the 版头, the title under it, the 落款 date and the issued plan', () => {
    const doc = parse(page('青溪省人民政府 文件 青政发〔2031〕19号'))
    expect(doc.meta.title).toBe('关于印发2031年青溪省国民经济和社会发展计划的通知')
    expect(doc.meta.docNumber?.raw).toBe('青政发〔2031〕19号')
    expect(doc.meta.issuers).toEqual(['青溪省人民政府'])
    expect(doc.meta.signedDate).toBe('2031-03-02')
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['2031年青溪省国民经济和社会发展计划', '计划']])
  })

  it('a line that does not open with an organ’s 文件 and 字号 is not split so', () => {
    expect(parse(page('青溪省人民政府 公告 青政发〔2031〕19号')).meta.title).not.toBe('关于印发2031年青溪省国民经济和社会发展计划的通知')
  })
})

describe('a role label naming a second kind of body beside its own', () => {
  const plan = (label: string) =>
    ['2031年青溪市政务服务重点工作安排', '一、落实年度重点工作', `1.继续拓展网上政务大厅服务功能。（${label}：市政府办公厅、市审改办）`, '2.推进协同审批。（责任单位：市财政局）'].join('\n')
  const roles = (label: string) =>
    allDocuments(parse(plan(label)))
      .flatMap((d) => d.tasks)
      .flatMap((t) => t.roles.map((r) => `${t.path.join('/')} ${r.role} ${r.units.map((u) => u.name).join('、')}`))

  it('takes the label’s role, the second noun joined or bracketed', () => {
    expect(roles('责任部门、单位')).toContain('一/1 responsible 市政府办公厅、市审改办')
    expect(roles('牵头部门/单位')).toContain('一/1 lead 市政府办公厅、市审改办')
    expect(roles('责任单位（部门）')).toContain('一/1 responsible 市政府办公厅、市审改办')
  })

  it('a word that is no body’s kind after the label makes no label', () => {
    expect(roles('责任部门、时限')).not.toContain('一/1 responsible 市政府办公厅、市审改办')
  })
})

describe('工作安排 as a genre', () => {
  it('ends a plan’s title after its subject', () => {
    expect(parse('2031年青溪市政务服务重点工作安排\n一、主要任务\n（一）推进网上办事。').meta.docType).toBe('工作安排')
  })

  it('a section heading 三、工作安排 is no title', () => {
    expect(isTitleLike('三、工作安排')).toBe(false)
  })
})

describe('pkulaw’s version tag without 年 closing a law’s title', () => {
  const page = (tag: string) => [`青溪省气象条例${tag}`, '（2002年7月26日青溪省人民代表大会常务委员会第二十七次会议通过）', '第一条 为了发展气象事业，制定本条例。'].join('\n')

  it('is the site’s, no part of the title', () => {
    expect(parse(page('(2006修正)')).meta.title).toBe('青溪省气象条例')
    expect(parse(page('(2018第二次修正)')).meta.title).toBe('青溪省气象条例')
  })

  it('a period in brackets stays the title’s', () => {
    expect(parse(page('(2006-2020)')).meta.title).not.toBe('青溪省气象条例')
  })
})

describe('a regional portal’s label block copied by a mirror, 成文时间 and 责任部门 among its labels', () => {
  const page = (labels: string[]) =>
    [
      '索引号: 640000/2022-00628',
      '主题分类: 农业、林业、水利',
      ...labels,
      '标题: 自治区人民政府关于印发青溪贯彻落实气象高质量发展纲要实施方案的通知',
      '发布时间: 2022-12-06',
      '发文字号: 青政发〔2022〕38号',
      '各市、县(区)人民政府,自治区政府各部门:',
      '《青溪贯彻落实气象高质量发展纲要实施方案》已经自治区人民政府常务会议审议通过,现印发给你们,请认真贯彻落实。',
    ].join('\n')

  it('reads the block through to its 标题 and 字号', () => {
    const doc = parse(page(['责任部门: 自治区人民政府', '成文时间: 2022-12-01']))
    expect(doc.meta.title).toBe('自治区人民政府关于印发青溪贯彻落实气象高质量发展纲要实施方案的通知')
    expect(doc.meta.docNumber?.raw).toBe('青政发〔2022〕38号')
    expect(doc.meta.signedDate).toBe('2022-12-01')
  })

  it('责任部门 fills no meta field: the issuer is the title’s', () => {
    expect(parse(page(['责任部门: 自治区发展改革委', '成文时间: 2022-12-01'])).meta.issuers).toEqual(['自治区人民政府'])
  })
})

describe('a site’s headline naming the notice another way over the notice’s own title and its 主送', () => {
  const page = (headline: string, lead: string[]) =>
    [
      '建设工程教育网',
      headline,
      ...lead,
      '青溪省人民政府办公厅关于印发青溪省“十四五”消防救援事业发展规划的通知',
      '各市、县(区)人民政府,省政府各部门:',
      '《青溪省“十四五”消防救援事业发展规划》已经省政府同意,现印发给你们,请认真抓好贯彻落实。',
      '2021年8月27日',
    ].join('\n')
  const own = '青溪省人民政府办公厅关于印发青溪省“十四五”消防救援事业发展规划的通知'

  it('takes the notice’s own title past a lead introducing it, or under a news summary', () => {
    expect(parse(page('青溪省人民政府关于印发青溪省“十四五”消防救援事业发展规划的通知', [`青溪省人民政府发布《${own}》,内容如下:`])).meta.title).toBe(own)
    expect(parse(page('省政府办公厅印发青溪省“十四五”消防救援事业发展规划青政办发〔2021〕16号', [])).meta.title).toBe(own)
  })

  it('a lead that introduces nothing keeps the headline', () => {
    expect(parse(page('青溪省人民政府关于印发青溪省“十四五”消防救援事业发展规划的通知', ['本网讯 近日消防工作会议召开。'])).meta.title).not.toBe(own)
  })
})

describe('an amendment made by an order, 以…令 in a law’s history', () => {
  const page = (by: string) =>
    [
      '青溪省政府信息公开规定',
      `(2005年12月14日青溪省人民政府190号令发布,根据2008年11月7日${by}青溪省人民政府令第222号发布的《青溪省人民政府关于修改<青溪省政府信息公开规定>的决定》修正)`,
      '第一条 为了保障公民的知情权,制定本规定。',
    ].join('\n')

  it('names the government, not 以 before it', () => {
    expect(parse(page('以')).meta.issuers).toEqual(['青溪省人民政府'])
    expect(parse(page('')).meta.issuers).toEqual(['青溪省人民政府'])
  })
})

describe('a portal section’s office line over its own organ’s line and title', () => {
  const page = (upper: string, organ: string) =>
    [
      upper,
      '',
      organ,
      '',
      '关于印发青溪市“十四五”科技创新规划的通知',
      '',
      '青政字〔2022〕38号',
      '',
      '各区县人民政府，市政府各部门：',
      '现将《青溪市“十四五”科技创新规划》印发给你们，请认真组织实施。',
      organ,
      '2022年4月19日',
    ].join('\n')

  it('is no part of the title: the organ under it issues', () => {
    const doc = parse(page('青溪市人民政府办公室', '青溪市人民政府'))
    expect(doc.meta.title).toBe('青溪市人民政府关于印发青溪市“十四五”科技创新规划的通知')
    expect(doc.meta.issuers).toEqual(['青溪市人民政府'])
  })

  it('another organ’s office over an organ stays a joint title’s first line', () => {
    expect(parse(page('中共青溪市委办公室', '青溪市人民政府办公室')).meta.title).toBe('中共青溪市委办公室青溪市人民政府办公室关于印发青溪市“十四五”科技创新规划的通知')
  })
})

describe('a 字号 line whose brackets and 号 a portal dropped', () => {
  const page = (number: string) =>
    [
      '关于印发青溪区地质灾害应急预案的通知',
      '',
      number,
      '',
      '青溪区人民政府办公室',
      '关于印发青溪区地质灾害应急预案的通知',
      '各街道办事处，区直各单位：',
      '现将《青溪区地质灾害应急预案》印发给你们，请认真遵照执行。',
    ].join('\n')

  it('is read as the 字号, its brackets restored', () => {
    expect(parse(page('青政办发201652')).meta.docNumber?.normalized).toBe('青政办发〔2016〕52号')
    expect(parse(page('赣市府202217')).meta.docNumber?.normalized).toBe('赣市府〔2022〕17号')
  })

  it('a name with a year and a number, its code no issuing code, is none', () => {
    expect(parse(page('青溪区规划20165')).meta.docNumber).toBeNull()
  })
})

describe('a portal’s column word over its label block', () => {
  const page = (column: string) =>
    [
      column,
      '索 引 号: 002482365/2023-00095 公开日期: 2023-04-22',
      '发布机构: 省卫生健康委 文  号: 青卫发〔2023〕10号',
      '',
      '青溪省卫生健康委关于印发2023年青溪省卫生健康工作要点的通知',
      '',
      '各市、县(市、区)卫生健康委(局):',
      '现将2023年青溪省卫生健康工作要点印发给你们,请认真组织实施。',
    ].join('\n')

  it('is no title: the notice’s own title under the labels is', () => {
    expect(parse(page('计划总结')).meta.title).toBe('青溪省卫生健康委关于印发2023年青溪省卫生健康工作要点的通知')
    expect(parse(page('政策文件')).meta.title).toBe('青溪省卫生健康委关于印发2023年青溪省卫生健康工作要点的通知')
  })

  it('a label line opening the page, no line above it, is read as before', () => {
    const doc = parse(
      ['发布文号: 青政办[2008]9号', '各区人民政府,市人民政府各部门:', '《青溪市消防安全专项行动实施方案》已经市人民政府同意,现印发给你们,请认真贯彻执行。', '二○○八年一月九日'].join('\n'),
    )
    expect(doc.meta.docNumber?.raw).toBe('青政办[2008]9号')
    expect(doc.meta.docType).toBe('通知')
  })
})
