/**
 * outside30 (issue 11): a plan's background section headed `“十四五”发展成就` / `主要成绩` narrates what the last
 * period achieved, so its `到2025年突破…` is told, not due (a review heading of grammars/time/review.json).
 * Fixture written here, figures made up.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import review from '../../../grammars/time/review.json' with { type: 'json' }
import { reviewHeading } from '../../../src/extract/time/review-sections.js'
import { parse } from '../../../src/index.js'

const doc = parse(readFileSync(new URL('../../fixtures/outside30/review-achievements.txt', import.meta.url)))
const dues = doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due').map((d) => `${t.path.join('/')} ${d.date}`))

describe('an achievements heading looks back', () => {
  it('reads the heading as a review of the named period', () => {
    expect(reviewHeading('第一节  “十四五”发展成就')).toEqual({ cue: '发展成就', year: 2025, past: false })
    expect(reviewHeading('一、“十三五”主要成绩')).toEqual({ cue: '主要成绩', year: 2020, past: false })
    expect(review.words).toContain('发展成就')
  })
  it('tells the review’s 到2025年 and keeps the plan’s 到2030年 due', () => {
    expect(dues).toEqual(['第二章/第一节/1 2030-12-31'])
  })
})
