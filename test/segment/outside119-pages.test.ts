import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside119's page forms (test/gold/outside/outside119.md), in fixtures of our own wording

describe('a law search site’s later page of a notice’s record: its title, then the middle of the plan it issues', () => {
  const page = (title: string) =>
    parse(`${title}\n\n  其它产业：积极发展种子种苗和观赏农业。\n  （二）区域布局\n  根据都市型现代农业特点，形成三个农业组团。\n  1.北部山地丘陵农业组团：包括北部各镇。\n`)

  it('nests the text as the plan the title issues by a name printed without 《》', () => {
    const doc = page('青溪市发展和改革委员会、青溪市农业局关于印发青溪市农业与农村发展十一五规划的通知')
    expect([doc.meta.docType, doc.documents.map((d) => [d.meta.title, d.meta.docType])]).toEqual(['通知', [[null, '规划']]])
  })

  it('a headline naming no organ stays the page heading (guard)', () => {
    expect(page('关于印发青溪市农业与农村发展十一五规划的通知').documents).toEqual([])
  })
})

describe('a doc-share page printing a whole notice on one line, its 字号 without 号, the plan it issues after the issuing sentence', () => {
  const glued = (number: string) =>
    parse(
      `${number}青溪自治区人民政府关于印发自治区“十二五”节能减排工作方案的通知各盟行政公署、市人民政府,自治区各委、办、厅、局,各大企业、事业单位:现将《青溪自治区“十二五”节能减排工作方案》印发给你们,请结合实际,认真组织实施。青溪自治区“十二五”节能减排工作方案为进一步加强全区节能减排工作,结合我区实际,特制定本方案。一、总体要求和主要目标(一)总体要求。深入贯彻落实科学发展观,坚持降低能源消耗强度,形成加快转变发展方式的倒逼机制,加快建设资源节约型、环境友好型社会,确保实现自治区节能减排目标,全面提升能源利用效率和环境质量,推动经济社会可持续发展。(二)主要目标。到2015年,全区单位地区生产总值能耗比2010年下降15%。\n`,
    )

  it('reads title, 字号 (its 号 restored, with a warning), issuer and the nested plan', () => {
    const doc = glued('青政发〔2011〕129')
    expect([doc.meta.title, doc.meta.docNumber?.normalized, doc.meta.issuers, doc.documents.map((d) => d.meta.title), doc.diagnostics.some((d) => d.code === 'docnumber-repaired')]).toEqual([
      '青溪自治区人民政府关于印发自治区“十二五”节能减排工作方案的通知',
      '青政发〔2011〕129号',
      ['青溪自治区人民政府'],
      ['青溪自治区“十二五”节能减排工作方案'],
      true,
    ])
  })

  it('a 字号 printed whole is read with no repair (guard)', () => {
    const doc = glued('青政发〔2011〕129号')
    expect([doc.meta.docNumber?.normalized, doc.diagnostics.some((d) => d.code === 'docnumber-repaired')]).toEqual(['青政发〔2011〕129号', false])
  })
})

describe('a flattened plan whose first heading, longer than twelve characters, has its first sub-item glued after it', () => {
  const page = (heading: string) =>
    parse(
      `青溪市节能减排工作方案\n为进一步加强全市节能减排工作，结合我市实际，特制定本方案。一、${heading}(一)总体要求。深入贯彻落实科学发展观，坚持降低能源消耗强度，加快建设资源节约型、环境友好型社会，推动经济社会可持续发展。(二)主要目标。到2015年，全市单位地区生产总值能耗比2010年下降15%。二、调整产业结构(一)加快淘汰落后生产能力。严格执行国家产业政策。(二)推动传统产业改造升级。\n`,
    )
  const due = (heading: string) => page(heading).tasks.map((t) => `${t.path.join('/')} ${t.deadlines.map((d) => d.date).join(',')}`)

  it('splits at the sub-items, so the target is the sub-item’s (outside119 08: a thirteen-character heading)', () => {
    expect(due('节能减排总体要求和主要目标')).toEqual(['一/（二） 2015-12-31'])
  })

  it('a short heading splits as before (guard)', () => {
    expect(due('总体要求和主要目标')).toEqual(['一/（二） 2015-12-31'])
  })
})
