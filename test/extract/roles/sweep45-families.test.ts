import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { rolesByPath } from '../../helpers.js'

/**
 * Place lists the sweep45 reading of unexplained role cues found (issue #11): places with their level before the
 * government they share and one of its departments (黄河水量调度条例 第十六条, 太湖流域管理条例's 江苏省、浙江省人民政府
 * 渔业行政主管部门), and a district the segmenter does not know opening the list (绍兴's 古香榧 rules: 柯桥区/x). Fixture
 * sentences of our own in the law exports' shape; names stay as printed, as the place-list convention has it.
 */
const roles = (text: string) => rolesByPath(parse(text))

describe('places sharing one government and its department', () => {
  it('省、省 + 人民政府 + a department: each place as printed, no department name made up from the last piece', () => {
    expect(roles('第十六条 干流的年度用水，分别由甲省水文部门测报；支流的用水，由河南省、山东省人民政府水行政主管部门负责调度。')['第十六条']).toEqual([
      ['responsible', ['河南省', '山东省人民政府水行政主管部门']],
    ])
  })

  it('a field list sharing 部门 is still built per field', () => {
    expect(roles('第五条 市教育、公安等部门负责校园周边的安全管理。')['第五条']).toEqual([['responsible', ['市教育部门', '市公安部门']]])
  })
})

describe('a district the segmenter cannot cut opens its government', () => {
  it('柯桥区人民政府 alone, at a clause start', () => {
    expect(roles('第九条 柯桥区人民政府负责古树名木的日常养护。')['第九条']).toEqual([['responsible', ['柯桥区人民政府']]])
  })

  it('the same district first in a list of places sharing the government', () => {
    expect(roles('第十条 柯桥区、诸暨市、嵊州市人民政府负责本辖区内古树群的巡查。')['第十条']).toEqual([['responsible', ['柯桥区', '诸暨市', '嵊州市人民政府']]])
  })

  it('a run joining a level and a district (市和区/x) opens no unit, so the government is not read bare', () => {
    // (the whole body named by the work it manages is read since 27aa2ca7, outside210 06: not the government alone)
    expect(roles('第三条 市和区（市）人民政府管理专利工作的部门按照职责负责专利保护工作。')['第三条']).toEqual([['responsible', ['市和区（市）人民政府管理专利工作的部门']]])
  })

  it('a two-character run that ends in a level (以市, 两省) is no place', () => {
    expect(roles('第二十四条 区人民政府与市人民政府工作部门职责交叉的，以市人民政府工作部门为主办单位。')['第二十四条']?.flat(2) ?? []).not.toContain('以市人民政府工作部门')
  })
})
