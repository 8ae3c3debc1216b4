import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside7 probe (issue #11), page 14: a joint notice of two departments whose site prints only the first
// seal's organ in the 落款; the title names both. Fixture written in that form (own province, fund, dates).
const fixture = (name: string) => readFileSync(new URL(`../fixtures/leftfam8/${name}`, import.meta.url), 'utf8')

describe('a joint title over a 落款 that lost a seal line', () => {
  it("takes the title's organs when they hold the 落款's and more", () => {
    const doc = parse(fixture('joint-title-one-seal.txt'))
    expect(doc.meta.issuers).toEqual(['江西省财政厅', '江西省农业农村厅'])
    expect(doc.meta.signedDate).toBe('2023-09-14')
  })
  it('keeps the 落款 when it names both, or an organ the title does not', () => {
    const both = fixture('joint-title-one-seal.txt').replace('江西省财政厅\n2023年9月14日', '江西省财政厅 江西省农业农村厅\n2023年9月14日')
    expect(parse(both).meta.issuers).toEqual(['江西省财政厅', '江西省农业农村厅'])
    const other = fixture('joint-title-one-seal.txt').replace('江西省财政厅\n2023年9月14日', '江西省林业局\n2023年9月14日')
    expect(parse(other).meta.issuers).toEqual(['江西省林业局'])
  })
})
