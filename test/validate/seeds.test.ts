/**
 * The seeds under the default config. Needs roles and deadlines extracted by the parser
 * (tasks[] filled): these tests fail while tasks[] is empty.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { validate } from '../../src/validate/index.js'
import { allDocuments, seed } from '../helpers.js'
import { cli } from './helpers.js'

const SEED_003 = 'corpus/seeds/003_e0af8e97c747bc65.txt'

describe('seeds validate under the default config', () => {
  for (const [id, minTasks] of [
    ['002', 68],
    ['003', 44],
  ] as const) {
    it(`seed ${id}: tasks are extracted and there are 0 errors`, () => {
      const doc = parse(seed(id))
      const tasks = allDocuments(doc).flatMap((d) => d.tasks)
      expect(tasks.length).toBeGreaterThanOrEqual(minTasks)
      const errors = validate(doc).filter((f) => f.severity === 'error')
      expect(errors).toEqual([])
    })
  }

  it('seed 003: deadline-after-document warns on the 2015年1月底前 deadlines of a notice dated 2015-02-05, with their lines', async () => {
    const text = seed('003')
    const doc = parse(text)
    expect(doc.meta.signedDate ?? doc.signature?.date).toBe('2015-02-05')
    const warnings = validate(doc).filter((f) => f.ruleId === 'deadline-after-document')
    expect(warnings.length).toBeGreaterThan(0)
    for (const w of warnings) {
      expect(w.severity).toBe('warn')
      expect(w.message).toContain('2015-02-05')
      // Each points at a January 2015 deadline in the source.
      expect(text.slice(w.position!.start.offset, w.position!.end.offset)).toMatch(/^(2015年)?1月/)
    }
    // Every line of the plan that sets a 2015年1月底前 deadline (…底前，… / …底前完成…) is warned about.
    const lines = text.split('\n')
    const expected = lines.flatMap((l, i) => (/2015年1月底前(，|,|完成)/.test(l) ? [i + 1] : []))
    expect(expected.length).toBeGreaterThanOrEqual(8)
    const warned = new Set(warnings.map((w) => w.position!.start.line))
    expect(expected.filter((l) => !warned.has(l))).toEqual([])

    const run = await cli(SEED_003)
    expect(run.code).toBe(0)
    for (const line of expected) expect(run.out).toMatch(new RegExp(`^${SEED_003}:${line}:\\d+  warning  .*deadline-after-document$`, 'm'))
    expect((await cli(SEED_003, '--max-warnings', '0')).code).toBe(1)
  })

  it('seed 002: no document date, so no deadline-after-document warning; exit 0', async () => {
    expect(validate(parse(seed('002'))).filter((f) => f.ruleId === 'deadline-after-document')).toEqual([])
    expect((await cli('corpus/seeds/002_488a201a46ead25b.txt')).code).toBe(0)
  })
})

describe('seed 001, a prose 意见 rather than a responsibility plan', () => {
  it('sets no lead convention (no task-has-lead), but a task led only by collectives is reported', () => {
    const text = seed('001')
    const found = validate(parse(text))
    expect(found.filter((f) => f.ruleId === 'task-has-lead')).toEqual([])
    const collective = found.filter((f) => f.ruleId === 'lead-not-collective')
    expect(collective).toHaveLength(1)
    const line = text.split('\n')[collective[0].position!.start.line - 1]
    expect(line).toContain('加强群防群治，夯实基层基础'.replace('，', ','))
    expect(collective[0].message).toContain('街道、社区综治机构')
  })
})
