import { describe, expect, it } from 'vitest'
import { CUE_STOPPED, CueSet } from '../../src/text/cues.js'
import { rangeCues, roleCue, timeCue } from '../../src/extract/range-cues.js'
import { mayHoldRoleIn, roleGate } from '../../src/extract/roles/scan.js'
import { mayHoldTimeRaw } from '../../src/extract/time/grammar/registry.js'
import { SAME } from '../../src/extract/time/canon.js'
import { timeGate } from '../../src/extract/time/scan.js'
import { normalizeStep } from '../../src/steps.js'
import { fixtureText } from '../helpers.js'

// The task visitor reads each clause range once for both gates (rangeCues) where each gate read it alone
// before: the one pass must answer what each gate answers, on every range.

const KEEP_ALL = new Uint8Array(0x10000).fill(1)

describe('CueSet.pairIn: one set read whole and one read while kept, in one pass', () => {
  const roles = new CueSet(['牵头', '负责'])
  const times = new CueSet(['年底', '月底', '负责人'])
  it('sets bit 1 for a word of the first set and bit 2 for one of the second, wholly inside the range', () => {
    expect(CueSet.pairIn(roles, times, '由市财政局牵头，年底前完成', 0, 13, KEEP_ALL)).toBe(0b11)
    expect(CueSet.pairIn(roles, times, '由市财政局牵头，年底前完成', 0, 7, KEEP_ALL)).toBe(0b01)
    // 年底 cut by the range's end
    expect(CueSet.pairIn(roles, times, '由市财政局牵头，年底前完成', 0, 9, KEEP_ALL)).toBe(0b01)
    // a word of one set inside a word of the other (负责 in 负责人): both
    expect(CueSet.pairIn(roles, times, '项目负责人', 0, 5, KEEP_ALL)).toBe(0b11)
    expect(CueSet.pairIn(roles, times, '年底前', 0, 3, KEEP_ALL)).toBe(0b10)
    expect(CueSet.pairIn(roles, times, '加强组织领导', 0, 6, KEEP_ALL)).toBe(0)
  })
  it('reads the second set up to the first code unit outside `keep`, as hasWhile does', () => {
    const keep = new Uint8Array(0x10000).fill(1)
    keep['，'.charCodeAt(0)] = 0
    // 年底 after the comma: the second set is stopped, the first read on
    expect(CueSet.pairIn(roles, times, '由市财政局牵头，年底前完成', 0, 13, keep)).toBe(0b01 | CUE_STOPPED)
    expect(CueSet.pairIn(roles, times, '加强领导，年底前由市财政局牵头', 0, 15, keep)).toBe(0b01 | CUE_STOPPED)
    expect(CueSet.pairIn(roles, times, '年底前，由市财政局牵头', 0, 11, keep)).toBe(0b11)
    expect(CueSet.pairIn(roles, times, '加强组织领导', 0, 6, keep)).toBe(0)
  })
})

/** Every line, every sentence and every window of 1…40 code units of a normalized text. */
function* ranges(text: string): Generator<[number, number]> {
  for (const cut of [/\n/g, /[。；\n]/g]) {
    let from = 0
    for (const m of text.matchAll(cut)) {
      if (m.index > from) yield [from, m.index]
      from = m.index + 1
    }
    if (text.length > from) yield [from, text.length]
  }
  for (let from = 0; from < text.length; from++) for (let to = from + 1; to <= Math.min(text.length, from + 40); to++) yield [from, to]
  yield [0, text.length]
}

describe('rangeCues: the role and the time gate of a clause range in one pass', () => {
  const text = normalizeStep(fixtureText('speed12/range-cues.txt')).view.text
  const line = (words: string): [number, number] => {
    const at = text.indexOf(words)
    return [at, text.indexOf('\n', at)]
  }
  it('answers each gate on our own lines', () => {
    const lead = rangeCues(text, ...line('（二）优化公交线路'))
    expect([roleCue(lead), timeCue(lead)]).toEqual([true, true])
    const plain = rangeCues(text, ...line('坚持统筹兼顾'))
    expect([roleCue(plain), timeCue(plain)]).toEqual([false, false])
    const paren = rangeCues(text, ...line('（一）完善慢行网络'))
    expect([roleCue(paren), timeCue(paren)]).toEqual([true, true])
    // full-width digits before any time word (as printed, not normalized): the canonical copy decides
    const wide = rangeCues('２０２６年底前由区交通局负责', 0, 14)
    expect([roleCue(wide), timeCue(wide)]).toEqual([true, undefined])
  })
  it('equals mayHoldRoleIn and mayHoldTimeRaw on every line, sentence and short window', () => {
    let n = 0
    // the normalized text the visitor reads, and the text as printed (full-width digits, ideographic spaces)
    for (const t of [text, fixtureText('speed12/range-cues.txt')])
      for (const [from, to] of ranges(t)) {
        const cues = rangeCues(t, from, to)
        expect(roleCue(cues), `${from}-${to}`).toBe(mayHoldRoleIn(t, from, to))
        expect(timeCue(cues), `${from}-${to}`).toBe(mayHoldTimeRaw(t, from, to))
        n++
      }
    expect(n).toBeGreaterThan(20_000)
  })
  it('says yes to every range with the gates off, as the gates do', () => {
    const [from, to] = line('坚持统筹兼顾')
    roleGate.enabled = false
    timeGate.enabled = false
    try {
      const cues = rangeCues(text, from, to)
      expect(roleCue(cues)).toBe(true)
      expect(timeCue(cues)).toBe(null)
    } finally {
      roleGate.enabled = true
      timeGate.enabled = true
    }
  })
  it('reads the raw table of the time gate (SAME) as its keep table', () => {
    expect(SAME['２'.charCodeAt(0)]).toBe(0)
  })
})
