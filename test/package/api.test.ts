/**
 * The library's public contract as a programmer meets it: what positions the types promise, and
 * what wrong arguments give (null options are none; out-of-range dates and wrong types throw TypeError).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractDeadlines, parse, PolicyDocumentSchema, toJsonSchema } from '../../src/index.js'

const SEED = readFileSync(new URL('../../corpus/seeds/000_092bc4e14f6ac43b.txt', import.meta.url))

describe('position is required where every value carries one', () => {
  it('Task, Role, Unit and Deadline require position in the JSON Schema; Milestone and Stage keep it optional', () => {
    const defs = (toJsonSchema() as { $defs: Record<string, { required?: string[] }> }).$defs
    for (const id of ['Task', 'Role', 'Unit', 'Deadline']) expect([id, defs[id].required]).toEqual([id, expect.arrayContaining(['position'])])
    for (const id of ['Stage', 'Milestone']) expect([id, defs[id].required ?? []]).toEqual([id, expect.not.arrayContaining(['position'])])
  })

  it('a schema-valid parse of a real plan has a position on every task, role, unit and deadline', () => {
    const doc = PolicyDocumentSchema.parse(parse(SEED))
    const tasks = doc.documents[0].tasks
    expect(tasks).toHaveLength(8)
    // compiles without `!` or `?.`: the type says position is there
    const first: number = tasks[0].position.start.line
    expect(first).toBe(33)
    const values = tasks.flatMap((t) => [t, ...t.roles, ...t.roles.flatMap((r) => r.units), ...t.deadlines])
    expect(values.length).toBeGreaterThan(50)
    expect(values.filter((v) => !v.position)).toEqual([])
  })
})

describe('wrong arguments', () => {
  const plan = '一、工作安排\n（一）2015年6月底前完成调研，年内出台方案。'

  it('treats null options as none in parse() and extractDeadlines()', () => {
    expect(parse(plan, null)).toEqual(parse(plan))
    expect(extractDeadlines(plan, null)).toEqual(extractDeadlines(plan))
    expect(extractDeadlines(plan, null)[0]).toMatchObject({ raw: '2015年6月底前', date: '2015-06-30' })
  })

  it('rejects reference dates whose derived dates would break the schema (year -5, 99999) with a TypeError', () => {
    expect(() => parse(plan, { referenceDate: '-0005-01-01' })).toThrow(new TypeError('gongwen.parse: referenceDate must be an ISO date YYYY-MM-DD, got "-0005-01-01"'))
    expect(() => parse(plan, { referenceDate: '+099999-01-01' })).toThrow(TypeError)
    expect(() => extractDeadlines(plan, { referenceDate: new Date(Date.UTC(99999, 0, 1)) })).toThrow(
      new TypeError('gongwen.extractDeadlines: referenceDate must be a date from year 1000 to 9000, got year 99999'),
    )
    const minus5 = new Date(0)
    minus5.setFullYear(-5)
    expect(() => extractDeadlines(plan, { referenceDate: minus5 })).toThrow(/year 1000 to 9000, got year -5/)
    expect(() => extractDeadlines(plan, { documentDate: '2015-02-30' })).toThrow(/documentDate must be an ISO date/)
    expect(() => extractDeadlines(plan, { planYear: 1e9 })).toThrow(/planYear must be a whole year/)
  })

  it('gives schema-valid dates at the edges of the accepted years', () => {
    for (const referenceDate of ['1000-01-01', '9000-12-31']) {
      const doc = parse('关于做好工作的通知\n\n一、年内完成清理工作。\n二、立即启动。', { referenceDate })
      expect(PolicyDocumentSchema.safeParse(doc).success).toBe(true)
    }
  })

  it('throws a TypeError naming the argument for a non-string, non-bytes input or a bad option value', () => {
    expect(() => parse(42 as never)).toThrow(new TypeError('gongwen.parse: input must be a string or a Uint8Array (Buffer), got number'))
    expect(() => parse(null as never)).toThrow(/got null/)
    expect(() => parse(plan, 'markdown' as never)).toThrow(new TypeError('gongwen.parse: options must be an object, got string'))
    expect(() => parse(plan, { format: 'xml' as never })).toThrow(/format must be one of text, markdown, html, got "xml"/)
    expect(() => extractDeadlines(null as never)).toThrow(new TypeError('gongwen.extractDeadlines: text must be a string, got null'))
  })
})
