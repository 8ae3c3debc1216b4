import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createGzip } from 'node:zlib'
import { once } from 'node:events'
import { pathToFileURL } from 'node:url'
import { enumerate, type Enumerated } from '../../src/batch/inputs.js'
import { batch, records, repo } from './helpers.js'

const POLICY = join(repo, 'corpus', 'policy')
const notices = readdirSync(POLICY)
  .filter((f) => f.endsWith('.txt'))
  .slice(0, 2)
let tmp: string
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gongwen-hostile-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** At most `cap` entries: a walk that never ends shows as `cap`, not as a hung test. */
async function take(args: string[], options: Parameters<typeof enumerate>[1] = {}, cap = 1000): Promise<Enumerated[]> {
  const out: Enumerated[] = []
  for await (const e of enumerate(args, options)) {
    out.push(e)
    if (out.length >= cap) break
  }
  return out
}

const inputOf = (e: Enumerated) => (e.kind === 'work' ? e.unit.input : e.input)

describe('symlinks in an input folder: each directory walked once', () => {
  it('one loop, two loops and a link to a sibling folder: every file exactly once, the walk ends', async () => {
    const root = join(tmp, 'loops')
    mkdirSync(join(root, 'a', 'b'), { recursive: true })
    copyFileSync(join(POLICY, notices[0]), join(root, 'top.txt'))
    copyFileSync(join(POLICY, notices[1]), join(root, 'a', 'b', 'deep.txt'))
    symlinkSync(root, join(root, 'a', 'b', 'up')) // loop back to the root
    symlinkSync(join(root, 'a'), join(root, 'a', 'b', 'again')) // a second loop
    symlinkSync(join(root, 'a', 'b'), join(root, 'sib')) // the same folder under another name
    const entries = await take([root])
    expect(entries.map(inputOf).sort()).toEqual([join(root, 'a', 'b', 'deep.txt'), join(root, 'top.txt')])
    expect(entries.every((e) => e.kind === 'work')).toBe(true)
  })
})

describe('special files: never opened for reading', () => {
  it('a FIFO named pipe.txt in a folder gets a not-a-file record; the other document is read', async () => {
    const root = join(tmp, 'fifo')
    mkdirSync(root)
    copyFileSync(join(POLICY, notices[0]), join(root, 'a.txt'))
    execFileSync('mkfifo', [join(root, 'pipe.txt')])
    const entries = await take([root, join(root, 'pipe.txt')])
    expect(entries.map((e) => [inputOf(e), e.kind === 'failed' ? e.code : 'work'])).toEqual([
      [join(root, 'a.txt'), 'work'],
      [join(root, 'pipe.txt'), 'not-a-file'],
      [join(root, 'pipe.txt'), 'not-a-file'],
    ])
    const failed = entries[1] as Extract<Enumerated, { kind: 'failed' }>
    expect(failed.message).toContain('FIFO')
  })

  it.runIf(existsSync('/dev/zero'))('/dev/zero given as an input is refused as a character device', async () => {
    const [e] = await take(['/dev/zero'])
    expect(e).toMatchObject({ kind: 'failed', code: 'not-a-file', input: '/dev/zero' })
  })

  it.runIf(existsSync('/proc/self/smaps'))('a file whose stat size is 0 is still read no further than the limit', async () => {
    // /proc files report size 0 but hold far more than 2,000 bytes
    const [e] = await take(['/proc/self/smaps'], { maxBytes: 2000 })
    expect(e).toMatchObject({ kind: 'failed', code: 'too-large' })
  })

  it('the CLI ends with one record per input and exit 1 on a folder with a FIFO', async () => {
    const root = join(tmp, 'fifo-cli')
    mkdirSync(root)
    copyFileSync(join(POLICY, notices[0]), join(root, 'a.txt'))
    execFileSync('mkfifo', [join(root, 'pipe.txt')])
    const out = join(tmp, 'fifo-cli.jsonl')
    const r = await batch([root, '--out', out, '--jobs', '1', '--ordered', '-q'])
    expect(r.code).toBe(1)
    expect(records(out).map((x) => [x.input, x.ok ? 'ok' : x.error!.code])).toEqual([
      [join(root, 'a.txt'), 'ok'],
      [join(root, 'pipe.txt'), 'not-a-file'],
    ])
  }, 60_000)
})

/** A .jsonl.gz whose second line is `size` bytes of one JSON string, written as a stream. */
async function gzWithLongLine(path: string, size: number): Promise<void> {
  const gz = createGzip({ level: 1 })
  const file = createWriteStream(path)
  gz.pipe(file)
  const doc = (n: number) => JSON.stringify({ id: `doc${n}`, text: readFileSync(join(POLICY, notices[n % 2]), 'utf8') }) + '\n'
  gz.write(doc(1))
  if (size > 0) {
    const chunk = Buffer.alloc(1 << 20, 'x')
    gz.write('{"id":"huge","text":"')
    for (let left = size - 23; left > 0; left -= chunk.length) {
      if (!gz.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) await once(gz, 'drain')
    }
    gz.write('"}\n')
  }
  gz.write(doc(3))
  gz.end()
  await once(file, 'close')
}

describe('a JSON line far over the limit is skipped while streaming', () => {
  it('20 MB line, 1 MB limit: records for lines 1, 2 (too-large, with its size) and 3', async () => {
    const path = join(tmp, 'long.jsonl.gz')
    await gzWithLongLine(path, 20 << 20)
    const entries = await take([path], { maxBytes: 1 << 20 })
    expect(entries.map((e) => [inputOf(e), e.kind === 'failed' ? e.code : 'work'])).toEqual([
      [`${path}:1`, 'work'],
      [`${path}:2`, 'too-large'],
      [`${path}:3`, 'work'],
    ])
    expect((entries[1] as Extract<Enumerated, { kind: 'failed' }>).message).toBe(`line is ${20 << 20} bytes, more than the limit of ${1 << 20}`)
    // the key (for --resume) is still the line's content hash
    const again = await take([path], { maxBytes: 1 << 20 })
    expect(again[1].key).toBe(entries[1].key)
  }, 60_000)

  it('memory: a 384 MB line costs the batch process no more than 100 MB over the same archive without it', async () => {
    const small = join(tmp, 'small.jsonl.gz')
    const big = join(tmp, 'big.jsonl.gz')
    await gzWithLongLine(small, 0)
    await gzWithLongLine(big, 384 << 20)
    const args = (p: string, out: string) => [p, '--out', out, '--max-bytes', String(1 << 20), '--jobs', '1', '--ordered', '-q']
    const base = await batch(args(small, join(tmp, 'small.jsonl')))
    const r = await batch(args(big, join(tmp, 'big.jsonl')))
    expect(base.code).toBe(0)
    expect(r.code).toBe(1)
    expect(records(join(tmp, 'big.jsonl')).map((x) => [x.input.replace(big, ''), x.ok ? 'ok' : x.error!.code])).toEqual([
      ['#doc1', 'ok'],
      [':2', 'too-large'],
      ['#doc3', 'ok'],
    ])
    expect(base.maxRssMb).toBeGreaterThan(0)
    expect(r.maxRssMb - base.maxRssMb).toBeLessThan(100)
  }, 120_000)
})

describe('an interrupt always ends the batch', () => {
  it('even while the next input never arrives (a read that blocks)', async () => {
    const { parseBatch } = await import('../../src/batch/index.js')
    const stub = pathToFileURL(join(repo, 'test', 'fixtures', 'batch', 'parsers', 'stub-parse.ts')).href
    const text = readFileSync(join(POLICY, notices[0]), 'utf8')
    const controller = new AbortController()
    let blocked = false
    async function* blocking() {
      yield { id: 'first.txt', text }
      blocked = true
      // Ctrl-C arrives while the next input is being read, and that read never returns
      setTimeout(() => controller.abort(new Error('interrupted')), 0)
      await new Promise(() => undefined)
    }
    const seen: string[] = []
    let error: unknown = null
    try {
      for await (const r of parseBatch(blocking(), { jobs: 1, parseModule: stub, signal: controller.signal })) seen.push(r.input)
    } catch (e) {
      error = e
    }
    expect(blocked).toBe(true)
    expect((error as Error).message).toBe('interrupted')
  }, 60_000)
})
