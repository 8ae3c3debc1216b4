import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { compareDocument, evaluate, formatText, GoldFileSchema, type GoldPart } from '../../src/eval/index.js'

const ROOT = new URL('../..', import.meta.url).pathname
const COLOPHON = 'test/fixtures/formats/pkulaw/colophon-split.txt'
const HISTORY = 'test/fixtures/formats/history/cn-approved.txt'
const part = (meta: GoldPart['meta']): GoldPart => ({ meta, tasks: [], stages: [] })

describe('scorer: 版记 and history fields, scored only where the gold has the key', () => {
  const colophon = parse(readFileSync(join(ROOT, COLOPHON)))
  const history = parse(readFileSync(join(ROOT, HISTORY)))

  it('printedDate and printedBy as single values, copyTo as a set of units', () => {
    const c = compareDocument(part({ printedDate: '2019-01-01', printedBy: '国务院办公厅', copyTo: ['党中央各部门', '国家监委', '中央军委办公厅等'] }), colophon)
    expect(c.counts.printedDate).toEqual({ tp: 1, fp: 0, fn: 0 })
    expect(c.counts.printedBy).toEqual({ tp: 0, fp: 1, fn: 1 }) // parsed 国务院办公厅秘书局
    expect(c.counts.copyTo).toEqual({ tp: 3, fp: 4, fn: 0 }) // 等 dropped as for units
  })

  it('history as (date, action) pairs', () => {
    const c = compareDocument(
      part({
        history: [
          { date: '2016-03-15', action: '通过' },
          { date: '2016-03-31', action: '通过' },
          { date: '2016-04-15', action: '公布' },
        ],
      }),
      history,
    )
    expect(c.counts.history).toEqual({ tp: 2, fp: 1, fn: 1 })
    expect(c.mismatches.filter((m) => m.field === 'history').map((m) => `${m.kind} ${m.item}`)).toEqual(['fp 2016-03-31 批准', 'fn 2016-03-31 通过'])
  })

  it('leaves the fields unscored without the key; [] / null in the gold means none', () => {
    const none = compareDocument(part({ title: null }), colophon)
    for (const f of ['printedDate', 'printedBy', 'copyTo', 'history'] as const) expect(none.counts[f]).toEqual({ tp: 0, fp: 0, fn: 0 })
    const empty = compareDocument(part({ copyTo: [], history: [], printedDate: null }), colophon)
    expect(empty.counts.copyTo.fp).toBe(7)
    expect(empty.counts.printedDate).toEqual({ tp: 0, fp: 1, fn: 0 })
    expect(empty.counts.history).toEqual({ tp: 0, fp: 0, fn: 0 })
  })

  it('rejects an action outside the vocabulary', () => {
    expect(GoldFileSchema.safeParse({ file: 'x', meta: { history: [{ date: null, action: '修订' }] }, tasks: [], stages: [] }).success).toBe(false)
  })

  it('lists the new columns only when a gold file annotates them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gold-'))
    writeFileSync(join(dir, 'colophon.json'), JSON.stringify({ file: COLOPHON, meta: { printedDate: '2019-01-01', copyTo: ['国家监委'] }, tasks: [], stages: [] }))
    const report = evaluate(dir, { root: ROOT })
    expect(report.fields).toEqual(['title', 'docType', 'docNumber', 'signedDate', 'publishedDate', 'issuers', 'roles', 'deadlines', 'stages', 'printedDate', 'copyTo'])
    expect(report.overall.printedDate.f1).toBe(1)
    expect(formatText(report)).toMatch(/^printed\s+1\s+1\s+1\s/m)
    expect(evaluate(join(ROOT, 'test/gold'), { root: ROOT }).fields).not.toContain('history')
  })
})
