import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, type Clause } from '../../src/index.js'
import { allClauses, CORPUS } from '../helpers.js'

// Plan families of the blind-c gold (test/gold/blind-c, /work/notes/goldc.md R1, R3, R9, R2, R4).
const policy = (name: string) => readFileSync(join(CORPUS, 'policy', name), 'utf8')
const paths = (cs: Clause[]) => allClauses(cs).map((c) => c.path.join('/'))
const unitsOf = (doc: ReturnType<typeof parse>, path: string) => doc.tasks.filter((t) => t.path.join('/') === path).flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${r.role} ${u.name}`)))

describe('R1: item numbers run into the text, numbered on across sections', () => {
  // As the 青岛 export prints them: the point after the digit is a private-use glyph (U+E010).
  const fixture = [
    '二、主要任务',
    '（一）实施科技创新攻关行动',
    '1\ue010突破大模型关键核心技术。围绕构建、训练开展攻关。（责任单位：市科技局、市工业和信息化局）',
    '2\ue010强化核心底层硬件创新攻关。加强兼容适配。（责任单位：市发展改革委）',
    '（二）实施关键要素整合行动',
    '3\ue010强化算力资源保障。加快建设计算中心。（责任单位：市大数据局）',
    '4\ue010加强海洋数据支撑。（责任单位：市海洋发展局）',
    '三、保障措施',
  ].join('\n')

  it('reads 1–4 as items under （一）–（二） and gives each its own label', () => {
    const doc = parse(fixture)
    expect(paths(doc.clauses)).toEqual(['二', '二/（一）', '二/（一）/1', '二/（一）/2', '二/（二）', '二/（二）/3', '二/（二）/4', '三'])
    expect(allClauses(doc.clauses).find((c) => c.path.join('/') === '二/（一）/1')?.heading).toBe('突破大模型关键核心技术')
    expect(unitsOf(doc, '二/（一）/1')).toEqual(['responsible 市科技局', 'responsible 市工业和信息化局'])
    expect(unitsOf(doc, '二/（二）/3')).toEqual(['responsible 市大数据局'])
    expect(unitsOf(doc, '二/（一）')).toEqual([])
  })

  it('reads the same list printed with bare digits (the glyph dropped)', () => {
    const doc = parse(fixture.replaceAll('\ue010', ''))
    expect(paths(doc.clauses)).toEqual(['二', '二/（一）', '二/（一）/1', '二/（一）/2', '二/（二）', '二/（二）/3', '二/（二）/4', '三'])
  })

  it('the real document: 15 items under （一）–（五）, each with its label (blind-c 1)', () => {
    const doc = parse(policy('politic_analysis_2025__shandong_053.txt'))
    const items = allClauses(doc.clauses).filter((c) => c.path.length === 3 && c.path[0] === '二')
    expect(items.map((c) => c.path.slice(1).join('/'))).toEqual([
      '（一）/1',
      '（一）/2',
      '（一）/3',
      '（一）/4',
      '（二）/5',
      '（二）/6',
      '（二）/7',
      '（三）/8',
      '（三）/9',
      '（三）/10',
      '（四）/11',
      '（四）/12',
      '（五）/13',
      '（五）/14',
      '（五）/15',
    ])
    expect(unitsOf(doc, '二/（三）/10')).toContain('responsible 市人力资源社会保障局')
  })

  it.each([
    ['1名同志负责联络。\n2名同志负责值班。', 'a count of people'],
    ['300人以上的企业。', 'a count, no sequence'],
    ['1突破关键技术。', 'a lone 1 that no 2 follows'],
  ])('%s is not an item (%s)', (text) => {
    expect(paths(parse(`一、情况\n${text}\n二、其他`).clauses)).toEqual(['一', '二'])
  })
})

describe('a bare 1 glued to a line end, its 2 glued in turn (a standard: 1 范围, 2 术语和定义)', () => {
  it('keeps the standard’s sections (central_022)', () => {
    const doc = parse(policy('politic_analysis_2025__central_022.txt'))
    expect(
      allClauses(doc.clauses)
        .filter((c) => c.path.length === 1)
        .map((c) => `${c.path[0]} ${c.heading?.slice(0, 5)}`),
    ).toEqual(['1 范围本文件', '2 术语和定义', '3 标识方式和'])
  })
})

describe('R3: a ratio is not an item marker', () => {
  it('按照1：1比例 leaves the article whole, with its label', () => {
    const doc = parse('第十六条 支持企业发展。（责任单位：市财政局）\n第十七条 补助资金由市、区两级按照1：1比例负担。（责任单位：崂山区政府）\n第十八条 本细则自印发之日起施行。')
    expect(paths(doc.clauses)).toEqual(['第十六条', '第十七条', '第十八条'])
    expect(unitsOf(doc, '第十七条')).toEqual(['responsible 崂山区政府'])
  })
})

describe('R9: a heading glued to the end of a paragraph, its 一 damaged', () => {
  it('opens 三 when 四 goes on, so 四–五 stay top-level (blind-c 12)', () => {
    const doc = parse(
      [
        '现就相关工作通知如下明确目标任务-、',
        '到2025年底，智能审核和监控体系基本建立。二、加强“两库”建设和应用',
        '(一)准确把握“两库”建设重点。要厘清“两库”的关系，提升“两库”智能化水平，三、优化智能审核和监控流程',
        '(一)科学划分事前、事中、事后流程。智能审核基本工作流程包括数据采集传输等环节。',
        '四、推动经办机构全面智能审核',
        '(一)对全量结算单据全覆盖审核。',
      ].join('\n'),
    )
    // the damaged 一 (明确目标任务-、) is read too, as the plan gold wants (D6)
    expect(paths(doc.clauses)).toEqual(['一', '二', '二/（一）', '三', '三/（一）', '四', '四/（一）'])
  })

  it('leaves a glued 三、 alone when no 四 follows', () => {
    const doc = parse('一、目标\n提升智能化水平，三、优化流程\n（一）划分流程。')
    expect(paths(doc.clauses)).toEqual(['一', '一/（一）'])
  })
})

describe('R2: a provision’s label is not handed to its sub-sections', () => {
  const article = [
    '第六条 在园区内新设立的企业，经考核通过的，给予三年100%房租补贴，补贴期间不得转租。（责任单位：崂山区政府）',
    '（一）申报条件（申报主体应同时具备下列条件，下同）',
    '1.申报主体是园区内人工智能企业；',
    '2.申报主体已签订招商协议的，应达到招商协议履约条件。',
    '（二）申报材料',
    '1.房租补贴申请表；',
    '2.申报资料真实性承诺书。',
    '第七条 园区内入选“十佳场景示范”的项目，给予一次性奖励。（责任单位：崂山区政府）',
    '（一）申报条件',
    '1.申报主体是园区内人工智能企业。',
  ].join('\n')

  it('keeps 崂山区政府 on 第六条 and 第七条 only', () => {
    const doc = parse(article)
    expect(doc.tasks.map((t) => t.path.join('/'))).toEqual(['第六条', '第七条'])
    expect(unitsOf(doc, '第六条')).toEqual(['responsible 崂山区政府'])
  })

  it('still hands a heading’s label to its items', () => {
    const doc = parse('（一）实施科技创新攻关行动（责任单位：市科技局）\n1.突破关键核心技术。\n2.建设创新平台。\n（二）强化保障')
    expect(unitsOf(doc, '（一）/1')).toEqual(['responsible 市科技局'])
    expect(unitsOf(doc, '（一）/2')).toEqual(['responsible 市科技局'])
    expect(doc.tasks.find((t) => t.path.join('/') === '（一）/2')?.roles[0]?.inherited).toBe(true)
  })

  it('still hands a lead-in sentence’s role to its items', () => {
    const doc = parse('（一）加强组织保障。成立工作专班，由市发展改革委负责以下工作：\n1.统筹推进项目建设。\n2.协调解决重大问题。\n（二）强化宣传')
    expect(unitsOf(doc, '（一）/2')).toContain('responsible 市发展改革委')
  })

  it('the real document: no role on 申报条件 / 申报材料 (blind-c 5)', () => {
    const doc = parse(policy('politic_analysis_2025__shandong_043.txt'))
    const inherited = doc.tasks.filter((t) => t.roles.some((r) => r.inherited))
    expect(inherited.map((t) => t.path.join('/'))).toEqual([])
    expect(unitsOf(doc, '第二章/第十七条')).toEqual(['responsible 崂山区政府', 'responsible 市工业和信息化局', 'responsible 市财政局'])
  })
})

describe('R4: the duties of a body where it is set up are not roles', () => {
  it('X下设办公室，负责日常工作 gives no responsible, and its items inherit none (blind-c 7)', () => {
    const doc = parse(
      '2.1.2 指挥部办公室及其职责\n国家粮食应急工作指挥部下设办公室，负责日常工作。办公室设在国家粮食局。\n（1）根据市场动态提出行动建议。\n（2）起草有关文件和简报。\n2.1.3 成员单位职责\n（1）国家粮食局负责应急工作的综合协调。',
    )
    expect(doc.tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${t.path.join('/')} ${u.name}`)))).toEqual(['2.1.3/（1） 国家粮食局'])
  })
})
