import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import type { PolicyDocument } from '../../src/index.js'

// outside17 probe (issue #11): the short genres of a government archive (批复, 通报, 公告, 会议通知) as
// scraped pages give them. Fixtures written for the test in those forms (own places, units and dates).
const fixture = (name: string) => parse(readFileSync(new URL(`../fixtures/outside17/${name}`, import.meta.url), 'utf8'))
const removed = (doc: PolicyDocument) => doc.diagnostics.filter((d) => d.code === 'boilerplate-removed').map((d) => d.message)
const due = (doc: PolicyDocument) => doc.tasks.flatMap((t) => (t.deadlines ?? []).filter((d) => d.kind === 'due').map((d) => `${t.path.join('/')} ${d.date}`))
type Clause = PolicyDocument['clauses'][number]
const events = (cs: Clause[]): string[] => cs.flatMap((c) => [...(c.events ?? []).map((e) => `${c.path.join('/')} ${e.kind} ${e.date} ${e.cue}`), ...events((c.children ?? []) as Clause[])])

describe('portal chrome above a 通报', () => {
  const doc = fixture('portal-briefing.txt')

  it('drops the accessibility items, the menu label and the section name one per line', () => {
    expect(doc.meta.title).toBe('关于城东片区道路环境整治情况的通报')
    expect(doc.meta.docType).toBe('通报')
    const rules = removed(doc).join('\n')
    expect(rules).toContain('portal-accessibility-item')
    expect(rules).toContain('site-menu-label')
    expect(rules).toContain('portal-section-name')
  })

  it('keeps the issuer and the rectification date', () => {
    expect(doc.meta.issuers).toEqual(['某区城市管理局'])
    expect(doc.meta.signedDate).toBe('2024-05-10')
    expect(due(doc)).toEqual(['二/（二） 2024-05-20'])
  })
})

describe('a forum repost of a 批复', () => {
  it('drops the forum`s edit stamp and reads the reply', () => {
    const doc = fixture('forum-reply.txt')
    expect(removed(doc).some((m) => m.includes('forum-edit-stamp'))).toBe(true)
    expect(doc.meta.title).toBe('某省人民政府关于同意设立东湖生态保护区的批复')
    expect(doc.meta.docType).toBe('批复')
    expect(doc.meta.docNumber?.normalized).toBe('某政复〔2016〕8号')
    expect(doc.meta.signedDate).toBe('2016-02-26')
  })
})

describe('a meeting notice', () => {
  const doc = fixture('meeting-notice.txt')

  it('reads the dates of turning up, attending, a meeting named by its day and setting off as events, not due dates', () => {
    expect(due(doc)).toEqual(['四 2023-04-07'])
    expect(events(doc.clauses)).toEqual(['二 meeting 2023-04-11 报到', '二 meeting 2023-04-12 列席', '二 meeting 2023-04-13 召开', '三 other 2023-04-13 出发'])
  })

  it('takes a university as the issuer of its 落款', () => {
    expect(doc.meta.issuers).toEqual(['东湖职业大学'])
    expect(doc.meta.signedDate).toBe('2023-03-30')
  })
})

describe('a 公告 whose 落款 prints the organ beside the date', () => {
  const doc = fixture('announcement-one-line.txt')

  it('splits the line into issuer and date, so the last item ends before it', () => {
    expect(doc.meta.issuers).toEqual(['青石县人民政府'])
    expect(doc.meta.signedDate).toBe('2023-03-08')
    expect(due(doc)).toEqual(['二 2023-04-15'])
  })

  it('drops the site`s tag line and cuts the related-article list', () => {
    const rules = removed(doc).join('\n')
    expect(rules).toContain('site-tag-line')
    expect(rules).toContain('related-articles')
  })

  it('does not take a table`s last row (unit and a numeric date) for a 落款', () => {
    const table = fixture('table-last-row.txt')
    expect(table.signature).toBeNull()
    expect(table.meta.issuers).toEqual([])
    expect(table.meta.signedDate).toBeNull()
  })
})
