import { describe, expect, it } from 'vitest'
import grammar from '../../grammars/numbering.json' with { type: 'json' }
import { markerAt, nextKey } from '../../src/text/markers.js'
import { parse } from '../../src/index.js'
import type { Clause } from '../../src/schema/clause.js'
import { fixtureText } from '../helpers.js'

// One fixture per style of grammars/numbering.json: [text, style, key].
const fixtures: Array<[string, string, string]> = [
  ['第一编 总则', 'part', '第一编'],
  ['第三章 法律责任', 'chapter', '第三章'],
  ['第二节 一般规定', 'section', '第二节'],
  ['第十七条 本办法自印发之日起施行。', 'article', '第十七条'],
  ['第十七条，培训机构不得', 'article', '第十七条'],
  ['第一阶段（2013年底前）：全面铺开', 'stage', '第一阶段'],
  ['一、指导思想', 'cn-dun', '一'],
  ['十二、附则', 'cn-dun', '十二'],
  ['（三）完善机制', 'cn-paren', '（三）'],
  ['（一）目的', 'cn-paren', '（一）'],
  ['（一）项目管理', 'cn-paren', '（一）'],
  ['一）工程指导协调小组', 'cn-paren', '（一）'],
  ['（2）智能矿山', 'arabic-paren', '（2）'],
  ['③加强监管', 'circled', '③'],
  ['Ⅱ、重点任务', 'roman', 'Ⅱ'],
  ['B.资金保障', 'latin', 'B'],
  ['1.1编制目的', 'decimal-2', '1.1'],
  ['18、社情民意', 'arabic', '18'],
  ['28三道防线', 'arabic', '28'],
  ['●创新基层治理', 'bullet', '●'],
  ['二是及时排查', 'cn-shi', '二是'],
]

describe('grammars/numbering.json: a fixture per style', () => {
  it('covers every style id of the grammar', () => {
    const ids = new Set(grammar.styles.map((s) => s.id))
    const covered = new Set(fixtures.map(([, style]) => style.replace(/-\d+$/, '')))
    for (const id of ids) expect(covered.has(id), id).toBe(true)
  })

  it.each(fixtures)('%s → %s %s', (text, style, key) => {
    const m = markerAt(text, 0, true)
    expect(m?.style).toBe(style)
    expect(m?.key.startsWith(key) || m?.numeral === key.replace(/[（）]/g, '')).toBe(true)
  })

  it.each([
    ['第十二条至第十四条所定期间', 'a cross-reference range'],
    ['第二条第一款规定的', 'a paragraph reference'],
    ['（四）、（五）项所列人员', 'an item reference'],
    ['1.5亿元', 'a decimal number'],
    ['2019年起', 'a year'],
    ['一、二级保护', 'a list of grades'],
  ])('%s is not a heading (%s)', (text) => {
    const m = markerAt(text, 0, true)
    expect(m === null || m.weak || m.sequence).toBe(true)
  })
})

describe('numeral systems come from the grammar', () => {
  it('reads roman and latin numbers through the systems a style names', () => {
    expect(markerAt('Ⅳ、附则', 0)?.number).toBe(4)
    expect(markerAt('C.监督考核', 0)?.number).toBe(3)
    expect(markerAt('⑫加强监管', 0)?.number).toBe(12)
    expect(markerAt('⑫加强监管', 0)?.style).toBe('circled')
    expect(markerAt('第十二条 本办法', 0)?.number).toBe(12)
    expect(markerAt('1.2.3编制依据', 0)?.number).toBe(3)
    expect(markerAt('●创新', 0)?.number).toBeNull()
  })

  it('writes the next key of a list in its own system (一是 → 二是, 十九是 → 二十是)', () => {
    expect(nextKey(markerAt('一是加强', 0, true)!)).toBe('二是')
    expect(nextKey(markerAt('十九是完善', 0, true)!)).toBe('二十是')
    expect(nextKey(markerAt('Ⅰ、总体要求', 0)!)).toBe('Ⅱ')
  })

  it('a plan numbered Ⅰ、Ⅱ、Ⅲ、 with A. B. inside gets its clause tree and tasks', () => {
    const text = fixtureText('grammar/roman-numbering.txt')
    const plan = parse(text).documents[0]
    const rows: string[] = []
    const walk = (cs: Clause[]) => {
      for (const c of cs) {
        rows.push(`${c.style} ${c.path.join('/')} ${c.number} ${c.heading}`)
        walk(c.children.filter((x): x is Clause => x.type === 'clause'))
      }
    }
    walk(plan.clauses)
    expect(rows).toEqual([
      'roman Ⅰ 1 总体要求',
      'roman Ⅱ 2 重点任务',
      'cn-paren Ⅱ/（一） 1 夯实基础设施',
      'cn-paren Ⅱ/（二） 2 推进数据共享',
      'roman Ⅲ 3 保障措施',
      'latin Ⅲ/A 1 组织保障',
      'latin Ⅲ/B 2 资金保障',
    ])
    const task = plan.tasks.find((t) => t.path.join('/') === 'Ⅱ/（一）')
    expect(task?.deadlines.map((d) => d.date)).toEqual(['2024-06-30'])
    expect(task?.roles.map((r) => `${r.role}:${r.units.map((u) => u.name).join('、')}`)).toEqual(['lead:市政务服务数据管理局', 'participant:各区人民政府'])
  })

  it('⑴ ⑵ are read as （1） （2） (the width pass rewrites them), an arabic-paren list', () => {
    const doc = parse('一、重点任务\n⑴统一平台建设。\n⑵统一数据标准。')
    expect(doc.clauses[0].children.filter((c) => c.type === 'clause').map((c) => `${c.style}:${c.marker}:${c.number}`)).toEqual(['arabic-paren:⑴:1', 'arabic-paren:⑵:2'])
  })

  it('a grade list (A、B类) is no latin list', () => {
    const doc = parse('一、分类管理\n企业分为A、B类，实行分级监管。\nA类企业每年检查一次。')
    expect(doc.clauses.map((c) => c.style)).toEqual(['cn-dun'])
    expect(doc.clauses[0].children.filter((c) => c.type === 'clause')).toEqual([])
  })
})

describe('clause depth follows first appearance', () => {
  it('nests （一） under 一、 and 1. under （一） in the order they first appear', () => {
    const doc = parse('一、总则\n（一）目的\n1.为了规范\n2.为了保障\n（二）原则\n二、附则')
    expect(doc.clauses.map((c) => c.path)).toEqual([['一'], ['二']])
    expect(doc.clauses[0].children[0].children.map((c) => c.path)).toEqual([
      ['一', '（一）', '1'],
      ['一', '（一）', '2'],
    ])
  })

  it('reports a gap and a repeat', () => {
    const codes = parse('一、甲\n二、乙\n四、丁\n四、戊')
      .diagnostics.map((d) => d.code)
      .filter((c) => c.startsWith('numbering'))
    expect(codes).toEqual(['numbering-gap', 'numbering-repeat'])
  })
})

describe('articles run together on one line (outside16)', () => {
  it('opens the next article after sentence punctuation, the first one glued to its chapter heading', () => {
    const text =
      '某县河道保洁管理条例\n' +
      '第一章总 则第一条为了保持河道整洁，制定本条例。第二条本县行政区域内的河道保洁，适用本条例。' +
      '第三条县水利行政主管部门负责本行政区域内河道保洁的监督管理工作。\n' +
      '第二章 保洁责任\n第四条 乡镇人民政府负责辖区内河道的日常保洁。'
    const doc = parse(text)
    const chapter = doc.clauses[0]
    expect(chapter.path).toEqual(['第一章'])
    expect(chapter.children.map((c) => c.path)).toEqual([
      ['第一章', '第二条'],
      ['第一章', '第三条'],
    ])
    const roles = doc.tasks.flatMap((t) => t.roles.map((r) => [t.path.join('/'), r.role, r.units.map((u) => u.name).join('、')]))
    expect(roles).toContainEqual(['第一章/第三条', 'responsible', '县水利行政主管部门'])
  })

  it('leaves a cross-reference after a full stop alone when it does not continue the articles', () => {
    const doc = parse('第一条 为了规范管理，制定本办法。\n第二条 本办法适用于全市。第五条规定的事项另行规定。\n第三条 本办法自发布之日起施行。')
    expect(doc.clauses.map((c) => c.path)).toEqual([['第一条'], ['第二条'], ['第三条']])
  })
})
