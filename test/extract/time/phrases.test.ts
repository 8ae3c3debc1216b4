import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import rules from '../../../grammars/time/rules.json' with { type: 'json' }
import { canonicalize } from '../../../src/extract/time/canon.js'
import { scanTime } from '../../../src/extract/time/scan.js'
import { readPhrases } from './phrase-corpus.js'

const rows = readPhrases()
const corpus = new URL('../../../corpus/', import.meta.url)

describe('time phrase corpus (test/fixtures/time-phrases.tsv)', () => {
  it('has at least 60 rows and covers every grammar rule', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60)
    const covered = new Set(rows.map((r) => r.rule))
    for (const r of rules.rules) expect(covered.has(r.id), `no phrase row for rule ${r.id}`).toBe(true)
  })

  it('quotes the corpus: every seed/policy row is found in its file (up to punctuation width)', () => {
    const seeds = readdirSync(new URL('seeds/', corpus))
    for (const r of rows) {
      let file: URL | undefined
      if (r.source.startsWith('seed:')) file = new URL(`seeds/${seeds.find((f) => f.startsWith(r.source.slice(5) + '_'))}`, corpus)
      else if (r.source.startsWith('policy:')) file = new URL(`policy/${r.source.slice(7)}`, corpus)
      if (!file) continue
      const text = canonicalize(readFileSync(file, 'utf8')).text
      expect(text.includes(canonicalize(r.input).text), `line ${r.line}: "${r.input}" not in ${r.source}`).toBe(true)
    }
  })

  for (const r of rows) {
    it(`line ${r.line}: ${r.input}`, () => {
      const { matches } = scanTime(r.input, { referenceDate: r.ref })
      if (r.raw === null) {
        expect(matches.map((m) => m.deadline.raw)).toEqual([])
        return
      }
      const m = matches.find((x) => x.deadline.raw === r.raw)
      expect(m, `no match "${r.raw}" among ${JSON.stringify(matches.map((x) => x.deadline.raw))}`).toBeDefined()
      const d = m!.deadline
      expect({
        kind: d.kind,
        date: d.date ?? null,
        start: d.start ?? null,
        end: d.end ?? null,
        precision: d.precision,
        inferred: d.inferred?.year ?? null,
        rule: m!.rule,
      }).toEqual({ kind: r.kind, date: r.date, start: r.start, end: r.end, precision: r.precision, inferred: r.inferred, rule: r.rule })
      // offsets point at the raw words in the input
      expect(r.input.slice(m!.index, m!.end)).toBe(r.raw)
    })
  }
})
