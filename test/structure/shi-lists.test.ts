import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse, type Clause } from '../../src/index.js'
import { allClauses, taskRoles } from '../helpers.js'

// 一是/二是 lists (issue #11, sweep7): one rule whether the items are run-in or open their own lines.
// An item is a clause that holds its own paragraph; the paragraphs after the list go back to the
// enclosing clause. Fixtures written for the tests in the format of printed and wiki-exported reports.
const fixture = (name: string) => readFileSync(new URL(`../fixtures/shi-lists/${name}`, import.meta.url), 'utf8')
const paths = (cs: Clause[]) => allClauses(cs).map((c) => c.path.join('/'))
const clause = (cs: Clause[], path: string) => allClauses(cs).find((c) => c.path.join('/') === path)!

describe('一是/二是 lists of paragraphs', () => {
  const text = fixture('report-paragraphs.txt')
  const doc = parse(text)

  it('reads line-opening 一是…三是 as items of their section, as the run-in 一是…二是 are', () => {
    expect(paths(doc.clauses)).toEqual(['一', '二', '二/（一）', '二/（一）/一是', '二/（一）/二是', '二/（一）/三是', '二/（二）', '二/（二）/一是', '二/（二）/二是'])
    expect(clause(doc.clauses, '二/（一）/三是').heading).toBe('优化投资环境')
  })

  it('gives an item the roles and deadline of its own paragraph, and the paragraph after the list to the section', () => {
    expect(taskRoles(doc, '二/（一）/二是')).toEqual(['lead 市交通运输局', 'participant 市发展改革委、市财政局'])
    expect(doc.tasks.find((t) => t.path.join('/') === '二/（一）/二是')?.deadlines.map((d) => d.date)).toEqual(['2019-12-31'])
    // 市政府将…2019年6月底前完成上半年项目考核 follows the list: （一）'s, not 三是's (its dated deadline; the
    // report now speaks from its dateline's day, so 上半年 of 上半年项目考核 is read as a range too — the
    // period assessed, a family left open)
    expect(
      doc.tasks
        .find((t) => t.path.join('/') === '二/（一）')
        ?.deadlines.filter((d) => d.date)
        .map((d) => d.date),
    ).toEqual(['2019-06-30'])
    expect(doc.tasks.find((t) => t.path.join('/') === '二/（一）/三是')).toBeUndefined()
    const three = clause(doc.clauses, '二/（一）/三是')
    expect(text.slice(three.position!.start.offset, three.position!.end.offset)).toMatch(/^三是优化投资环境。.*一半以上。$/)
  })

  it('keeps a lone 一是 (no 二是 after it) and a list outside any clause as prose', () => {
    const lone = parse('关于做好工作的通知\n\n一、加强领导\n　　一是成立工作专班，由市商务局牵头负责。\n　　各区要抓好落实。\n')
    expect(paths(lone.clauses)).toEqual(['一'])
    const top = parse('关于做好工作的倡议\n\n提出两点倡议：\n一是加强协作。\n二是共享数据。\n')
    expect(paths(top.clauses)).toEqual([])
  })
})

describe('a wiki export printing each 一是 alone on its line', () => {
  const doc = parse(fixture('wiki-bare.txt'))

  it('gives the bare 一是 the paragraph under it, and the later paragraphs to the section', () => {
    expect(paths(doc.clauses)).toEqual(['一', '一/一是', '一/二是', '二'])
    expect(clause(doc.clauses, '一/一是').heading).toMatch(/^按照稳定政策、适度调整的原则/)
    const two = clause(doc.clauses, '一/二是')
    expect(two.text).not.toContain('基础设施建设')
    expect(clause(doc.clauses, '一').text).toContain('基础设施建设也要合理规划')
  })
})

describe('a PDF text whose 一是 paragraphs are hard-wrapped', () => {
  const doc = parse(fixture('pdf-wrapped.txt'))
  const text = (path: string) => clause(doc.clauses, path).text

  it('keeps the wrapped lines of an item in it, past a page number and a line ending in a bracket', () => {
    expect(paths(doc.clauses)).toEqual(['一', '二', '二/一是', '二/二是', '二/三是'])
    expect(text('二/一是')).toMatch(/有序开展标准体系建设工作。$/)
    expect(text('二/二是')).toMatch(/（ISO）、国际电工委员会（IEC）\n等相关标准的研制工作。$/)
    // the paragraph after the list, printed after a full stop, is the section's
    expect(text('二')).toBe('组织实施\n各区要结合实际抓好落实。')
  })

  it("reads the item's lead and its deadline printed on a wrapped line", () => {
    expect(taskRoles(doc, '二/一是')?.[0]).toBe('lead 市市场监管局')
    expect(doc.tasks.find((t) => t.path.join('/') === '二/一是')?.deadlines.map((d) => d.date)).toEqual(['2023-12-31'])
  })
})

describe('a run-in 一是 whose 二是 opens a later line', () => {
  const doc = parse(fixture('report-runin-first.txt'))

  it('opens the list of paragraphs in the heading paragraph (…主要抓好三个方面：一是…)', () => {
    expect(paths(doc.clauses)).toEqual(['二', '二/（七）', '二/（七）/一是', '二/（七）/二是', '二/（七）/三是', '二/（八）'])
    expect(taskRoles(doc, '二/（七）/一是')).toEqual(['lead 省卫生健康委'])
    expect(doc.tasks.find((t) => t.path.join('/') === '二/（七）/一是')?.deadlines.map((d) => d.date)).toEqual(['2021-12-31'])
  })
})
