/**
 * GONGWEN_BATCH_PROFILE: the per-thread figures the batch benches read (bench/lib/batch-run.mjs).
 * Real batches over the corpus's policy documents, JSON Lines and SQLite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { batch, lines, records, repo } from './helpers.js'

interface ProfileLine {
  role: 'main' | 'worker' | 'sqlite-writer' | 'segmenter'
  tid: number
  cpuSeconds: number
  startCpuSeconds: number
  units: number
  busySeconds: number
  waitSeconds: number
  bytesOut: number
  heapPeakMB: number
  steps?: Record<string, number>
  segmenterCalls?: number
  answered?: number
}

let tmp: string
// the policy folder's documents (MANIFEST.tsv and _meta.jsonl are not inputs)
const inputs = readdirSync(join(repo, 'corpus', 'policy')).filter((n) => n.endsWith('.txt')).length
const profileOf = (file: string) => lines(file).map((l) => JSON.parse(l) as ProfileLine)

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gongwen-profile-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('batch profile', () => {
  it('JSON Lines, 2 workers: one line for the main thread, one per worker and one for the segmenter thread; the workers did every input', async () => {
    const out = join(tmp, 'policy.jsonl')
    const profile = join(tmp, 'jsonl.profile')
    const r = await batch(['corpus/policy', '--out', out, '--jobs', '2', '-q'], { GONGWEN_BATCH_PROFILE: profile })
    expect(r.code).toBe(0)
    const recs = records(out)
    expect(recs).toHaveLength(inputs)
    const p = profileOf(profile)
    const main = p.filter((l) => l.role === 'main')
    const workers = p.filter((l) => l.role === 'worker')
    expect(main).toHaveLength(1)
    expect(main[0].units).toBe(inputs)
    expect(workers).toHaveLength(2)
    expect(workers[0].units + workers[1].units).toBe(inputs)
    // the shared word segmenter's thread answered every question the workers had answered
    const segmenter = p.filter((l) => l.role === 'segmenter')
    expect(segmenter).toHaveLength(1)
    expect(segmenter[0].answered).toBeGreaterThan(0)
    expect(segmenter[0].answered).toBe(workers[0].segmenterCalls! + workers[1].segmenterCalls!)
    // distinct threads, each with its own CPU time (start-up included, and more than it)
    expect(new Set(p.map((l) => l.tid)).size).toBe(4)
    for (const w of workers) {
      expect(w.cpuSeconds).toBeGreaterThan(w.startCpuSeconds)
      expect(w.busySeconds).toBeGreaterThan(0)
      expect(w.heapPeakMB).toBeGreaterThan(1)
    }
    // what the workers sent is the output, byte for byte (plus one newline per record)
    expect(workers[0].bytesOut + workers[1].bytesOut + inputs).toBe(lines(out).reduce((n, l) => n + Buffer.byteLength(l) + 1, 0))
  }, 180_000)

  it('SQLite: the writer indexes clauses as it writes them by default, and at the end with --search-index end', async () => {
    const now = join(tmp, 'now.sqlite')
    const pNow = join(tmp, 'now.profile')
    expect((await batch(['corpus/policy', '--out', now, '--jobs', '2', '-q'], { GONGWEN_BATCH_PROFILE: pNow })).code).toBe(0)
    const wNow = profileOf(pNow).find((l) => l.role === 'sqlite-writer')!
    expect(wNow.units).toBe(inputs)
    expect(wNow.steps!.indexWhileWriting).toBeGreaterThan(0)
    expect(wNow.steps!.searchIndex).toBeUndefined()

    const end = join(tmp, 'end.sqlite')
    const pEnd = join(tmp, 'end.profile')
    expect((await batch(['corpus/policy', '--out', end, '--jobs', '2', '-q', '--search-index', 'end'], { GONGWEN_BATCH_PROFILE: pEnd })).code).toBe(0)
    const wEnd = profileOf(pEnd).find((l) => l.role === 'sqlite-writer')!
    expect(wEnd.steps!.indexWhileWriting).toBe(0)
    expect(wEnd.steps!.searchIndex).toBeGreaterThan(0)
  }, 240_000)
})
