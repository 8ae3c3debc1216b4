import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { allDocuments } from '../helpers.js'

// outside107's page families (test/gold/outside/outside107.md), in fixtures of our own wording

describe('a title printed again under a site’s stamp cells, its period on the line under the second printing', () => {
  const page = (period: string) =>
    `青溪自治区儿童发展纲要\n作者:\n来源: 自治区妇儿工委办公室\n日期: 2019-10-15\n青溪自治区儿童发展纲要\n${period}\n前 言\n儿童是国家的未来和民族的希望，促进儿童发展是全社会的共同责任。\n`

  it('takes the period into the title', () => {
    expect(parse(page('(2011-2020年)')).meta.title).toBe('青溪自治区儿童发展纲要（2011-2020年）')
  })

  it('a line under the second printing that is no period leaves the title (guard)', () => {
    expect(parse(page('第一部分 总体目标')).meta.title).toBe('青溪自治区儿童发展纲要')
  })
})

describe('a bulletin printed without its title: its organs, then its date bare over the first paragraph', () => {
  const page = (under: string) => `青溪市统计局\n国家统计局青溪调查队\n2013年2月28日\n${under}\n一、综合\n全年全市生产总值完成1200亿元，比上年增长9.1%。\n`

  it('the organs issue it and the date is its own', () => {
    const doc = parse(page('2012年，全市上下坚持稳中求进的工作总基调，积极应对复杂多变的经济形势，经济社会保持平稳较快发展，民生持续改善。'))
    expect(doc.meta.issuers).toEqual(['青溪市统计局', '国家统计局青溪调查队'])
    expect(doc.meta.signedDate).toBe('2013-02-28')
  })

  it('over a short line, no paragraph, the bare date does not sign it (guard)', () => {
    const doc = parse(page('各区县统计局：'))
    expect(doc.meta.signedDate ?? null).toBeNull()
  })
})

describe('a unit whose name ends in a class word’s alternative (部门或者机构) before fields sharing a suffix', () => {
  const law = (article: string) => `青溪省防震减灾条例\n第一章　总则\n第一条　为了防御和减轻地震灾害，制定本条例。\n第二条　${article}\n`
  const units = (text: string) =>
    allDocuments(parse(text))
      .flatMap((d) => d.tasks)
      .flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${r.role}:${u.name}`)))

  it('keeps the unit whole, listed first, and gives the fields its level (a list by 、)', () => {
    expect(units(law('县级以上地方人民政府负责管理地震工作的部门或者机构、发展和改革、民政、公安以及其他有关部门，按照职责分工，各负其责，共同做好防震减灾工作。'))).toEqual([
      'responsible:县级以上地方人民政府负责管理地震工作的部门或者机构',
      'responsible:县级以上地方人民政府发展和改革部门',
      'responsible:县级以上地方人民政府民政部门',
      'responsible:县级以上地方人民政府公安部门',
      'responsible:其他有关部门',
    ])
  })

  it('and joined by 和 before the fields', () => {
    expect(units(law('县级以上地方人民政府负责管理地震工作的部门或者机构和发展和改革、民政、公安等有关部门，按照职责分工，各负其责，共同做好防震减灾工作。'))).toEqual([
      'responsible:县级以上地方人民政府负责管理地震工作的部门或者机构',
      'responsible:县级以上地方人民政府发展和改革部门',
      'responsible:县级以上地方人民政府民政部门',
      'responsible:县级以上地方人民政府公安部门',
    ])
  })

  it('alone it stays one unit (guard)', () => {
    expect(units(law('县级以上地方人民政府负责管理地震工作的部门或者机构负责本行政区域内的地震监测工作。'))).toEqual(['responsible:县级以上地方人民政府负责管理地震工作的部门或者机构'])
  })
})
