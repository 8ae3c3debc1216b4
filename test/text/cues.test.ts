import { describe, expect, it } from 'vitest'
import { CueSet } from '../../src/text/cues.js'
import { grammar } from '../../src/extract/roles/grammar.js'
import { ROLE_CUE_WORDS } from '../../src/extract/roles/scan.js'
import { READERS } from '../../src/extract/time/grammar/registry.js'
import { normalizeStep } from '../../src/steps.js'
import { policyDocs, seed } from '../helpers.js'

/** Every occurrence by plain indexOf, sorted like findAll (by end, then longest first). */
function naive(words: readonly string[], text: string): Array<{ index: number; end: number; word: number }> {
  const out: Array<{ index: number; end: number; word: number }> = []
  words.forEach((w, k) => {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) out.push({ index: i, end: i + w.length, word: k })
  })
  return out.sort((a, b) => a.end - b.end || b.end - b.index - (a.end - a.index))
}

const roleWords = [grammar.labels, grammar.verbs, grammar.firstListedLabels, grammar.dutyPrefixes].flatMap((l) => [...l.words])

describe('CueSet', () => {
  it('finds overlapping words and words inside words (he/she/his/hers)', () => {
    const c = new CueSet(['he', 'she', 'his', 'hers'])
    expect(c.findAll('ushers')).toEqual([
      { index: 1, end: 4, word: 1 },
      { index: 2, end: 4, word: 0 },
      { index: 2, end: 6, word: 3 },
    ])
    expect(c.has('ahi')).toBe(false)
    expect(c.has('xhers', 0, 4)).toBe(true)
    // a word must lie wholly inside the range
    expect(c.has('xhers', 2, 5)).toBe(false)
  })

  it('finds every role cue of seed 003 where indexOf does', () => {
    const text = seed('003')
    const c = new CueSet(roleWords)
    const found = c.findAll(text)
    expect(found.length).toBeGreaterThan(10)
    expect(found).toEqual(naive(c.words, text))
    expect(c.find(text)).toEqual(found[0])
  })

  it("is a sharper gate than first code units: most policy lines with a cue's first unit hold no cue word", () => {
    const c = new CueSet(roleWords)
    const first = new Set(roleWords.map((w) => w.charCodeAt(0)))
    let firstOnly = 0
    let word = 0
    for (const [, text] of policyDocs().slice(0, 40)) {
      for (const line of text.split('\n')) {
        if (c.has(line)) word++
        else if ([...line].some((ch) => first.has(ch.charCodeAt(0)))) firstOnly++
      }
    }
    expect(word).toBeGreaterThan(50)
    expect(firstOnly).toBeGreaterThan(word)
  })

  it('finds with the folded table what the automaton walking its failure links finds, on every line of the seeds and policy documents', () => {
    // the role gate's words and the time readers' necessary words (the two gates of the extract step)
    const sets = [new CueSet(ROLE_CUE_WORDS), new CueSet(READERS.flatMap((r) => [...r.needs]))]
    const texts = [seed('000'), seed('003'), ...policyDocs().map(([, t]) => t)].flatMap((t) => [t, normalizeStep(t).view.text])
    const wrong: string[] = []
    let hits = 0
    for (const c of sets)
      for (const text of texts)
        for (let a = 0; a < text.length; ) {
          const e = text.indexOf('\n', a)
          const b = e < 0 ? text.length : e
          const want = c.findAll(text, a, b)[0]
          const got = c.find(text, a, b)
          if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${text.slice(a, b).slice(0, 30)}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`)
          if (got) hits++
          a = b + 1
        }
    expect(wrong.slice(0, 5)).toEqual([])
    expect(hits).toBeGreaterThan(5000)
  })

  it('folds failure links into the table: a word after a partial match of another, and words inside words', () => {
    const c = new CueSet(['牵头单位', '头单', '位于', '配合'])
    expect(c.find('由牵头单配合')).toEqual({ index: 2, end: 4, word: 1 })
    expect(c.find('牵头单位于')).toEqual({ index: 1, end: 3, word: 1 })
    expect(c.find('牵牵头单位', 1)).toEqual({ index: 2, end: 4, word: 1 })
    expect(c.find('各部门牵头配合')).toEqual({ index: 5, end: 7, word: 3 })
    expect(c.find('牵头单', 0, 2)).toBeUndefined()
    expect(new CueSet(['ab', 'bc']).find('abc', 1)).toEqual({ index: 1, end: 3, word: 1 })
  })

  it('counts a weak word only where its condition holds, in every read (has, find, hasWhile, pairIn)', () => {
    // 根据 counts only before 职责 ending in the range (the role gate's duty openers, roles/scan.ts)
    const holds = (t: string, end: number, to: number) => end + 2 <= to && t.startsWith('职责', end)
    const c = new CueSet(['根据', '负责', '根据规定'], { words: ['根据'], holds })
    const all = new Uint8Array(0x10000).fill(1)
    const other = new CueSet(['年底'])
    expect(c.has('根据要求执行')).toBe(false)
    expect(c.has('根据规定执行')).toBe(true)
    expect(c.has('根据职责执行')).toBe(true)
    expect(c.has('根据职责执行', 0, 3)).toBe(false)
    expect(c.find('根据要求，根据职责')).toEqual({ index: 5, end: 7, word: 0 })
    expect(c.find('根据要求，由市局负责')).toEqual({ index: 8, end: 10, word: 1 })
    expect(c.hasWhile('根据要求', 0, 4, all)).toBe(false)
    expect(c.hasWhile('根据职责', 0, 4, all)).toBe(true)
    expect(CueSet.pairIn(c, other, '根据要求年底', 0, 6, all)).toBe(2)
    expect(CueSet.pairIn(c, other, '根据职责年底', 0, 6, all)).toBe(3)
    // (every occurrence, weak or not)
    expect(c.findAll('根据要求').length).toBe(1)
    // a strong word ending where a weak one ends counts: 据 inside 根据
    const inner = new CueSet(['根据', '据'], { words: ['根据'], holds: () => false })
    expect(inner.find('根据要求')).toEqual({ index: 1, end: 2, word: 1 })
    // without weak words nothing changes
    expect(new CueSet(['根据']).has('根据要求')).toBe(true)
  })
})
