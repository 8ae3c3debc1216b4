import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside54 probe (issue #11, dated draw): a forwarding notice whose 落款 prints only the date, then the
// distribution note `（此件发至县级人民政府）` on a line of its own, then the issued text. The note is a 附注 of the
// release kind (`grammars/signature.json` `noteOpeners`); read as a heading, it hid the date above it. Fixture
// written for this test (own region, dates and text).
const notice = [
  '各市（州）人民政府，省直各部门：',
  '现将《青川省农村危房改造补助实施办法》印发给你们，请结合实际认真贯彻落实。',
  '2024年3月12日',
  '（此件发至县级人民政府）',
  '青川省农村危房改造补助实施办法',
  '第一条 为规范农村危房改造补助工作，制定本办法。',
  '第二条 县级人民政府住房城乡建设部门负责本行政区域危房改造的组织实施。',
  '',
].join('\n')

describe('a date-only 落款 over a `（此件发至…）` note', () => {
  const doc = parse(notice)

  it('is the notice signature date', () => {
    expect(doc.meta.signedDate).toBe('2024-03-12')
  })

  it('still nests the issued 实施办法 under it', () => {
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['青川省农村危房改造补助实施办法'])
  })
})
