import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { fixtureText, rolesByPath } from '../../helpers.js'

// outside21 probe page 13 (issue #11): a standing rule whose units run over a comma to the verb
// (以下任务均需各县（市、区）人民政府，滨江新区管委会落实，不再列出) hands every unit, not only the first
// piece. Fixture written for the test (own city, units and figures).
describe('a standing rule listing units over a comma', () => {
  const roles = rolesByPath(parse(fixtureText('outside21/standing-over-comma.txt')))

  it('gives both units to the task holding it, beside its own label', () => {
    expect(roles['一/（一）/1']).toEqual([
      ['responsible', ['市住建局', '市财政局']],
      ['responsible', ['各县（市、区）人民政府', '滨江新区管委会']],
    ])
  })

  it('hands both on to the later tasks of the section', () => {
    expect(roles['一/（一）/2']).toEqual([
      ['responsible', ['市交通运输局']],
      ['responsible', ['各县（市、区）人民政府', '滨江新区管委会']],
    ])
  })

  it('keeps the first piece when what follows the comma is no unit', () => {
    const doc = parse('某市实施方案\n一、重点任务\n1.整治农房。〔以下任务均需各县（市、区）人民政府，按季度报送进展落实，不再列出〕\n2.硬化道路。\n')
    expect(rolesByPath(doc)['一/1']).toEqual([['responsible', ['各县（市、区）人民政府']]])
  })
})
