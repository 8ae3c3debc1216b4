/**
 * The metadata audit (issue 11; scripts/audit-meta.ts, test/gold/audit/README.md "Metadata audit"): the reader's
 * judgments of 60 documents drawn blind from the whole corpus are the gold, and round 2's of 40 more (meta2.tsv).
 * Parses only the judged documents; fails when the pooled six-field F1 or a field's F1 falls below
 * test/gold/audit/recorded.json `meta` (round 1) or `meta2` (round 2).
 * The bulk files live outside the repository (../shared/corpus/bulk, or GONGWEN_BULK): without them the
 * test is skipped, not passed.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { AUDIT, STRATA } from '../../scripts/audit-deadlines.js'
import { belowRecorded, type MetaScore, quotas, ROUNDS, readJudgments, score } from '../../scripts/audit-meta.js'

const bulk = process.env.GONGWEN_BULK ?? fileURLToPath(new URL('../../../shared/corpus/bulk', import.meta.url))
const haveBulk = STRATA.filter((s) => s !== 'seeds' && s !== 'policy').every((s) => existsSync(join(bulk, `${s}.jsonl.gz`)))

describe('metadata audit', () => {
  it('quotas: at least 8 a stratum (all of a smaller one), the rest by size', () => {
    const q = quotas([5, 255, 55, 200, 87, 3475, 11545], 60, 8)
    expect(q).toEqual([5, 8, 8, 8, 8, 10, 13])
    expect(q.reduce((a, b) => a + b, 0)).toBe(60)
  })

  it('reads the judgments: 60 documents, `-` leaves a field unscored, `null` / `[]` mean none printed', () => {
    const js = readJudgments()
    expect(js).toHaveLength(60)
    expect(new Set(js.map((j) => j.id)).size).toBe(60)
    const cut = js.find((j) => j.id === 'corpus/policy/politic_analysis_2025__central_046.txt')!
    expect('title' in cut.meta).toBe(false)
    expect(cut.meta.signedDate).toBeNull()
    expect(cut.meta.issuers).toEqual([])
    expect(js.find((j) => j.id.startsWith('corpus/seeds/000_'))!.meta.issuers).toEqual(['中共深圳市委办公厅', '深圳市人民政府办公厅'])
  })

  it('belowRecorded names the pooled figure and each field that fell', () => {
    const c = (tp: number, fp: number, fn: number) => ({ tp, fp, fn })
    const perfect: MetaScore = {
      fields: { title: c(50, 0, 0), docType: c(57, 0, 0), docNumber: c(14, 0, 0), signedDate: c(17, 0, 0), publishedDate: c(27, 0, 0), issuers: c(42, 0, 0) },
      strata: {},
      pooled: c(207, 0, 0),
      documents: 60,
      mismatches: [],
    }
    expect(belowRecorded(perfect)).toEqual([])
    const low = { ...perfect, fields: { ...perfect.fields, issuers: c(0, 42, 42) }, pooled: c(165, 42, 42) }
    expect(belowRecorded(low).map((m) => m.split(' ')[0])).toEqual(['pooled', 'issuers'])
  })

  it.skipIf(!haveBulk)(
    'holds the six fields at the recorded figures',
    async () => {
      const s = await score()
      expect(s.documents).toBe(60)
      expect(belowRecorded(s)).toEqual([])
    },
    240_000,
  )
})

describe('metadata audit, round 2', () => {
  it('draws 40 others: 5 a stratum at least, the rest by size, none of round 1', () => {
    // (the sizes less round 1's draw; the seeds, all drawn, give none)
    expect(quotas([0, 247, 47, 192, 79, 3465, 11532], 40, ROUNDS[2].floor)).toEqual([0, 5, 5, 5, 5, 7, 13])
    const one = new Set(readJudgments().map((j) => j.id))
    const two = readJudgments(join(AUDIT, ROUNDS[2].tsv))
    expect(two).toHaveLength(40)
    expect(two.filter((j) => one.has(j.id))).toEqual([])
    // a body-only export: no title, the genre from its body; a report's issuers not judged
    expect(two.find((j) => j.id.endsWith('central_050.txt'))!.meta).toMatchObject({ title: null, docType: '指导意见', issuers: [] })
    expect('issuers' in two.find((j) => j.id.includes('government_1981'))!.meta).toBe(false)
  })

  it.skipIf(!haveBulk)(
    'holds the six fields at the recorded figures',
    async () => {
      const s = await score(readJudgments(join(AUDIT, ROUNDS[2].tsv)))
      expect(s.documents).toBe(40)
      expect(belowRecorded(s, ROUNDS[2].key)).toEqual([])
    },
    240_000,
  )
})
