import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { enumerate, GUNZIP_CHUNK, type Enumerated } from '../../src/batch/inputs.js'

// A .jsonl.gz is gunzipped in GUNZIP_CHUNK pieces; lines longer than a piece, and lines ending
// exactly on a piece boundary, must come out as from the same file uncompressed.
let tmp: string
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gongwen-gz-chunks-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const record = (id: string, text: string) => JSON.stringify({ id, text })

async function lines(path: string): Promise<Array<{ input: string; line: string; key: string }>> {
  const out: Array<{ input: string; line: string; key: string }> = []
  for await (const e of enumerate([path]) as AsyncIterable<Enumerated>) {
    if (e.kind !== 'work' || e.unit.kind !== 'json-line') throw new Error(`unexpected entry ${e.kind}`)
    out.push({ input: e.unit.input.slice(path.length), line: new TextDecoder().decode(e.unit.line), key: e.key.slice(e.key.lastIndexOf(':')) })
  }
  return out
}

describe('JSON Lines read through gunzip in pieces', () => {
  it('gives the lines of the uncompressed file, whatever the piece boundaries', async () => {
    expect(GUNZIP_CHUNK).toBe(64 * 1024)
    const para = '某县交通运输局负责全县农村公路养护工作。'
    const first = record('a', para.repeat(9000)) // ≈ 190 KB: spans several pieces
    // the second line ends exactly at the end of the first piece after the first line
    const pad = GUNZIP_CHUNK - ((first.length + 1) % GUNZIP_CHUNK)
    const base = record('b', '')
    const second = record('b', 'x'.repeat(pad - base.length - 1))
    const rest = Array.from({ length: 40 }, (_, i) => record(`c${i}`, `${para}第${i}条`))
    const body = [first, second, ...rest].join('\n') + '\n'
    expect(Buffer.byteLength(first) + 1 + Buffer.byteLength(second) + 1).toBeGreaterThan(GUNZIP_CHUNK)
    writeFileSync(join(tmp, 'plain.jsonl'), body)
    writeFileSync(join(tmp, 'packed.jsonl.gz'), gzipSync(body))
    const plain = await lines(join(tmp, 'plain.jsonl'))
    const packed = await lines(join(tmp, 'packed.jsonl.gz'))
    expect(plain).toHaveLength(42)
    expect(packed).toEqual(plain)
    expect(JSON.parse(packed[0].line).text).toBe(para.repeat(9000))
    expect(JSON.parse(packed[41].line).id).toBe('c39')
  })
})
