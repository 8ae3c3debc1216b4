/**
 * Families of the second policy role round (issue 11, helper polroles2; test/gold/audit/polroles2.tsv) and the field
 * list an outside page reported. Texts written by us.
 *  F  fields sharing one level and one suffix, then units joined after them, before a duty phrase and a duty action
 *     (县级以上人民政府发展和改革、工业和信息化部门及其他有关部门按照各自职责，做好…): every field is a unit under the
 *     level, the joined units as printed, all responsible. Before, the list was read only when 等 closed the fields
 *     or 负责 followed the phrase.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { rolesByPath } from '../../helpers.js'

const rules = `某市节能监督管理办法

第一条 县级以上人民政府发展和改革、工业和信息化部门及其他有关部门按照各自职责，做好节能监督管理工作。
第二条 市教育、卫生健康部门和其他有关部门应当在各自职责范围内，开展校园卫生监督工作。
第三条 市财政、审计部门以及市公安局按照职责分工做好资金监管工作。
`

describe('F: a shared-suffix field list with units joined after it, before a duty phrase', () => {
  it('reads every field under the level and the joined units, responsible', () => {
    const roles = rolesByPath(parse(rules))
    expect(roles['第一条']).toEqual([['responsible', ['县级以上人民政府发展和改革部门', '县级以上人民政府工业和信息化部门', '其他有关部门']]])
    expect(roles['第二条']).toEqual([['responsible', ['市教育部门', '市卫生健康部门', '其他有关部门']]])
    expect(roles['第三条']).toEqual([['responsible', ['市财政部门', '市审计部门', '市公安局']]])
  })
})
