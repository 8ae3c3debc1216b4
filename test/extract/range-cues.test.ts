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

describe('CueSet.grouped: which word sets a range holds, in one pass', () => {
  const cues = CueSet.grouped([['牵头', '负责'], ['年底', '月底'], ['负责人']])
  it('sets the bit of each set with a word wholly inside the range', () => {
    expect(cues.groupsIn('由市财政局牵头，年底前完成', 0, 13, KEEP_ALL, 0)).toBe(0b011)
    expect(cues.groupsIn('由市财政局牵头，年底前完成', 0, 7, KEEP_ALL, 0)).toBe(0b001)
    // 年底 cut by the range's end
    expect(cues.groupsIn('由市财政局牵头，年底前完成', 0, 9, KEEP_ALL, 0)).toBe(0b001)
    // a word inside a word of another set: both sets (负责 in 负责人)
    expect(cues.groupsIn('项目负责人', 0, 5, KEEP_ALL, 0)).toBe(0b101)
    expect(cues.groupsIn('加强组织领导', 0, 6, KEEP_ALL, 0)).toBe(0)
  })
  it('counts a kept-only set up to the first code unit outside `keep`, as hasWhile reads', () => {
    const keep = new Uint8Array(0x10000).fill(1)
    keep['，'.charCodeAt(0)] = 0
    // 年底 after the comma: the kept-only set is stopped, the other read on
    expect(cues.groupsIn('由市财政局牵头，年底前完成', 0, 13, keep, 0b010)).toBe(0b001 | CUE_STOPPED)
    expect(cues.groupsIn('年底前，由市财政局牵头', 0, 11, keep, 0b010)).toBe(0b011)
    expect(cues.groupsIn('加强组织领导', 0, 6, keep, 0b010)).toBe(0)
  })
  it('is not grouped when built plainly', () => {
    expect(new CueSet(['牵头']).groupsIn('牵头', 0, 2, KEEP_ALL, 0)).toBe(-1)
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
