import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * A portal's stamp under the title, read for the publication date when it credits the issuer or the site itself —
 * the forms outside169 01, 170 07 and 175 03 printed (issue #11, fiftieth session), on fixtures of our own wording.
 */
const notice = (stamp: string) =>
  [
    '某县人民政府办公室关于印发《某县推进气象高质量发展工作实施方案》的通知',
    '',
    stamp,
    '',
    '各乡镇人民政府，县直各部门：',
    '《某县推进气象高质量发展工作实施方案》已经县人民政府同意，现印发给你们，请认真贯彻执行。',
    '某县人民政府办公室',
    '2023年2月17日',
  ].join('\n')

describe("a portal's stamp crediting the issuer, printed as bordered cells", () => {
  it('dates the publication: the source ends at the cell border', () => {
    expect(parse(notice('来源: 某县人民政府办公室  |   发布日期: 2023-02-20 16:00    浏览量:|')).meta.publishedDate).toBe('2023-02-20')
  })

  it('…and when no border follows, the source line before the date is kept too', () => {
    expect(parse(notice('来源:某县人民政府办公室  发布日期:2023-02-20 16:45')).meta.publishedDate).toBe('2023-02-20')
  })

  it('a repost crediting a newspaper dates nothing (guard)', () => {
    expect(parse(notice('来源:某某日报 发布日期:2023-02-20 19:05')).meta.publishedDate).toBeNull()
  })
})

describe('a stamp crediting the site’s own management', () => {
  it('dates the publication as 本网 does', () => {
    expect(parse(notice('2023-02-20 16:27文章来源: 网站管理')).meta.publishedDate).toBe('2023-02-20')
  })
})
