import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside9 probe (issue #11), page 22: the issued plan's heading printed glued to its table of contents
// (`益阳市重污染天气应急预案目录`). Fixture written in that form (own city, plan and dates).
const fixture = (name: string) => readFileSync(new URL(`../fixtures/leftfam8/${name}`, import.meta.url), 'utf8')

describe('an issued plan whose heading carries 目录', () => {
  it('is found by the title the notice quotes, without 目录', () => {
    const doc = parse(fixture('contents-heading.txt'))
    expect(doc.meta.docType).toBe('通知')
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['常德市森林火灾应急预案', '应急预案']])
  })
  it('is not taken when the line names another plan', () => {
    const text = fixture('contents-heading.txt').replace('常德市森林火灾应急预案目录', '常德市防汛应急预案目录')
    expect(parse(text).documents.map((d) => d.meta.title)).not.toContain('常德市防汛应急预案')
  })
})
