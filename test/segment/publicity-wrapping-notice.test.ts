import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { fixtureText } from '../helpers.js'

// A county site's 公示 page (issue #11, outside12 family D): the page publishes a plan for comment, and
// under `附件:` prints the joint notice that issues it (organs on a line of their own above
// `关于印发《…》的通知`, its 落款 date beside the `(此件发至乡)` note), then the plan. Fixture written
// for this test in that form.
describe('a 公示 page wrapping the notice that issues a plan', () => {
  const doc = parse(fixtureText('grassroots/publicity-wrapping-notice.txt'))

  it('reads 公示 as the page genre', () => {
    expect(doc.meta.docType).toBe('公示')
    expect(doc.meta.issuers).toEqual(['中共青河县委办公室', '青河县人民政府办公室'])
  })

  it('nests the notice, then the plan it issues', () => {
    expect(doc.documents.map((d) => d.meta.docType)).toEqual(['通知', '实施方案'])
    const notice = doc.documents[0].meta
    expect(notice.title).toBe('中共青河县委办公室青河县人民政府办公室关于印发《青河县农村人居环境整治工作实施方案》的通知')
    expect(notice.docNumber?.normalized).toBe('青办发〔2019〕7号')
    expect(notice.issuers).toEqual(['中共青河县委办公室', '青河县人民政府办公室'])
    expect(doc.documents[1].meta.title).toBe('青河县农村人居环境整治工作实施方案')
  })

  it('reads the date printed beside the release note as the notice signed date', () => {
    expect(doc.documents[0].meta.signedDate).toBe('2019-03-20')
  })
})
