import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FileSink } from '../../src/batch/output.js'
import { keyHash } from '../../src/batch/journal.js'
import type { PipelineItem } from '../../src/batch/pipeline.js'

let tmp: string
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gongwen-journal-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const titles = [
  '国务院关于印发“十四五”节能减排综合工作方案的通知',
  '国务院办公厅关于2019年部分节假日安排的通知',
  '稽勋委员会组织条例',
  '深圳市宝安区法治城区建设工作方案',
  '关于加强化学武器管理的通知',
]
const item = (n: number): PipelineItem => {
  const input = `archive/${n}.txt`
  const json = new TextEncoder().encode(JSON.stringify({ input, ok: true, document: { meta: { title: titles[n] } } }))
  return { seq: n, key: `/abs/${input}:${n}`, bytes: json.length, result: { input, ok: true, json } }
}

describe('progress journal after a power loss mid-append', () => {
  it('a torn last line is cut off on resume: the next entry survives and no record is written twice', async () => {
    const out = join(tmp, 'torn.jsonl')
    const settings = { inputs: ['archive'] }
    const first = new FileSink({ path: out, format: 'jsonl', resume: false, settings })
    await first.open()
    for (const n of [0, 1, 2]) await first.write(item(n))
    await first.abort()
    // power loss while appending the entry of a fourth record: half a line, no newline
    appendFileSync(out + '.progress', keyHash('/abs/archive/3.txt:3').slice(0, 9))

    const second = new FileSink({ path: out, format: 'jsonl', resume: true, settings })
    const done2 = await second.open()
    expect([...done2.keys()]).toEqual([0, 1, 2].map((n) => keyHash(item(n).key)))
    await second.write(item(3))
    await second.abort()

    // every journal line is whole and well-formed
    const journal = readFileSync(out + '.progress', 'latin1').split('\n')
    expect(journal.pop()).toBe('')
    expect(journal.slice(1).every((l) => /^[A-Za-z0-9_-]{22} \d+$/.test(l))).toBe(true)

    const third = new FileSink({ path: out, format: 'jsonl', resume: true, settings })
    const done3 = await third.open()
    expect(done3.has(keyHash(item(3).key))).toBe(true)
    // the pipeline skips what the journal names and runs the rest
    for (const n of [0, 1, 2, 3, 4]) if (!done3.has(keyHash(item(n).key))) await third.write(item(n))
    await third.finish()
    const records = readFileSync(out, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { input: string }).input)
    expect(records).toEqual(['archive/0.txt', 'archive/1.txt', 'archive/2.txt', 'archive/3.txt', 'archive/4.txt'])
  })

  it('an unparsable tail ending in a newline is cut too', async () => {
    const out = join(tmp, 'garbage.jsonl')
    const settings = { inputs: ['archive'] }
    const first = new FileSink({ path: out, format: 'jsonl', resume: false, settings })
    await first.open()
    await first.write(item(0))
    await first.abort()
    appendFileSync(out + '.progress', '\u0000\u0000\u0000\n')
    const second = new FileSink({ path: out, format: 'jsonl', resume: true, settings })
    await second.open()
    await second.write(item(1))
    await second.abort()
    const third = new FileSink({ path: out, format: 'jsonl', resume: true, settings })
    const done = await third.open()
    expect(done.size).toBe(2)
    await third.finish()
    expect(readFileSync(out, 'utf8').split('\n').filter(Boolean)).toHaveLength(2)
  })
})

describe('directory output names across a resume', () => {
  it('a name taken before the interruption is not reused after it', async () => {
    const { DirSink } = await import('../../src/batch/output.js')
    const dir = join(tmp, 'names')
    const settings = { inputs: ['archive'] }
    const rec = (input: string, seq: number): PipelineItem => {
      const json = new TextEncoder().encode(JSON.stringify({ input, ok: true, document: { meta: { title: titles[seq] } } }))
      return { seq, key: `k:${input}`, bytes: json.length, result: { input, ok: true, json } }
    }
    const first = new DirSink(dir, false, settings)
    await first.open()
    await first.write(rec('docs/通知.txt', 0))
    await first.abort()
    const second = new DirSink(dir, true, settings)
    const done = await second.open()
    expect(done.size).toBe(1)
    // `../docs/通知.txt` mirrors to the same name: it must not overwrite the first record
    await second.write(rec('../docs/通知.txt', 1))
    await second.finish()
    const a = JSON.parse(readFileSync(join(dir, 'docs/通知.txt.json'), 'utf8')) as { input: string }
    expect(a.input).toBe('docs/通知.txt')
    const moved = readdirSync(join(dir, 'docs')).find((f) => f !== '通知.txt.json')!
    expect(moved).toMatch(/^通知\.txt~[0-9a-f]{8}\.json$/)
    const b = JSON.parse(readFileSync(join(dir, 'docs', moved), 'utf8')) as { input: string; file: string; document: { meta: { title: string } } }
    expect(b).toMatchObject({ input: '../docs/通知.txt', file: `docs/${moved}`, document: { meta: { title: titles[1] } } })
  })
})

describe('a file sink writes its records in pieces', () => {
  // records of a made-up archive: 30 KB of JSON each, as a bulk document's record is
  const big = (n: number): PipelineItem => {
    const input = `county/notice-${n}.txt`
    const json = new TextEncoder().encode(JSON.stringify({ input, ok: true, document: { meta: { title: `某县第${n}号通知` }, pad: 'x'.repeat(30_000) } }))
    return { seq: n, key: `/abs/${input}:${n}`, bytes: json.length, result: { input, ok: true, json } }
  }
  const size = (path: string) => readFileSync(path).length
  const journalEnds = (path: string) =>
    readFileSync(path, 'latin1')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => Number(l.split(' ')[1]))

  it('holds records back until about WRITE_BYTES, and never journals a record the file does not hold', async () => {
    const { WRITE_BYTES } = await import('../../src/batch/output.js')
    const out = join(tmp, 'pieces.jsonl')
    const sink = new FileSink({ path: out, format: 'jsonl', resume: false, settings: { inputs: ['county'] } })
    await sink.open()
    const expected: string[] = []
    let given = 0
    let writesSeen = 0
    let last = 0
    for (let n = 0; n < 80; n++) {
      const it = big(n)
      await sink.write(it)
      expected.push(new TextDecoder().decode(it.result!.json))
      given += it.result!.json.length + 1
      const onDisk = size(out)
      // what is on disk is whole records, and lags what was given by less than a piece
      expect(given - onDisk).toBeLessThan(WRITE_BYTES)
      if (onDisk !== last) writesSeen++
      last = onDisk
      for (const end of journalEnds(out + '.progress')) expect(end).toBeLessThanOrEqual(onDisk)
    }
    expect(writesSeen).toBeGreaterThan(0)
    expect(writesSeen).toBeLessThan(10)
    await sink.abort()
    // an interrupted run leaves every record it was given written and journaled
    expect(size(out)).toBe(given)
    expect(journalEnds(out + '.progress').at(-1)).toBe(given)
    expect(readFileSync(out, 'utf8')).toBe(expected.map((l) => l + '\n').join(''))
  })

  it('a finished file is the records in order, whatever the piece boundaries', async () => {
    const out = join(tmp, 'pieces-finished.json')
    const sink = new FileSink({ path: out, format: 'json', resume: false, settings: { inputs: ['county'] } })
    await sink.open()
    for (let n = 0; n < 45; n++) await sink.write(big(n))
    await sink.finish()
    const records = JSON.parse(readFileSync(out, 'utf8')) as Array<{ input: string }>
    expect(records.map((r) => r.input)).toEqual(Array.from({ length: 45 }, (_, n) => `county/notice-${n}.txt`))
  })
})
