import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { taskRoles } from '../../helpers.js'
import { classifyUnit } from '../../../src/extract/roles/units.js'

// outside9 probe, family D (issue #11): a participant list ending in a class of enterprises
// (…等有关部门和各电信运营企业参加) lost every unit, because 各…企业 read as no unit. Fixture written
// for the test (own county and units), in the 专项指挥部 list form of the probe page.
const doc = parse(readFileSync(new URL('../../fixtures/dutyfam/command-list-enterprises.txt', import.meta.url), 'utf8'))

describe('a 参加 list that ends in a class of enterprises', () => {
  it('keeps every unit of the list, the enterprises as a collective', () => {
    expect(taskRoles(doc, '（九）')).toEqual(['lead 县林业局', 'participant 县应急管理局、县公安局、县气象局、县交通运输局、县财政局、各林场经营企业'])
    expect(taskRoles(doc, '（十）')).toEqual(['lead 县工业和信息化局', 'participant 县委宣传部、县公安局、县文化广电和旅游局、各有关通信企业'])
  })

  it('reads the list closed by 等有关部门和单位 as before', () => {
    expect(taskRoles(doc, '（十一）')).toEqual(['lead 县住房和城乡建设局', 'participant 县水利局、县卫生健康局、县市场监督管理局'])
  })

  it('reads 企业 as a class only after a collective opening', () => {
    expect(classifyUnit('各电信运营企业', 0, 7)).toBe('collective')
    expect(classifyUnit('有关中央企业', 0, 6)).toBe('collective')
    expect(classifyUnit('电信运营企业', 0, 6)).toBeUndefined()
    expect(classifyUnit('中小企业', 0, 4)).toBeUndefined()
    expect(classifyUnit('各企业', 0, 3)).toBeUndefined()
    // a bare 中小企业 still breaks the list: the measure's object, not a body
    expect(taskRoles(doc, '（十二）')).toEqual(['lead 县住房和城乡建设局'])
  })
})
