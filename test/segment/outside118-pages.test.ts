import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside118's page forms (test/gold/outside/outside118.md), in fixtures of our own wording

describe('a copied label list, each row a bullet and a bracketed label, over a law under its 公告', () => {
  it('is read as the page’s header', () => {
    const doc = parse(
      '- [主题分类] 卫生、体育\\体育\n- [发文机构] 青溪市人民代表大会常务委员会\n- [成文日期] 2017-01-20\n- [有效性] 有效\n- [发布日期] 2017-02-10\n青溪市全民健身条例\n(2017年1月20日青溪市第十四届人民代表大会第五次会议通过)\n第一章 总则\n第一条 为了推进全民健身，制定本条例。\n',
    )
    expect([doc.meta.title, doc.meta.signedDate, doc.meta.publishedDate, doc.documents.length]).toEqual(['青溪市全民健身条例', '2017-01-20', '2017-02-10', 0])
  })
})

describe('a PDF’s page number glued after the release line under the 落款', () => {
  it('leaves the attached plan nested under its own title', () => {
    const doc = parse(
      '关于报送《青溪市发展和改革委员会地震应急预案》的报告\n青发改办〔2020〕1085号\n青溪市抗震救灾指挥部办公室:\n现将我委新修订地震应急预案随文附后上报。\n青溪市发展和改革委员会\n2020年8月10日\n(此件主动公开)—2—\n青溪市发展和改革委员会地震应急预案\n1总则\n1.1编制目的\n',
    )
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['青溪市发展和改革委员会地震应急预案'])
  })
})

describe('a site’s page number in figures after a title it splits over pages', () => {
  it('is no part of the title', () => {
    expect(parse('青溪区2010年国民经济和社会发展统计公报(2)\n六、公共事业\n年末全区共有学校100所。\n').meta.title).toBe('青溪区2010年国民经济和社会发展统计公报')
  })

  it('a series numbering its own titles in words keeps the number (guard)', () => {
    expect(parse('中华人民共和国刑法修正案（七）\n一、在刑法第二百零一条中增加一款。\n').meta.title).toBe('中华人民共和国刑法修正案（七）')
  })
})

describe('a year’s 工作总结 and a statistical bulletin narrate', () => {
  it('a 工作总结 is titled and typed by its genre word', () => {
    const doc = parse('青溪2008年科技工作总结\n一年来，我局较好地完成了各项工作任务。\n一、主要工作成效\n')
    expect([doc.meta.title, doc.meta.docType]).toEqual(['青溪2008年科技工作总结', '工作总结'])
  })

  it('a bulletin’s year of work done is no due date', () => {
    const doc = parse('青溪区2010年国民经济和社会发展统计公报\n一、综合\n2010年，全区地区生产总值增长10%。\n六、公共事业\n2010年，全区完成8个小区雨污分流工程。\n')
    expect(doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due'))).toEqual([])
  })

  it('a plan’s year with 完成 stays due (guard)', () => {
    const doc = parse('青溪区2010年城市建设工作方案\n一、主要任务\n2010年，全区完成8个小区雨污分流工程。\n')
    expect(doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => d.date))).toEqual(['2010-12-31'])
  })
})
