import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside13 probe (issue #11): gov.tw portal pages open with a skip link (跳到主要內容區塊, :::), a
// breadcrumb without colon (現在位置 首頁 > …) and a print/font-size toolbar (友善列印, 字級設定). Fixture
// written for the test in that form (own county and rule).
const fixture = (name: string) => readFileSync(new URL(`../fixtures/outside13/${name}`, import.meta.url), 'utf8')

describe('gov.tw portal chrome above a rule', () => {
  const doc = parse(fixture('portal-chrome.txt'))

  it('takes the rule`s own title, not a chrome line', () => {
    expect(doc.meta.title).toBe('金门县政府公文线上签核推动要点')
    expect(doc.meta.docType).toBe('要点')
  })

  it('drops each chrome line with a diagnostic', () => {
    const rules = doc.diagnostics.filter((d) => d.code === 'boilerplate-removed').map((d) => d.message)
    expect(rules.some((m) => m.includes('portal-skip-link'))).toBe(true)
    expect(rules.some((m) => m.includes('portal-print-toolbar'))).toBe(true)
    expect(rules.some((m) => m.includes('breadcrumb'))).toBe(true)
  })

  it('reads a 院會決議 title once the toolbar lines are gone', () => {
    const page = parse('友善列印 :\n請利用鍵盤按住Ctrl + P開啟列印功能\n字級設定 :\n\n行政院會議\n\n:::\n行政院第3701次院會決議\n\n日期:109-05-07\n\n院長提示:\n\n一、請經濟部儘速研議。\n')
    expect(page.meta.title).toBe('行政院第3701次院会决议')
    expect(page.meta.docType).toBe('决议')
  })
})
