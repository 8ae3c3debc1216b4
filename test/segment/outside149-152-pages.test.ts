import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { genreOf, isTitleLike } from '../../src/text/genre.js'

/**
 * Families of outside149–152 (issue #11, helpers' draws of the forty-eighth session's first round), on fixtures of our
 * own wording in the pages' shapes: a numbered standard whose part's name follows a dash (150 01); a documentation
 * site's permalink marks after its headings (150 06); a county portal's bulleted label list with a slash label (149 07);
 * a 公示 and a plenum's decision printed from their bodies (149 05, 152 07).
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
