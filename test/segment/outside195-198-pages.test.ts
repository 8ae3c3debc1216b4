import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside195–198 (issue #11, helpers' draws of the fifty-first session's second round), on fixtures of our own
 * wording in the pages' shapes: a news site's breadcrumb a crumb to a line, its heading naming the revised plan, its stamp
 * after its name, then the notice set under its organ line (198 04); `，现印发你们` (198 03); a 落款's organ and date on one
 * line under the notice's closing paragraph (197 01); a page opening with the bracketed date under its lost title (197 02);
 * a sharing site's bulleted disclaimers (197 05); a label table's cell broken over lines (195 04).
 */
describe("a news site's breadcrumb, a crumb to a line, over the revised plan's heading and the notice set under its organ line", () => {
  const page = (stamp: string) =>
    parse(
      [
        '资讯频道',
        '首页',
        '>',
        '应急预案',
        '>',
        '正文',
        '青溪市防汛应急预案(2019年修订)',
        stamp,
        '分享到:',
        '青溪市突发事件应急委员会',
        '关于印发青溪市防汛应急预案的通知',
        '各区人民政府，市政府各委、办、局：',
        '《青溪市防汛应急预案(2019年修订)》已经市政府同意，现印发给你们，请认真贯彻实施。',
        '青溪市突发事件应急委员会',
        '2019年6月25日',
        '青溪市防汛应急预案',
        '(2019年修订)',
        '1 总则',
        '1.1 指导思想',
        '以保障人民群众生命财产安全为根本。',
      ].join('\n'),
    )

  it("reads the notice as the document, the crumb no title, past the site's stamp printed after its name", () => {
    const doc = page('某某装备网 发布时间:2019-08-23')
    expect(doc.meta.title).toBe('青溪市突发事件应急委员会关于印发青溪市防汛应急预案的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.issuers).toEqual(['青溪市突发事件应急委员会'])
    expect(doc.meta.signedDate).toBe('2019-06-25')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['青溪市防汛应急预案（2019年修订）'])
  })

  it('a crumb that is a genre word alone is no title: the title under it is', () => {
    const doc = parse(['首页', '>', '应急预案', '>', '青溪市地震应急预案', '1 总则', '1.1 编制目的', '为做好地震应急工作，制定本预案。'].join('\n'))
    expect(doc.meta.title).toBe('青溪市地震应急预案')
  })
})

describe('a notice that issues with `，现印发你们` and prints no title', () => {
  it('is a 通知', () => {
    const doc = parse(
      [
        '青政发〔2023〕17号',
        '各县市人民政府，州人民政府各部门：',
        '《青溪州知识产权强州建设工作方案》已经州人民政府常务会议研究同意，现印发你们，请认真贯彻执行。',
        '2023年4月14日',
        '（此件公开发布）',
        '青溪州知识产权强州建设工作方案',
        '为统筹推进知识产权强州建设，制定本方案。',
      ].join('\n'),
    )
    expect(doc.meta.docType).toBe('通知')
  })
})

describe("a 落款's organ and date on one line under the notice's closing paragraph", () => {
  const page = (closing: string) => parse(['各县（市）、区人民政府，市政府安委会各成员单位：', closing, '青溪市人民政府安全生产委员会办公室 2017年10月4日', '|'].join('\n'))

  it('signs it', () => {
    const doc = page('现将《某省安委会办公室关于做好国庆期间安全生产工作的紧急通知》转发给你们，请深刻汲取事故教训，确保节日期间安全平稳。')
    expect(doc.meta.signedDate).toBe('2017-10-04')
    expect(doc.meta.issuers).toEqual(['青溪市人民政府安全生产委员会办公室'])
  })

  it("stays text under a task's sentence (guard: a flattened table's unit and due date)", () => {
    const doc = page('完善隐患排查治理制度，建立重点企业台账。')
    expect(doc.meta.signedDate).toBeNull()
  })
})

describe('a page opening with the bracketed date its lost title line stood over', () => {
  it('dates the text', () => {
    const doc = parse(['(2018年8 月20 日)', '为深入贯彻党的十九大精神，现结合我市实际制定如下意见。', '一、总体要求', '1.指导思想。以新发展理念为指导。'].join('\n'))
    expect(doc.meta.signedDate).toBe('2018-08-20')
    expect(doc.meta.docType).toBe('意见')
  })
})

describe("a sharing site's bulleted disclaimers over the file's text", () => {
  it('are chrome: the title printed under them is found', () => {
    const doc = parse(
      [
        '- 1、本文档共28页，可阅读全部内容。',
        '- 2、某某文档网站文档一经付费（服务费），不意味着购买了该文档的版权，仅供个人/单位学习、研究之用，不得用于商业用途。'.replace('某某文档', '原创力文档'),
        '- 3、本站所有内容均由合作方或网友上传，本站不对文档的完整性、权威性及其观点立场正确性做任何保证或承诺！文档内容仅供研究参考，付费前请自行鉴别。如您付费，意味着您自己接受本站规则且自行承担风险，本站不退款、不进行额外附加服务。',
        '- 4、如文档侵犯商业秘密、侵犯著作权、侵犯人身权等，请点击“版权申诉”。',
        '查看更多',
        '2018年青溪区防汛防台专项应急预案',
        '一、总则',
        '（一）编制目的',
        '为有效应对台风、暴雨等灾害性天气，编制本预案。',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('2018年青溪区防汛防台专项应急预案')
  })
})

describe("a label table's cell broken over lines", () => {
  it('ends no table: the rows under it are read (its 发布日期 among them)', () => {
    const doc = parse(
      [
        '索 引 号: | 2950798/2022-52505 | ||',
        '文 号: | 青区政办发〔2022〕16号 | 组配分类: | 区政府办文件 |',
        '发布机构: |',
        '有效',
        '区政府办公室',
        '主题分类: | 政务公开 |',
        '公开方式: | 主动公开 | 体裁分类: | 通知 |',
        '成文日期: | 2022-06-08 | 发布日期: | 2022-06-10 |',
        '青区政办发〔2022〕16号',
        '各街道办事处，区政府各部门：',
        '《青溪区创建体育现代化区实施方案》已经区政府研究同意，现印发给你们，请认真贯彻执行。',
        '青溪市青溪区人民政府办公室',
        '2022年6月8日',
      ].join('\n'),
    )
    expect(doc.meta.publishedDate).toBe('2022-06-10')
    expect(doc.meta.signedDate).toBe('2022-06-08')
  })
})
