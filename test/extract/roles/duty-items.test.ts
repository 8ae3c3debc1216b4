import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { taskRoles } from '../../helpers.js'

// outside9 probe (issue #11): emergency plans and county rules that hand duties by listing units
// (成员单位职责 › X：…, 第N条 X工作职责：, 权责分工 › …：X。). Fixtures written for the tests in
// those forms (own county and units).
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/outside9/${name}`, import.meta.url), 'utf8')

describe('a 成员单位职责 list: each item opens with its unit and a colon', () => {
  const doc = parse(fixture('duty-lists-plan.txt'))

  it('makes the opening unit responsible, with or without 负责', () => {
    expect(taskRoles(doc, '2/2.1/2.1.2/（1）')).toEqual(['responsible 县林业局'])
    expect(taskRoles(doc, '2/2.1/2.1.2/（2）')).toEqual(['responsible 县公安局'])
    expect(taskRoles(doc, '2/2.1/2.1.2/（3）')).toEqual(['responsible 县气象局'])
    expect(taskRoles(doc, '2/2.1/2.1.2/（4）')).toEqual(['responsible 县民政局'])
  })

  it('gives no role to the list heading (成员单位职责) or to the duties of the 指挥部 the plan sets up', () => {
    expect(taskRoles(doc, '2/2.1/2.1.2')).toBeUndefined()
    expect(taskRoles(doc, '2/2.1/2.1.1')).toBeUndefined()
    expect(taskRoles(doc, '2/2.1/2.1.1/（1）')).toBeUndefined()
  })
})

describe('rules naming each unit in an article heading, and 权责分工 lists closing with the unit', () => {
  const doc = parse(fixture('duty-lists-rules.txt'))

  it('makes the unit of `X工作职责：` responsible on that article, not on each of its items', () => {
    expect(taskRoles(doc, '第二条')).toEqual(['responsible 县应急管理局'])
    expect(taskRoles(doc, '第三条')).toEqual(['responsible 县水利局'])
    expect(taskRoles(doc, '第二条/（一）')).toBeUndefined()
    expect(taskRoles(doc, '第三条/（二）')).toBeUndefined()
  })

  it('reads `matter：unit。` items under a 权责分工 head', () => {
    expect(taskRoles(doc, '第四条/（一）')).toEqual(['responsible 县水利局'])
    expect(taskRoles(doc, '第四条/（二）')).toEqual(['responsible 县自然资源局'])
    expect(taskRoles(doc, '第四条/（三）')).toEqual(['responsible 县林业局、县应急管理局'])
  })

  it('reads no role from a list of definitions or from bodies a head sets up', () => {
    expect(taskRoles(doc, '第五条/（一）')).toBeUndefined()
    expect(taskRoles(doc, '第五条/（二）')).toBeUndefined()
    expect(taskRoles(doc, '第六条/（一）')).toBeUndefined()
  })
})
