import { describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseBatch, type BatchInput, type BatchRecord } from '../../src/batch/index.js'

const here = join(import.meta.dirname, '..')
const inputs = join(here, 'fixtures', 'batch', 'inputs')
const corpus = join(here, '..', 'corpus')
const stub = pathToFileURL(join(here, 'fixtures', 'batch', 'parsers', 'stub-parse.ts')).href
const misbehaving = pathToFileURL(join(here, 'fixtures', 'batch', 'parsers', 'misbehaving-parse.ts')).href

async function collect(it: AsyncIterable<BatchRecord>): Promise<BatchRecord[]> {
  const out: BatchRecord[] = []
  for await (const r of it) out.push(r)
  return out
}

const name = (r: BatchRecord) => r.input.slice(inputs.length + 1)
const byName = (records: BatchRecord[]) => new Map(records.map((r) => [name(r), r]))
const ok = (r: BatchRecord | undefined) => {
  expect(r?.ok, JSON.stringify(r).slice(0, 300)).toBe(true)
  return (r as Extract<BatchRecord, { ok: true }>).document
}
const errorCode = (r: BatchRecord | undefined) => (r && !r.ok ? r.error.code : null)

describe('parseBatch on the fixture folder (real parser)', () => {
  let ordered: BatchRecord[] = []

  it('gives every input exactly one record, in input order, bad ones with their codes', async () => {
    ordered = await collect(parseBatch([inputs], { jobs: 2, ordered: true }))
    expect(ordered.map(name)).toEqual([
      'big5-regulation.txt',
      'binary.txt',
      'empty.txt',
      'gb18030-notice.txt',
      'notice.html',
      'notice.md',
      'three.jsonl.gz#mojlaw_tw/A0000003_憲法實施之準備程序.txt',
      'three.jsonl.gz#govcn_platform1/5_国务院关于促进综合保税区高水平开放高质量发展的若干意见.txt',
      'three.jsonl.gz#political_reports/government_None_第十四届全国人民代表大会第三次会议关于政府工作报告的决议.txt',
      'traditional-notice.txt',
      'truncated.txt',
      'utf16-notice.txt',
      'utf8-notice.txt',
    ])
    const m = byName(ordered)
    expect(errorCode(m.get('empty.txt'))).toBe('empty')
    expect(errorCode(m.get('binary.txt'))).toBe('binary')
    expect(errorCode(m.get('big5-regulation.txt'))).toBe('invalid-encoding')

    const gb = ok(m.get('gb18030-notice.txt'))
    expect(gb.source?.encoding).toBe('gb18030')
    expect(gb.meta.title).toBe('国务院办公厅关于2019年部分节假日安排的通知')
    expect(gb.meta.docNumber?.raw).toBe('国办发明电〔2018〕15号')

    const u16 = ok(m.get('utf16-notice.txt'))
    expect(u16.source?.encoding).toBe('utf-16le')
    expect(u16.meta.docNumber?.raw).toBe('国办发〔1996〕25号')

    const trad = ok(m.get('traditional-notice.txt'))
    expect(trad.source?.script).toBe('traditional')
    expect(trad.meta.title).toBe('稽勳委員會組織條例')

    const cut = ok(m.get('truncated.txt'))
    expect(cut.diagnostics.map((d) => d.code)).toContain('truncated-input')

    expect(ok(m.get('notice.md')).source?.format).toBe('markdown')
    expect(ok(m.get('notice.html')).source?.format).toBe('html')
    expect(ok(m.get('utf8-notice.txt')).meta.docNumber?.normalized).toBe('深办发〔2006〕12号')

    const gz = [...m.keys()].filter((k) => k.startsWith('three.jsonl.gz#')).map((k) => ok(m.get(k)))
    expect(gz.map((d) => d.meta.title)).toEqual(['憲法實施之準備程序', '国务院关于促进综合保税区高水平开放高质量发展的若干意见', '第十四届全国人民代表大会第三次会议关于政府工作报告的决议'])
  })

  it('gives the same records unordered and with one worker', async () => {
    const unordered = await collect(parseBatch([inputs], { jobs: 1 }))
    const key = (rs: BatchRecord[]) => rs.map((r) => JSON.stringify(r)).sort()
    expect(key(unordered)).toEqual(key(ordered))
  })
})

describe('parseBatch: failures stay with their input', () => {
  it('records a throwing parser, a crashed worker and a hung worker; the pool replaces the worker and goes on', async () => {
    const records = await collect(parseBatch([inputs], { jobs: 1, ordered: true, parseModule: misbehaving, timeoutMs: 4000 }))
    const m = byName(records)
    expect(records).toHaveLength(13)
    // 化学武器 → throws; 节假日安排 → process.exit in the worker; 污染源普查 → endless loop
    expect(m.get('utf16-notice.txt')).toMatchObject({ ok: false, error: { code: 'parse-exception' } })
    expect((m.get('utf16-notice.txt') as { error: { message: string } }).error.message).toContain('RangeError: stub parser refuses 化学武器')
    expect(m.get('gb18030-notice.txt')).toMatchObject({ ok: false, error: { code: 'worker-crash', message: 'worker exited with code 3' } })
    expect(m.get('notice.html')).toMatchObject({ ok: false, error: { code: 'timeout' } })
    // with a single worker, everything after the crash and the timeout ran on replacements
    expect(ok(m.get('notice.md')).meta.title).toBe('索 引 号：')
    expect(ok(m.get('utf8-notice.txt')).source?.encoding).toBe('utf-8')
    expect(records.filter((r) => r.ok)).toHaveLength(7)
  })

  it('reports a missing path as read-error and keeps going', async () => {
    const records = await collect(parseBatch([join(inputs, 'no-such-file.txt'), join(inputs, 'utf8-notice.txt')], { jobs: 1, parseModule: stub }))
    expect(records.map((r) => [name(r), r.ok ? 'ok' : r.error.code])).toEqual([
      ['no-such-file.txt', 'read-error'],
      ['utf8-notice.txt', 'ok'],
    ])
  })
})

describe('parseBatch with documents given directly', () => {
  const texts = ['seeds/000_092bc4e14f6ac43b.txt', 'seeds/001_54176d715e6bf35f.txt'].map((p) => readFileSync(join(corpus, p)))

  it('takes text and bytes, ids as inputs', async () => {
    const docs: BatchInput[] = [
      { id: 'seed-000', text: texts[0].toString('utf8') },
      { id: 'seed-001.txt', bytes: new Uint8Array(texts[1]) },
      { id: 'blank', text: ' \n' },
    ]
    const records = await collect(parseBatch(docs, { jobs: 2, ordered: true }))
    expect(records.map((r) => r.input)).toEqual(['seed-000', 'seed-001.txt', 'blank'])
    expect(ok(records[0]).meta.docNumber?.normalized).toBe('深办发〔2013〕3号')
    expect(ok(records[1]).meta.signedDate).toBe('2006-05-11')
    expect(errorCode(records[2])).toBe('empty')
  })

  it('pulls inputs only as fast as records are consumed (bounded memory)', async () => {
    let pulled = 0
    let consumed = 0
    let maxAhead = 0
    const jobs = 2
    async function* many(): AsyncGenerator<BatchInput> {
      for (let i = 0; i < 300; i++) {
        pulled++
        maxAhead = Math.max(maxAhead, pulled - consumed)
        yield { id: `doc-${i}`, text: `第${i}号\n一、总则` }
      }
    }
    for await (const r of parseBatch(many(), { jobs, parseModule: stub })) {
      expect(r.ok).toBe(true)
      consumed++
      if (consumed < 40) await new Promise((res) => setTimeout(res, 5))
    }
    expect(consumed).toBe(300)
    // at most 2×jobs running and 2×jobs finished-but-unread, plus the one being handed over
    expect(maxAhead).toBeLessThanOrEqual(4 * jobs + 1)
  })

  it('stops on abort: the iteration rejects with the reason and the workers end', async () => {
    const controller = new AbortController()
    async function* endless(): AsyncGenerator<BatchInput> {
      for (let i = 0; ; i++) yield { id: `doc-${i}`, text: `第${i}号` }
    }
    let seen = 0
    const run = (async () => {
      for await (const r of parseBatch(endless(), { jobs: 2, signal: controller.signal, parseModule: stub })) {
        expect(r.ok).toBe(true)
        if (++seen === 25) controller.abort(new Error('enough'))
      }
    })()
    await expect(run).rejects.toThrow('enough')
    expect(seen).toBe(25)
  })
})

describe('parseBatch: selecting inputs', () => {
  it('takes globs, and --include/--exclude filter directory walks', async () => {
    const names = async (args: string[], opts = {}) => (await collect(parseBatch(args, { jobs: 1, parseModule: stub, ordered: true, ...opts }))).map(name)
    expect(await names([`${inputs}/*.{md,html}`])).toEqual(['notice.html', 'notice.md'])
    expect(await names([`${inputs}/**/*notice*`], { exclude: ['utf*'] })).toEqual(['gb18030-notice.txt', 'notice.html', 'notice.md', 'traditional-notice.txt'])
    expect(await names([inputs], { exclude: ['*.txt'] })).toEqual([
      'notice.html',
      'notice.md',
      'three.jsonl.gz#mojlaw_tw/A0000003_憲法實施之準備程序.txt',
      'three.jsonl.gz#govcn_platform1/5_国务院关于促进综合保税区高水平开放高质量发展的若干意见.txt',
      'three.jsonl.gz#political_reports/government_None_第十四届全国人民代表大会第三次会议关于政府工作报告的决议.txt',
    ])
    expect(await names([inputs], { include: ['*.py'] })).toEqual([])
  })

  it('reads .gz documents by their inner extension and JSON Lines with bad lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-gz-'))
    try {
      const html = readFileSync(join(inputs, 'notice.html'))
      writeFileSync(join(dir, 'page.html.gz'), gzipSync(html))
      writeFileSync(join(dir, 'broken.txt.gz'), gzipSync(html).subarray(0, 40))
      const seed = readFileSync(join(corpus, 'seeds', '001_54176d715e6bf35f.txt'), 'utf8')
      writeFileSync(join(dir, 'mixed.jsonl'), [JSON.stringify({ id: 7, text: seed }), '', '{"id": "x", "text": 3}', 'not json', JSON.stringify({ text: '' })].join('\n') + '\n')
      const records = await collect(parseBatch([dir], { jobs: 1, parseModule: stub, ordered: true }))
      const short = records.map((r) => [r.input.slice(dir.length + 1), r.ok ? 'ok' : r.error.code])
      expect(short).toEqual([
        ['broken.txt.gz', 'read-error'],
        ['mixed.jsonl#7', 'ok'],
        ['mixed.jsonl#x', 'no-text'],
        ['mixed.jsonl:4', 'invalid-json'],
        ['mixed.jsonl:5', 'empty'],
        ['page.html.gz', 'ok'],
      ])
      const page = ok(records[5])
      expect(page.source?.format).toBe('html')
      expect(page.meta.title).toBe('索 引 号：')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
