import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'

const roles = (text: string) => parse(text).tasks.flatMap((t) => t.roles.map((r) => [r.role, r.units.map((u) => u.name)]))

// 居（村）民委员会 / 村（居）民委员会: the resident or village committee, its alternative in brackets, opens a
// unit name as a level does (grammars/units/suffixes.json openings; outside49 06)
describe('a resident or village committee named with its alternative in brackets', () => {
  it('is the unit of a duty that opens its clause', () => {
    expect(roles('第八条 区建设局负责本区停车管理。\n居（村）民委员会负责所辖区域内公共停车位的日常管理。\n')).toContainEqual(['responsible', ['居（村）民委员会']])
  })

  it('opens a list of bodies that assist, half-width brackets included', () => {
    expect(roles('第二条 市建设局负责全市物业管理。\n居(村)民委员会、街道办事处和乡镇人民政府应当协助市建设局做好物业管理工作。\n')).toContainEqual([
      'participant',
      ['居（村）民委员会', '街道办事处', '乡镇人民政府'],
    ])
  })
})
