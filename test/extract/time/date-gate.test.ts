import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { canonicalize } from '../../../src/extract/time/canon.js'
import { DateGate, readDate } from '../../../src/extract/time/grammar/dates.js'
import { rocDocument, whileScanningRoc } from '../../../src/extract/time/grammar/units.js'
import { scanTime } from '../../../src/extract/time/scan.js'
import { repoTextFiles } from '../../helpers.js'

// The date reader runs only where DateGate.canStart says a date can start. After an ASCII digit run the
// gate reads the follower: a day unit lets the reader run only after three or four digits (615日, a lost 月),
// a line break only before 年 (2022⏎年底), a point or slash only between a four-digit year and a digit
// (2013.03.15). The test holds the gate to the reader itself: at every ASCII
// digit of the corpus and blind documents (their canonical text), wherever readDate finds something the
// gate lets it run.
const ROOT = new URL('../../../', import.meta.url)
const DOCS = [...repoTextFiles('corpus/seeds/'), ...repoTextFiles('corpus/policy/'), ...repoTextFiles('test/gold/blind/texts/')]
const isDigit = (code: number) => code >= 0x30 && code <= 0x39

describe('date reader gate (dates.ts DateGate, the follower of an ASCII run)', () => {
  it('refuses a page number before a line break and a short number before 号, which no date form reads', () => {
    const page = canonicalize('详见附件第469\n\n页').text
    expect(new DateGate(page).canStart(page.indexOf('469'))).toBe(false)
    const serial = canonicalize('（国发〔2017〕35号）').text
    expect(new DateGate(serial).canStart(serial.indexOf('35'))).toBe(false)
  })

  it('refuses a decimal and a short number before a slash, and a year before a point with no digit after', () => {
    const decimal = canonicalize('增长1.5倍').text
    expect(new DateGate(decimal).canStart(decimal.indexOf('1.5'))).toBe(false)
    const slash = canonicalize('每班12/24小时').text
    expect(new DateGate(slash).canStart(slash.indexOf('12/'))).toBe(false)
    const sentence = canonicalize('截至2020.').text
    expect(new DateGate(sentence).canStart(sentence.indexOf('2020'))).toBe(false)
    const numeric = canonicalize('印发日期：2013.03.15').text
    expect(new DateGate(numeric).canStart(numeric.indexOf('2013'))).toBe(true)
    expect(scanTime('2013.03.15前完成').matches.map((m) => m.deadline.date)).toEqual(['2013-03-15'])
  })

  it('still lets through a year cut from its 年 and a day whose 月 was lost', () => {
    const wrapped = canonicalize('截至2022\n年底，完成改造').text
    expect(new DateGate(wrapped).canStart(wrapped.indexOf('2022'))).toBe(true)
    expect(scanTime('截至2022\n年底，完成改造').matches.map((m) => m.deadline.date)).toEqual(['2022-12-31'])
    const lost = canonicalize('于615日前完成').text
    expect(new DateGate(lost).canStart(lost.indexOf('615'))).toBe(true)
  })

  it('never refuses a position where the reader finds a date, at every ASCII digit of the corpus and blind documents', () => {
    let digits = 0
    let found = 0
    const refused: string[] = []
    for (const path of DOCS) {
      const input = readFileSync(new URL(path, ROOT), 'utf8')
      const text = canonicalize(input).text
      const gate = new DateGate(text)
      whileScanningRoc(text, rocDocument(input), () => {
        for (let at = 0; at < text.length; at++) {
          if (!isDigit(text.charCodeAt(at))) continue
          digits++
          const open = gate.canStart(at)
          if (!readDate(text, at)) continue
          found++
          if (!open) refused.push(`${path}@${at}: ${JSON.stringify(text.slice(at, at + 12))}`)
        }
      })
    }
    expect(digits).toBeGreaterThan(30_000)
    expect(found).toBeGreaterThan(1_000)
    expect(refused).toEqual([])
  })
})
