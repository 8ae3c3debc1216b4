import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { isRepostPublisher, placeOf } from '../../src/segment/repost.js'

// outside9 probe (issue #11), family G: a city notice reposted by a county bureau (24), a county plan
// and a county notice reposted by towns (26, 27); E: a pipe label table without a title whose rows open
// with a label no field takes (25). Fixtures written in those forms (own places, units and dates).
const fixture = (name: string) => readFileSync(new URL(`../fixtures/leftfam8/${name}`, import.meta.url), 'utf8')

describe('a site table whose 发布机构 reposted the document', () => {
  it('a county bureau over a city notice: the 发布日期 is the repost stamp, the 成文日期 stays', () => {
    const doc = parse(fixture('repost-bracket-rows.txt'))
    expect(doc.meta.title).toBe('重庆市人民政府办公厅关于印发重庆市城市排水防涝应急预案的通知')
    expect(doc.meta.issuers).toEqual(['重庆市人民政府办公厅'])
    expect(doc.meta.authority).toEqual(['巫溪县住房城乡建委'])
    expect(doc.meta.publishedDate).toBeNull()
    expect(doc.meta.signedDate).toBe('2019-05-08')
  })
  it('a town over its county plan: no issuer, no published or dispatch date', () => {
    const doc = parse(fixture('repost-township-pipes.txt'))
    expect(doc.meta.title).toBe('泾川县山洪灾害防御工作方案')
    expect(doc.meta.issuers).toEqual([])
    expect(doc.meta.publishedDate).toBeNull()
    expect(doc.meta.signedDate).toBeNull()
  })
  it("a town's own notice keeps its dates and its issuer", () => {
    const doc = parse(fixture('town-own-notice.txt'))
    expect(doc.meta.issuers).toEqual(['高平镇人民政府'])
    expect(doc.meta.publishedDate).toBe('2024-05-21')
    expect(doc.meta.signedDate).toBe('2024-05-20')
  })
  it("the issuer's own office publishing keeps the 发布日期", () => {
    const doc = parse(fixture('own-office-pipes.txt'))
    expect(doc.meta.issuers).toEqual(['牧野区人民政府'])
    expect(doc.meta.publishedDate).toBe('2023-08-21')
  })
})

describe('a pipe label table without a title', () => {
  it('reads the cells of a row opened by an unknown label (失效时间)', () => {
    const doc = parse(fixture('own-office-pipes.txt'))
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.docNumber?.normalized).toBe('牧政办〔2023〕27号')
    expect(doc.meta.signedDate).toBe('2023-08-16')
    expect(doc.meta.header?.fields['发文机关']).toBe('牧野区人民政府办公室')
    expect(doc.documents[0]?.meta.title).toBe('牧野区城市内涝应急预案')
  })
})

describe('isRepostPublisher', () => {
  it('reads the places an organ opens with', () => {
    expect(placeOf('奉节县市场监管局')).toBe('奉节县')
    expect(placeOf('江苏省南京市人民政府')).toBe('江苏省南京市')
    expect(placeOf('中共深圳市委办公厅')).toBe('深圳市')
    expect(placeOf('国务院办公厅')).toBeNull()
    expect(placeOf('市人民政府办公室')).toBeNull()
  })
  it('tells another place, or a township under the title place, from the issuing body', () => {
    expect(isRepostPublisher('奉节县市场监管局', ['重庆市人民政府办公厅'], null)).toBe(true)
    expect(isRepostPublisher('绩溪县上庄镇人民政府', [], '关于印发绩溪县防汛抗旱应急预案的通知')).toBe(true)
    expect(isRepostPublisher('绩溪县上庄镇人民政府', ['绩溪县人民政府'], null)).toBe(true)
    // the same body, its office, a province-filed city, an issuer printed without place
    expect(isRepostPublisher('卫滨区人民政府办公室', ['卫滨区人民政府'], null)).toBe(false)
    expect(isRepostPublisher('江苏省南京市人民政府', ['南京市政府'], null)).toBe(false)
    expect(isRepostPublisher('鄂州市政府', ['市人民政府办公室'], null)).toBe(false)
    expect(isRepostPublisher('深圳市人民政府', ['中共深圳市委办公厅', '深圳市人民政府办公厅'], null)).toBe(false)
    // no issuer: only a township under a place the title names
    expect(isRepostPublisher('利辛县人民政府', [], '利辛县食品安全应急处置方案')).toBe(false)
    expect(isRepostPublisher('泾川县高平镇人民政府', [], '高平镇2024年汛期值班安排')).toBe(false)
  })
})
