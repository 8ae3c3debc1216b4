import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, type Clause } from '../../src/index.js'
import { isBoxHeader, markerAt } from '../../src/text/markers.js'
import { allClauses, CORPUS } from '../helpers.js'

const policy = (name: string) => readFileSync(join(CORPUS, 'policy', name), 'utf8')
const paths = (cs: Clause[]) => allClauses(cs).map((c) => c.path.join('/'))
const byPath = (cs: Clause[], p: string) => allClauses(cs).find((c) => c.path.join('/') === p)

describe('a marker followed directly by a digit (issue #11 family 5)', () => {
  it('keeps 4.2021年… and 5.2025年底前… as the next items of their list', () => {
    const doc = parse(
      '一、主要任务\n（一）加快建设\n1.推进基础设施。\n2.加强平台建设。\n3.推动应用。\n4.2021年启动试点工作。\n5.2025年底前建成体系。\n（二）强化保障\n1.2022年完成评估。\n2.开展督查。',
    )
    expect(paths(doc.clauses)).toEqual(['一', '一/（一）', '一/（一）/1', '一/（一）/2', '一/（一）/3', '一/（一）/4', '一/（一）/5', '一/（二）', '一/（二）/1', '一/（二）/2'])
    expect(byPath(doc.clauses, '一/（一）/4')?.heading).toBe('2021年启动试点工作')
    // the 1 of a new list is confirmed by the 2 that follows it
    expect(byPath(doc.clauses, '一/（二）/1')?.heading).toBe('2022年完成评估')
  })

  it('reads 1.700MHz頻段… as item 1 when 2. follows (Taiwan regulation layout)', () => {
    const doc = parse(
      '（四）各頻段之上限如下：\n1.700MHz頻段之上限為上下行各20MHz。\n2.900MHz頻段之上限為上下行各10MHz。\n3.本目1及2所列頻段之上限合計為上下行各25MHz。\n4.1800MHz頻段之上限為上下行各30MHz。\n（五）其他',
    )
    expect(paths(doc.clauses)).toEqual(['（四）', '（四）/1', '（四）/2', '（四）/3', '（四）/4', '（五）'])
  })

  it.each([
    ['1.5亿元用于建设', 'a decimal amount'],
    ['3.2%的增长', 'a percentage'],
    ['1、2、3号线', 'a run of numbers'],
  ])('%s is not an item (%s)', (text) => {
    const doc = parse(`一、情况\n${text}\n二、其他`)
    expect(paths(doc.clauses)).toEqual(['一', '二'])
  })

  it('drops a lone 1.2025年… that no 2 follows (could be a wrapped number)', () => {
    const doc = parse('一、情况\n1.2025年完成。\n二、其他')
    expect(paths(doc.clauses)).toEqual(['一', '二'])
  })
})

describe('compatibility forms of markers (NFKC)', () => {
  it.each([
    ['1﹒推进芯片设计。\n2﹒推进芯片制造。', ['1', '2']],
    ['⒈第一项\n⒉第二项', ['1', '2']],
    ['⑴加强监管\n⑵完善制度', ['（1）', '（2）']],
    ['（１）加强监管\n（２）完善制度', ['（1）', '（2）']],
    ['１．第一项\n２．第二项', ['1', '2']],
    ['㈠总则\n㈡附则', ['（一）', '（二）']],
  ])('%s', (text, keys) => {
    const doc = parse(`一、任务\n${text}`)
    expect(doc.clauses[0].children.filter((c) => c.type === 'clause').map((c) => c.path.at(-1))).toEqual(keys)
    // positions still point at the marker as printed
    const first = doc.clauses[0].children[0]
    expect(text.startsWith(`${first.marker}`) || first.marker.length > 0).toBe(true)
  })

  it('reads the 1﹒–13﹒ items of 山东省推动智能传感器产业发展行动计划 (corpus/policy/politic_analysis_2025__shandong_021.txt)', () => {
    const text = policy('politic_analysis_2025__shandong_021.txt')
    const doc = parse(text)
    const items = allClauses(doc.clauses).filter((c) => c.style === 'arabic')
    expect(items.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
    expect(items[0].path).toEqual(['四', '（一）', '1'])
    expect(items[0].heading).toBe('推进智能传感器芯片设计')
    // the position maps back to the printed marker 1﹒
    const at = items[0].position!.start.offset!
    expect(text.slice(at, at + 2)).toBe('1﹒')
  })

  it('reads 1）2）… items opened by their first number (corpus/policy/politic_analysis_2025__central_159.txt)', () => {
    const doc = parse(policy('politic_analysis_2025__central_159.txt'))
    const items = allClauses(doc.clauses).filter((c) => c.style === 'arabic-paren')
    expect(items.length).toBeGreaterThan(150)
    // every list starts at 1 (or at 2 after a run-in 1）) and counts up by one
    for (let i = 1; i < items.length; i++) {
      const prev = items[i - 1]
      const cur = items[i]
      if (cur.number! > 2) expect(cur.number).toBe(prev.number! + 1)
    }
    expect(markerAt('89）經工字第 89205218 號令', 0)?.sequence).toBe(true)
  })

  it('a 1） printed run-in after a colon lets 2）3） open on their lines (central_159 §3.1 党建)', () => {
    const doc = parse('一、党建\n具体包括：1）党员管理：党员信息。\n2）党员认岗：明确职位。\n3）党员联户：确定范围。\n二、其他')
    expect(paths(doc.clauses)).toEqual(['一', '一/（2）', '一/（3）', '二'])
  })
})

describe('专栏 boxes inside a list (issue #11 family 5)', () => {
  it('recognises box headers as printed in the corpus', () => {
    for (const h of ['专栏1数字化解决方案研发推广工程', '专栏 2 数字化改造升级工程', '专栏二 智慧健康创新应用工程', '专栏3：现代农业技术', '专栏1　基础理论']) expect(isBoxHeader(h), h).toBe(true)
    expect(isBoxHeader('专栏目录')).toBe(false)
  })

  it('the box items are neither items nor the end of the list', () => {
    const doc = parse(
      '一、任务\n（一）数字化\n1.加强研发。\n2.加强方案研发。\n专栏1数字化解决方案研发推广工程\n1.家用电器行业：平台。\n2.家具行业：设计平台。\n3.五金制品行业：机器人。\n4.造纸行业：云平台。\n（二）深入开展数字化转型改造\n3.梯次推进企业。\n专栏2 数字化改造升级工程\n1.家用电器行业：实施。\n4.推进工业互联网。\n二、保障',
    )
    expect(paths(doc.clauses)).toEqual(['一', '一/（一）', '一/（一）/1', '一/（一）/2', '一/（二）', '一/（二）/3', '一/（二）/4', '二'])
    // the box stays text of the item it follows
    expect(byPath(doc.clauses, '一/（一）/2')?.text).toContain('专栏1数字化解决方案研发推广工程')
  })

  it('轻工业数字化转型 (corpus/policy/politic_analysis_2025__central_008.txt): items 1–11 keep their paths across boxes', () => {
    const doc = parse(policy('politic_analysis_2025__central_008.txt'))
    const items = allClauses(doc.clauses).filter((c) => c.style === 'arabic' && c.path[0] === '二')
    expect(items.map((c) => c.number).slice(0, 11)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(items.map((c) => c.path.join('/')).slice(0, 5)).toEqual(['二/（一）/1', '二/（一）/2', '二/（二）/3', '二/（二）/4', '二/（三）/5'])
    expect(new Set(items.map((c) => c.path.join('/'))).size).toBe(items.length)
  })

  it('智慧健康养老 (corpus/policy/politic_analysis_2025__central_065.txt): a run-in 三、 at the end of a box line ends the box', () => {
    const doc = parse(policy('politic_analysis_2025__central_065.txt'))
    expect(doc.clauses.map((c) => c.path[0])).toEqual(['一', '二', '三', '四', '五', '六', '七', '八'])
  })
})

describe('marker families found by the marker-line sweep (scripts/sweep-marker-lines.ts)', () => {
  it('二、三个月内… is item 二 when it continues the list, 一、二级保护 stays prose', () => {
    const doc = parse('第五条 申请时应附下列文件：\n一、申请书。\n二、三个月内之户籍誊本及身分证明文件影本各一份。\n三、四级及五级灾害：二个月。\n第六条 其他')
    expect(paths(doc.clauses)).toEqual(['第五条', '第五条/一', '第五条/二', '第五条/三', '第六条'])
    expect(paths(parse('一、总则\n一、二级保护区的划定。').clauses)).toEqual(['一'])
  })

  it('第九条 项目建议书… is an article heading (the space is dropped in the matching copy)', () => {
    const doc = parse('第八条 合资企业应当登记。\n第九条 项目建议书经批准后，投资者应当办理手续。\n第十条 中央企业参照执行。')
    expect(paths(doc.clauses)).toEqual(['第八条', '第九条', '第十条'])
  })
})

describe('a point set apart from its number (converted PDF: 1 ﹒, 3 ．)', () => {
  it('reads 1 ﹒ / 2 ． / 3 . items as the list they continue, with their roles and deadlines', () => {
    const doc = parse(
      '一、主要任务\n1 ﹒开展垃圾治理。由县住建局牵头，2020年6月底前完成。\n2 ．开展污水治理。由县生态环境分局牵头，2020年12月底前完成。\n3 . 推进厕所革命。由县农业农村局牵头，2021年6月底前完成。\n二、保障措施',
    )
    expect(paths(doc.clauses)).toEqual(['一', '一/1', '一/2', '一/3', '二'])
    expect(doc.tasks.map((t) => [t.path.join('/'), t.deadlines.map((d) => d.date)])).toEqual([
      ['一/1', ['2020-06-30']],
      ['一/2', ['2020-12-31']],
      ['一/3', ['2021-06-30']],
    ])
  })

  it('takes a 1 . among 1. items of its list (a stray space in a 2025 standards plan)', () => {
    const doc = parse('一、重点方向\n（三）关键技术标准\n1 .机器学习标准。规范模型与训练数据。\n2.知识图谱标准。规范知识表示。\n（四）其他')
    expect(paths(doc.clauses)).toEqual(['一', '一/（三）', '一/（三）/1', '一/（三）/2', '一/（四）'])
  })

  it.each([
    ['共有1 . 5万人参加', 'a spaced decimal inside a sentence'],
    ['1 .第一项之后没有第二项', 'a lone 1 that no 2 follows'],
  ])('%s is not an item (%s)', (text) => {
    expect(paths(parse(`一、情况\n${text}\n二、其他`).clauses)).toEqual(['一', '二'])
  })
})
