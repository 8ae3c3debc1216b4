import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside168–173 (issue #11, helpers' draws of the forty-ninth session's second and third rounds), on
 * fixtures of our own wording in the pages' shapes: a regional portal's label block without colons over a notice whose
 * 落款 prints only its date (169 01); a task list's 主要责任单位 (171 01, as 68 01); a notice's head run into one line
 * with its 字号 and 主送, kept apart by spaces only (172 08); a publicity page's heading quoting the law printed under it
 * (170 06); an untitled 通报 of assessment results, its body naming the act (168 04).
 */
describe("a portal's label block without colons over a notice dated only at its end", () => {
  const page = [
    '当前位置: 首页 > 政务公开 > 法定主动公开内容 > 通知公告',
    '索 引 号 000014348/2021-46808 主题分类 工业、交通 \\ 轻工纺织',
    '发布机构 某自治区工业和信息化厅 文  号 某工信消工字〔2021〕201号',
    '成文日期 2021-06-15 公文时效',
    '关于开展2021年食品安全宣传周活动的通知',
    '各盟市工业和信息化局:',
    '按照自治区食品药品安全委员会办公室的要求,现将有关事项通知如下:',
    '一、活动主题',
    '请各盟市于7月1日前报送活动总结。',
    '2021年6月10日',
  ].join('\n')

  it('reads the rows as labels, the title under them alone, and the date closing the body as the 成文日期', () => {
    const doc = parse(page)
    expect(doc.meta.title).toBe('关于开展2021年食品安全宣传周活动的通知')
    expect(doc.meta.docNumber?.normalized).toBe('某工信消工字〔2021〕201号')
    expect(doc.meta.signedDate).toBe('2021-06-10')
    expect(doc.meta.header?.fields['成文日期']).toBe('2021-06-15')
  })
})

describe('a task list’s 主要责任单位', () => {
  it('leads, beside the 协办单位 that take part', () => {
    const doc = parse(['某市垃圾减量工作任务', '四十二、在市属中小学校普及垃圾分类知识。', '主要责任单位:市教委', '协办单位:市城市管理委、各区县政府', '完成时限:2009年12月底'].join('\n'))
    const roles = doc.tasks.flatMap((t) => t.roles.map((r) => `${r.role}:${r.units.map((u) => u.name).join('、')}`))
    expect(roles.sort()).toEqual(['lead:市教委', 'participant:市城市管理委、各区县政府'])
  })
})

describe("a notice's head run into one line with its 字号 and 主送", () => {
  const line = (head: string) =>
    `  •    ${head}   某省人民政府办公厅   2017年5月10日   某省改善农村人居环境四年行动计划   (2017-2020年)   为建设美丽宜居乡村,特制定本计划。   一、总体要求   以村庄整治为重点,全力推进。`

  it('splits the title, the 字号 and the 主送 onto lines of their own', () => {
    const doc = parse(
      line(
        '某省人民政府办公厅关于印发   某省改善农村人居环境四年行动计划   (2017-2020年)的通知   某政办发〔2017〕38号   各市(州)人民政府,省政府各厅委办、各直属机构:   《某省改善农村人居环境四年行动计划(2017-2020年)》已经省政府同意,现印发给你们,请认真贯彻执行。',
      ),
    )
    expect(doc.meta.title).toBe('某省人民政府办公厅关于印发某省改善农村人居环境四年行动计划（2017-2020年）的通知')
    expect(doc.meta.docNumber?.normalized).toBe('某政办发〔2017〕38号')
    expect(doc.meta.signedDate).toBe('2017-05-10')
  })

  it('reads no 字号 from a line whose title no 字号 follows (guard)', () => {
    // (the title and its 主送 are split apart since outside241 05 — a title naming 关于 with its 主送 after it — and the
    // title read is the same as before that split)
    const doc = parse(line('某省人民政府办公厅关于印发   某省改善农村人居环境四年行动计划的通知   各市(州)人民政府:   现印发给你们,请认真贯彻执行。'))
    expect(doc.meta.docNumber).toBeNull()
    expect(doc.meta.title).toBe('某省人民政府办公厅关于印发某省改善农村人居环境四年行动计划的通知')
  })
})

describe('a heading quoting the law printed under it', () => {
  it('is no part of the law’s title', () => {
    const doc = parse(
      ['政策法规', '《中华人民共和国某某促进法》宣传月宣传资料', '时间:2019-09-17 09:50:52', '中华人民共和国某某促进法', '第一章 总则', '第一条 为了改善某某经营环境,制定本法。'].join('\n'),
    )
    expect(doc.meta.title).toBe('中华人民共和国某某促进法')
  })

  it('keeps an issuing title’s first line, which quotes no whole title line (guard)', () => {
    const doc = parse(['某市人民政府关于印发《某市某某规划》', '的通知', '各区人民政府:', '现将《某市某某规划》印发给你们,请认真贯彻执行。'].join('\n'))
    expect(doc.meta.title).toBe('某市人民政府关于印发《某市某某规划》的通知')
  })
})

describe('an untitled 通报 of assessment results', () => {
  it('names its genre by the act its opening performs (`现将…通报如下`)', () => {
    const page = (act: string) =>
      [
        '各州、市人民政府，省直各委、办、厅、局：',
        `根据省人民政府与各州、市人民政府签订的2021年度安全生产目标责任书，经省人民政府同意，现将2021年度安全生产目标责任考核结果${act}：`,
        '一、某市等8个州、市人民政府考核等次为优秀。',
        '某省人民政府办公厅',
        '2022年4月11日',
      ].join('\n')
    expect(parse(page('通报如下')).meta.docType).toBe('通报')
    // (results only listed name no genre)
    expect(parse(page('列示如下')).meta.docType).toBeNull()
  })
})
