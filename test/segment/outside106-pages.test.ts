import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside106's page families (test/gold/outside/outside106.md), in fixtures of our own wording

describe('an organ’s name a reposting site printed under a mask', () => {
  it('a word filter’s asterisks over 中共: the name without them, when a place still opens it', () => {
    const doc = parse('****浙江省委 浙江省人民政府\n（2012年3月2日）\n为加快建设海洋经济强省，现提出以下意见。\n一、总体要求\n（一）指导思想。坚持陆海统筹。\n')
    expect(doc.meta.docType).toBe('意见')
    expect(doc.meta.issuers).toEqual(['浙江省委', '浙江省人民政府'])
  })

  it('a procurement site’s （略） over the place: the organ is left unread, not printed half', () => {
    const doc = parse(
      '关于《青溪市林地保护利用规划(2021-2030年)》的公示\n为推动公众参与规划编制工作，现将规划文本予以公示。\n一、公示时间\n公示期限:2023年3月6日至3月13日\n(略) 林业局\n2023年3月3日\n',
    )
    expect(doc.meta.docType).toBe('公示')
    expect(doc.meta.signedDate).toBe('2023-03-03')
    expect(doc.meta.issuers ?? []).toEqual([])
  })

  it('a 落款 printed whole keeps its organ (guard)', () => {
    const doc = parse(
      '关于《青溪市林地保护利用规划(2021-2030年)》的公示\n为推动公众参与规划编制工作，现将规划文本予以公示。\n一、公示时间\n公示期限:2023年3月6日至3月13日\n青溪市林业局\n2023年3月3日\n',
    )
    expect(doc.meta.issuers).toEqual(['青溪市林业局'])
  })
})
