import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { fixtureText, rolesByPath } from '../../helpers.js'

// outside21 probe page 12 (issue #11): a 工作目标责任分解 whose section headings name only their owner
// (一、X市长负责的工作 › （一）X牵头的工作 › 1.…). Fixture written for the test (own city, names, units).
describe('a section heading naming only its owner', () => {
  const roles = rolesByPath(parse(fixtureText('outside21/heading-owners.txt')))

  it('gives an officer heading its person as leader', () => {
    expect(roles['一']).toEqual([['leader', ['王建华']]])
    expect(roles['二']).toEqual([['leader', ['李文斌']]])
  })

  it('gives a unit heading its unit as lead, beside the section`s 协同单位', () => {
    expect(roles['一/（一）']).toEqual([['lead', ['市监察局']]])
    expect(roles['一/（二）']).toEqual([
      ['lead', ['市审计局']],
      ['participant', ['市直各部门', '各县（区）人民政府']],
    ])
  })

  it('holds the owner on the heading: items do not inherit it', () => {
    expect(roles['一/（三）']).toEqual([['lead', ['市编办']]])
    expect(roles['一/（三）/1']).toBeUndefined()
    expect(roles['一/（三）/2']).toBeUndefined()
  })

  it('drops a level`s departments at large after 等 (等市直有关部门)', () => {
    expect(roles['二/（一）/1']).toEqual([['participant', ['市地税局', '市国税局', '各县（区）人民政府']]])
  })

  it('reads no owner in a relative clause that is no heading', () => {
    const doc = parse('某市工作方案\n一、重点任务\n（一）支持龙头企业牵头的工作站建设，给予补助。\n')
    expect(rolesByPath(doc)['一/（一）']).toBeUndefined()
  })
})
