/**
 * A government named by a class of places instead of a place (grammars/units/suffixes.json `qualifiedGovernments`):
 * 试点城市人民政府, 贫困县人民政府, 受灾地区人民政府. Opening a sentence with no left boundary, the word segmenter
 * used to cut the qualifier off and keep 城市人民政府 or a bare 人民政府 — a unit that names nobody. Texts written by us;
 * the first case is the shape of polroles' row 38 (twenty-third session), the others its family.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { rolesByPath } from '../../helpers.js'

const plan = `关于开展城乡融合发展试点工作的通知

一、工作任务
（一）建立机制。试点城市人民政府负责组织实施本地区试点工作。
（二）统筹资金。贫困县人民政府负责统筹整合涉农资金。
（三）转移群众。受灾地区人民政府负责组织群众转移安置。
（四）做好衔接。非试点地区人民政府负责做好政策衔接。
（五）协调用地。项目所在地人民政府负责协调项目用地。
（六）推广经验。副省级城市人民政府负责总结推广经验。
（七）落实责任。该项工作市人民政府负责督促落实。
（八）加强保障。宜昌市人民政府负责落实保障措施。
`

describe('a government named by a class of places', () => {
  const roles = rolesByPath(parse(plan))

  it('keeps the qualifier that names the class (试点城市, 贫困县, 受灾地区, 非试点地区, 项目所在地, 副省级城市)', () => {
    expect(roles['一/（一）']).toEqual([['responsible', ['试点城市人民政府']]])
    expect(roles['一/（二）']).toEqual([['responsible', ['贫困县人民政府']]])
    expect(roles['一/（三）']).toEqual([['responsible', ['受灾地区人民政府']]])
    expect(roles['一/（四）']).toEqual([['responsible', ['非试点地区人民政府']]])
    expect(roles['一/（五）']).toEqual([['responsible', ['项目所在地人民政府']]])
    expect(roles['一/（六）']).toEqual([['responsible', ['副省级城市人民政府']]])
  })

  it('leaves a scope phrase before a level government outside the unit, and a named place inside', () => {
    expect(roles['一/（七）']).toEqual([['responsible', ['市人民政府']]])
    expect(roles['一/（八）']).toEqual([['responsible', ['宜昌市人民政府']]])
  })
})
