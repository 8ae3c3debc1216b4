/**
 * Families of the metadata audit's second round and those left open by the first (test/gold/audit/README.md,
 * "Metadata audit, round 2"), each on a fixture of our own in the format of its source.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { historyEvents } from '../../src/segment/history.js'
import { genreFromBody, genreFromOpening, isTitleLike } from '../../src/text/genre.js'
import { fixtureText } from '../helpers.js'

const tw = (name: string) => parse(fixtureText(`formats/history/${name}.txt`))

describe('meta2: a Taiwan order serial with a digit in its word', () => {
  it('勞動部勞動發能 3 字第…號: the organ is read, and the number keeps its digit', () => {
    const doc = tw('tw-labour-serial')
    expect(doc.meta.issuers).toEqual(['勞動部'])
    expect(doc.meta.history?.map((h) => h.docNumber)).toEqual(['劳职2字第0920021456号', '劳职2字第0980005123号', '劳动发能3字第1110503398号'])
    expect(doc.meta.publishedDate).toBe('2003-06-10')
  })

  it('a commission under 行政院 opening such a number is the issuer, not 行政院', () => {
    const [repeal] = historyEvents('4.中華民國一百零三年二月十五日行政院勞工委員會勞人 1  字第 1030100169 號令發布廢止', 0)
    expect(repeal.issuers).toEqual(['行政院勞工委員會'])
    expect(repeal.docNumber).toBe('勞人1字第1030100169號')
  })
})

describe('meta2: a congress report under a slogan title names its genre in its opening', () => {
  it('我代表…中央委员会，向党的第…次全国代表大会作报告 → 报告; the title stays the slogan', () => {
    const doc = parse(fixtureText('formats/reports/congress-report.txt'))
    expect(doc.meta.title).toBe('坚持改革开放，建设富强民主文明的现代化国家')
    expect(doc.meta.docType).toBe('报告')
    expect(genreFromOpening('现在，我代表第十六届中央委员会向大会作报告。')).toBe('报告')
  })

  it('only in the opening, only to a congress, and never over a title genre', () => {
    const late = [
      '加快发展，全面推进各项事业',
      '',
      '同志们：',
      '',
      '一、过去五年',
      '',
      '成绩很大。',
      '',
      '二、今后任务',
      '',
      '任务很重。',
      '',
      '三、党的建设',
      '',
      '全面从严。',
      '',
      '我代表中央委员会向大会作报告。',
      '',
    ].join('\n')
    expect(parse(late).meta.docType).toBeNull()
    expect(genreFromOpening('市政府向市人大常委会作报告。')).toBeNull()
    const typed = ['关于加快发展的决议', '', '现在，我代表主席团向大会作报告。', ''].join('\n')
    expect(parse(typed).meta.docType).toBe('决议')
  })
})

describe('meta2: a body-only export whose first line opens a purpose clause', () => {
  it('the wrapped first line is no title and names no issuer; the genre comes from the quoted title it makes', () => {
    const doc = parse(fixtureText('formats/body-only/purpose-wrapped.txt'))
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.issuers).toEqual([])
    expect(doc.meta.docType).toBe('指南')
  })

  it('a purpose clause is no title, a title holding 关于 still is', () => {
    expect(isTitleLike('为深入贯彻落实党中央、国务院关于加快发展人工智能')).toBe(false)
    expect(isTitleLike('为落实省委关于乡村振兴')).toBe(false)
    expect(isTitleLike('某某市人民政府关于贯彻落实乡村振兴战略的实施意见')).toBe(true)
    expect(isTitleLike('为全面建成小康社会而奋斗')).toBe(false)
  })

  it('制定《…》 names the genre of the text only when the sentence ends there', () => {
    expect(genreFromBody('为推进标准化工作，制定《某某标准体系建设指南》。')).toBe('指南')
    expect(genreFromBody('为推进标准化工作，制定《某某标准体系建设指南》，现印发给你们。')).toBe('通知')
  })
})

describe('meta2: a title run into its preamble that closes in a half-width full stop', () => {
  it('`…指导意见为认真贯彻…关于…，制定本指导意见.` is no title line (关于 made it one): the title is cut at its genre', () => {
    const doc = parse('某某港口智能化发展指导意见为认真贯彻党中央关于建设交通强国的战略部署，加快新技术与港口业务深度融合，制定本指导意见.\n一、总体要求\n（一）指导思想.\n以新发展理念为引领.\n')
    expect(doc.meta.title).toBe('某某港口智能化发展指导意见')
    expect(doc.meta.docType).toBe('指导意见')
    expect(doc.meta.issuers).toEqual([])
    expect(isTitleLike('某某港口智能化发展指导意见')).toBe(true)
    expect(isTitleLike('关于印发某某办法的通知.')).toBe(false)
  })
})

describe('a congress report whose archive tag line stands over the printed title', () => {
  it('the tag line is the title; the printed title, subtitle and dateline under it are not glued to it', () => {
    const doc = parse(fixtureText('formats/reports/congress-report-printed-title.txt'))
    expect(doc.meta.title).toBe('团结一致推进改革开创事业发展新局面')
    expect(doc.meta.docType).toBe('报告')
    expect(doc.meta.signedDate).toBe('2027-10-18')
  })
})
