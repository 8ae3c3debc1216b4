import { describe, expect, it } from 'vitest'
import { dateAfterSentence } from '../../src/segment/signature-date.js'

const line = (text: string) => ({ start: 10, end: 10 + text.length, text })

describe('a 成文日期 run onto the closing sentence', () => {
  it('splits the sentence from the date in Chinese numerals at the end of the line', () => {
    const got = dateAfterSentence(line('请各单位认真抓好落实。  二〇一一年三月九日'))
    expect(got?.sentence.text).toBe('请各单位认真抓好落实。')
    expect(got?.date).toEqual({ start: 10 + 13, end: 10 + 22, text: '二〇一一年三月九日' })
  })
  it('reads nothing from a line that does not end with its 日 (such a line is not read from its start)', () => {
    expect(dateAfterSentence(line('请各单位认真抓好落实。二〇一一年三月九日印发'))).toBeNull()
    expect(dateAfterSentence(line(`一、${'、'.repeat(5000)}`))).toBeNull()
  })
})
