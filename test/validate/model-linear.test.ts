import { describe, expect, it } from 'vitest'
import { readTable } from '../../src/validate/table.js'
import { buildModel } from '../../src/validate/model.js'

/** A hand-kept responsibility table of one document with `n` task rows, as CSV. */
function oneDocumentCsv(n: number): string {
  const rows = Array.from({ length: n }, (_, k) => `${k + 1},加强第${k + 1}项重点任务的组织实施,省发展改革委,省财政厅,,,,2025年底前,关于加快推进区域协调发展的实施方案,${k + 2}`)
  return ['path,title,lead,responsible,participants,leaders,assessors,deadlines,document,line', ...rows].join('\n') + '\n'
}

/** Counts array elements handed out by iterators (spreads, for…of) while `fn` runs. */
function countIterated<T>(fn: () => T): { result: T; steps: number } {
  const proto = Array.prototype as unknown as { [Symbol.iterator]: () => Iterator<unknown> }
  const original = proto[Symbol.iterator]
  let steps = 0
  proto[Symbol.iterator] = function (this: unknown[]) {
    const it = original.call(this)
    return {
      next: () => {
        steps++
        return it.next()
      },
      [Symbol.iterator]() {
        return this
      },
    } as Iterator<unknown>
  }
  try {
    return { result: fn(), steps }
  } finally {
    proto[Symbol.iterator] = original
  }
}

describe('validate model of a one-document table is linear in its rows', () => {
  it('8× the rows cost at most 12× the counted iteration work, and every row becomes a task', () => {
    const small = readTable(oneDocumentCsv(500), 'csv')
    const big = readTable(oneDocumentCsv(4000), 'csv')
    const a = countIterated(() => buildModel(small))
    const b = countIterated(() => buildModel(big))
    expect(a.steps).toBeGreaterThan(0)
    expect(b.steps).toBeLessThanOrEqual(12 * a.steps)
    expect(b.result.docs).toHaveLength(1)
    expect(b.result.docs[0].title).toBe('关于加快推进区域协调发展的实施方案')
    expect(b.result.docs[0].tasks).toHaveLength(4000)
    expect(b.result.docs[0].tasks[3999].roles.map((r) => [r.role, r.units.map((u) => u.name)])).toEqual([
      ['lead', ['省发展改革委']],
      ['responsible', ['省财政厅']],
    ])
  })
})
