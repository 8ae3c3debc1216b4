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
    // (the head — title, 字号, 主送 — and the items, each split once)
    const split = doc.diagnostics.filter((d) => d.code === 'line-split')
    expect(split.map((d) => d.message)).toEqual([
      "Split a flattened notice's head (版头 or title, 字号, 主送) onto lines of their own",
      'Split a flattened line at 11 item markers kept apart by spaces only',
    ])
    expect([doc.meta.title, doc.meta.docNumber?.normalized]).toEqual(['某某市人民政府关于分解落实2024年政府工作报告重点任务的通知', '某政〔2024〕3号'])
    // positions stay in the original one-line input
    const one = allClauses(doc.clauses).find((c) => c.path.join('/') === '二')!
    expect(fixture('notice-one-line.txt').slice(one.position!.start.offset, one.position!.start.offset + 2)).toBe('二、')
  })

  it('splits a flattened table page whose 责任单位 follow each item, under a first-listed-lead rule', () => {
    const doc = parse(fixture('table-flattened.txt'))
    // the 落款 (issuer, date) is split off the line: the plan's title after it opens the issued document
    expect(doc.meta.signedDate).toBe('2024-03-01')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['2024年重点工作责任分解'])
    expect(doc.tasks).toEqual([])
    const plan = doc.documents[0]
    expect(paths(plan.clauses)).toEqual(['一', '一/1', '一/2', '二', '二/1', '二/2'])
    // (首位单位为牵头单位,下同) after the first unit: a rule for this list and the later ones, not part of the name
    expect(taskRoles(plan, '一/1')).toEqual(['lead 县发改局', 'responsible 县财政局、县统计局'])
    expect(taskRoles(plan, '一/2')).toEqual(['lead 县财政局'])
    expect(taskRoles(plan, '二/1')).toEqual(['lead 县政务服务中心', 'responsible 县大数据中心'])
    expect(taskRoles(plan, '二/2')).toEqual(['lead 县自然资源局'])
  })

  it('splits off a flattened 落款 with its release note, so the plan glued after it is a document of its own', () => {
    const text = fixture('signature-release.txt')
    const doc = parse(text)
    expect(doc.meta.signedDate).toBe('2023-02-20')
    expect(doc.meta.issuers).toEqual(['某某区人民政府办公室'])
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['2023年区政府重点工作任务分解'])
    const plan = doc.documents[0]
    expect(paths(plan.clauses)).toEqual(['一', '一/1', '一/2', '二', '二/1'])
    expect(taskRoles(plan, '一/1')).toEqual(['lead 区统计局', 'responsible 区发改局'])
    expect(taskRoles(plan, '二/1')).toEqual(['lead 区人社局'])
    // the plan's heading starts where the original line printed it
    const start = plan.position!.start.offset
    expect(text.slice(start, start + 7)).toBe('2023年区政')
    // a date inside a sentence, spaces or not, is no 落款
    const inline = parse(`一、工作安排 ${'各街道要加强协调，'.repeat(10)}区文旅局 2023年5月1日 前完成方案。 1.开展调查。 2.形成报告。`)
    expect(inline.documents).toEqual([])
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
