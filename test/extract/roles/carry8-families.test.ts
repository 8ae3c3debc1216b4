import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { sweepDocument } from '../../../src/eval/sweep.js'
import { scanRoles, type ScanResult } from '../../../src/extract/roles/index.js'
import { taskRoles } from '../../helpers.js'

/**
 * Role families the sweep8 reading left (issue #11, carry8): duty-list heads the parser did not read —
 * X的主要职责是：, 其主要职责是： after the sentence's subject, X具体承办…，履行下列职责： — held on a
 * fixture written in the lawrefbook export format and on corpus sentences.
 */
const brief = (r: ScanResult) => r.roles.map((x) => [x.role, x.units.map((u) => u.name), x.listHead ?? false])
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/carry8/${name}`, import.meta.url), 'utf8')

describe('duty-list heads without a verb, and heads that carry the sentence subject', () => {
  const text = fixture('duty-heads-law.txt')
  const doc = parse(text)

  it('X具体承办…，履行下列职责：: the unit of the first clause heads the list', () => {
    expect(taskRoles(doc, '第一章/第三条')).toEqual(['responsible 失业保险经办机构'])
  })

  it('X是…的主管部门，其主要职责是：: 其 is the sentence subject', () => {
    expect(taskRoles(doc, '第一章/第四条')).toEqual(['responsible 市新闻出版主管部门'])
  })

  it('X的主要职责是：: the unit before 的', () => {
    expect(taskRoles(doc, '第一章/第五条')).toEqual(['responsible 省人民代表大会常务委员会办公厅'])
  })

  it('a head whose first clause already assigns (X负责…，履行下列职责：) adds no second role; its items keep the first', () => {
    expect(taskRoles(doc, '第一章/第二条')).toEqual(['responsible 县级以上人民政府劳动保障行政部门'])
    expect(taskRoles(doc, '第一章/第二条/（一）')).toEqual(['responsible 县级以上人民政府劳动保障行政部门'])
  })

  it('a person before 其职责如下 (大副) heads nothing', () => {
    expect(taskRoles(doc, '第一章/第六条')).toBeUndefined()
  })

  // 4 → 2 (lawroles3): the items of 第二条 carry its head's role (X负责…，履行下列职责：) and now count inside it too
  it('the sweep explains the items under the heads read, not those under 大副', () => {
    const unexplained = sweepDocument(text, doc).roles.unexplained.map((u) => u.context)
    expect(unexplained.length).toBe(2)
    expect(unexplained.filter((c) => c.includes('其职责如下')).length).toBe(2)
  })

  it('corpus sentences (lawrefbook 河南省人大常委会工作条例, Taiwan 之权责如左)', () => {
    expect(brief(scanRoles('办事机构的主要职责是：'))).toEqual([['responsible', ['办事机构'], true]])
    expect(brief(scanRoles('资讯管理单位之权责如左：'))).toEqual([['responsible', ['资讯管理单位'], true]])
    // a pronoun with no unit opening the sentence takes nothing
    expect(brief(scanRoles('为加强管理，其主要职责是：'))).toEqual([])
  })

  it('a carried subject: the unit opening the sentence, not an agent after 由 nor a name the scanner did not bound (lawrefbook sentences)', () => {
    expect(brief(scanRoles('县级以上人民政府卫生行政部门是献血工作的监督管理部门，其主要职责是：'))).toEqual([['responsible', ['县级以上人民政府卫生行政部门'], true]])
    expect(brief(scanRoles('公安派出所按照国家和省有关规定，履行下列消防工作职责：'))).toEqual([['responsible', ['公安派出所'], true]])
    // 其 is the liaison officer, a person
    expect(brief(scanRoles('联络人员由中方签约单位指定，其职责是：'))).toEqual([])
    expect(brief(scanRoles('省、自治区、直辖市人民政府管理本地区内的高等学校，其主要职责是：'))).toEqual([])
  })
})

describe('a unit word the parser did not pick out: a name whose head the segmenter glues to its verb (管理机构)', () => {
  it('lawrefbook sentences: a place or work before 管理机构/办事机构 at the sentence start is the unit', () => {
    // 长潭/x 水库/n 管理机构/n: the head is one word with its verb, the place unknown to the segmenter
    expect(brief(scanRoles('长潭水库管理机构负责饮用水水源保护设施的管理、运行和维护。'))).toEqual([['responsible', ['长潭水库管理机构'], false]])
    expect(brief(scanRoles('开封城墙保护管理机构具体负责开封城墙的日常保护管理。'))).toEqual([['responsible', ['开封城墙保护管理机构'], false]])
    expect(brief(scanRoles('献血管理机构负责年度献血工作计划的拟订。'))).toEqual([['responsible', ['献血管理机构'], false]])
  })

  it('a verb opening the sentence still governs (督促…管理机构负责 is prose)', () => {
    expect(brief(scanRoles('督促水库管理机构负责巡查。'))).toEqual([])
  })
})
