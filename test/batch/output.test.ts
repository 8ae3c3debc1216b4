import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { Progress, formatSummary } from '../../src/batch/progress.js'
import { FileSink, DirSink, safeRelative } from '../../src/batch/output.js'
import { keyHash, readJournal, SettingsMismatch } from '../../src/batch/journal.js'
import { failure } from '../../src/batch/process.js'
import type { PipelineItem } from '../../src/batch/pipeline.js'
import type { WorkResult } from '../../src/batch/types.js'

let tmp: string
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gongwen-sink-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const okResult = (input: string, title: string, diagnostics: Record<string, number> = {}): WorkResult => ({
  input,
  ok: true,
  json: new TextEncoder().encode(JSON.stringify({ input, ok: true, document: { meta: { title } } })),
  diagnostics,
})
const item = (seq: number, result: WorkResult | null, bytes = 1000): PipelineItem => ({ seq, key: `k${seq}`, bytes, result })

class Capture extends Writable {
  text = ''
  columns = 100
  _write(chunk: Buffer, _enc: string, cb: () => void) {
    this.text += chunk.toString()
    cb()
  }
}

describe('progress', () => {
  it('draws a bar with files, MB/s, ETA and failures on a TTY, then the summary', () => {
    const out = new Capture()
    const p = new Progress(out, 'bar', 0)
    p.setTotal(4)
    p.add(item(0, okResult('a', '国务院办公厅关于2019年部分节假日安排的通知', { 'line-joined': 2 })))
    p.add(item(1, failure('b', 'binary', 'input is a PNG file, not text')))
    expect(out.text).toMatch(/\r\x1b\[K[█░]+ 2\/4 files {2}[\d.]+ MB\/s {2}ETA \d+s {2}failed 1/)
    p.add(item(2, null))
    p.add(item(3, okResult('d', '稽勋委员会组织条例', { 'line-joined': 1, 'script-converted': 1 })))
    const s = p.finish()
    expect(s).toMatchObject({ inputs: 4, ok: 2, failed: 1, resumed: 1, failuresByCode: { binary: 1 }, diagnosticsByCode: { 'line-joined': 3, 'script-converted': 1 }, bytes: 3000 })
    expect(out.text).toContain('gongwen batch: 4 inputs, 2 ok, 1 failed, 1 done before resume in ')
    // the summary names the failed input under its code
    expect(out.text).toContain('  failed: binary 1\n    b: binary\n  diagnostics: line-joined 3, script-converted 1\n')
  })

  it('writes plain periodic lines off a TTY, nothing when quiet', () => {
    const lines = new Capture()
    const p = new Progress(lines, 'lines', 0)
    p.add(item(0, okResult('a', 'x')))
    expect(lines.text).toMatch(/^gongwen batch: 1 files, [\d.]+ MB\/s, failed 0\n$/)
    const quiet = new Capture()
    const q = new Progress(quiet, 'quiet', 0)
    q.add(item(0, okResult('a', 'x')))
    q.finish()
    expect(quiet.text).toBe('')
    expect(formatSummary({ ...q.summary(), wallMs: 2000, bytes: 4_000_000, mbPerSecond: 2 })).toContain('1 inputs, 1 ok, 0 failed in 2.0 s (4.0 MB, 2.00 MB/s)')
  })
})

describe('file sink and journal', () => {
  const settings = { format: 'jsonl', ordered: true }

  it('truncates a half-written record on resume and skips journaled inputs', async () => {
    const path = join(tmp, 'out.jsonl')
    const sink = new FileSink({ path, format: 'jsonl', resume: false, settings })
    expect((await sink.open()).size).toBe(0)
    await sink.write(item(0, okResult('一.txt', '一')))
    await sink.write(item(1, okResult('二.txt', '二')))
    await sink.abort()
    const good = readFileSync(path, 'utf8')
    // a crash in the middle of the third record
    writeFileSync(path, good + '{"input":"三.txt","ok":tr')
    const resumed = new FileSink({ path, format: 'jsonl', resume: true, settings })
    const done = await resumed.open()
    expect([...done.keys()].sort()).toEqual([keyHash('k0'), keyHash('k1')].sort())
    await resumed.write(item(2, okResult('三.txt', '三')))
    await resumed.finish()
    expect(
      readFileSync(path, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).input),
    ).toEqual(['一.txt', '二.txt', '三.txt'])
    expect(existsSync(path + '.progress')).toBe(false)
  })

  it('refuses to resume with other settings and ignores a cut journal line', async () => {
    const path = join(tmp, 'out2.json')
    const sink = new FileSink({ path, format: 'json', resume: false, settings })
    await sink.open()
    await sink.write(item(0, okResult('一.txt', '一')))
    await sink.abort()
    writeFileSync(path + '.progress', readFileSync(path + '.progress', 'utf8') + 'abc')
    await expect(readJournal(path + '.progress', { ...settings, ordered: false })).rejects.toBeInstanceOf(SettingsMismatch)
    const state = await readJournal(path + '.progress', settings)
    expect(state?.count).toBe(1)
    const resumed = new FileSink({ path, format: 'json', resume: true, settings })
    await resumed.open()
    await resumed.write(item(1, okResult('二.txt', '二')))
    await resumed.finish()
    expect(JSON.parse(readFileSync(path, 'utf8')).map((r: { input: string }) => r.input)).toEqual(['一.txt', '二.txt'])
  })

  it('directory output: one JSON file per input, mirroring input paths', async () => {
    const dir = join(tmp, 'dir')
    const sink = new DirSink(dir, false, settings)
    await sink.open()
    await sink.write(item(0, okResult('test/fixtures/batch/inputs/three.jsonl.gz#mojlaw_tw/A0000003_憲法實施之準備程序.txt', '宪法实施之准备程序')))
    await sink.write(item(1, failure('../etc/empty.txt', 'empty', 'input is empty')))
    await sink.finish()
    const a = JSON.parse(readFileSync(join(dir, 'test/fixtures/batch/inputs/three.jsonl.gz/mojlaw_tw/A0000003_憲法實施之準備程序.txt.json'), 'utf8'))
    expect(a.document.meta.title).toBe('宪法实施之准备程序')
    expect(JSON.parse(readFileSync(join(dir, 'etc/empty.txt.json'), 'utf8')).error.code).toBe('empty')
    expect(safeRelative('/abs/x.jsonl:3')).toBe(join('abs', 'x.jsonl', '3'))
    expect(safeRelative('../../x.txt')).toBe('x.txt')
  })
})
