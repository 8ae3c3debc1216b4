import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside98's page families (test/gold/outside/outside98.md), in fixtures of our own wording

describe('a history event published by an order numbered before 令 (X第八十号令发布)', () => {
  const rule = (history: string) => `青溪市公墓管理办法(摘要)\n${history}\n第一章 总 则\n第一条 (目的和依据)\n为了加强公墓管理，结合本市实际情况，制定本办法。\n`

  it('names the government whose order it was as the issuer', () => {
    const doc = parse(rule('(一九九四年十一月六日青溪市人民政府第八十号令发布)'))
    expect([doc.meta.title, doc.meta.issuers, doc.meta.publishedDate, doc.meta.history?.map((h) => [h.date, h.action])]).toEqual([
      '青溪市公墓管理办法',
      ['青溪市人民政府'],
      '1994-11-06',
      [['1994-11-06', '公布']],
    ])
  })

  it('a report published abridged keeps 摘要 in its title (guard)', () => {
    expect(parse('1964年青溪省政府工作报告（摘要）\n各位代表：\n现在我代表省政府作政府工作报告。\n').meta.title).toBe('1964年青溪省政府工作报告（摘要）')
  })

  it('reads the usual 令第N号 form as before (guard)', () => {
    expect(parse(rule('(1994年11月6日青溪市人民政府令第80号发布)')).meta.issuers).toEqual(['青溪市人民政府'])
  })
})

describe('a distribution note under the 落款 of a notice printed from its 主送', () => {
  it('leaves the 落款 its organ and date', () => {
    const text =
      '各市、自治州人民政府，省政府各委、办、厅、局：\n省自然资源厅《青溪省2018年地质灾害防灾预案》已经省政府同意，现转发给你们，请认真遵照执行。\n青溪省人民政府办公厅\n2018年4月29日\n(发至县人政府)\n青溪省2018年地质灾害防灾预案\n省自然资源厅\n为做好2018年全省地质灾害防治工作，特制定本预案。\n一、地质灾害引发因素\n（一）引发因素。强降水仍是引发突发性地质灾害的主要因素。\n'
    const doc = parse(text)
    expect([doc.meta.signedDate, doc.meta.issuers, doc.documents.map((d) => d.meta.title)]).toEqual(['2018-04-29', ['青溪省人民政府办公厅'], ['青溪省2018年地质灾害防灾预案']])
  })
})

describe('a page opening with the order that publishes a rule, no title above it', () => {
  it('names the heading’s organ as the issuer, the rule printed under the block as the title', () => {
    const doc = parse(
      '青溪省人民政府令\n第166号\n《青溪省宗教事务管理办法》已经2021年4月30日省人民政府第65次常务会议通过，现予公布，自2021年11月1日起施行。\n省长 张某某\n2021年9月26日\n青溪省宗教事务管理办法\n第一章 总 则\n第一条 为了规范宗教事务管理，制定本办法。\n',
    )
    expect([doc.meta.title, doc.meta.issuers, doc.meta.publishedDate, doc.meta.history?.map((h) => h.action)]).toEqual([
      '青溪省宗教事务管理办法',
      ['青溪省人民政府'],
      '2021-09-26',
      ['通过', '公布', '施行'],
    ])
  })
})
