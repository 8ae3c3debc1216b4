import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { allClauses } from '../helpers.js'

const blind = (name: string) => readFileSync(new URL(`../gold/blind/texts/${name}`, import.meta.url), 'utf8')

describe('law ranks: 章 › 节 › 条', () => {
  it('articles under a 节 are its children, and number on across sections (鹤壁市大气污染防治条例)', () => {
    const doc = parse(blind('33-鹤壁市大气污染防治条例_2019-02-01.txt'))
    const chapter3 = doc.clauses.find((c) => c.marker.startsWith('第三章'))!
    expect(chapter3.children.map((c) => c.path.at(-1))).toEqual(['第一节', '第二节', '第三节', '第四节', '第五节'])
    for (const section of chapter3.children) {
      expect(section.children.length).toBeGreaterThan(0)
      for (const article of section.children) expect(article.path).toEqual(['第三章', section.path[1], article.path[2]])
    }
    // no article of the document is lost or left beside a section
    const articles = allClauses(doc.clauses).filter((c) => c.style === 'article')
    const printed = [...blind('33-鹤壁市大气污染防治条例_2019-02-01.txt').matchAll(/^第[一二三四五六七八九十百]+条/gm)].length
    expect(articles.length).toBe(printed)
  })

  it('an article whose text starts with 中 is a heading, not a cross-reference (军人地位和权益保障法 第六条)', () => {
    const text = blind('36-军人地位和权益保障法_2021-06-10.txt')
    const doc = parse(text)
    const keys = allClauses(doc.clauses)
      .filter((c) => c.style === 'article')
      .map((c) => c.path.at(-1))
    expect(keys).toContain('第六条')
    expect(keys).toContain('第八条')
    expect(doc.diagnostics.filter((d) => d.code === 'numbering-gap' && /条/.test(d.message))).toEqual([])
  })

  it('第五条中规定的 at a line start stays a cross-reference', () => {
    const doc = parse('某某办法\n\n第四条 甲。\n\n第五条 乙。\n第五条中规定的事项，由市政府负责。\n\n第六条 丙。')
    expect(allClauses(doc.clauses).map((c) => c.path.at(-1))).toEqual(['第四条', '第五条', '第六条'])
  })
})

describe('an article whose text opens with 与 / 所 / 第 (issue #11 marker sweep)', () => {
  const heads = (text: string) => allClauses(parse(text).clauses).map((c) => `${c.path.join('/')} ${c.heading ?? ''}`.trim())

  it('is a heading when the input printed a space after its number and the number is the next article', () => {
    expect(
      heads(
        '第一条 为了规范反补贴行政案件的审理，制定本规定。\n第二条 与反补贴行政行为具有法律上利害关系的个人或者组织，可以依法提起行政诉讼。\n第三条 第二条所称的利害关系人包括下列组织：\n（一）申请人；\n（二）有关企业。\n第四条　所属部门应当配合。',
      ),
    ).toEqual([
      '第一条 为了规范反补贴行政案件的审理，制定本规定',
      '第二条 与反补贴行政行为具有法律上利害关系的个人或者组织，可以依法提起行政诉讼',
      '第三条 第二条所称的利害关系人包括下列组织：',
      '第三条/（一） 申请人',
      '第三条/（二） 有关企业',
      '第四条 所属部门应当配合',
    ])
  })

  it('stays a cross-reference without the space, or when its number is not the next article', () => {
    expect(heads('第一条 本办法适用于本市。\n第二条 有关部门应当配合。\n第五条与第三条所定人员，不在此限。')).toEqual(['第一条 本办法适用于本市', '第二条 有关部门应当配合'])
    expect(heads('第一条 本办法适用于本市。\n第二条 有关部门应当配合。\n第一条 所称单位，是指…')).toEqual(['第一条 本办法适用于本市', '第二条 有关部门应当配合'])
  })

  it('finds 第三十二条 所得为人民币以外货币的… of the individual income tax regulation', () => {
    const doc = parse(readFileSync(new URL('../../corpus/policy/govcn_platform1__33_中华人民共和国个人所得税法实施条例.txt', import.meta.url), 'utf8'))
    const law = doc.documents[0] ?? doc
    const keys = allClauses(law.clauses).map((c) => c.path.at(-1))
    expect(keys).toContain('第三十二条')
    expect(keys.filter((k) => /^第.+条$/.test(k!))).toHaveLength(36)
  })
})

describe('articles an amendment inserted (第一百二十条之一, 第 185-1 條)', () => {
  const articleKeys = (text: string) =>
    allClauses(parse(text).clauses)
      .filter((c) => c.style === 'article')
      .map((c) => c.path.at(-1))

  it('a Taiwan law numbers them N-M: each is its own article, in order, no repeat warned', () => {
    const text = [
      '漁業資源保育條例',
      '第 12 條',
      '主管機關應於每年六月底前公告禁漁區域。',
      '第 12-1 條',
      '前條禁漁區域內之捕撈行為，由直轄市、縣（市）政府負責查核。',
      '第 12-2 條',
      '違反前條規定者，處新臺幣三萬元以下罰鍰。',
      '第 13 條',
      '本條例自公布日施行。',
    ].join('\n')
    expect(articleKeys(text)).toEqual(['第12条', '第12-1条', '第12-2条', '第13条'])
    const doc = parse(text)
    expect(doc.diagnostics.filter((d) => d.code === 'numbering-repeat')).toEqual([])
    // the duty printed under 第 12-1 條 is that article's, not 第 12 條's
    const duty = doc.tasks.find((t) => t.roles.some((r) => r.units.some((u) => u.name.includes('政府'))))
    expect(duty?.path).toEqual(['第12-1条'])
  })

  it('a mainland law prints them 之一: the key keeps 之一, so two articles never share a path', () => {
    const text = '某某法\n\n第三十条 甲项规定。\n\n第三十条之一 乙项规定。\n\n第三十条之二 丙项规定。\n\n第三十一条 丁项规定。'
    expect(articleKeys(text)).toEqual(['第三十条', '第三十条之一', '第三十条之二', '第三十一条'])
  })

  it('第七條之二至前條規定… at a line start is a cross-reference, not an article', () => {
    const text = '某某組織法\n第 7 條 甲。\n第 7-3 條\n第七條之二至前條規定，於其他事件準用之。\n第 8 條 乙。'
    expect(articleKeys(text)).toEqual(['第7条', '第7-3条', '第8条'])
  })
})
