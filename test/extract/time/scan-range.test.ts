import { describe, expect, it } from 'vitest'
import { timeIn } from '../../../src/extract/clause-time.js'
import { scanTime, scanTimeIn, type ScanOptions } from '../../../src/extract/time/scan.js'
import { normalizeStep } from '../../../src/steps.js'
import { Diagnostics } from '../../../src/text/diagnostics.js'
import { fixtureText, policyDocs, seed } from '../../helpers.js'

// The extract step asks the time scanner about every clause range with one options object
// (`scanTimeIn`, no copy per range) and gets one frozen empty result for a range without time.
// Held here to `scanTime(text, { from, to, ...options })`, the call it replaces, range by range.

/** Sentence ranges of a normalized text, about the size of the extract step's clause ranges. */
function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let from = 0
  for (const m of text.matchAll(/[。；\n]/g)) {
    if (m.index + 1 > from) out.push([from, m.index + 1])
    from = m.index + 1
  }
  if (text.length > from) out.push([from, text.length])
  return out
}

const TEXTS = [
  fixtureText('speed10/clause-times.txt'),
  seed('003'),
  ...policyDocs()
    .map(([, text]) => text)
    .filter((_, k) => k % 6 === 0),
]
const OPTIONS: ScanOptions[] = [{}, { documentDate: '2021-03-15', planYear: 2021 }, { referenceDate: '2015-02-05', planYearOf: () => 2016 }]

describe('scanTimeIn, the per-range scan of the extract step', () => {
  it('finds what scanTime finds on every sentence, with each set of options', () => {
    let ranges = 0
    let found = 0
    for (const raw of TEXTS) {
      const text = normalizeStep(raw).view.text
      for (const [from, to] of sentences(text))
        for (const options of OPTIONS) {
          const mine = scanTimeIn(text, from, to, options)
          expect(mine).toEqual(scanTime(text, { from, to, ...options }))
          ranges++
          if (mine.matches.length) found++
        }
    }
    // (real input: many ranges, and some of them with time)
    expect(ranges).toBeGreaterThan(3000)
    expect(found).toBeGreaterThan(100)
  })

  it('ignores from and to inside the options: the range is the arguments’', () => {
    const text = '一、2021年6月底前完成摸底。二、12月底前全面完成。'
    const second = text.indexOf('二')
    const options: ScanOptions = { from: 0, to: 3, documentDate: '2021-03-01' }
    expect(scanTimeIn(text, second, text.length, options).matches.map((m) => m.deadline.date)).toEqual(['2021-12-31'])
  })

  it('hands a range without time one frozen empty result; scanTime still gives arrays of the caller’s own', () => {
    const text = '加强组织领导，明确工作责任。'
    const empty = scanTimeIn(text, 0, text.length, {})
    expect(empty.matches).toEqual([])
    expect(Object.isFrozen(empty.matches)).toBe(true)
    expect(scanTimeIn(text, 0, 6, {})).toBe(empty)
    const own = scanTime(text)
    own.matches.push(...scanTime('2021年6月底前完成').matches)
    expect(own.matches).toHaveLength(1)
    expect(scanTime(text).matches).toEqual([])
  })
})

describe('timeIn on a clause range', () => {
  it('reads the deadlines, events and schedule milestones of the fixture’s clauses', () => {
    const { view } = normalizeStep(fixtureText('speed10/clause-times.txt'))
    const text = view.text
    const line = (opening: string): [number, number] => {
      const start = text.indexOf(opening)
      const end = text.indexOf('\n', start)
      return [start, end < 0 ? text.length : end]
    }
    const read = (opening: string) => timeIn(view, new Diagnostics(), ...line(opening), { documentDate: '2023-02-10' })
    expect(read('（一）').deadlines.map((d) => d.date)).toEqual(['2023-06-30'])
    expect(read('（二）').events.map((e) => e.date)).toEqual(['2022-11-08'])
    const schedule = read('（三）')
    expect(schedule.milestones.map((m) => m.deadline?.date ?? null)).toEqual(['2023-03-31', '2023-09-30'])
    // a clause with neither: the one frozen value, equal to empty lists
    const none = read('（四）')
    expect(none).toEqual({ deadlines: [], events: [], milestones: [] })
    expect(Object.isFrozen(none.deadlines)).toBe(true)
    expect(read('（五）')).toBe(none)
  })
})
