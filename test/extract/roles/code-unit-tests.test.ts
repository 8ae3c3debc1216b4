import { describe, expect, it } from 'vitest'
import { grammar } from '../../../src/extract/roles/grammar.js'
import { hanAt, isHan, isSpace, spaceAt } from '../../../src/extract/roles/text.js'

// The readers ask hanAt(t, k) / spaceAt(t, k) / separatorCodes where they asked isHan(t[k]) / isSpace(t[k]) /
// separators.has(t[k]) (no one-character string per question, issue #14): the answers must be the same on every
// code unit and past either end of the text, or a role is read differently.
describe('code-unit character tests answer as the string ones', () => {
  it('on all 65,536 code units', () => {
    const differ: number[] = []
    for (let c = 0; c < 0x10000; c++) {
      const t = `a${String.fromCharCode(c)}b`
      if (hanAt(t, 1) !== isHan(t[1]) || spaceAt(t, 1) !== isSpace(t[1])) differ.push(c)
      if ((grammar.separatorCodes[c] === 1) !== grammar.separators.has(String.fromCharCode(c))) differ.push(c)
    }
    expect(differ).toEqual([])
  })

  it('past either end of the text, and on an empty one', () => {
    for (const [t, k] of [
      ['中文', -1],
      ['中文', 2],
      ['', 0],
      ['　', 5],
    ] as const) {
      expect(hanAt(t, k)).toBe(isHan(t[k]))
      expect(spaceAt(t, k)).toBe(isSpace(t[k]))
    }
    expect(hanAt('中', 0)).toBe(true)
    expect(spaceAt('　', 0)).toBe(true)
  })

  it('separator codes hold every one-character separator', () => {
    expect([...grammar.separators].filter((w) => w.length === 1).every((w) => grammar.separatorCodes[w.charCodeAt(0)] === 1)).toBe(true)
    expect(grammar.separators.has('、')).toBe(true)
  })
})
