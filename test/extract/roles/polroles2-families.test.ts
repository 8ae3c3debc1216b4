/**
 * Families of the second policy role round (issue 11, helper polroles2; test/gold/audit/polroles2.tsv) and the field
 * list an outside page reported. Texts written by us.
 *  F  fields sharing one level and one suffix, then units joined after them, before a duty phrase and a duty action
 *     (县级以上人民政府发展和改革、工业和信息化部门及其他有关部门按照各自职责，做好…): every field is a unit under the
 *     level, the joined units as printed, all responsible. Before, the list was read only when 等 closed the fields
 *     or 负责 followed the phrase.
 *  R  a range of levels opening such a list (县级以上、省级以上、县级以上地方) is every field's prefix: 县级以上农业、林业
 *     行政主管部门 → 县级以上林业行政主管部门, not 县级林业行政主管部门 (found counting F's shape; 44 lists of the corpus
 *     open with such a range, about 20 of them fields sharing a suffix).
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

const ranges = `某省农业管理条例

第一条 县级以上农业、林业行政主管部门按照各自职责，做好农业技术推广工作。
第二条 省级以上财政、税务主管部门负责减免税的审核。
第三条 县级以上地方文化和旅游、新闻出版等部门在各自职责范围内，开展宣传教育工作。
`

describe('R: a range of levels opening a shared-suffix list', () => {
  it('prefixes every field with the whole range', () => {
    const roles = rolesByPath(parse(ranges))
    expect(roles['第一条']).toEqual([['responsible', ['县级以上农业行政主管部门', '县级以上林业行政主管部门']]])
    expect(roles['第二条']).toEqual([['responsible', ['省级以上财政主管部门', '省级以上税务主管部门']]])
    expect(roles['第三条']).toEqual([['responsible', ['县级以上地方文化和旅游部门', '县级以上地方新闻出版部门']]])
  })
})
