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
    expect(doc.meta.title).toBe('金門縣政府公文線上簽核推動要點')
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
    expect(page.meta.title).toBe('行政院第3701次院會決議')
    expect(page.meta.docType).toBe('决议')
  })
})

describe('Taiwan law-system pages', () => {
  it('drops a version tag with an ROC date from the title (法規名稱 X (民國 108 年 11 月 05 日修正))', () => {
    const doc = parse(fixture('law-system-version-tag.txt'))
    expect(doc.meta.title).toBe('補助地方政府辦理青年返鄉創業輔導計畫')
    expect(doc.meta.docType).toBe('计划')
  })

  it('reads 注意事項 as the genre of a county rule', () => {
    const doc = parse(fixture('county-notes-rule.txt'))
    expect(doc.meta.title).toBe('連江縣政府年度施政計畫管制考核作業注意事項')
    expect(doc.meta.docType).toBe('注意事项')
    expect(doc.meta.docNumber?.normalized).toBe('府行研字第1100021458号')
    expect(doc.meta.publishedDate).toBe('2021-06-30')
  })
})
