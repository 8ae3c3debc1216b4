import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { fixtureText, rolesByPath } from '../helpers.js'

// outside21 probe (issue #11, a broad pre-registered draw), pages 11 and 04: a law site's history
// parenthesis that lost its closing bracket, and a comments notice headed `…公开征求意见`. Fixture
// written for the test in that form (own province, rule, numbers and dates).
const page = (name: string) => parse(fixtureText(`outside21/${name}`))

describe('a history parenthesis whose closing bracket is lost', () => {
  const doc = page('history-bracket-lost.txt')

  it('reads its events: 发布 is the publication', () => {
    expect(doc.meta.history?.map((h) => [h.date, h.action])).toEqual([
      ['1995-04-03', '通过'],
      ['1995-04-20', '公布'],
    ])
    expect(doc.meta.publishedDate).toBe('1995-04-20')
  })

  it('names the issuer line`s organ when the history drops the place (省人民政府 → 安徽省人民政府)', () => {
    expect(doc.meta.issuers).toEqual(['安徽省人民政府'])
  })

  it('keeps the body`s articles', () => {
    expect(rolesByPath(doc)['第二条']).toEqual([['responsible', ['县级以上人民政府城市建设行政主管部门']]])
  })
})

describe('a page headed `《…(征求意见稿)》公开征求意见`', () => {
  it('names no genre: asking for comments is no 意见', () => {
    const doc = parse(
      '《某市物业管理办法（征求意见稿）》公开征求意见\n\n来源：立法科 时间：2021-04-02 09:30\n\n为听取社会各界意见，现将《某市物业管理办法（征求意见稿）》予以公布。\n\n某市司法局\n\n2021年4月1日\n',
    )
    expect(doc.meta.docType).toBeNull()
    expect(parse('某市人民政府关于加强物业管理的意见\n\n各区人民政府：\n现提出如下意见。\n').meta.docType).toBe('意见')
  })
})
