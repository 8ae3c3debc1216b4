import { describe, expect, it } from 'vitest'
import { isIdeograph, isIdeographChar } from '../../src/text/ideograph.js'

const HAN = /\p{Script=Han}/u

describe('isIdeograph (the one Chinese-character test)', () => {
  it('agrees with \\p{Script=Han} on every BMP code unit, asked twice (the remembered answer)', () => {
    const disagree: number[] = []
    for (let round = 0; round < 2; round++) for (let c = 0; c < 0x10000; c++) if (isIdeograph(c) !== HAN.test(String.fromCharCode(c))) disagree.push(c)
    expect(disagree).toEqual([])
  })

  it('reads the characters of real documents', () => {
    const title = '国务院关于印发《二〇二五年政务公开工作要点》的通知'
    const han = [...title].filter((c) => isIdeographChar(c)).join('')
    // 〇 (U+3007) is Han; the brackets 《》 are not
    expect(han).toBe('国务院关于印发二〇二五年政务公开工作要点的通知')
    expect(isIdeographChar('㐀')).toBe(true) // extension A, which two of the old tests missed
    expect(isIdeographChar('﨑')).toBe(true) // a compatibility ideograph (U+FA11)
    expect(isIdeographChar('々')).toBe(true)
    expect(isIdeographChar('，')).toBe(false)
    expect(isIdeographChar('A')).toBe(false)
  })

  it('is false past the end of a string and for an empty one', () => {
    expect(isIdeograph('政'.charCodeAt(1))).toBe(false)
    expect(isIdeographChar('')).toBe(false)
    expect(isIdeographChar(undefined)).toBe(false)
  })
})
