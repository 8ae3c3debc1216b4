import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { fixtureText, taskRoles } from '../helpers.js'

// outside8 probe (issue #11): repost copies of law-database and policy-database pages. Fixtures
// written for the tests in those formats (own issuers, numbers and dates).
const fixture = (name: string) => fixtureText(`outside8/${name}`)

describe('【label】 lines copied without 文章属性, two cells on a line', () => {
  const doc = parse(fixture('lawdb-lines-repost.txt'))

  it('reads the labels and takes the title line above them, without the site year tag', () => {
    expect(doc.meta.title).toBe('芜湖市人民政府关于印发2011年重点工作的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.docNumber?.normalized).toBe('芜政〔2011〕18号')
    expect(doc.meta.publishedDate).toBe('2011-03-08')
    expect(doc.meta.signedDate).toBe('2011-03-08')
    expect(doc.meta.issuers).toEqual(['芜湖市人民政府'])
  })

  it('reads 主办单位： after an item as its lead', () => {
    const plan = doc.documents[0]
    expect(plan.meta.title).toBe('芜湖市人民政府2011年重点工作')
    expect(taskRoles(plan, '一/1')).toEqual(['lead 市发展和改革委员会、经信委'])
    expect(taskRoles(plan, '一/2')).toEqual(['lead 市经信委'])
  })
})

describe('a policy-database label block with 发布时间 and 政策文号', () => {
  const doc = parse(fixture('policy-db-labels.txt'))

  it('takes the 字号 from 政策文号 and the clean printing of the title over one with a stray digit', () => {
    expect(doc.meta.title).toBe('市政府关于印发《2012年重点工程建设计划》的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.docNumber?.normalized).toBe('宿政发〔2012〕11号')
    expect(doc.meta.signedDate).toBe('2012-02-15')
  })

  it('does not take 发布时间 as the publication date (a repost site prints the same label as its stamp)', () => {
    expect(doc.meta.publishedDate).toBeNull()
  })
})

describe('page chrome around a county notice', () => {
  it('drops a click counter above the 字号 and an editor byline and mobile footer under the 落款', () => {
    const doc = parse(fixture('page-footers.txt'))
    expect(doc.meta.docNumber?.normalized).toBe('南政办〔2015〕14号')
    expect(doc.meta.publishedDate).toBe('2015-03-06')
    expect(doc.meta.signedDate).toBe('2015-03-02')
    expect(doc.meta.issuers).toEqual(['南平市人民政府办公室'])
    // (the byline stands right under the 落款's date: it closes the page, the mobile footer under it with it — outside237 02's rule)
    expect(doc.diagnostics.filter((d) => d.code === 'boilerplate-removed').map((d) => d.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('page-clicks'), expect.stringContaining('(editor-byline-closing)')]),
    )
  })
})
