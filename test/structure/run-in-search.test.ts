import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { runInSearch } from '../../src/structure/build.js'
import { repoTextFiles } from '../helpers.js'

// Run-in markers (`…活动。一、明确…`) are looked for after each of 。；：！？）inside a line; the next such
// mark is found by one native search in the line, not a table test per code unit (issue #14: ≈ 1 % of
// parse()). The test holds the search to the per-unit loop on every corpus and blind document.
const ROOT = new URL('../../', import.meta.url)
const dir = repoTextFiles
const DOCS = [...dir('corpus/seeds/'), ...dir('corpus/policy/'), ...dir('test/gold/blind/texts/'), ...dir('test/fixtures/speed8/')]

function both(text: string): { searched: string; walked: string } {
  try {
    runInSearch.enabled = false
    const walked = JSON.stringify(parse(text))
    runInSearch.enabled = true
    return { searched: JSON.stringify(parse(text)), walked }
  } finally {
    runInSearch.enabled = true
  }
}

describe('the run-in marker search', () => {
  it('opens run-in items after each mark, the last one at the line end, and none after a ratio’s colon', () => {
    const text = '某县工作方案\n\n一、工作任务\n按照1：1比例配套资金。（一）加强组织领导；（二）落实工作责任！（三）强化督促检查\n二、保障措施\n'
    const doc = parse(text)
    const items = doc.clauses[0].children.map((c) => (c.type === 'clause' ? c.marker : ''))
    expect(items).toEqual(['（一）', '（二）', '（三）'])
    const { searched, walked } = both(text)
    expect(searched).toBe(walked)
  })

  it.each(DOCS)('same document as testing every code unit: %s', (path) => {
    const { searched, walked } = both(readFileSync(new URL(path, ROOT), 'utf8'))
    expect(searched).toBe(walked)
  })
})
