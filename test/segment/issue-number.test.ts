import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { parseDocNumber } from '../../src/segment/docnumber.js'
import { fixtureText } from '../helpers.js'

// outside20 probe (issue #11): a 督办通报 or a 纪要 numbered by issue under a 字号 label
// (`发布文号: 督办通报第一期`, `文号 | 督察通报第十七期`). Fixture written for the test (own county,
// figures and dates).
const fixture = (name: string) => fixtureText(`outside20/${name}`)

describe('an issue number as the label value of a bulletin', () => {
  it('is the document number, as printed, with the issue as serial', () => {
    const doc = parse(fixture('issue-number-bulletin.txt'))
    expect(doc.meta.docNumber?.normalized).toBe('督办通报第三期')
    expect(doc.meta.docNumber?.serial).toBe(3)
    expect(doc.meta.docNumber?.issuerCode).toBe('督办通报')
    expect(doc.meta.title).toBe('关于2023年一季度县长办公会议确定事项办理情况的通报')
    expect(doc.meta.publishedDate).toBe('2023-06-02')
  })

  it('reads the series name and a Chinese or arabic issue', () => {
    expect(parseDocNumber('督察通报第十七期', { wholeValue: true })).toMatchObject({ normalized: '督察通报第十七期', serial: 17 })
    expect(parseDocNumber('第15期', { wholeValue: true })).toMatchObject({ normalized: '第15期', issuerCode: null, serial: 15 })
  })

  it('is no number in running text, nor a value with more after the issue', () => {
    expect(parseDocNumber('见督办通报第三期')).toBeNull()
    expect(parseDocNumber('第3期培训班', { wholeValue: true })).toBeNull()
  })
})

describe('a disclosure page table between | borders, opened by 文件名称 and holding 公开责任部门 / 公开形式 / 公开目录 cells', () => {
  const doc = parse(fixture('disclosure-table-bulletin.txt'))

  it('is read as the page header: title, issue number and both dates', () => {
    expect(doc.meta.title).toBe('2023年第三次县政府常务会议议定事项落实情况的通报')
    expect(doc.meta.docType).toBe('通报')
    expect(doc.meta.docNumber?.normalized).toBe('督查通报第九期')
    expect(doc.meta.signedDate).toBe('2023-05-10')
    expect(doc.meta.publishedDate).toBe('2023-05-12')
  })

  it('takes the office in charge of disclosure for no issuer', () => {
    expect(doc.meta.issuers).toEqual([])
  })
})

describe('a 完成情况说明 whose title runs over two lines', () => {
  const doc = parse(fixture('two-line-statement.txt'))

  it('joins the title and takes 说明 for its genre', () => {
    expect(doc.meta.title).toBe('2022年人大代表建议、政协委员提案办理工作完成情况说明')
    expect(doc.meta.docType).toBe('说明')
    expect(doc.meta.signedDate).toBe('2022-10-28')
  })

  it('takes the number it cites for no number of its own', () => {
    expect(doc.meta.docNumber).toBeNull()
  })
})

describe('a ranking closing the body two blank lines above the 落款', () => {
  it('gives no issuer: the last ranked unit is the body’s line', () => {
    const doc = parse(fixture('ranking-bulletin.txt'))
    expect(doc.meta.issuers).toEqual(['某县农村人居环境整治工作领导小组办公室'])
    expect(doc.meta.signedDate).toBe('2021-09-20')
  })

  it('keeps a joint 落款 whose issuers stand one blank line apart', () => {
    const doc = parse('关于做好征兵工作的通知\n各乡镇：\n请认真做好今年征兵工作。\n\n某县人民政府\n\n某县人民武装部\n2021年3月1日\n')
    expect(doc.meta.issuers).toEqual(['某县人民政府', '某县人民武装部'])
  })

  it('keeps a joint 落款 printed in rows two blank lines apart', () => {
    const doc = parse('关于做好防汛工作的通知\n各乡镇：\n请认真做好今年防汛工作。\n\n\n某县水务局      某县应急管理局\n\n\n\n某县自然资源局      某县气象局\n2021年5月1日\n')
    expect(doc.meta.issuers).toEqual(['某县水务局', '某县应急管理局', '某县自然资源局', '某县气象局'])
  })
})
