import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside80's families (test/gold/outside/outside80.md), in fixtures of our own wording

const triples = (doc: ReturnType<typeof parse>) => doc.tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${t.path.join('/')} ${r.role} ${u.canonical ?? u.name}`)))

describe('two question marks standing for a lost full-width indent', () => {
  const page =
    '各县(区)人民政府:\n??经市政府同意,现将《临川市慢性病防治规划(2019—2025年)》印发给你们,请认真执行。\n临川市人民政府办公室\n??2019年3月8日\n??临川市慢性病防治规划(2019—2025年)\n??一、规划背景\n??慢性病防治工作取得积极进展。\n'

  it('reads the 落款 and the issued plan as if the indent were spaces', () => {
    const doc = parse(page)
    expect(doc.meta.signedDate).toBe('2019-03-08')
    expect(doc.meta.issuers).toEqual(['临川市人民政府办公室'])
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['临川市慢性病防治规划（2019—2025年）'])
  })

  it('keeps a doubled question mark inside a sentence (guard)', () => {
    const doc = parse('关于征集意见的公告\n是否需要调整收费标准？？欢迎提出意见。\n青河县发展和改革局\n2026年3月30日\n')
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('lost-spaces-removed')
  })
})

describe('departments doing the work within their remit (做好职责范围内的…)', () => {
  it('are responsible, each field with the shared level prefix', () => {
    const doc = parse(
      '临川县殡葬管理实施细则\n第一章 总则\n第一条 为加强殡葬管理,制定本细则。\n第二条 县人民政府民政部门负责本行政区域内的殡葬管理工作。县人民政府公安、财政、市场监管等有关部门做好职责范围内的殡葬管理工作。\n',
    )
    expect(triples(doc)).toEqual([
      '第一章/第二条 responsible 县人民政府民政部门',
      '第一章/第二条 responsible 县人民政府公安部门',
      '第一章/第二条 responsible 县人民政府财政部门',
      '第一章/第二条 responsible 县人民政府市场监管部门',
    ])
  })
})

describe("a plan's period glued before its preamble on the line under the title", () => {
  it('belongs to the issued plan’s title', () => {
    const doc = parse(
      '临川市人民政府关于印发《临川市农业绿色发展行动方案(2021-2025年)》的通知\n各区人民政府:\n现将《临川市农业绿色发展行动方案(2021-2025年)》印发给你们,请认真执行。\n临川市人民政府\n2020年12月1日\n临川市农业绿色发展行动方案\n(2021-2025年)为推进农业绿色发展,制定本方案。\n一、总体目标\n到2025年,基本建立制度框架。\n',
    )
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['临川市农业绿色发展行动方案（2021-2025年）'])
    expect(doc.documents[0].tasks.find((t) => t.path.join('/') === '一')?.deadlines.map((d) => d.date)).toEqual(['2025-12-31'])
  })

  it('belongs to the title of a plan printed alone', () => {
    expect(parse('临川市农业绿色发展行动方案\n(2021-2025年)为推进农业绿色发展,制定本方案。\n一、总体目标\n').meta.title).toBe('临川市农业绿色发展行动方案（2021-2025年）')
  })
})

describe('a statistical bulletin printed from its first paragraph', () => {
  it('is a 公报 by its first reckoning of the output', () => {
    const doc = parse('2020年,全县上下攻坚克难,经济社会平稳发展。\n一、综合\n初步核算,全年全县地区生产总值105亿元,比上年增长4.1%。\n二、农业\n全年粮食总产量12万吨。\n')
    expect([doc.meta.title, doc.meta.docType]).toEqual([null, '公报'])
  })
})
