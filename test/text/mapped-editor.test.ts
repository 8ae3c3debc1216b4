import { describe, expect, it } from 'vitest'
import { MappedText } from '../../src/text/mapped.js'
import { SourceText } from '../../src/text/source.js'
import { mulberry32 } from '../../scripts/lib/random.js'

/** The offset map of an edit the slow way: one entry per kept or inserted code unit, as TextEditor documents it. */
function reference(prev: MappedText, edits: Array<[number, number, string]>): { text: string; origin: number[] } {
  let text = ''
  const origin: number[] = []
  let cursor = 0
  for (const [from, to, value] of edits) {
    for (let i = cursor; i < from; i++) origin.push(prev.origin[i])
    text += prev.text.slice(cursor, from) + value
    for (let i = 0; i < value.length; i++) origin.push(to - from === value.length ? prev.origin[from + i] : to > from ? prev.origin[Math.min(from + i, to - 1)] : prev.origin[from])
    cursor = to
  }
  for (let i = cursor; i < prev.text.length; i++) origin.push(prev.origin[i])
  text += prev.text.slice(cursor)
  origin.push(prev.origin[prev.text.length])
  return { text, origin }
}

describe('TextEditor.done (the map it built, handed on without a copy)', () => {
  it('gives the reference map for random edits that grow, keep and shrink the text, over chains of passes', () => {
    const random = mulberry32(14)
    const pick = (n: number) => Math.floor(random() * n)
    let checked = 0
    for (let round = 0; round < 200; round++) {
      const words = ['第一条', '　', '，', '2025年', '市发展改革委', '\n', 'ab']
      let view = MappedText.identity(new SourceText(Array.from({ length: 1 + pick(60) }, () => words[pick(words.length)]).join('')))
      // (a chain: each pass edits the view the last one made, as normalize does)
      for (let pass = 0; pass < 4; pass++) {
        const edits: Array<[number, number, string]> = []
        // grow (long insertions), keep (same-length replacements), shrink (deletions of most of the text), or
        // mixed: same-length replacements with a length-changing edit now and then (the map built mid-pass)
        const mode = pick(4)
        for (let at = pick(4); at < view.text.length; at += 1 + pick(mode === 2 ? 2 : 12)) {
          const to = Math.min(view.text.length, at + (mode === 2 ? 1 + pick(8) : pick(3)))
          const kind = mode === 3 ? (pick(4) === 0 ? pick(2) * 2 : 1) : mode
          const value = kind === 0 ? 'x'.repeat(pick(30)) : kind === 1 ? 'y'.repeat(to - at) : ''
          edits.push([at, to, value])
          at = to
        }
        const editor = view.edit()
        for (const [from, to, value] of edits) editor.replace(from, to, value)
        const next = editor.done()
        const want = reference(view, edits)
        expect(next.text).toBe(want.text)
        expect(Array.from(next.origin)).toEqual(want.origin)
        expect(next.origin.length).toBe(next.text.length + 1)
        // a pass that kept every length hands on the previous map itself
        if (mode === 1) expect(next.origin).toBe(view.origin)
        view = next
        checked++
      }
    }
    expect(checked).toBe(800)
  })

  it('keeps each pass’s map its own: a later pass does not change an earlier view', () => {
    const first = MappedText.identity(new SourceText('一二三四五六七八九十')).edit().delete(2, 4).done()
    const before = Array.from(first.origin)
    first.edit().replace(0, 1, 'xyz').delete(5, 7).done()
    expect(Array.from(first.origin)).toEqual(before)
    expect(before).toEqual([0, 1, 4, 5, 6, 7, 8, 9, 10])
  })

  it('keeps a shared map unchanged: identity views share one table, a same-length pass shares its input map', () => {
    const a = MappedText.identity(new SourceText('一二三四五'))
    const b = MappedText.identity(new SourceText('一二三四五六七'))
    expect(Array.from(a.origin)).toEqual([0, 1, 2, 3, 4, 5])
    expect(Array.from(b.origin)).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    const kept = b.edit().replace(1, 3, '两三').done()
    expect(kept.text).toBe('一两三四五六七')
    expect(kept.origin).toBe(b.origin)
    // a later pass that changes lengths builds its own map from the shared one and writes nothing into it
    const cut = kept.edit().replace(0, 1, 'x').delete(2, 4).replace(5, 6, 'abc').done()
    expect(cut.text).toBe('x两五abc七')
    expect(Array.from(cut.origin)).toEqual([0, 1, 4, 5, 5, 5, 6, 7])
    expect(Array.from(a.origin)).toEqual([0, 1, 2, 3, 4, 5])
    expect(Array.from(b.origin)).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(MappedText.identity(new SourceText('甲乙')).position(0, 2)).toEqual(a.position(0, 2))
  })
})
