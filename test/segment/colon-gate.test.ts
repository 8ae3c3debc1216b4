import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { colonGate, siteLabelCells } from '../../src/segment/header.js'
import { normalizeStep } from '../../src/steps.js'
import type { Line } from '../../src/tree/segment.js'
import { repoTextFiles, repoTextsDeep } from '../helpers.js'

// siteLabelCells runs its glued-label search (every known label, then a colon, tried at every
// position) only on a line that holds a colon: a match must end in one (issue #14: the header and
// title readers ask about body lines too). The test holds the pre-test to the unguarded search on
// every line of the corpus, the blind texts and the fixtures, raw and normalized.
const ROOT = new URL('../../', import.meta.url)
const files = [...repoTextFiles('corpus/seeds/'), ...repoTextFiles('corpus/policy/'), ...repoTextFiles('test/gold/blind/texts/'), ...repoTextFiles('test/gold/blind/fixtures/')]
const texts = [...files.map((f) => readFileSync(new URL(f, ROOT), 'utf8')), ...repoTextsDeep('test/fixtures/')]

function linesOf(text: string): Line[] {
  const out: Line[] = []
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start)
    out.push({ start, end, text: text.slice(start, end) })
    start = end + 1
  }
  return out
}

describe('the colon pre-test of siteLabelCells', () => {
  it('gives the unguarded cells on every line', () => {
    let lines = 0
    let withCells = 0
    let skipped = 0
    try {
      for (const raw of texts)
        for (const text of [raw, (normalizeStep(raw).view as { text: string }).text])
          for (const line of linesOf(text)) {
            colonGate.enabled = false
            const want = siteLabelCells(line)
            colonGate.enabled = true
            const got = siteLabelCells(line)
            if (JSON.stringify(got) !== JSON.stringify(want)) expect([line.text, got]).toEqual([line.text, want])
            lines++
            if (want.length) withCells++
            if (!line.text.includes('：') && !line.text.includes(':')) skipped++
          }
    } finally {
      colonGate.enabled = true
    }
    expect(lines).toBeGreaterThan(50_000)
    expect(withCells).toBeGreaterThan(300)
    expect(skipped).toBeGreaterThan(lines / 2)
  })

  it('still reads glued cells and leaves a colon-free line to the bare-label reader', () => {
    const cells = siteLabelCells({ start: 0, end: 40, text: '索引号：11/2017-01发布机构：市综合执法局成文日期：2017-01-12' })
    expect(cells.map((c) => [c.label, c.value])).toEqual([
      ['索引号', '11/2017-01'],
      ['发布机构', '市综合执法局'],
      ['成文日期', '2017-01-12'],
    ])
    expect(siteLabelCells({ start: 0, end: 14, text: '成文日期2012-03-22' }).map((c) => [c.label, c.value])).toEqual([['成文日期', '2012-03-22']])
  })
})
