/**
 * Family 8 of issue 11: JioNLP's time-parser test cases written with 年/月/季
 * (test/fixtures/jionlp-time.tsv, bench/results/time-vs-jionlp.md). The count of official forms
 * gongwen reads right is held at its level; the forms the issue names are each read right.
 */
import { describe, expect, it } from 'vitest'
import { gongwenReads, readJioRows } from './jionlp-corpus.js'

const rows = readJioRows()

describe('JioNLP time cases (official forms)', () => {
  it('reads at least 77 of the 88 official forms right (43 before issue 11)', () => {
    const official = rows.filter((r) => r.official)
    expect(official.length).toBe(88)
    const right = official.filter((r) => gongwenReads(r).right)
    expect(right.length).toBeGreaterThanOrEqual(77)
  })

  it.each(['今年前五个月', '2021年前两个季度', '明年初', '明年年初', '上一年', '本季度', '当月', '未来5年内', '1985到89年9月', '1月3至2月10', '2022年首季度', '今年前三季度', '今明两年'])(
    '%s',
    (input) => {
      const r = rows.find((x) => x.input === input)!
      expect(r, input).toBeDefined()
      const g = gongwenReads(r)
      expect(g.right, `${input}: expected ${r.start}…${r.end}, read ${g.shown}`).toBe(true)
    },
  )
})
