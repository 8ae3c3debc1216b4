import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { decode, DecodeError, incompleteUtf8Tail } from '../../src/decode/index.js'

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'batch', 'inputs')
const corpus = join(import.meta.dirname, '..', '..', 'corpus')
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)))
const corpusText = (p: string) => readFileSync(join(corpus, p), 'utf8')

const HOLIDAYS = 'policy/govcn_platform1__38_国务院办公厅关于2019年部分节假日安排的通知.txt'
const CHEMICAL = 'policy/govcn_platform1__19_国务院办公厅、中央军委办公厅关于加强对侵华日军遗弃化学武器调查和管理工作的通知.txt'
const SEED_001 = 'seeds/001_54176d715e6bf35f.txt'

function decodeError(bytes: Uint8Array, options = {}): DecodeError {
  try {
    decode(bytes, options)
  } catch (e) {
    if (e instanceof DecodeError) return e
    throw e
  }
  throw new Error('decode did not throw')
}

describe('decode: encodings', () => {
  it('reads UTF-8 without BOM (seed 001)', () => {
    const r = decode(fixture('utf8-notice.txt'))
    expect(r.encoding).toBe('utf-8')
    expect(r.text).toBe(corpusText(SEED_001))
    expect(r.diagnostics).toEqual([])
  })

  it('reads UTF-8 with BOM and drops the BOM', () => {
    const body = new TextEncoder().encode(corpusText(SEED_001))
    const r = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...body]))
    expect(r.encoding).toBe('utf-8-bom')
    expect(r.text.startsWith('\ufeff')).toBe(false)
    expect(r.text).toBe(corpusText(SEED_001))
  })

  it('detects GB18030/GBK without being told (国办发明电〔2018〕15号)', () => {
    const r = decode(fixture('gb18030-notice.txt'))
    expect(r.encoding).toBe('gb18030')
    expect(r.text).toBe(corpusText(HOLIDAYS))
    expect(r.text).toContain('国务院办公厅关于2019年部分节假日安排的通知')
  })

  it('reads UTF-16LE and UTF-16BE with BOM', () => {
    const le = fixture('utf16-notice.txt')
    expect(decode(le)).toMatchObject({ encoding: 'utf-16le', text: corpusText(CHEMICAL) })
    const be = new Uint8Array(le.length)
    for (let i = 0; i + 1 < le.length; i += 2) {
      be[i] = le[i + 1]
      be[i + 1] = le[i]
    }
    expect(decode(be)).toMatchObject({ encoding: 'utf-16be', text: corpusText(CHEMICAL) })
  })
})

describe('decode: damaged but readable', () => {
  it('a UTF-8 file cut inside a character is decoded with a truncated-input warning at its offset', () => {
    const bytes = fixture('truncated.txt')
    const r = decode(bytes)
    expect(r.encoding).toBe('utf-8')
    const original = corpusText('policy/politic_analysis_2025__central_132.txt')
    expect(original.startsWith(r.text)).toBe(true)
    expect(r.text.endsWith('按照国家政务信息系统整')).toBe(true)
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'truncated-input', offset: r.text.length, byteOffset: bytes.length - 1 })])
  })

  it('a GB18030 file cut after a lead byte is decoded with a truncated-input warning', () => {
    const full = fixture('gb18030-notice.txt')
    // the file ends '…妥善处置…\n国务院办公厅\n2018年12月4日\n扫一扫在手机打开当前页\n-->' — cut inside 页
    const text = corpusText(HOLIDAYS)
    const cutAt = text.lastIndexOf('页')
    const prefix = decode(full).text.slice(0, cutAt)
    const bytes = gbPrefixBytes(full, cutAt)
    const r = decode(new Uint8Array([...bytes, full[bytes.length]]))
    expect(r.encoding).toBe('gb18030')
    expect(r.text).toBe(prefix)
    expect(r.diagnostics[0]).toMatchObject({ code: 'truncated-input', offset: prefix.length })
  })

  it('a UTF-16 file with an odd byte count is decoded with a truncated-input warning', () => {
    const le = fixture('utf16-notice.txt')
    const r = decode(le.subarray(0, le.length - 1))
    expect(r.encoding).toBe('utf-16le')
    expect(r.diagnostics[0]).toMatchObject({ code: 'truncated-input', offset: r.text.length })
    expect(corpusText(CHEMICAL).startsWith(r.text)).toBe(true)
  })

  it('a few broken bytes in a long UTF-8 file become U+FFFD with invalid-bytes warnings at their offsets', () => {
    const text = corpusText(SEED_001)
    const bytes = new TextEncoder().encode(text)
    const at = text.indexOf('明确平安深圳建设')
    const byteAt = new TextEncoder().encode(text.slice(0, at)).length
    const damaged = new Uint8Array(bytes)
    damaged[byteAt] = 0xff // first byte of 明
    const r = decode(damaged)
    expect(r.encoding).toBe('utf-8')
    expect(r.diagnostics).toHaveLength(1)
    expect(r.diagnostics[0]).toMatchObject({ code: 'invalid-bytes', byteOffset: byteAt })
    const off = r.diagnostics[0].offset!
    expect(r.text[off]).toBe('\ufffd')
    // 明 is E6 98 8E: the bad lead and its two orphaned continuation bytes give three U+FFFD
    expect(r.text.slice(off, off + 10)).toBe('\ufffd\ufffd\ufffd确平安深圳建设')
    expect(r.text.slice(0, off)).toBe(text.slice(0, at))
  })
})

describe('decode: not text', () => {
  it('empty input, a lone BOM and whitespace are `empty`', () => {
    expect(decodeError(fixture('empty.txt')).code).toBe('empty')
    expect(decodeError(new Uint8Array([0xef, 0xbb, 0xbf])).code).toBe('empty')
    expect(decodeError(new TextEncoder().encode(' \n\u3000\n')).code).toBe('empty')
  })

  it('a PNG named .txt is `binary`', () => {
    const e = decodeError(fixture('binary.txt'))
    expect(e.code).toBe('binary')
    expect(e.message).toContain('PNG')
  })

  it('a NUL byte inside text is `binary` with its offset', () => {
    const bytes = new TextEncoder().encode('关于印发\u0000\u0001\u0002方案的通知')
    const e = decodeError(bytes)
    expect(e.code).toBe('binary')
    expect(e.offset).toBe(12)
  })

  it('Big5 (not a supported encoding) is `invalid-encoding`, not GB18030 mojibake', () => {
    const e = decodeError(fixture('big5-regulation.txt'))
    expect(e.code).toBe('invalid-encoding')
    expect(e.offset).toBe(0)
  })

  it('UTF-8 Chinese is never taken for GB18030 even though its bytes decode as GBK', () => {
    const text = corpusText(HOLIDAYS)
    expect(decode(new TextEncoder().encode(text)).encoding).toBe('utf-8')
  })

  it('inputs above maxBytes are `too-large`', () => {
    const e = decodeError(fixture('utf8-notice.txt'), { maxBytes: 1000 })
    expect(e.code).toBe('too-large')
    expect(e.offset).toBe(1000)
    expect(decode(fixture('utf8-notice.txt'), { maxBytes: 100_000 }).encoding).toBe('utf-8')
  })

  it('on any bytes it returns text or throws a DecodeError, nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        try {
          const r = decode(bytes)
          expect(typeof r.text).toBe('string')
        } catch (e) {
          expect(e).toBeInstanceOf(DecodeError)
        }
      }),
      { numRuns: 2000 },
    )
  })
})

describe('incompleteUtf8Tail', () => {
  it('counts the bytes of a sequence cut by the end', () => {
    const zhong = [0xe4, 0xb8, 0xad] // 中
    expect(incompleteUtf8Tail(new Uint8Array([0x61, ...zhong]))).toBe(0)
    expect(incompleteUtf8Tail(new Uint8Array([0x61, 0xe4, 0xb8]))).toBe(2)
    expect(incompleteUtf8Tail(new Uint8Array([0x61, 0xe4]))).toBe(1)
    expect(incompleteUtf8Tail(new Uint8Array([0xf0, 0x9f, 0x98]))).toBe(3)
    expect(incompleteUtf8Tail(new Uint8Array([0x61, 0xb8]))).toBe(0)
  })
})

/** Bytes of the first `chars` characters of a GB18030 buffer (ASCII: 1 byte, others: 2 or 4). */
function gbPrefixBytes(bytes: Uint8Array, chars: number): Uint8Array {
  let i = 0
  for (let c = 0; c < chars; c++) {
    if (bytes[i] < 0x80) i += 1
    else if (bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39) i += 4
    else i += 2
  }
  return bytes.subarray(0, i)
}
