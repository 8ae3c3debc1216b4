import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { scanRoles, type ScanResult } from '../../../src/extract/roles/index.js'
import { taskRoles } from '../../helpers.js'

/** Role families left by sweep7 (issue #11): a unit named by the field its role is held in, alternatives. */
const brief = (r: ScanResult) => r.roles.map((x) => [x.role, x.label, x.units.map((u) => u.name)])
const fixture = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')

describe('a held role after its field names a class of bodies (绩效责任单位)', () => {
  it('济南市绩效管理条例 第十九条: 由绩效责任单位负责实施 → responsible 绩效责任单位', () => {
    const doc = parse(fixture('fixtures/markfix/jinan-performance.txt'))
    expect(taskRoles(doc, '第十九条')).toEqual(['responsible 绩效责任单位'])
    expect(taskRoles(doc, '第二条')).toBeUndefined()
  })

  it('a bare 责任单位 stays a label and a verb before it is no field', () => {
    expect(brief(scanRoles('（责任单位：市财政局）'))).toEqual([['responsible', '责任单位', ['市财政局']]])
    expect(brief(scanRoles('由市政府明确责任单位负责实施。'))).toEqual([])
  })
})

describe('由A或者B负责: each alternative is responsible', () => {
  it('征兵工作条例 第六十一条: 由新兵训练机构或者部队负责 / 由有关地方人民政府征兵办公室负责', () => {
    const doc = parse(fixture('gold/blind/texts/37-征兵工作条例_2023-04-01.txt'))
    expect(taskRoles(doc, '第八章/第六十一条')).toEqual(['responsible 新兵训练机构、部队', 'responsible 有关地方人民政府征兵办公室'])
  })

  it('或 and 或者 in a regulation sentence', () => {
    expect(brief(scanRoles('道路的维修由道路管理部门或道路经营单位负责。'))).toEqual([['responsible', '负责', ['道路管理部门', '道路经营单位']]])
    expect(brief(scanRoles('公共设施由街道办事处或者乡、镇人民政府负责维护。'))).toEqual([['responsible', '负责', ['街道办事处', '乡、镇人民政府']]])
  })
})
