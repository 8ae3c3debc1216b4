import { describe, expect, it } from 'vitest'
import rulesFile from '../../../grammars/time/rules.json' with { type: 'json' }
import { canonicalize } from '../../../src/extract/time/canon.js'
import { READERS, isTimeStart, openReaders } from '../../../src/extract/time/grammar/registry.js'
import type { Expr, TimeReader } from '../../../src/extract/time/grammar/types.js'

const readers: readonly TimeReader[] = READERS

/** Every expression `reader` finds in `text`, trying each position. */
function readAll(reader: TimeReader, text: string): Expr[] {
  const read = reader.open(text)
  const found: Expr[] = []
  for (let at = 0; at < text.length; at++) {
    const result = read(at)
    if (result && !('noun' in result)) found.push(result)
  }
  return found
}

describe('time reader registry (src/extract/time/grammar/registry.ts)', () => {
  it('every rule of grammars/time/rules.json is declared by exactly one reader', () => {
    for (const rule of rulesFile.rules) {
      const owners = readers.filter((reader) => reader.rules.includes(rule.id)).map((reader) => reader.name)
      expect(owners, rule.id).toHaveLength(1)
    }
  })

  it('each reader produces the rules it declares: the rule example, read by that reader alone', () => {
    for (const reader of readers) {
      for (const id of reader.rules) {
        const rule = rulesFile.rules.find((r) => r.id === id)!
        const text = canonicalize(rule.example).text
        const rules = readAll(reader, text).map((expr) => expr.rule)
        expect(rules, `${reader.name}: ${rule.example}`).toContain(id)
      }
    }
  })

  it('every start word of every reader can start an expression, and the reader is tried there', () => {
    for (const reader of readers) {
      for (const word of reader.startWords) expect(isTimeStart(word.charCodeAt(0)), `${reader.name}: ${word}`).toBe(true)
    }
    // characters no reader starts with are skipped
    for (const ch of '的和。，a') expect(isTimeStart(ch.charCodeAt(0)), ch).toBe(false)
  })

  it('dispatch follows the configured order: an anchor before a date, a recurring date before its month', () => {
    const anchored = openReaders('自印发之日起30日内')(0)
    expect(anchored && !('noun' in anchored) ? anchored.rule : undefined).toBe('anchor.duration')
    const recurring = openReaders('每年2月底前')(0)
    expect(recurring && !('noun' in recurring) ? recurring.rule : undefined).toBe('recurring')
    // 十三五 is a plan name, not the numerals 十三 + 五
    const plan = openReaders('“十三五”期间')(0)
    expect(plan && !('noun' in plan) ? plan.rule : undefined).toBe('plan.five-year')
  })

  it('a noun year (2015年度…) comes back as a year, not an expression', () => {
    expect(openReaders('2015年度工作要点')(0)).toEqual({ noun: true, year: 2015, end: 6 })
  })
})
