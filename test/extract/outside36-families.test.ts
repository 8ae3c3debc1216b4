import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import type { PolicyDocument } from '../../src/index.js'

// outside36 probe (issue #11): a seeded draw of role-bearing plans. Fixtures written for the test in the forms the
// draw met (own places, units and dates).
const fixture = (name: string) => parse(readFileSync(new URL(`../fixtures/outside36/${name}`, import.meta.url), 'utf8'))
const triples = (doc: Pick<PolicyDocument, 'tasks'>) => doc.tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${t.path.join('/')} ${r.role} ${u.name}`)))

describe('roles in the text outside every clause: a task with the path []', () => {
  it('reads a page of a law database that opens with the role parenthesis of a task cut on the page before', () => {
    const doc = fixture('cut-page-role-parenthesis.txt')
    expect(triples(doc)).toEqual([' lead 省水利厅', ' responsible 省发改委', ' responsible 省财政厅', ' responsible 省农业厅', ' responsible 省林业局'])
    const dues = doc.tasks.map((t) => `${t.path.join('/')}: ${t.deadlines.filter((d) => d.kind === 'due').map((d) => d.date)}`)
    expect(dues).toEqual([': ', '（七）/1: 2014-12-31,2016-12-31', '（七）/2: 2016-12-31'])
  })

  it('reads a notice whose one paragraph assigns the work and its due date', () => {
    const doc = parse(
      '关于做好汛前检查工作的通知\n各区人民政府，市直各单位：\n为做好今年防汛工作，由市水务局牵头，市应急局、市气象局配合，于2024年5月底前完成隐患排查。\n特此通知。\n青河市人民政府办公室\n2024年4月1日\n',
    )
    expect(triples(doc)).toEqual([' lead 市水务局', ' participant 市应急局', ' participant 市气象局'])
    expect(doc.tasks[0].deadlines.map((d) => `${d.kind} ${d.date}`)).toEqual(['due 2024-05-31'])
  })

  it('reads none in a court case, whose paragraphs narrate its facts', () => {
    const doc = parse('张某诉某公司承包合同纠纷案\n\n基本案情\n\n2015年3月，张某与某公司签订承包合同，约定某公司负责建设温室大棚。\n\n裁判结果\n\n法院判决驳回张某的诉讼请求。\n')
    expect(triples(doc)).toEqual([])
  })

  it('reads none in a standard’s foreword that names who manages and who explains it', () => {
    const doc = parse('本指南由某部科技司负责管理，某研究中心负责技术解释。请各单位在使用过程中提出意见和建议。\n')
    expect(triples(doc)).toEqual([])
  })
})

describe('a label table printed as a list (`  • 名  称:`)', () => {
  it('reads the title and its issuer without the bullet', () => {
    const doc = fixture('bulleted-label-table.txt')
    expect(doc.meta.title).toBe('青河市交通运输局关于市政协十届二次会议第215号提案的答复')
    expect(doc.meta.issuers).toEqual(['青河市交通运输局'])
    expect(doc.diagnostics.map((d) => d.code)).toContain('bullets-removed')
  })

  it('leaves the hyphenation point of a Taiwan law (‧, a decimal point) alone', () => {
    const doc = parse('第三條 身高以公分表示，如一六○\n‧一公分至一六○‧九公分者，以一六○公分計。\n')
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('bullets-removed')
  })
})

describe('a city portal’s site table with `上 载 日 期`', () => {
  const doc = fixture('site-table-upload-date.txt')

  it('takes the upload date as the publication date and the 发文日期 stays the signature’s', () => {
    expect(doc.meta.publishedDate).toBe('2022-03-01')
    expect(doc.meta.signedDate).toBe('2022-02-25')
    expect(doc.meta.docNumber?.normalized).toBe('青政办发〔2022〕7号')
  })

  it('hands the 负责 of an article to the body, not to a hired third party', () => {
    expect(triples(doc.documents[0])).toEqual(['第二条 responsible 青河市信息中心'])
  })
})

describe('a bare unit list with the first-listed rule in its own parenthesis', () => {
  it('reads a piece with no known unit ending as a unit, as a labelled list does, and the rule’s later lists', () => {
    const doc = fixture('ruled-bare-list.txt')
    expect(triples(doc)).toEqual([
      '一/（一） lead 市自然资源局',
      '一/（一） responsible 市农业农村局',
      '一/（一） responsible 各县区人民政府',
      '一/（一） responsible 青河农垦集团青北农场',
      '一/（二） lead 市农业农村局',
      '一/（二） responsible 市财政局',
    ])
  })

  it('reads nothing when the parenthesis holds prose', () => {
    const doc = parse('某市实施意见\n一、任务\n（一）严守红线。（市自然资源局、加快推进耕地保护工作落实。排名第一的为牵头单位，下同）\n')
    expect(triples(doc)).toEqual([])
  })

  it('reads a prose list that is its parenthesis’s subject the same way, when most pieces are units', () => {
    const doc = parse('某市实施方案\n一、任务\n（一）做好粮食储备工作。（市发改委、市财政局、青河农垦集团青北农场负责）\n')
    expect(triples(doc)).toEqual(['一/（一） responsible 市发改委', '一/（一） responsible 市财政局', '一/（一） responsible 青河农垦集团青北农场'])
  })

  it('takes no field as a unit: a list of fields sharing an unknown suffix stays unread', () => {
    const doc = parse('某市实施方案\n一、任务\n（一）做好节能工作。（市发改委、市财政局和机械、石化、轻工行业投资促进中心负责）\n')
    expect(triples(doc)).toEqual([])
  })
})

describe('development zones before the committee they share (role sweep, outside36 session)', () => {
  it('reads each zone as a unit: 济宁 and 滨州 regulations name their zones’ 管委会 so', () => {
    const doc = parse('某市条例\n第五条 青河高新技术产业开发区、青湖新区、青河经济技术开发区管委会按照职责负责本辖区的养犬管理工作。\n')
    expect(triples(doc)).toEqual(['第五条 responsible 青河高新技术产业开发区', '第五条 responsible 青湖新区', '第五条 responsible 青河经济技术开发区管委会'])
  })

  it('leaves a list with a piece that is no zone unread, as before', () => {
    const doc = parse('某市条例\n第五条 青河高新技术产业开发区、青湖风景、青河经济技术开发区管委会按照职责负责本辖区的养犬管理工作。\n')
    expect(triples(doc)).toEqual([])
  })
})
