import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside227–230 (issue #11, helpers' draws of the fifty-third session's second round), on fixtures of our
 * own wording in the pages' shapes: a column word and a bar before the title it heads (227 06); a site's tag and a bare
 * year before the title (230 02); a bordered label table whose long rows stand between the title and the 字号 (227 05);
 * a page's source lines pasted into a text, elements nested and entities kept (228 02); and 市州 as a level.
 */
describe('a column word closed by a bar before the title, the title printed again under it', () => {
  it('the printed title is the title', () => {
    const doc = parse(
      [
        '您的位置:首页>正文',
        '意见|省人民政府关于加快推进体育强省建设的意见',
        '省人民政府关于加快推进体育强省建设的意见',
        '青政发〔2017〕63号',
        '各市、州、县人民政府，省政府各部门：',
        '为加快推进体育强省建设，提出如下意见。',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('省人民政府关于加快推进体育强省建设的意见')
    expect(doc.meta.issuers).toEqual(['省人民政府'])
  })
})

describe('a site’s tag and a bare year in brackets opening the title', () => {
  it('are both dropped', () => {
    const doc = parse(['【地方】(2016)青川省人民政府关于青溪市开发区优化整合方案的批复', '时间:2017-04-09', '青溪市人民政府：', '你市请示收悉。经研究，现批复如下：'].join('\n'))
    expect(doc.meta.title).toBe('青川省人民政府关于青溪市开发区优化整合方案的批复')
    expect(doc.meta.docType).toBe('批复')
  })
})

describe('a bordered label table whose long rows stand over the 字号', () => {
  it('reads the 字号 printed under the rows', () => {
    const doc = parse(
      [
        '索 引 号 | 11620321/2024-182957 | 分 类 | 县级政策 |',
        '发布机构 | 发文日期 | 2024-11-14 | |',
        '标 题 | 青川县人民政府办公室关于印发《青川县建设安全事故应急预案》的通知 | ||',
        '文 号 | 主 题 词 | ||',
        '内容概述 | 青政办发〔2024〕98号各乡镇人民政府，县政府有关部门：《青川县建设安全事故应急预案》已经县政府研究通过，现印发给你们，请认真贯彻执行。 | ||',
        '时 效 |',
        '青政办发〔2024〕98号',
        '各乡镇人民政府，县政府有关部门：',
        '《青川县建设安全事故应急预案》已经县政府研究通过，现印发给你们，请认真贯彻执行。',
        '青川县人民政府办公室',
        '2024年10月30日',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('青川县人民政府办公室关于印发《青川县建设安全事故应急预案》的通知')
    expect(doc.meta.docNumber?.normalized).toBe('青政办发〔2024〕98号')
  })
})

describe('a page’s source lines pasted into a text', () => {
  const doc = parse(
    [
      '青川市人民政府关于印发青川市安全生产“十三五”规划的通知',
      '<p style="text-align: center"><font size="4">青府发〔2016〕21号</font></p>',
      '<p>各县（市）、区人民政府，市政府各委办局：</p>',
      '<p style="text-indent: 21pt">现将《青川市安全生产&ldquo;十三五&rdquo;规划》印发给你们，请遵照执行。</p>',
      '<p align="right">青川市人民政府</p>',
      '<p align="right">2016年10月17日</p>',
      '<p style="text-align: center"><span style="font-size: 18px">青川市安全生产&ldquo;十三五&rdquo;规划</span></p>',
      '<p>一、面临的形势</p>',
    ].join('\n'),
  )

  it('reads a line whose element holds another, the 字号 in it', () => {
    expect(doc.meta.docNumber?.normalized).toBe('青府发〔2016〕21号')
  })

  it('reads the entities as the marks they stand for', () => {
    expect(doc.documents[0].meta.title).toBe('青川市安全生产“十三五”规划')
  })
})

describe('市州 as a level', () => {
  it('joins a list of levels before the government they share', () => {
    const doc = parse(['某某工作方案', '一、工作任务', '1.完成详查。（省环境保护厅牵头，各市州、县级人民政府负责落实。）'].join('\n'))
    expect(doc.tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${r.role} ${u.name}`)))).toEqual(['lead 省环境保护厅', 'responsible 各市州、县级人民政府'])
  })
})

describe('a site’s label line between a law’s title and its history', () => {
  it('is passed: the history and the congress are read (outside229 04)', () => {
    const doc = parse(['青川省消防条例', '执行日期:2012-3-1', '（2012年1月5日青川省第十一届人民代表大会常务委员会第二十七次会议通过）', '第一章 总则', '第一条 为了预防火灾，制定本条例。'].join('\n'))
    expect(doc.meta.issuers).toEqual(['青川省人民代表大会常务委员会'])
    expect(doc.meta.history?.map((h) => [h.date, h.action])).toEqual([['2012-01-05', '通过']])
  })
})
