import { describe, expect, it } from 'vitest'
import { parse, type Clause } from '../../src/index.js'
import { allClauses, fixtureText, taskRoles } from '../helpers.js'

// A whole notice and the plan it issues flattened onto ONE line with nothing between its parts (an aggregator's page,
// outside41 05's form): sections after sentence ends, sub-items glued to their short headings. Fixtures written for
// these tests in that form.
const fixture = (name: string) => fixtureText(`flattened/${name}`)
const paths = (cs: Clause[]) => allClauses(cs).map((c) => c.path.join('/'))
const clause = (cs: Clause[], path: string) => allClauses(cs).find((c) => c.path.join('/') === path)

describe('a document flattened onto one line without spaces', () => {
  const text = fixture('notice-plan-glued.txt')
  const doc = parse(text)
  const plan = doc.documents[0]

  it('keeps the notice: its signed date, issuer and the plan it issues', () => {
    expect(doc.meta.signedDate).toBe('2021-04-08')
    expect(doc.meta.issuers).toEqual(['某县人民政府办公室'])
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['某县农村生活污水治理三年行动计划'])
  })

  it('reads the plan into sections, sub-sections glued to short headings, and their items', () => {
    expect(paths(plan.clauses)).toEqual(['一', '一/（一）', '一/（二）', '二', '二/（一）', '二/（一）/1', '二/（一）/2', '二/（二）', '二/（二）/1', '二/（二）/2', '三', '三/（一）', '三/（二）'])
    expect(clause(plan.clauses, '一')?.heading).toBe('总体要求')
    expect(clause(plan.clauses, '二/（一）')?.heading).toBe('推进处理设施建设')
    // positions stay in the one-line original
    const item = clause(plan.clauses, '二/（一）/1')!
    expect(text.slice(item.position!.start.offset, item.position!.start.offset + 6)).toBe('1.科学编制')
  })

  it('puts each deadline and role on its own clause', () => {
    const due = (path: string) => plan.tasks.find((t) => t.path.join('/') === path)?.deadlines.map((d) => d.date)
    expect(due('一/（二）')).toEqual(['2023-12-31'])
    expect(due('二/（一）/1')).toEqual(['2021-06-30'])
    expect(due('二/（二）/1')).toEqual(['2022-12-31'])
    expect(taskRoles(plan, '二/（二）/1')?.[0]).toBe('lead 县住建局')
    expect(taskRoles(plan, '二/（二）/2')).toEqual(['responsible 县财政局'])
  })

  it('reads references inside a flattened page as text: 第二、三款, 一、二类, 按照（一）项, 附件1., 第1.2条', () => {
    const line =
      '某区老旧小区改造实施方案为改善居民居住条件,制定本方案。一、改造内容(一)基础类改造依照第二、三款确定的范围,对供水、排水、供电等设施进行改造,按一、二类小区分别核定标准。(二)完善类改造按照(一)项要求同步实施,附件1.所列小区优先,第1.2条所列设施不再重复改造。二、实施步骤(一)摸底调查1.开展入户调查。2024年5月底前完成。2.形成改造清单。区住建局负责汇总。'
    const doc = parse(`${line}\n`)
    expect(paths(doc.clauses)).toEqual(['一', '一/（一）', '一/（二）', '二', '二/（一）', '二/（一）/1', '二/（一）/2'])
    expect(doc.tasks.find((t) => t.path.join('/') === '二/（一）/1')?.deadlines.map((d) => d.date)).toEqual(['2024-05-31'])
  })

  it('says what it split', () => {
    const split = doc.diagnostics.filter((d) => d.code === 'line-split').map((d) => d.message)
    expect(split).toContain('Split a flattened page at 13 section and item markers glued after sentence ends and short headings')
  })
})

describe('long lines that enumerate inside their sentences stay whole', () => {
  it('a paragraph with inline （一）（二）（三）, cross-references and 一、二、三、 after a colon', () => {
    const doc = parse(fixture('paragraph-inline-items.txt'))
    expect(doc.diagnostics.filter((d) => d.code === 'line-split')).toEqual([])
    expect(doc.documents).toEqual([])
    expect(doc.meta.signedDate).toBe('2022-09-05')
  })

  it('a section heading with its first sub-item glued, but no second section in order', () => {
    const line = `一、总体要求（一）基本原则${'坚持因地制宜、分类施策，统筹推进设施建设与运行管护。'.repeat(6)}（二）主要目标到2023年治理率达到75%以上。`
    const doc = parse(`某县农村生活污水治理工作要点\n${line}\n`)
    expect(doc.diagnostics.filter((d) => d.code === 'line-split')).toEqual([])
  })
})
