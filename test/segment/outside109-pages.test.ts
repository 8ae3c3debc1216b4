import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside109's page families (test/gold/outside/outside109.md), in fixtures of our own wording

describe('a law printed under its announcement, the announcement’s heading under a line of a site’s chrome', () => {
  const page = (under: string) =>
    `首页 |\n青溪省人大常委会公告\n第 12 号\n《青溪省消防条例》已由青溪省第十三届人民代表大会常务委员会第三十四次会议于2023年1月12日修订通过，现予公布，自2023年5月1日起施行。\n青溪省人民代表大会常务委员会\n2023年1月12日\n${under}\n第一章 总则\n第一条 为了预防火灾和减少火灾危害，制定本条例。\n第二条 地方各级人民政府负责本行政区域内的消防工作。\n`

  it('is one document, titled by the law', () => {
    const doc = parse(page('青溪省消防条例'))
    expect(doc.meta.title).toBe('青溪省消防条例')
    expect(doc.meta.docType).toBe('条例')
    expect(doc.meta.publishedDate).toBe('2023-01-12')
    expect(doc.meta.issuers).toEqual(['青溪省人民代表大会常务委员会'])
    expect(doc.documents).toEqual([])
  })

  it('an announcement whose quoted law is not printed under it stays the announcement (guard)', () => {
    const doc = parse(page('附件：青溪省消防条例修订对照表'))
    expect(doc.meta.docType).toBe('公告')
  })
})

describe('a body named by who set it up (X设立的Y), its duty after a comma', () => {
  const law = (article: string) => `青溪市森林防火办法\n第一条　为了预防森林火灾，制定本办法。\n第二条　${article}\n`
  const roles = (text: string) => parse(text).tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${r.role}:${u.name}`)))

  it('is responsible, named whole', () => {
    expect(roles(law('市、区县人民政府设立的森林防火指挥机构，负责组织、协调和指导本行政区域内的森林防火工作。'))).toEqual(['responsible:市、区县人民政府设立的森林防火指挥机构'])
  })

  it('a clause that sets the body up gives the government no role (guard)', () => {
    expect(roles(law('市人民政府设立森林防火指挥机构，负责组织、协调和指导本行政区域内的森林防火工作。'))).toEqual([])
  })
})
