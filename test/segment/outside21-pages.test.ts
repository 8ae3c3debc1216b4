import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { fixtureText } from '../helpers.js'

// outside21 probe (issue #11, a broad pre-registered draw), pages 14, 10 and 09: a portal's long
// menu over a label table whose labels lack colons, a repost site's spam line over its
// `字号《title》` heading, a title broken after 关于印发 whose subject opens with the issuer's
// province. Fixtures written for the tests in those forms (own organs, numbers and dates).
const page = (name: string) => parse(fixtureText(`outside21/${name}`))

describe('a portal page with a long menu and a colon-less label table above the title', () => {
  const doc = page('portal-nav-label-table.txt')

  it('finds the title below the menu and the table', () => {
    expect(doc.meta.title).toBe('乌海市人民政府关于印发《乌海市人民政府议事规则》的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.issuers).toEqual(['乌海市人民政府'])
  })

  it('reads the 字号 glued after a Han value (发布机构市人民政府文号乌海政发〔2016〕41号)', () => {
    expect(doc.meta.docNumber?.normalized).toBe('乌海政发〔2016〕41号')
    expect(doc.meta.signedDate).toBe('2016-09-12')
    expect(doc.meta.publishedDate).toBe('2016-09-14')
  })

  it('still reads a 字号 label after a digit, and no label inside Han text', () => {
    const label = parse('索引号 11150300/2016-00212 文号 乌海政发〔2016〕41号\n乌海市人民政府关于加强供暖管理的通知\n各区人民政府：\n现将有关事项通知如下。\n')
    expect(label.meta.docNumber?.normalized).toBe('乌海政发〔2016〕41号')
    const prose = parse('乌海市人民政府关于加强公文文号管理的通知\n各区人民政府：\n现将有关事项通知如下。\n')
    expect(prose.meta.title).toBe('乌海市人民政府关于加强公文文号管理的通知')
    expect(prose.meta.docNumber).toBeNull()
  })
})

describe('a repost heading `字号《title》` under a spam line', () => {
  const doc = page('spam-line-quoted-headline.txt')

  it('takes the title inside the brackets and the number before them', () => {
    expect(doc.meta.title).toBe('宜宾市人民政府关于印发《宜宾市市级政府投资项目管理暂行办法》的通知')
    expect(doc.meta.docNumber?.normalized).toBe('宜府发〔2019〕12号')
    expect(doc.meta.signedDate).toBe('2019-05-16')
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['宜宾市市级政府投资项目管理暂行办法', '暂行办法']])
  })
})

describe('a title broken after 关于印发 whose subject opens with the same province', () => {
  it('joins both lines (the upper one names 关于, so it is no section heading)', () => {
    const doc = page('broken-title-same-province.txt')
    expect(doc.meta.title).toBe('青海省人民政府办公厅关于印发青海省冰雪旅游发展规划的通知')
    expect(doc.meta.issuers).toEqual(['青海省人民政府办公厅'])
  })

  it('still leaves a section heading without 关于 out of the title', () => {
    const doc = parse('青海省政府会议\n\n青海省人民政府第12次常务会议纪要\n\n会议研究了冰雪旅游工作。\n')
    expect(doc.meta.title).toBe('青海省人民政府第12次常务会议纪要')
  })
})
