import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { fixtureText } from '../helpers.js'

// outside22 probe (issue #11): a city 决定 mirrored from its portal prints its label table after the text —
// a 主题词 line under the date, a header row of glued labels (索引号文号发布机构发布日期公开范围公开方式), the
// values in rows under it, then a comment box. Fixture written for the test in that form (own number, dates).

describe('a site`s column table after the text', () => {
  const doc = parse(fixtureText('outside22/column-table-after-text.txt'))

  it('gives the 字号, the 发布机构 and the 发布日期 its header row names', () => {
    expect(doc.meta.docNumber?.normalized).toBe('宛政〔2016〕3号')
    expect(doc.meta.issuers).toEqual(['南阳市人民政府办公室'])
    expect(doc.meta.publishedDate).toBe('2016-01-25')
  })

  it('no longer hides the 落款 date, which is no deadline of the last clause', () => {
    expect(doc.meta.signedDate).toBe('2016-01-18')
    expect(doc.tasks.flatMap((t) => t.deadlines)).toEqual([])
    expect(doc.meta.title).toBe('关于对2015年度城乡环境整治竞赛活动进行表彰的决定')
  })

  it('takes no glued label line followed by long text for a table', () => {
    const page = parse(
      '某县人民政府关于做好公开工作的通知\n各乡镇:\n一、规范公开栏目。\n索引号文号发布机构发布日期\n各单位要在政府网站公开栏目中准确标注索引号、文号、发布机构和发布日期等要素,不得遗漏,确保信息完整准确。\n',
    )
    expect(page.meta.header).toBeNull()
    expect(page.meta.docNumber).toBeNull()
  })
})
