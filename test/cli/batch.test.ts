import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { batch, finish, lines, start } from '../batch/helpers.js'

const inputs = 'test/fixtures/batch/inputs'
let tmp: string

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gongwen-batch-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** Starts a batch and kills it once its output holds at least `records` complete lines. */
async function interrupt(args: string[], out: string, records: number, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const child = start(args)
  const done = finish(child)
  const timer = setInterval(() => {
    const size = existsSync(out) ? statSync(out).size : 0
    if (size > 0 && readFileSync(out, 'utf8').split('\n').length - 1 >= records) {
      child.kill(signal)
      clearInterval(timer)
    }
  }, 10)
  const r = await done
  clearInterval(timer)
  return r
}

describe('gongwen batch on the fixture folder', () => {
  it('writes one record per input, names the failures, exits 1', async () => {
    const out = join(tmp, 'fixtures.jsonl')
    const r = await batch([inputs, '--out', out, '--jobs', '2'])
    expect(r.code).toBe(1)
    const records = lines(out).map((l) => JSON.parse(l) as { input: string; ok: boolean; error?: { code: string } })
    expect(records).toHaveLength(13)
    const failed = Object.fromEntries(records.filter((x) => !x.ok).map((x) => [x.input.replace(`${inputs}/`, ''), x.error!.code]))
    expect(failed).toEqual({ 'empty.txt': 'empty', 'binary.txt': 'binary', 'big5-regulation.txt': 'invalid-encoding' })
    expect(r.stderr).toContain('13 inputs, 10 ok, 3 failed')
    expect(r.stderr).toMatch(/failed: binary 1, empty 1, invalid-encoding 1/)
    expect(r.stderr).toMatch(/diagnostics: .*truncated-input 1/)
    expect(existsSync(out + '.progress')).toBe(false)
  })

  it('writes json, csv and md with every input present', async () => {
    const json = join(tmp, 'fixtures.json')
    const csv = join(tmp, 'fixtures.csv')
    const md = join(tmp, 'fixtures.md')
    const [a, b, c] = await Promise.all([
      batch([inputs, '--out', json, '--jobs', '1', '--ordered', '-q']),
      batch([inputs, '--out', csv, '--jobs', '1', '--ordered', '-q']),
      batch([inputs, '-o', md, '-f', 'md', '--jobs', '1', '--ordered', '-q']),
    ])
    expect([a.code, b.code, c.code]).toEqual([1, 1, 1])
    expect(a.stderr + b.stderr + c.stderr).toBe('')
    const array = JSON.parse(readFileSync(json, 'utf8')) as Array<{ input: string; ok: boolean }>
    expect(array).toHaveLength(13)
    expect(array.filter((x) => x.ok)).toHaveLength(10)
    const csvLines = lines(csv)
    expect(csvLines[0]).toBe('\ufeffinput,ok,error,path,title,lead,responsible,participants,leaders,assessors,deadlines,document,line')
    expect(csvLines.some((l) => l.startsWith(`${inputs}/empty.txt,false,empty: input is empty`))).toBe(true)
    expect(csvLines.some((l) => l.startsWith(`${inputs}/gb18030-notice.txt,true,`))).toBe(true)
    const mdLines = lines(md)
    expect(mdLines[0]).toBe('| input | ok | error | path | title | lead | responsible | participants | leaders | assessors | deadlines | document | line |')
    for (const f of ['empty.txt', 'binary.txt', 'utf16-notice.txt', 'notice.html']) expect(mdLines.some((l) => l.startsWith(`| ${inputs}/${f} |`))).toBe(true)
  })

  it('refuses bad usage with exit 2', async () => {
    const runs = await Promise.all([batch([]), batch([inputs, '--format', 'xml']), batch([inputs, '--resume']), batch([inputs, '--jobs', '0']), batch([inputs, '--out', tmp + '/', '--format', 'csv'])])
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2, 2])
    expect(runs[2].stderr).toContain('--resume needs --out')
  })
})

describe('gongwen batch --resume after an interruption (corpus/, 260 documents)', () => {
  let reference: string

  beforeAll(async () => {
    const out = join(tmp, 'reference.jsonl')
    const r = await batch(['corpus', '--out', out, '--jobs', '2', '--ordered', '-q'])
    expect(r.code).toBe(0)
    reference = readFileSync(out, 'utf8')
    expect(lines(out)).toHaveLength(260)
  }, 120_000)

  it('SIGKILL twice, resume twice: the output equals the uninterrupted run byte for byte (--ordered)', async () => {
    const out = join(tmp, 'killed.jsonl')
    const args = ['corpus', '--out', out, '--jobs', '2', '--ordered', '-q']
    const first = await interrupt(args, out, 40, 'SIGKILL')
    expect(first.signal).toBe('SIGKILL')
    const afterFirst = lines(out).length
    expect(afterFirst).toBeGreaterThanOrEqual(40)
    expect(afterFirst).toBeLessThan(260)
    expect(existsSync(out + '.progress')).toBe(true)

    const second = await interrupt([...args, '--resume'], out, afterFirst + 60, 'SIGKILL')
    expect(second.signal).toBe('SIGKILL')
    expect(lines(out).length).toBeLessThan(260)

    const last = await batch([...args, '--resume'])
    expect(last.code).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(reference)
    expect(existsSync(out + '.progress')).toBe(false)
  }, 120_000)

  it('SIGKILL, resume unordered: the same records', async () => {
    const out = join(tmp, 'killed-unordered.jsonl')
    const args = ['corpus', '--out', out, '--jobs', '2', '-q']
    const first = await interrupt(args, out, 70, 'SIGKILL')
    expect(first.signal).toBe('SIGKILL')
    expect(lines(out).length).toBeLessThan(260)
    const last = await batch([...args, '--resume'])
    expect(last.code).toBe(0)
    expect(lines(out).sort()).toEqual(reference.split('\n').filter(Boolean).sort())
  }, 120_000)

  it('Ctrl-C stops cleanly with exit 130 and a hint; resume finishes; other settings are refused', async () => {
    const out = join(tmp, 'interrupted.jsonl')
    const args = ['corpus', '--out', out, '--jobs', '2', '--ordered']
    const first = await interrupt(args, out, 30, 'SIGINT')
    expect(first.code).toBe(130)
    expect(first.stderr).toContain('(interrupted)')
    expect(first.stderr).toContain('--resume')
    // a finished record is never half-written: the file ends at a line boundary
    expect(readFileSync(out, 'utf8').endsWith('\n')).toBe(true)

    const mismatch = await batch(['corpus', '--out', out, '--jobs', '2', '--resume', '-q'])
    expect(mismatch.code).toBe(2)
    expect(mismatch.stderr).toContain('cannot resume with different settings')

    const last = await batch([...args, '--resume', '-q'])
    expect(last.code).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(reference)
  }, 120_000)
})
