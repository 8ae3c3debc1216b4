import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside223–226 (issue #11, helpers' draws of the fifty-third session's first round), on fixtures of our
 * own wording in the pages' shapes: a site's summary line running the title into its bracketed 字号 and the text, and
 * its view count (223 07); a portal's page heading and stamp over the 字号, the organ and the `关于` line
 * (224 05); a site's headline over a law whose own title stands under a blurb (224 03) or under a keyword label
 * (226 08); the organ alone over a title above a label row (226 05); a spam host's keyword line over a law library's
 * label list (226 02); a protocol's genre (224 01); and two units of the west (苏木, 新疆生产建设兵团).
 */
const roleTriples = (text: string) => parse(text).tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${t.path.join('>')} ${r.role} ${u.name}`)))

const notice = (head: string[]) =>
  parse(
    [
      ...head,
      '各州（市）人民政府，省政府各委、办、厅、局：',
      '修订后的《青川省森林火灾应急预案》已经省人民政府同意，现印发给你们，请认真遵照执行。',
      '二〇一一年三月九日',
      '青川省森林火灾应急预案',
      '1 总则',
      '1.1 编制目的',
      '为了有效处置森林火灾，制定本预案。',
    ].join('\n'),
  )

describe('a title printed again under a view count, tags and a summary line', () => {
  const title = '青川壮族自治区人民政府关于贯彻落实国家“十三五”促进民族地区和人口较少民族发展规划的实施意见'
  const page = (between: string[]) =>
    parse([title, ...between, title, '(青政发〔2017〕58号)', '各市、县人民政府，自治区人民政府各组成部门：', '为贯彻落实国家规划，现提出以下实施意见。', '一、总体要求'].join('\n'))

  it('reads the 字号 from the summary line that runs the title into it in brackets', () => {
    const doc = page(['2025-07-05 15:50', '自治区', '少数民族', `${title}(青政发〔2017〕58号)各市、县人民政府：为贯`])
    expect(doc.meta.docNumber?.normalized).toBe('青政发〔2017〕58号')
  })

  it('passes the page’s view count as chrome', () => {
    const doc = page(['346人看过'])
    expect(doc.meta.docNumber?.normalized).toBe('青政发〔2017〕58号')
    expect(doc.diagnostics.some((d) => d.code === 'boilerplate-removed' && d.message.includes('346人看过'))).toBe(true)
  })
})

describe('a page heading naming the plan, the stamp and the 字号 over the organ and its 关于 line', () => {
  const head = ['青川省森林火灾应急预案', '日期:2017-05-02 时间: 09:41', '青政办〔2011〕37号', '青川省人民政府办公厅', '关于印发青川省森林火灾应急预案的通知']

  it('takes the organ and the 关于 line as the title, under the heading', () => {
    const doc = notice(head)
    expect(doc.meta.title).toBe('青川省人民政府办公厅关于印发青川省森林火灾应急预案的通知')
    expect(doc.meta.docNumber?.normalized).toBe('青政办〔2011〕37号')
    expect(doc.meta.issuers).toEqual(['青川省人民政府办公厅'])
    expect(doc.documents[0].meta.title).toBe('青川省森林火灾应急预案')
  })

  it('and under a long menu of the site', () => {
    const menu = [
      '设为首页 | 加入收藏',
      '政务信息',
      '部门概况',
      '信息公开',
      '气象资讯',
      '新闻发布',
      '气象要闻',
      '媒体新闻',
      '教育培训',
      '气象服务',
      '预警信息',
      '天气预报',
      '气象产品',
      '办事服务',
      '行政许可',
      '权力清单',
      '其它事项',
    ]
    const doc = notice([...menu, ...head])
    expect(doc.meta.title).toBe('青川省人民政府办公厅关于印发青川省森林火灾应急预案的通知')
    expect(doc.meta.docNumber?.normalized).toBe('青政办〔2011〕37号')
    expect(doc.meta.docType).toBe('通知')
  })
})

describe("a site's headline over a law page, the law's own title further down over its first article", () => {
  it('passes a headline naming no genre, its stamp and the blurb under it', () => {
    const doc = parse(
      [
        '2016年青川殡葬管理实施办法细则全文解读',
        '发布时间:2016-08-12 23:41:33 来源:某某娱乐网',
        '《2016年青川殡葬管理实施办法细则全文解读》是由某某娱乐网编辑为你整理收集，希望对你有所帮助。',
        '感谢访问本文，仅供参考，如有变动，请以官网公布为准。',
        '青川自治区殡葬管理暂行规定实施办法',
        '第一条 为了加强殡葬管理，根据有关规定，制定本实施办法。',
        '第二条 自治区各级民政部门负责本地区的殡葬管理工作。',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('青川自治区殡葬管理暂行规定实施办法')
    expect(doc.meta.docType).toBe('实施办法')
  })

  it('passes a column word over a keyword label and the date', () => {
    const doc = parse(
      [
        '您当前所在的位置:某某管理所 > 政策法规',
        '政策法规',
        '青川自治区殡葬管理条例',
        '关键词:',
        '殡葬',
        '2014-03-18',
        '青川自治区实施《殡葬管理条例》若干规定',
        '第一条 为了加强殡葬管理，制定本规定。',
        '第二条 本规定适用于自治区行政区域内的殡葬活动。',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('青川自治区实施《殡葬管理条例》若干规定')
    expect(doc.meta.docType).toBe('规定')
  })

  it('keeps a title broken over two lines right above the first chapter whole', () => {
    const doc = parse(['青川市支持省级数字经济园区建设等', '奖补政策实施细则', '第一章 总则', '第一条 为支持园区建设，制定本细则。'].join('\n'))
    expect(doc.meta.title).toBe('青川市支持省级数字经济园区建设等奖补政策实施细则')
  })
})

describe('the organ printed alone over the title, both above the 字号 and a label row', () => {
  it('is the title’s first part', () => {
    const doc = parse(
      [
        '青川市人民政府办公室',
        '关于印发《青川市突发事件总体应急预案》的通知',
        '青政办发〔2022〕75号',
        '索引号:6108210014/-2022-003419 发布时间:2022-09-19 08:22:55 公开机构:青川市人民政府网',
        '各镇人民政府、街道办事处，市人民政府各工作部门：',
        '《青川市突发事件总体应急预案》已经市政府同意，现印发你们，请认真组织实施。',
        '青川市人民政府办公室',
        '2022年7月25日',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('青川市人民政府办公室关于印发《青川市突发事件总体应急预案》的通知')
    expect(doc.meta.docNumber?.normalized).toBe('青政办发〔2022〕75号')
  })
})

describe("a spam host's keyword line over a law library's label list", () => {
  it('is no title: the notice’s own title under the labels is', () => {
    const doc = parse(
      [
        '好看影院，精品一二三区入口网站，高清在线观看，无码专区不卡顿',
        '听全文',
        '基本信息',
        '统一编号：ZC0220200006',
        '文号：青府办规〔2020〕6号',
        '实施日期：2020年06月05日',
        '发布机关：青川市人民政府办公室',
        '文件状态：',
        '青川市人民政府办公室关于印发青川市旧村改造实施意见（试行）的通知',
        '青府办规〔2020〕6号',
        '各镇政府、街道办事处，市政府各部门：',
        '《青川市旧村改造实施意见（试行）》已经市人民政府同意，现印发给你们，请认真贯彻执行。',
        '青川市人民政府办公室',
        '2020年6月3日',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('青川市人民政府办公室关于印发青川市旧村改造实施意见（试行）的通知')
    expect(doc.meta.docType).toBe('通知')
  })
})

describe('a protocol two ministries sign', () => {
  it('takes 议定书 as its genre', () => {
    const doc = parse(['甲国对外贸易部和乙国对外贸易部关于一九七一年对外贸易机构交货共同条件议定书', '甲国对外贸易部和乙国对外贸易部同意延长交货共同条件的有效期。'].join('\n'))
    expect(doc.meta.docType).toBe('议定书')
  })
})

describe('units of the west', () => {
  it('苏木 is a township level, joined with 乡 and 镇 before the government they share', () => {
    expect(roleTriples(['某某实施办法', '第一条 为了加强殡葬管理，制定本办法。', '第四条 苏木、乡、民族乡、镇人民政府负责本地区的殡葬管理工作。'].join('\n'))).toEqual([
      '第四条 responsible 苏木、乡、民族乡、镇人民政府',
    ])
  })

  it('新疆生产建设兵团 is a unit', () => {
    expect(roleTriples(['某某若干规定', '第一条 为了加强殡葬管理，制定本规定。', '第五条 新疆生产建设兵团依照本规定，负责兵团系统的殡葬管理工作。'].join('\n'))).toEqual([
      '第五条 responsible 新疆生产建设兵团',
    ])
  })
})
