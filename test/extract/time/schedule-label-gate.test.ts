import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { colonGate, scheduleLabels } from '../../../src/extract/time/milestones.js'
import { normalizeStep } from '../../../src/steps.js'
import { repoTextFiles, repoTextsDeep } from '../../helpers.js'

// scheduleLabels (进度安排：, 时间节点：) runs its label search only on a range that holds a label end
// (： or what the canonical copy maps to it): every match ends in one, and most clause ranges hold none
// (issue #14: the search ran over every clause range the time reader was asked about). The test holds the
// pre-test to the unguarded search over every line and every whole text of the corpus, blind set and fixtures.
const ROOT = new URL('../../../', import.meta.url)
const files = [...repoTextFiles('corpus/seeds/'), ...repoTextFiles('corpus/policy/'), ...repoTextFiles('test/gold/blind/texts/'), ...repoTextFiles('test/gold/blind/fixtures/')]
const texts = [...files.map((f) => readFileSync(new URL(f, ROOT), 'utf8')), ...repoTextsDeep('test/fixtures/')]

describe('the label-end pre-test of scheduleLabels', () => {
  it('gives the unguarded label starts on every line and whole text', () => {
    let ranges = 0
    let found = 0
    try {
      for (const raw of texts) {
        const text = (normalizeStep(raw).view as { text: string }).text
        const spans: Array<[number, number]> = [[0, text.length]]
        for (let a = 0; a < text.length; ) {
          const b = text.indexOf('\n', a) < 0 ? text.length : text.indexOf('\n', a)
          spans.push([a, b])
          a = b + 1
        }
        for (const [a, b] of spans) {
          colonGate.enabled = false
          const want = scheduleLabels(text, a, b)
          colonGate.enabled = true
          expect(scheduleLabels(text, a, b)).toEqual(want)
          ranges++
          found += want.length
        }
      }
    } finally {
      colonGate.enabled = true
    }
    expect(ranges).toBeGreaterThan(30_000)
    expect(found).toBeGreaterThan(50)
  })

  it('still finds a label before a full-width or an ASCII colon', () => {
    expect(scheduleLabels('一、时间节点：2024年6月底前完成梳理。', 0, 20)).toEqual([2])
    expect(scheduleLabels('进度安排:2024年底前完成。', 0, 15)).toEqual([0])
  })
})
