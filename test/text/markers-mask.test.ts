import { describe, expect, it } from 'vitest'
import { markerAt, STYLES, type Marker } from '../../src/text/markers.js'
import { policyDocs, seed } from '../helpers.js'

/** markerAt as it was before the per-style mask: every style's sticky regex tried in order. */
function everyStyle(text: string, at: number, inline: boolean): string | null {
  for (const s of STYLES) {
    if (s.inlineOnly && !inline) continue
    s.re.lastIndex = at
    const m = s.re.exec(text)
    if (m) return `${s.id} ${m[0]}`
  }
  return null
}

const short = (m: Marker | null) => (m ? `${m.style.replace(/-\d+$/, '')} ${m.numeral}` : null)

describe('markerAt style mask', () => {
  it('skips only regexes that cannot match: same marker as trying every style, at every position of real documents', () => {
    const texts = [seed('000'), ...policyDocs().map(([, t]) => t)].slice(0, 80)
    let found = 0
    const wrong: string[] = []
    for (const text of texts)
      for (let at = 0; at < text.length; at++)
        for (const inline of [false, true]) {
          const want = everyStyle(text, at, inline)
          const m = markerAt(text, at, inline)
          const got = m ? `${m.style.replace(/-\d+$/, '')} ${text.slice(at, m.end)}` : null
          if (got !== want) wrong.push(`${text.slice(at, at + 8)}: ${got} ≠ ${want}`)
          if (m) found++
        }
    expect(wrong).toEqual([])
    expect(found).toBeGreaterThan(1000)
  })

  it('reads markers of every opening kind (literal 第, （, numeral groups, bullets)', () => {
    expect(short(markerAt('第三条 为了', 0))).toBe('article 三')
    expect(short(markerAt('（二）加强', 0))).toBe('cn-paren 二')
    expect(short(markerAt('12.加强', 0))).toBe('arabic 12')
    expect(short(markerAt('②加强', 0))).toBe('circled ②')
    expect(short(markerAt('●加强', 0))).toBe('bullet ●')
    expect(short(markerAt('一是加强', 0, true))).toBe('cn-shi 一')
    expect(markerAt('一是加强', 0, false)).toBeNull()
  })
})
