import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { datelineGate, deliveryDateline } from '../../../src/extract/time/events.js'
import { repoTextsDeep } from '../../helpers.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))

afterEach(() => {
  datelineGate.enabled = true
})

describe('the delivery dateline reads only lines that name a venue (events.ts VENUE_IN_LINE)', () => {
  it('reads a dateline of its own fixture, and skips a dated line that names no venue', () => {
    const fixture = readFileSync(join(root, 'test/fixtures/speed8/datelines.txt'), 'utf8')
    expect(deliveryDateline(fixture, 0, fixture.length)).toBe('2024-03-18')
    expect(deliveryDateline('2024年3月18日召开常务会议\n各位委员：', 0, 30)).toBeUndefined()
  })

  it('gives the same answer as reading every line, from every line start of the corpus and the fixtures', () => {
    let dated = 0
    let calls = 0
    for (const text of [...repoTextsDeep('corpus/'), ...repoTextsDeep('test/fixtures/')]) {
      // (from each of the first 20 line starts: a dateline may stand below a long header)
      const starts = [0]
      for (let at = text.indexOf('\n'); at >= 0 && starts.length < 20; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
      for (const from of starts) {
        datelineGate.enabled = true
        const gated = deliveryDateline(text, from, text.length)
        datelineGate.enabled = false
        expect(gated, text.slice(from, from + 60)).toBe(deliveryDateline(text, from, text.length))
        if (gated) dated++
        calls++
      }
    }
    expect(calls).toBeGreaterThan(5000)
    expect(dated).toBeGreaterThan(5)
  })
})
