/**
 * Stages printed as numbered steps and stages whose end names no date (blind-e, issue #11): a 规划's
 * 分三步走：第一步，到2020年…第二步，到2025年… (central_147 — the year runs straight into the goal, no comma),
 * and 第二个阶段，从二〇三五年到本世纪中叶 (the 十九大 report). grammars/time/stages.json `runIn.stepWords` and
 * `runIn.openEnds`. Fixtures written for this test (test/fixtures/stages-e).
 */
import { describe, expect, it } from 'vitest'
import { parse, type PolicyDocument } from '../../../src/index.js'
import { fixtureText } from '../../helpers.js'

const spans = (doc: PolicyDocument) => doc.stages.map((s) => [s.name, s.start, s.end])
const dues = (doc: PolicyDocument) => doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => [t.path.join('/'), d.date]))

describe('a plan whose goals are three numbered steps (第一步，到2027年…)', () => {
  const doc = parse(fixtureText('stages-e/cn-step-stages.txt'))

  it('reads each step as a stage ending on its target year, each starting the day after the one before', () => {
    expect(spans(doc)).toEqual([
      ['第一步', null, '2027-12-31'],
      ['第二步', '2028-01-01', '2030-12-31'],
      ['第三步', '2031-01-01', '2035-12-31'],
    ])
  })

  it('keeps the goal that runs straight on from the year', () => {
    expect(doc.stages[0]!.goal).toMatch(/^全省主要农作物耕种收环节数字化水平明显提升/)
  })

  it('reads the step years as stage bounds, not deadlines of 二（二）, and keeps the tasks’ own deadline', () => {
    expect(dues(doc)).toEqual([['三/（一）', '2026-12-31']])
  })

  it('takes procedural steps without a period (第一步，摸清…底数) as no stage', () => {
    expect(doc.stages.map((s) => s.name)).not.toContain('第一步，摸清全省设施农业底数')
    expect(doc.stages).toHaveLength(3)
  })
})

describe('a stage from a year to the middle of the century', () => {
  const doc = parse(fixtureText('stages-e/cn-open-end-stage.txt'))

  it('reads the second stage with its printed start and no end', () => {
    expect(spans(doc)).toEqual([
      ['第一个阶段', '2025-01-01', '2035-12-31'],
      ['第二个阶段', '2035-01-01', null],
    ])
  })

  it('gives no stage for an end that names no date after an open start of another kind (从二〇二五年到本世纪中叶 in a summary)', () => {
    expect(doc.stages).toHaveLength(2)
    expect(dues(doc)).toEqual([['二/（一）', '2026-12-31']])
  })
})
