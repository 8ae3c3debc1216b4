import { describe, expect, it } from 'vitest'
import { parse, type Clause } from '../../src/index.js'
import { allClauses, fixtureText, taskRoles } from '../helpers.js'

// Flattened pages (issue #11, outside probe): a list glued into one line, its items kept apart by
// spaces only. Fixtures are written for the tests in the format of real reposted pages.
const fixture = (name: string) => fixtureText(`flattened/${name}`)
const paths = (cs: Clause[]) => allClauses(cs).map((c) => c.path.join('/'))

describe('flattened one-line pages', () => {
  it('splits a notice printed on one line into its sections, sub-sections and items', () => {
    const doc = parse(fixture('notice-one-line.txt'))
    expect(paths(doc.clauses)).toEqual(['一', '一/（一）', '一/（一）/1', '一/（一）/2', '一/（二）', '一/（二）/1', '一/（二）/2', '二', '二/（一）', '二/（一）/1', '二/（一）/2'])
    expect(allClauses(doc.clauses).find((c) => c.path.join('/') === '一/（二）')?.heading).toBe('促进消费回升')
    expect(taskRoles(doc, '一/（一）/1')).toEqual(['lead 市发展改革委', 'responsible 市工业和信息化局、市自然资源局、市住房城乡建设局'])
    expect(taskRoles(doc, '一/（二）/2')).toEqual(['lead 市商务局', 'responsible 各县（市、区）人民政府'])
    expect(taskRoles(doc, '二/（一）/2')).toEqual(['lead 市科技局', 'participant 市教育局'])
    // a cross-reference after a space (依照 (一)项) and a decimal (2.5亿元) stay text
    expect(allClauses(doc.clauses).find((c) => c.path.join('/') === '一/（二）/2')?.heading).toBe('培育夜间经济集聚区3个，依照（一）项的要求推进项目建设')
    expect(doc.tasks.find((t) => t.path.join('/') === '一/（一）/2')?.deadlines.map((d) => d.date)).toEqual(['2024-09-30'])
    const split = doc.diagnostics.filter((d) => d.code === 'line-split')
    expect(split).toHaveLength(1)
    // positions stay in the original one-line input
    const one = allClauses(doc.clauses).find((c) => c.path.join('/') === '二')!
    expect(fixture('notice-one-line.txt').slice(one.position!.start.offset, one.position!.start.offset + 2)).toBe('二、')
  })

  it('splits a flattened table page whose 责任单位 follow each item, under a first-listed-lead rule', () => {
    const doc = parse(fixture('table-flattened.txt'))
    expect(paths(doc.clauses)).toEqual(['一', '一/1', '一/2', '二', '二/1', '二/2'])
    // (首位单位为牵头单位,下同) after the first unit: a rule for this list and the later ones, not part of the name
    expect(taskRoles(doc, '一/1')).toEqual(['lead 县发改局', 'responsible 县财政局、县统计局'])
    expect(taskRoles(doc, '一/2')).toEqual(['lead 县财政局'])
    expect(taskRoles(doc, '二/1')).toEqual(['lead 县政务服务中心', 'responsible 县大数据中心'])
    expect(taskRoles(doc, '二/2')).toEqual(['lead 县自然资源局'])
  })

  it('leaves run-in enumerations, lone spaced markers and short lines as they are', () => {
    // no spaces: a run-in sentence, not a flattened page
    const runIn = parse(`一、主要任务\n${'围绕数字经济，'.repeat(20)}共4项任务。分别是：1.提档升级软件名城。2.发展基础产业。3.培育未来产业。`)
    expect(paths(runIn.clauses)).toEqual(['一'])
    expect(runIn.diagnostics.some((d) => d.code === 'line-split')).toBe(false)
    // one spaced marker is no pair: nothing is split
    const lone = parse(`第五条 ${'有关部门应当加强监督检查，'.repeat(12)}依照 第三条规定处理。 1.情节较轻的，责令改正。`)
    expect(lone.diagnostics.some((d) => d.code === 'line-split')).toBe(false)
  })
})
