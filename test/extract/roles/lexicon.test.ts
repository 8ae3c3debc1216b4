import { describe, expect, it } from 'vitest'
import { Lexicon } from '../../../src/extract/roles/lexicon.js'

describe('Lexicon', () => {
  const labels = new Lexicon(['牵头', '牵头单位', '责任单位', '单位'])

  it('occurrences: the longest word at each position, none overlapping the one before', () => {
    // 牵头单位 is taken whole (its 单位 is not a second hit); 责任单位 likewise
    expect(labels.occurrences('牵头单位：市财政局；责任单位：市统计局；由市科技局牵头。', 0, 28)).toEqual([
      { index: 0, word: '牵头单位' },
      { index: 10, word: '责任单位' },
      { index: 25, word: '牵头' },
    ])
  })

  it('occurrences stay inside [start, end): a word crossing the end is not taken', () => {
    expect(labels.occurrences('牵头单位：市财政局', 0, 3)).toEqual([{ index: 0, word: '牵头' }])
    expect(labels.occurrences('牵头单位：市财政局', 1, 9)).toEqual([{ index: 2, word: '单位' }])
    expect(labels.occurrences('市财政局负责', 0, 6)).toEqual([])
  })

  it('matchAt and matchEndingAt read the same words from either end', () => {
    expect(labels.matchAt('牵头单位：', 0)).toBe('牵头单位')
    expect(labels.matchEndingAt('配合单位', 4)).toBe('单位')
    expect(labels.matchEndingAt('由A牵头单位', 6, 2)).toBe('牵头单位')
  })
})
