import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { normalize } from '../../src/normalize/index.js'
import { Diagnostics } from '../../src/text/diagnostics.js'
import { MappedText } from '../../src/text/mapped.js'
import { SourceText } from '../../src/text/source.js'

const normalizedText = (s: string) => normalize(MappedText.identity(new SourceText(s)), { script: 'keep' }, new Diagnostics()).view.text

/**
 * Families of outside164–167 (issue #11, helpers' draws of the forty-ninth session's first round), on fixtures of our
 * own wording in the pages' shapes: a county portal's footer printed over an untitled notice in traditional script,
 * its 落款 padded with the `?` a GBK conversion left for each lost non-breaking space (167 01); a city portal's
 * validity mark closing the title (167 04); a sharing site's card over a plan's own printing of its title, the site
 * writing its year in digits where the plan writes it in Chinese numerals (166 02, as 151 02 and 41 07); a
 * rectification list whose label rows follow each other, a role word in brackets closing units of the list (164 01); a
 * notice asking for comments on a five-year plan, its yearless reply date in the year it is dated (164 05).
 */
describe("a portal's footer over an untitled notice, its 落款 padded with lost spaces", () => {
  const page = (footer: string[]) =>
    [
      ...footer,
      '各鄉(鎮)人民政府,縣直有關部門:',
      '新修訂的《某縣森林草原防滅火應急預案》已經縣人民政府同意,現印發給你們,請認真貫徹執行。',
      '?',
      '某縣人民政府辦公室 ???????',
      '2025年7月8日 ?????????',
      '(此件公開發布)',
      '某縣森林草原防滅火應急預案',
      '?',
      '1 總則',
      '1.1 編制目的',
      '為依法有力有序有效處置森林草原火災,編制本預案。',
    ].join('\n')
  const footer = [
    '主辦:某省某市某縣人民政府 ? 版權所有 2018',
    '承辦:某縣人民政府辦公室',
    '晉ICP備19000000號 網站標識碼:1400000000',
    '涉密文件嚴禁上網',
    '某縣人民政府門戶網站提示:使用大于1366*768分辨率/IE10.0或以上瀏覽器可以獲得最佳瀏覽效果!',
  ]

  it('drops the footer lines, and reads the 落款 and the genre the issuing sentence names', () => {
    const doc = parse(page(footer))
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.issuers).toEqual(['某县人民政府办公室'])
    expect(doc.meta.signedDate).toBe('2025-07-08')
    expect(doc.documents.map((d) => d.meta.docType)).toEqual(['应急预案'])
    const dropped = doc.diagnostics.filter((d) => d.code === 'boilerplate-removed').map((d) => d.message)
    expect(dropped.some((m) => m.includes('site-owner-copyright'))).toBe(true)
    expect(dropped.some((m) => m.includes('browser-advice'))).toBe(true)
    expect(dropped.some((m) => m.includes('site-registration'))).toBe(true)
  })

  it('reads ? runs after a space at a line end as the spaces they stood for (a line of ? alone is dropped as a placeholder)', () => {
    const text = normalizedText('某縣人民政府辦公室 ???????\n?\n2025年7月8日 ???')
    expect(text).not.toMatch(/[?？]/)
    // (a question mark in running text and a doubled one stay)
    expect(normalizedText('是否需要重新申报?\n请问如何办理？？')).toMatch(/[?？].*\n.*[?？]{2}/)
  })

  it('keeps an event notice’s 主办单位 line, which names no copyright (guard)', () => {
    const doc = parse('关于举办某市第三届全民健身运动会的通知\n各区体育局：\n主办单位：某市体育局\n承办单位：某区体育局\n请各单位按时报名。\n')
    expect(normalizedText('关于举办某市第三届全民健身运动会的通知\n主办单位：某市体育局\n')).toContain('主办单位：某市体育局')
    expect(doc.diagnostics.some((d) => d.code === 'boilerplate-removed')).toBe(false)
  })
})

describe("a portal's validity mark closing the title", () => {
  const page = (title: string) =>
    [title, '东府办〔2011〕89号', '各镇人民政府（街道办事处），市府直属各单位：', '现将《某市防震减灾规划》印发给你们，请认真贯彻执行。', '某市人民政府办公室', '2011年7月20日'].join('\n')

  it('is no part of the title, and is the document’s status', () => {
    const doc = parse(page('关于印发《某市防震减灾“十二五”规划》的通知(已失效)'))
    expect(doc.meta.title).toBe('关于印发《某市防震减灾“十二五”规划》的通知')
    expect(doc.meta.status).toBe('已失效')
    expect(doc.diagnostics.some((d) => d.code === 'title-validity-mark')).toBe(true)
    expect(parse(page('某市人民政府关于印发某市规划的通知【现行有效】')).meta.status).toBe('现行有效')
  })

  it('leaves a status the rule is named with, and a title naming validity in its words (guard)', () => {
    expect(parse(page('某市防震减灾管理办法（试行）')).meta.title).toBe('某市防震减灾管理办法（试行）')
    const doc = parse(page('关于延长某市防震减灾规划有效期的通知'))
    expect(doc.meta.title).toBe('关于延长某市防震减灾规划有效期的通知')
    expect(doc.meta.status).toBeNull()
  })
})

describe("a sharing site's card over the plan's own printing of its title", () => {
  const page = (heading: string, printed: string[]) =>
    [
      '(某省)某市某县国民经济和社会发展十四五规划(2022年更新)',
      '[可行性研究报告 - 规划计划] 发表于:2022-08-04 15:09:02',
      '收藏',
      '前言',
      heading,
      '详情',
      ...printed,
      '“十四五”时期是某县开启全面建设社会主义现代化新征程的第一个五年。',
      '第一章 规划背景',
    ].join('\n')
  const printed = ['某县国民经济和社会发展', '第十四个五年规划和二〇三五年', '远景目标纲要']

  it('takes the printing as the title, its year as the plan writes it', () => {
    expect(parse(page('某县国民经济和社会发展第十四个五年规划和2035年远景目标纲要', printed)).meta.title).toBe('某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要')
    // (the site's heading naming the city before the county)
    expect(parse(page('某市某县国民经济和社会发展第十四个五年规划和2035年远景目标纲要', printed)).meta.title).toBe('某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要')
  })

  it('keeps the heading over a printing of other words (guard)', () => {
    const doc = parse(page('某县国民经济和社会发展第十四个五年规划和2035年远景目标纲要', ['某县“十四五”文化旅游发展规划', '']))
    expect(doc.meta.title).toBe('某县国民经济和社会发展第十四个五年规划和2035年远景目标纲要')
  })
})

describe('a rectification list: label rows, and a role word in brackets closing units', () => {
  const list = (responsible: string) =>
    [
      '某省生态环境保护督察整改任务清单',
      '一、一些地方对生态文明思想学习贯彻不够全面深入，对资源约束趋紧的形势缺乏清醒认识。',
      `责任单位：${responsible}`,
      '验收单位：省委办公厅、省政府办公厅',
      '整改时限：立行立改、长期坚持',
    ].join('\n')
  const roles = (text: string) =>
    parse(text)
      .tasks.flatMap((t) => t.roles.map((r) => `${r.role}:${r.units.map((u) => u.name).join('、')}`))
      .sort()

  it('reads the units the mark closes as its role, the rest as the label’s, each row its own line', () => {
    expect(roles(list('省委办公厅、省政府办公厅（牵头），各市党委、政府及省级有关部门'))).toEqual(['lead:省委办公厅、省政府办公厅', 'responsible:各市党委、政府及省级有关部门'])
    // (a mark followed by 、 marks its own unit only)
    expect(roles(list('省发展改革委（牵头）、省财政厅、省住房城乡建设厅'))).toEqual(['lead:省发展改革委', 'responsible:省财政厅、省住房城乡建设厅'])
    expect(roles(list('省财政厅、省住房城乡建设厅（配合）'))).toEqual(['participant:省财政厅、省住房城乡建设厅'])
  })

  it('keeps a unit whose bracket names no role, and a sentence broken before a colon, as they were (guard)', () => {
    expect(roles(list('各县（市、区）人民政府'))).toEqual(['responsible:各县（市、区）人民政府'])
    const doc = parse('一、加强组织领导。各地要按照省委、省政府的部署，把整改工作列入重要议事日程，切实加强领导，明确\n责任分工：主要负责同志亲自抓，分管负责同志具体抓。\n')
    expect(doc.diagnostics.some((d) => d.code === 'line-joined')).toBe(true)
  })
})

describe('a notice asking for comments on a five-year plan', () => {
  it('dates its yearless reply in the year it is dated, not the plan’s first year', () => {
    const doc = parse(
      [
        '关于征求《某县“十三五”脱贫攻坚规划（征求意见稿）》意见的通知',
        '各乡镇场、县直相关单位：',
        '县扶贫开发办公室草拟了《某县“十三五”脱贫攻坚规划（征求意见稿）》，现将其印发你们，请结合工作职能提出修改意见，并于6月29日12:00前将书面修改意见反馈给县扶贫办。',
        '某县扶贫开发领导小组办公室',
        '2017年6月28日',
      ].join('\n'),
    )
    expect(doc.documentTime?.deadlines.map((d) => d.date)).toEqual(['2017-06-29'])
  })
})
