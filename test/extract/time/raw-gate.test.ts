import { describe, expect, it } from 'vitest'
import { canonicalize } from '../../../src/extract/time/canon.js'
import { mayHoldTime, mayHoldTimeRaw } from '../../../src/extract/time/grammar/registry.js'
import { mayHoldTimeIn } from '../../../src/extract/time/scan.js'
import { normalizeStep } from '../../../src/steps.js'
import { policyDocs, seed } from '../../helpers.js'

describe('the time gate read on the input before its canonical copy', () => {
  it('answers as the gate on the canonical copy wherever it answers: every line and every sentence of the seeds and policy documents', () => {
    const texts = [seed('000'), seed('003'), ...policyDocs().map(([, t]) => t)].flatMap((t) => [t, normalizeStep(t).view.text])
    const wrong: string[] = []
    const answered = { yes: 0, no: 0, open: 0 }
    for (const text of texts) {
      const cuts = [...text.matchAll(/[\n。；]/g)].map((m) => m.index)
      let a = 0
      for (const b of [...cuts, text.length]) {
        const raw = mayHoldTimeRaw(text, a, b)
        const canonical = mayHoldTime(canonicalize(text, a, b).text)
        if (raw === undefined) answered.open++
        else {
          if (raw) answered.yes++
          else answered.no++
          if (raw !== canonical) wrong.push(text.slice(a, b).slice(0, 40))
        }
        if (mayHoldTimeIn(text, a, b) !== canonical) wrong.push(`in: ${text.slice(a, b).slice(0, 40)}`)
        a = b + 1
      }
    }
    expect(wrong).toEqual([])
    // most ranges are decided on the input, both ways; those with full-width digits or spaces are left open
    expect(answered.no).toBeGreaterThan(answered.open)
    expect(answered.yes).toBeGreaterThan(1000)
    expect(answered.open).toBeGreaterThan(100)
  })

  it('leaves to the canonical copy what canonicalization changes', () => {
    expect(mayHoldTimeRaw('２０１５年６月底前完成', 0, 11)).toBeUndefined()
    expect(mayHoldTime(canonicalize('２０１５年６月底前完成').text)).toBe(true)
    expect(mayHoldTimeRaw('2015年6月底前完成', 0, 11)).toBe(true)
    expect(mayHoldTimeRaw('加强组织领导，明确责任分工', 0, 13)).toBe(false)
    // a word before the first changed code unit decides
    expect(mayHoldTimeRaw('2016年底前 完成', 0, 10)).toBe(true)
    expect(mayHoldTimeRaw('加强组织 领导', 0, 7)).toBeUndefined()
  })
})
