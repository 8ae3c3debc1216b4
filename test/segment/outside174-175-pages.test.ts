import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside174 (issue #11, a helper's draw of the forty-ninth session's third round), on fixtures of our own
 * wording in the pages' shapes: a law excerpt opening mid-text, its articles run in after sentence ends (174 02); a
 * portal's breadcrumb step and column name over the title, its 落款 date printed without 年 (174 01).
 */
describe('a law excerpt opening mid-text, its articles run in after sentence ends', () => {
  const law = (first: string) =>
    [
      '某市中医药条例',
      `本市推进中医药产业特色发展，促进中医药质量提升。${first}市、区人民政府应当将中医药事业纳入国民经济和社会发展规划，加强中医药管理机构建设。`,
      '市、区人民政府应当建立和完善中医药协调机制，协调解决中医药发展中的重大问题。第六条市、区中医药主管部门负责本行政区域内的中医药管理工作。',
      '本市鼓励中医药行业组织参与行业标准的制定。第七条中医药行业组织应当加强行业自律，维护行业声誉和合法权益。',
    ].join('\n')

  it('reads each article as a clause, the first opening the chain when the next follows', () => {
    const doc = parse(law('第五条'))
    expect(doc.clauses.map((c) => c.path.join('/'))).toEqual(['第五条', '第六条', '第七条'])
    expect(doc.tasks.flatMap((t) => t.roles.map((r) => `${t.path.join('/')}:${r.role}:${r.units.map((u) => u.name).join('、')}`))).toEqual(['第六条:responsible:市、区中医药主管部门'])
  })

  it('keeps a cross-reference run in after a sentence end as text, when no next article follows (guard)', () => {
    const doc = parse(['某市中医药条例', '本市推进中医药产业特色发展。第五条所列事项，由市人民政府另行规定，各区人民政府负责组织实施。'].join('\n'))
    expect(doc.clauses).toEqual([])
  })
})

describe("a portal's breadcrumb step and column name over the title", () => {
  it('are no part of the title, and a 落款 date without its 年 is read', () => {
    const doc = parse(
      [
        '网站首页',
        '检索',
        '高级检索>',
        '管委会办公室文件',
        '关于印发《某新区气象灾害应急预案》的通知',
        '发布时间:2018-05-10 16:44:37浏览次数:',
        '新区所属各部门(单位):',
        '经新区管委会研究决定,现将《某新区气象灾害应急预案》印发给你们,请认真贯彻执行。',
        '某新区管理委员会办公室',
        '20185月4日',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('关于印发《某新区气象灾害应急预案》的通知')
    expect(doc.meta.signedDate).toBe('2018-05-04')
    expect(doc.meta.issuers).toEqual(['某新区管理委员会办公室'])
  })

  it('keeps an issuing title’s first line that quotes with angle brackets (guard)', () => {
    const doc = parse(['某市人民政府办公室关于印发<某市气象灾害应急预案>', '的通知', '各区人民政府:', '现将预案印发给你们,请认真贯彻执行。'].join('\n'))
    expect(doc.meta.title).toMatch(/^某市人民政府办公室关于印发.某市气象灾害应急预案.的通知$/)
  })
})
