import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { scanRoles, type ScanResult } from '../../../src/extract/roles/index.js'
import { fixtureText, rolesByPath } from '../../helpers.js'

// Role forms of provincial department plans found by the outside7 probe (test/gold/outside/outside7.md,
// second pass). The fixture is written in the format of those pages, with its own units and wording.

const brief = (r: ScanResult) => r.roles.map((x) => [x.role, x.units.map((u) => u.name)])
const roles = rolesByPath(parse(fixtureText('rolefam/dept-plan.txt')))

describe('总牵头 in a section heading', () => {
  it('the unit leads the heading; its items do not inherit the lead (outside7 25 gold, branch dutyfam)', () => {
    expect(roles['一']).toEqual([['lead', ['省发改委']]])
    expect(roles['一/（一）']).toBeUndefined()
  })
  it('prose 由X总牵头 leads too', () => {
    expect(brief(scanRoles('由市政府办公室总牵头，各部门配合。'))).toEqual([
      ['lead', ['市政府办公室']],
      ['participant', ['各部门']],
    ])
  })
})

describe('a unit parenthesis closed by the first-listed rule, no verb (（A、B（C）。列第一位者为牵头部门，下同）)', () => {
  it('the first unit leads, the next is responsible with its nested bracket', () => {
    expect(roles['一/（一）/1']).toEqual([
      ['lead', ['省经信委']],
      ['responsible', ['省发改委（省能源局）']],
    ])
  })
  it('a parenthesis holding a date before the rule assigns nothing', () => {
    expect(brief(scanRoles('（2024年底前。列第一位者为牵头部门，下同）'))).toEqual([])
  })
})

describe('bare place names sharing the place government after them (清河、北安、同江市政府)', () => {
  it('each place is a unit, as printed, in a list read under the rule', () => {
    expect(roles['二/3']).toEqual([
      ['lead', ['清河机场扩建指挥部']],
      ['responsible', ['清河', '北安', '同江市政府', '省农垦总局']],
    ])
  })
  it('without a rule every unit is responsible', () => {
    expect(brief(scanRoles('（省交通运输厅、清河、北安、同江市人民政府负责）'))).toEqual([['responsible', ['省交通运输厅', '清河', '北安', '同江市人民政府']]])
  })
  it('fields before a department word are no places: they share the department word as before', () => {
    expect(brief(scanRoles('（教育、卫生、民政部门负责）'))).toEqual([['responsible', ['教育部门', '卫生部门', '民政部门']]])
  })
  it('county names before a county government (平邑县 form) are units too', () => {
    expect(brief(scanRoles('（东平县、西河县、北安县人民政府负责）'))).toEqual([['responsible', ['东平县', '西河县', '北安县人民政府']]])
  })
  it('a level word in the run makes it a level join, not places (向省、自治区、直辖市人民政府)', () => {
    expect(brief(scanRoles('有关部门应当报告，并抄送向省、自治区、直辖市人民政府负责。'))).toEqual([])
  })
  it('a bare place not followed by a place government stays no unit', () => {
    expect(brief(scanRoles('（清河、省农垦总局负责）'))).toEqual([])
  })
})

describe('负责牵头 leads', () => {
  it('in a 管理办法 duty sentence', () => {
    expect(roles['二/4']).toEqual([['lead', ['省文化和旅游厅']]])
  })
  it('in prose with 由', () => {
    expect(brief(scanRoles('由市卫健委负责牵头，市财政局配合。'))).toEqual([
      ['lead', ['市卫健委']],
      ['participant', ['市财政局']],
    ])
  })
})

describe('X负责…，…，牵头… (a duty sentence): responsible, then lead on the later clause', () => {
  it('the units opening the sentence lead what the 牵头 clause hands them', () => {
    expect(roles['二/5']).toEqual([
      ['responsible', ['省财政厅']],
      ['lead', ['省财政厅']],
    ])
  })
  it('a later 负责 clause adds no second responsible role', () => {
    expect(brief(scanRoles('财政厅负责资金管理，负责绩效评价。'))).toEqual([['responsible', ['财政厅']]])
  })
  it('a sentence opened by 由 carries nothing', () => {
    expect(brief(scanRoles('由财政厅负责资金管理，牵头组织实施绩效管理。'))).toEqual([['responsible', ['财政厅']]])
  })
})
