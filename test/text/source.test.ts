import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SourceText } from '../../src/text/source.js'

// line starts the slow way: after every CRLF, lone CR and lone LF
function reference(text: string): number[] {
  const starts = [0]
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length)
  return starts
}

describe('SourceText line index', () => {
  const seed = readFileSync(new URL('../../corpus/seeds/001_54176d715e6bf35f.txt', import.meta.url), 'utf8')

  it('finds every LF of a text without CR (the native-search path)', () => {
    expect(seed.includes('\r')).toBe(false)
    const src = new SourceText(seed)
    expect(src.lineStarts).toEqual(reference(seed))
    expect(src.lineStarts.length).toBe(seed.split('\n').length)
  })

  it('counts CRLF as one break and a lone CR as one (the code-unit path)', () => {
    const crlf = seed.replace(/\n/g, '\r\n')
    expect(new SourceText(crlf).lineStarts).toEqual(reference(crlf))
    expect(new SourceText(crlf).lineStarts.length).toBe(new SourceText(seed).lineStarts.length)
    const mixed = '第一条\r第二条\r\n第三条\n\n第四条'
    expect(new SourceText(mixed).lineStarts).toEqual([0, 4, 9, 13, 14])
  })

  it('gives the same points on both paths', () => {
    const crlf = seed.replace(/\n/g, '\r\n')
    const lf = new SourceText(seed)
    const cr = new SourceText(crlf)
    // the 20th line's third character: same line and column, offsets shifted by the 19 CRs before it
    const at = lf.lineStarts[19] + 2
    expect(lf.point(at)).toEqual({ line: 20, column: 3, offset: at })
    expect(cr.point(at + 19)).toEqual({ line: 20, column: 3, offset: at + 19 })
  })
})
