import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside89's families (test/gold/outside/outside89.md), in fixtures of our own wording

describe("a spam host's line of keyword links over a law database's page", () => {
  const keywords = Array.from({ length: 9 }, (_, k) => `某某精品视频在线观看第${'一二三四五六七八九'[k]}页`).join('|')
  const page = (top: string) =>
    `${top}\n\n关于印发青溪区防汛抗旱应急预案的通知\n\n青政办函〔2023〕12号\n字号 大号 标准 小号\n\n类      别:基本法规\n文      号:青政办函〔2023〕12号\n颁发日期:2024-01-05\n时效性:有效\n\n各街道、各部门:\n\n《青溪区防汛抗旱应急预案》已经区政府同意,现印发给你们,请认真贯彻落实。\n\n青溪区人民政府办公室\n\n2023年11月11日\n`

  it('looks past the line of bar-separated links, however long, for the title', () => {
    expect(keywords.length).toBeGreaterThan(100)
    const doc = parse(page(keywords))
    expect(doc.meta.title).toBe('关于印发青溪区防汛抗旱应急预案的通知')
    expect(doc.meta.docNumber?.normalized).toBe('青政办函〔2023〕12号')
  })

  it('reads the 颁发日期 label as the publication date', () => {
    expect(parse(page('')).meta.publishedDate).toBe('2024-01-05')
  })
})

describe("a company site's menu printed one word a line over a tagged heading", () => {
  const menu = ['项目', '招标', '重点项目', '设计院库', '项目汇总', '统计分析', '展会信息', '会员服务', '搜索'].join('\n')
  const page = (heading: string) =>
    `感谢您关注！订阅本站服务号免费获取项目信息\n${menu}\n\n${heading}\n发布时间 所属行业 项目性质 地区\n2021-01-27 其他 湖北\n第一章 现实基础\n\n第一节 工作回顾\n\n过去五年，全州经济实力不断增强。\n`

  it('finds the heading under ten menu entries and drops its region tag', () => {
    expect(parse(page('【湖北】青溪州国民经济和社会发展第十三个五年规划')).meta.title).toBe('青溪州国民经济和社会发展第十三个五年规划')
  })

  it('finds it untagged too', () => {
    expect(parse(page('青溪州国民经济和社会发展第十三个五年规划')).meta.docType).toBe('规划')
  })
})

describe("a city portal's clock and a column named by a genre word before the title", () => {
  const page = (clock: string, heading: string) =>
    `${clock}\n首页 今日青溪 本地新闻 政务公开 招商引资 网上信访\n首页 » 政务公开 » 应急管理 » 正文\n\n${heading}\n\n日期:2009-10-30 01:49  浏览次数:949\n\n1.总则\n1.1 编制目的\n为建立统一、高效的应急处置体系，制定本预案。\n`

  it('drops the clock line and the column before the dash', () => {
    const doc = parse(page('今天是 2018年08月17日 星期五', '应急预案—青溪市突发公共事件总体应急预案'))
    expect(doc.meta.title).toBe('青溪市突发公共事件总体应急预案')
    expect(doc.meta.docType).toBe('应急预案')
    expect(doc.diagnostics.some((d) => d.code === 'boilerplate-removed' && d.message.includes('今天是'))).toBe(true)
  })

  it('keeps a dash inside a title whose first part is no genre word (guard)', () => {
    expect(parse(page('今天是 2018年08月17日 星期五', '青溪市—临川市协同发展规划')).meta.title).toBe('青溪市—临川市协同发展规划')
  })
})

describe("a gazette's page flattened to one line, its breadcrumb run into the title", () => {
  const page = (crumbs: string) =>
    `${crumbs}福建省人民政府关于印发青溪“十二五”旅游业发展专项规划的通知闽政〔2011〕50号字体显示:大中小各市、县(区)人民政府,省人民政府各部门:《青溪“十二五”旅游业发展专项规划》已经省人民政府研究同意,现印发给你们,请认真组织实施。福建省人民政府二〇一一年六月十五日青溪“十二五”旅游发展专项规划二〇一一年六月前言“十二五”时期,是青溪加快转变发展方式的关键时期。本规划以2010年为基期,规划期限2011~2015年。第一章发展环境与总体要求一、发展环境“十一五”时期,青溪旅游业紧紧围绕建设目标,深入贯彻落实科学发展观。`

  it('drops the crumbs and reads the title and its 字号', () => {
    const doc = parse(page('当前位置:中国福建政府公报2011年第21期'))
    expect(doc.meta.title).toBe('福建省人民政府关于印发青溪“十二五”旅游业发展专项规划的通知')
    expect(doc.meta.docNumber?.normalized).toBe('闽政〔2011〕50号')
    expect(doc.meta.signedDate).toBe('2011-06-15')
  })

  it('reads the issued plan whose title runs into its year and month', () => {
    const doc = parse(page('当前位置:中国福建政府公报2011年第21期'))
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['青溪“十二五”旅游发展专项规划', '规划']])
  })
})

describe('若干 before a genre word counts its points: the genre is the word after it', () => {
  it('reads …若干意见 as 意见 and …若干措施 as 措施', () => {
    expect(parse('青溪市人民政府关于推进制造业高质量发展的若干意见\n各乡镇人民政府：\n为推动制造业高质量发展，提出以下意见。\n').meta.docType).toBe('意见')
    expect(parse('青溪市支持小微企业发展若干措施\n为支持小微企业发展，制定以下措施。\n').meta.docType).toBe('措施')
  })

  it('keeps 若干政策, 政策 being no genre alone', () => {
    expect(parse('青溪市推动经济高质量发展若干政策\n为推动经济高质量发展，制定以下政策。\n').meta.docType).toBe('若干政策')
  })
})
