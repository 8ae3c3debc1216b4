import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { fixtureText } from '../helpers.js'

// outside19 probe (issue #11): pages of universities, companies and associations print the site's
// column name on its own line under the breadcrumb (通知公告, 规章制度): a genre-word compound, not the
// document's title. Fixtures written for the test in that form (own school, society and dates).
const fixture = (name: string) => fixtureText(`outside19/${name}`)

describe('a site column name above the title (grammars/boilerplate.json portal-column-name)', () => {
  it('通知公告 under the breadcrumb is dropped; the notice keeps its own title and genre', () => {
    const doc = parse(fixture('portal-column.txt'))
    expect(doc.meta.title).toBe('关于开展实验室安全隐患排查工作的通知')
    expect(doc.meta.docType).toBe('通知')
    const removed = doc.diagnostics.filter((d) => d.code === 'boilerplate-removed').map((d) => d.message)
    expect(removed).toContain('Removed "通知公告" (portal-column-name)')
    expect(doc.tasks.map((t) => [t.path.join('/'), t.deadlines.map((d) => d.date)])).toEqual([['二', ['2024-05-20']]])
  })

  it('规章制度 over a society`s rule: the rule`s title, genre 管理办法', () => {
    const doc = parse(fixture('rules-column.txt'))
    expect(doc.meta.title).toBe('青溪市档案学会会员管理办法')
    expect(doc.meta.docType).toBe('办法')
  })

  it('a title that only ends in the same words keeps its line', () => {
    const doc = parse('关于修订学院规章制度\n的通知\n各系：\n现将修订后的制度印发给你们。\n')
    expect(doc.meta.title).toBe('关于修订学院规章制度的通知')
  })
})

describe('the site`s menu entry for the page above the full title', () => {
  it('takes the longer title that ends with the entry`s words, and its status line (（试行）)', () => {
    const doc = parse(fixture('menu-entry-title.txt'))
    expect(doc.meta.title).toBe('青溪市档案学会会员管理办法（试行）')
    expect(doc.meta.docType).toBe('办法')
    expect(doc.diagnostics.some((d) => d.code === 'header-lines-skipped')).toBe(true)
  })

  it('a law site`s title over its adopting line and the title printed again is no menu entry (the history stays)', () => {
    // the whole corpus had 6 such law pages (lawrefbook) whose title became the adopting line
    // joined to the repeated title, and whose history entry was lost, before the rule read one line only
    const text =
      '青溪市实施《中华人民共和国档案法》办法\n\n2030年5月20日 青溪市第九届人民代表大会常务委员会第八次会议通过\n\n青溪市实施《中华人民共和国档案法》 办法\n\n第一条 为了实施《中华人民共和国档案法》，结合本市实际，制定本办法。\n'
    const doc = parse(text)
    expect(doc.meta.title).toBe('青溪市实施《中华人民共和国档案法》办法')
    expect(doc.meta.history?.map((h) => [h.date, h.action])).toEqual([['2030-05-20', '通过']])
  })

  it('a draft mark under a title stays out of it (a version of the text, not its name)', () => {
    const doc = parse('青溪市档案学会会员管理办法\n（征求意见稿）\n第一条 为规范本会会员管理，制定本办法。\n')
    expect(doc.meta.title).toBe('青溪市档案学会会员管理办法')
  })
})
