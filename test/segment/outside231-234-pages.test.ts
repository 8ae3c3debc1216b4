import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside231–234 (issue #11, helpers' draws of the fifty-third session's third round), on fixtures of our
 * own wording in the pages’ shapes: a PDF page’s number glued before a title (233 03); a law site’s 【label】 block with labels of its own (颁发部门, 颁发时间, 效力属性) and a
 * default date in its time cell (234 04).
 */
describe('a law site’s 【label】 block naming its cells 颁发部门 and 颁发时间', () => {
  const page = (issued: string) =>
    parse(
      [
        '法邦网—法律法规查看',
        '青川市人民政府关于印发青川市公共文化服务体系示范区建设规划（2011—2012年）的通知',
        '【颁发部门】 青川市政府',
        '【发文字号】 青政[2011]111号',
        `【颁发时间】 ${issued}`,
        `【实施时间】 ${issued}`,
        '【效力属性】 有效',
        '青川市人民政府关于印发青川市公共文化服务体系示范区建设规划(2011-2012年)的通知',
        '(青政〔2011〕111号)',
        '各县（市、区）人民政府，市人民政府各部门：',
        '现将《青川市公共文化服务体系示范区建设规划（2011-2012年）》印发给你们，请认真贯彻执行。',
        '二○一一年十二月二十五日',
      ].join('\n'),
    )

  it('reads the block: its 字号, its date and its validity', () => {
    const doc = page('2011-12-28')
    expect(doc.meta.docNumber?.normalized).toBe('青政〔2011〕111号')
    expect(doc.meta.publishedDate).toBe('2011-12-28')
    expect(doc.meta.status).toBe('有效')
  })

  it('takes no publication date decades before the 落款’s, the site’s default', () => {
    const doc = page('1970-08-22')
    expect(doc.meta.docNumber?.normalized).toBe('青政〔2011〕111号')
    expect(doc.meta.publishedDate).toBeNull()
    expect(doc.meta.signedDate).toBe('2011-12-25')
  })
})

describe('a PDF page’s number glued before the title', () => {
  it('is dropped (outside233 03); a count or a year opening a title stays', () => {
    const law = (title: string) => parse([title, '（2009年7月31日青川省第十一届人民代表大会常务委员会第十次会议通过）', '第一章 总则', '第一条 为了预防和减少突发事件，制定本条例。'].join('\n'))
    expect(law('1青川省突发事件应对条例').meta.title).toBe('青川省突发事件应对条例')
    expect(law('2025年青川省安全生产工作要点').meta.title).toBe('2025年青川省安全生产工作要点')
    expect(law('10条措施促进青川省民营经济发展的若干规定').meta.title).toBe('10条措施促进青川省民营经济发展的若干规定')
  })
})
