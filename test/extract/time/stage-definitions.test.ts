/**
 * Stages whose period follows the name in running text (blind-d, issue #11): a definition inside a
 * sentence (`第一階段係指自中華民國一百十二年起至一百十五年止`) and a count word before 阶段
 * (`第一个阶段，从二〇二一年到二〇二五年，…`); and the ROC range whose end prints no 民國
 * (`自中華民國一百零八年七月一日至一百十一年十二月三十一日`), which a definition needs.
 * Fixtures written for this test (test/fixtures/stages-d).
 */
import { describe, expect, it } from 'vitest'
import { parse, type PolicyDocument } from '../../../src/index.js'
import { scanTime } from '../../../src/extract/time/index.js'
import { fixtureText } from '../../helpers.js'

const spans = (doc: PolicyDocument) => doc.stages.map((s) => [s.name, s.start, s.end])
const dues = (doc: PolicyDocument) => doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => [t.path.join('/'), d.date]))

describe('a Taiwan rule that defines its stages in an article', () => {
  const doc = parse(fixtureText('stages-d/tw-defined-stage.txt'))

  it('reads both defined stages, the second after a comma in the same sentence, each end year without 民國', () => {
    expect(spans(doc)).toEqual([
      ['第一阶段', '2023-01-01', '2026-12-31'],
      ['第二阶段', '2027-01-01', '2030-12-31'],
    ])
  })

  it('takes no duration (第一階段為期四年) and no procedural mention (各階段開始前) as a stage', () => {
    expect(doc.stages).toHaveLength(2)
  })

  it('reads no due date from the ROC range with an elided era (一百十一年十二月三十一日 is its end)', () => {
    expect(dues(doc)).toEqual([])
  })
})

describe('a plan whose stages are run-in paragraphs with a count word (第一个阶段)', () => {
  const doc = parse(fixtureText('stages-d/cn-count-word-stages.txt'))

  it('reads the two stages with their spans', () => {
    expect(spans(doc)).toEqual([
      ['第一个阶段', '2021-01-01', '2025-12-31'],
      ['第二个阶段', '2026-01-01', '2030-12-31'],
    ])
  })

  it('keeps the tasks’ own deadline and reads 为期五年 as no stage', () => {
    expect(dues(doc)).toContainEqual(['二/（一）', '2022-12-31'])
    expect(doc.stages).toHaveLength(2)
  })
})

describe('the era of an ROC range carries to its end only', () => {
  const range = (text: string) => scanTime(text).matches.map((m) => [m.deadline.kind, m.deadline.start, m.deadline.end])

  it('自民国八十七年三月一日至九十四年一月三十一日止 → 1998-03-01…2005-01-31', () => {
    expect(range('自民国八十七年三月一日至九十四年一月三十一日止')).toEqual([['range', '1998-03-01', '2005-01-31']])
  })

  it('an end before the start is no range; a bare 一百零九年 alone is no year', () => {
    expect(range('自民国九十年起至八十年止').map(([kind]) => kind)).not.toContain('range')
    expect(scanTime('经营满一百零九年者').matches).toEqual([])
  })
})
