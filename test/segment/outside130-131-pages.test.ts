import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside130 and outside131 (issue #11, helpers' draws of the forty-sixth session's second round), on fixtures
 * of our own wording in the pages' shapes: a portal's stamp crediting its source first, over the notice's own printing
 * with its organ on a line of its own (130 05); a posting date in brackets after a title (130 03); `制定本规划纲要` (130 02);
 * a notice printed without a body over its plan, the plan's preamble citing another `关于印发…的通知》` (131 01).
 */
describe("a portal's stamp crediting its source first, over the notice's own printing", () => {
  const page = (stamp: string) =>
    [
      '您当前的位置:首页 > 某市人民政府办公室政府信息公开目录',
      '关于印发某市粮食应急预案的通知',
      stamp,
      '打印 字号:',
      '某市人民政府办公室',
      '关于印发某市粮食应急预案的通知',
      '某政办发〔2017〕176号',
      '各县区人民政府、市政府有关部门:',
      '《某市粮食应急预案》已经市政府同意，现印发你们，请遵照执行。',
      '某市人民政府办公室',
      '2017年12月14日',
    ].join('\n')

  it('the organ’s printing is the title, and the stamp above it still dates the publication', () => {
    const doc = parse(page('文章来源:某市人民政府 发表时间:2017-12-20 10:18 责任编辑:张三'))
    expect(doc.meta.title).toBe('某市人民政府办公室关于印发某市粮食应急预案的通知')
    expect(doc.meta.publishedDate).toBe('2017-12-20')
    expect(doc.meta.issuers).toEqual(['某市人民政府办公室'])
  })

  it('a source line with no date is no stamp: the headline stays the title', () => {
    expect(parse(page('文章来源:某市人民政府 责任编辑:张三')).meta.title).toBe('关于印发某市粮食应急预案的通知')
  })
})

describe('a title closed by a posting date in brackets', () => {
  it('drops `( 2013-07-19 )` from the title', () => {
    const doc = parse(['某市气象事业发展“十二五”规划 ( 2013-07-19 )', '', '一、发展回顾', '（一）主要成就。气象预报能力明显提升。'].join('\n'))
    expect(doc.meta.title).toBe('某市气象事业发展“十二五”规划')
    expect(doc.meta.docType).toBe('规划')
  })

  it('a period in brackets stays the title’s', () => {
    expect(parse(['某市气象事业发展规划(2011-2015年)', '一、发展回顾', '（一）主要成就。'].join('\n')).meta.title).toBe('某市气象事业发展规划（2011-2015年）')
  })
})

describe('a body naming itself by two genre words', () => {
  it('`制定本规划纲要` is a 纲要, as a title ending so is', () => {
    expect(parse('为切实加强人才工作，结合自治区实际，制定本规划纲要。\n序 言\n进入新世纪以来，人才工作取得了显著成绩。\n').meta.docType).toBe('纲要')
  })

  it('`制定本方案` is still a 方案', () => {
    expect(parse('为切实加强人才工作，结合自治区实际，制定本方案。\n一、总体要求\n（一）指导思想。\n').meta.docType).toBe('方案')
  })
})

describe('a notice printed without a body over the plan it issues', () => {
  const page = (cited: string) =>
    [
      '某某煤业有限公司',
      '',
      '某省人民政府 关于印发某省打赢蓝天保卫战 三年行动计划的通知',
      '',
      '某省打赢蓝天保卫战三年行动计划',
      '',
      '为认真贯彻落实中共中央、国务院《关于全面加强生态环境保',
      '护坚决打好污染防治攻坚战的意见》、《国务院',
      cited,
      '一、总体要求',
      '（一）指导思想。',
    ].join('\n')

  it('the plan under it is its nested document, though the plan’s preamble cites a notice `关于印发…的通知》` whose 《 is a line up', () => {
    const doc = parse(page('关于印发打赢蓝天保卫战三年行动计划的通知》精神，制定本行动计划。'))
    expect(doc.meta.title).toBe('某省人民政府关于印发某省打赢蓝天保卫战三年行动计划的通知')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['某省打赢蓝天保卫战三年行动计划'])
  })
})
