import { describe, expect, it } from 'vitest'
import { parse, PolicyDocumentSchema } from '../../src/index.js'
import { allClauses, clauseByHeading, seed } from '../helpers.js'

describe('seed 000 — 深办发〔2013〕3号, a law-db header and a notice wrapping an action plan', () => {
  const text = seed('000')
  const doc = parse(text)

  it('reads the law-db header', () => {
    expect(doc.meta.docNumber).toMatchObject({ normalized: '深办发〔2013〕3号', issuerCode: '深办发', year: 2013, serial: 3 })
    expect(doc.meta.authority).toEqual(['深圳市人民政府'])
    expect(doc.meta.publishedDate).toBe('2013-03-15')
    expect(doc.meta.effectiveDate).toBe('2013-03-15')
    expect(doc.meta.level).toBe('地方规范性文件')
    expect(doc.meta.status).toBe('现行有效')
    expect(doc.meta.subject).toBe('机关工作')
    expect(doc.meta.header?.form).toBe('law-db')
  })

  it('reads title, genre, addressees and the signature', () => {
    expect(doc.meta.title).toBe('中共深圳市委办公厅、深圳市人民政府办公厅关于印发《创建平安深圳行动方案》的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.signature?.issuers).toEqual(['中共深圳市委办公厅', '深圳市人民政府办公厅'])
    expect(doc.meta.issuers).toEqual(['中共深圳市委办公厅', '深圳市人民政府办公厅'])
    expect(doc.meta.signedDate).toBe('2013-03-15')
    expect(doc.addressees.map((a) => a.name)).toContain('市直各单位')
    expect(doc.addressees[0].name).toBe('各区委')
  })

  it('holds the plan as a nested document whose 四、任务分工 has （一）（二）（三） and items 1–8 in order', () => {
    expect(doc.documents).toHaveLength(1)
    const plan = doc.documents[0]
    expect(plan.meta.title).toBe('创建平安深圳行动方案')
    expect(plan.meta.docType).toBe('行动方案')
    const tasks = plan.clauses.find((c) => c.heading === '任务分工')!
    expect(tasks.path).toEqual(['四'])
    expect(tasks.children.map((c) => c.path.at(-1))).toEqual(['（一）', '（二）', '（三）'])
    const items = tasks.children.flatMap((c) => c.children)
    expect(items.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(items[0].path).toEqual(['四', '（一）', '1'])
    expect(items[0].heading).toBe('推动科学立法')
  })

  it('removes the advert line with a diagnostic and keeps it out of every clause', () => {
    const d = doc.diagnostics.find((x) => x.code === 'boilerplate-removed')!
    expect(d.position?.start.line).toBe(23)
    expect(text.slice(d.position!.start.offset, d.position!.end.offset)).toBe('中直机关遴选2023公告')
    for (const c of allClauses(doc.documents[0].clauses)) expect(c.text).not.toContain('遴选')
  })

  it('re-joins 人\\n民安居乐业 with a diagnostic at the break', () => {
    const goal = clauseByHeading(doc.documents[0].clauses, '工作目标')!
    expect(goal.text).toContain('社会和谐稳定、人民安居乐业')
    const join = doc.diagnostics.find((x) => x.code === 'line-joined' && x.position?.start.line === 24)
    expect(join).toBeDefined()
  })

  it('validates against the schema', () => {
    expect(PolicyDocumentSchema.safeParse(doc).success).toBe(true)
  })
})

describe('seed 001 — 发布文号 header, a run-in first heading', () => {
  const doc = parse(seed('001'))

  it('reads 发布文号 and the date line', () => {
    expect(doc.meta.header?.form).toBe('publish')
    expect(doc.meta.docNumber?.normalized).toBe('深办发〔2006〕12号')
    expect(doc.meta.signedDate).toBe('2006-05-11')
    expect(doc.meta.authority).toEqual(['广东省深圳市人民政府办公厅', '中共深圳市委办公厅'])
  })

  it('reads the run-in 一、 as a level-1 clause, followed by 二、 and 三、', () => {
    const opinion = doc.documents[0]
    expect(opinion.meta.title).toBe('市委政法委员会、市社会治安综合治理委员会关于开展平安深圳建设的实施意见')
    expect(opinion.clauses.map((c) => c.path[0])).toEqual(['一', '二', '三'])
    expect(opinion.clauses[0].level).toBe(1)
    expect(opinion.clauses[0].text.startsWith('明确平安深圳建设的指导思想和目标任务')).toBe(true)
    expect(opinion.preamble).toMatch(/开展平安深圳建设活动。$/)
  })

  it('reads inline 一是…五是 as children of （二）主要目标', () => {
    const goals = clauseByHeading(doc.documents[0].clauses, '主要目标')!
    expect(goals.children.map((c) => c.marker)).toEqual(['一是', '二是', '三是', '四是', '五是'])
  })
})

describe('seed 002 — twelve 工程 holding 68 projects', () => {
  const text = seed('002')
  const doc = parse(text)
  const tasks = doc.clauses.find((c) => c.heading === '主要任务及分工')!

  it('has （一）…（十二）', () => {
    expect(tasks.children.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
  })

  it('has exactly 68 projects numbered 1…68 in order, 17/18 and 24/25 on one line, 28/30/42 without 顿号', () => {
    const projects = tasks.children.flatMap((c) => c.children)
    expect(projects.map((p) => p.number)).toEqual(Array.from({ length: 68 }, (_, i) => i + 1))
    const p28 = projects[27]
    expect(p28.heading).toBe('三道防线六张网络建设项目')
    expect(text.slice(p28.position.start.offset, p28.position.start.offset + p28.marker.length)).toBe('28')
    expect(projects[17].position.start.line).toBe(projects[16].position.start.line)
    expect(projects[41].heading).toBe('两新组织党建项目')
  })

  it('repairs the lost brackets of cited document numbers', () => {
    expect(doc.references.map((r) => r.docNumber?.normalized)).toEqual(['粤发〔2012〕19号', '粤办发〔2012〕34号', '穗字〔2013〕2号'])
    expect(doc.diagnostics.filter((d) => d.code === 'docnumber-repaired')).toHaveLength(3)
  })

  it('reads the title and its plan genre', () => {
    expect(doc.meta.title).toBe('创建平安广州推进方案（2013-2022年）')
    expect(doc.meta.docType).toBe('推进方案')
  })
})

describe('seed 003 — a scraped page: notice wrapping 实施意见 and 工作方案', () => {
  const text = seed('003')
  const doc = parse(text)

  it('keeps the site header, the CMS byline and the link list out of every clause', () => {
    const chrome = ['客服热线', 'Admin', '本文章内容来源于网络', '莲花街道紫荆社区12月活动预告', '深圳劳务派遣公司']
    const clauses = [doc, ...doc.documents].flatMap((d) => allClauses(d.clauses))
    expect(clauses.length).toBeGreaterThan(100)
    for (const c of clauses) {
      const original = text.slice(c.position.start.offset, c.position.end.offset)
      for (const s of chrome) expect(original).not.toContain(s)
    }
  })

  it('holds two nested documents, the 工作方案 with items 1…44 under six （一）…（六）', () => {
    expect(doc.documents.map((d) => d.meta.docType)).toEqual(['实施意见', '工作方案'])
    const plan = doc.documents[1]
    expect(plan.meta.title).toBe('中共深圳市宝安区委关于贯彻落实党的十八届四中全会精神、加快建设一流法治城区的工作方案')
    const special = plan.clauses.find((c) => c.heading === '六大专项工作')!
    expect(special.children.map((c) => c.path.at(-1))).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）'])
    const items = special.children.flatMap((c) => c.children)
    expect(items.map((c) => c.number)).toEqual(Array.from({ length: 44 }, (_, i) => i + 1))
  })

  it('finds the notice signature and addressees', () => {
    expect(doc.signature?.issuers).toEqual(['中共深圳市宝安区委'])
    expect(doc.meta.signedDate).toBe('2015-02-05')
    expect(doc.addressees.map((a) => a.name)).toEqual(['各街道党工委', '区委各部委办局', '区直各单位党组织', '区各人民团体党组织', '驻区各单位党组织', '区属各企业党组织'])
  })
})

describe('seed 004 — a news report with ● headings', () => {
  const doc = parse(seed('004'))
  it('reads ●/■ headed sections as clauses', () => {
    expect(doc.clauses.map((c) => c.heading)).toEqual(['创新基层治理', '推进平安建设', '社会矛盾化解', '公共安全防控', '社会诚信建设政务公开“守信激励和失信惩戒”', '街道样本'])
    expect(doc.clauses.every((c) => c.level === 1)).toBe(true)
  })
  it('says it found no title rather than guessing', () => {
    expect(doc.meta.title).toBeNull()
    expect(doc.diagnostics.some((d) => d.code === 'title-not-found')).toBe(true)
  })
})
