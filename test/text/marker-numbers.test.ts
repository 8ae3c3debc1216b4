import { describe, expect, it } from 'vitest'
import { cnNumber } from '../../src/text/numerals.js'
import { markerAt, STYLES } from '../../src/text/markers.js'
import { normalizeStep } from '../../src/steps.js'
import { policyDocs, seed } from '../helpers.js'

// A marker's number is read by the first numeral system of its style whose characters hold every
// character of the numeral; markers.ts tests that with a loop over code points (no array per marker).
// Held here to the reading written out with an array of the numeral's characters.
function reference(style: string, numeral: string): number | null {
  const systems = STYLES.find((s) => s.id === style || style.startsWith(`${s.id}-`))!.systems
  for (const sys of systems) {
    if (sys.read === 'none') return null
    if (sys.read === 'dotted') return Number(numeral.split('.').pop())
    if (![...numeral].every((ch) => sys.chars.includes(ch))) continue
    if (sys.read === 'sequence') return numeral.length === 1 ? sys.chars.indexOf(numeral) + 1 : null
    return cnNumber(numeral)
  }
  return null
}

describe('marker numbers', () => {
  it('equal the reference reading for every marker at every line start of the seeds and policy documents', () => {
    let markers = 0
    const styles = new Set<string>()
    for (const raw of [seed('001'), seed('003'), ...policyDocs().map(([, t]) => t)]) {
      const text = normalizeStep(raw).view.text
      for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) {
        const m = markerAt(text, at, true)
        if (!m) continue
        expect([m.key, m.number]).toEqual([m.key, reference(m.style, m.numeral)])
        markers++
        styles.add(m.style)
      }
    }
    expect(markers).toBeGreaterThan(2000)
    expect(styles.size).toBeGreaterThan(5)
  })

  it('reads the Chinese, circled, digit and article numerals', () => {
    expect(markerAt('（十二）加强', 0)?.number).toBe(12)
    expect(markerAt('③完善', 0)?.number).toBe(3)
    expect(markerAt('12.推进', 0)?.number).toBe(12)
    expect(markerAt('第一百二十条 本条例', 0)?.number).toBe(120)
  })
})
