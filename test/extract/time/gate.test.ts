import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import rulesFile from '../../../grammars/time/rules.json' with { type: 'json' }
import { canonicalize } from '../../../src/extract/time/canon.js'
import { READERS, mayHoldTime } from '../../../src/extract/time/grammar/registry.js'
import type { TimeReader } from '../../../src/extract/time/grammar/types.js'
import { scanTime, scanTimeUngated } from '../../../src/extract/time/scan.js'
import { readJioRows } from './jionlp-corpus.js'
import { readPhrases } from './phrase-corpus.js'

const readers: readonly TimeReader[] = READERS
const here = fileURLToPath(new URL('.', import.meta.url))
const corpus = fileURLToPath(new URL('../../../corpus/', import.meta.url))

/** Every string literal holding a Chinese character in the time tests: the phrases they scan. */
function testPhrases(): string[] {
  const out = new Set<string>()
  for (const f of readdirSync(here).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(here + f, 'utf8').matchAll(/'([^'\n\\]*[\u4e00-\u9fff][^'\n\\]*)'/g)) out.add(m[1])
  }
  return [...out]
}

const phrases = readPhrases()
const inputs: Array<{ text: string; ref?: string }> = [
  ...phrases.map((r) => ({ text: r.input, ref: r.ref })),
  ...readJioRows().map((r) => ({ text: r.input, ref: r.base })),
  ...rulesFile.rules.map((r) => ({ text: r.example, ref: '2015-02-05' })),
  ...testPhrases().map((text) => ({ text, ref: '2015-02-05' })),
]

/** The seed documents cut into sentences: ranges as short as the extract step's clauses. */
function seedSentences(): Array<{ text: string; from: number; to: number }> {
  const out: Array<{ text: string; from: number; to: number }> = []
  for (const f of readdirSync(corpus + 'seeds').filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(corpus + 'seeds/' + f, 'utf8')
    let from = 0
    for (const m of text.matchAll(/[。；\n]/g)) {
      out.push({ text, from, to: m.index + 1 })
      from = m.index + 1
    }
    out.push({ text, from, to: text.length })
  }
  return out
}

describe('time scan gate (registry.ts mayHoldTime, reader needs)', () => {
  it('has a large input set: the phrase corpus, the JioNLP cases, rule examples and the time tests’ strings', () => {
    expect(phrases.length).toBeGreaterThan(100)
    expect(inputs.length).toBeGreaterThan(600)
  })

  it('each reader’s own claim: every expression it reads at any position holds one of its needs words', () => {
    let checked = 0
    for (const { text: input } of inputs) {
      const text = canonicalize(input).text
      for (const reader of readers) {
        const needs = [...reader.needs]
        const read = reader.open(text)
        for (let at = 0; at < text.length; at++) {
          const found = read(at)
          if (!found || 'noun' in found) continue
          const span = text.slice(found.start, found.end)
          expect(
            needs.some((w) => span.includes(w)),
            `${reader.name} read "${span}" (${found.rule}) in "${input}" without any of its needs words`,
          ).toBe(true)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(500)
  })

  it('every expression the ungated scanner finds, the gated one finds: same matches and diagnostics', () => {
    let found = 0
    for (const { text, ref } of inputs) {
      const ungated = scanTimeUngated(text, { referenceDate: ref })
      expect(scanTime(text, { referenceDate: ref }), text).toEqual(ungated)
      // and each match alone passes the gate, so any range holding it does
      for (const m of ungated.matches) expect(mayHoldTime(canonicalize(text, m.index, m.end).text), m.deadline.raw).toBe(true)
      found += ungated.matches.length
    }
    expect(found).toBeGreaterThan(450)
  })

  it('on real documents sentence by sentence: identical results, and most sentences skipped', () => {
    const sentences = seedSentences()
    let skipped = 0
    let withTime = 0
    for (const { text, from, to } of sentences) {
      const options = { from, to, documentDate: '2015-02-05' }
      const ungated = scanTimeUngated(text, options)
      expect(scanTime(text, options), text.slice(from, to)).toEqual(ungated)
      if (ungated.matches.length) withTime++
      if (!mayHoldTime(canonicalize(text, from, to).text)) skipped++
    }
    expect(withTime).toBeGreaterThan(10)
    expect(skipped).toBeGreaterThan(sentences.length / 3)
  })

  it('skips a range with no time word, reads one with any reader’s word', () => {
    // 年 / 月 / 起 alone are no time: a number before the unit, 之日 / 即日 before 起 are needed
    for (const none of ['加强组织领导，明确责任分工', '各地区、各部门要高度重视', '由市财政局牵头，各区配合', '加强青年人才培养，做好年度考核', '负责起草文件，发起倡议', '岁月如歌'])
      expect(mayHoldTime(none), none).toBe(false)
    for (const some of [
      '2015年6月底前完成',
      '自印发之日起施行',
      '每周五前报送',
      '“十三五”期间',
      '立即整改',
      '2013.03.15',
      '（2021—2023）',
      '今明两年',
      '本季度',
      '三年内完成',
      '第三季度',
      '二〇一五年',
      '年初',
      '即日起',
    ])
      expect(mayHoldTime(canonicalize(some).text), some).toBe(true)
  })

  it('a year cut from its 年 by a PDF line break passes the gate, and the gated scan reads what the ungated one reads', () => {
    // (central_025: `…重要支撑。2022⏎年，我国数字经济规模达50.2万亿元`; the phrase corpora hold no line break)
    for (const text of ['发展数字经济是构建现代化经济体系的重要支撑。2022\n年，我国数字经济规模达50.2万亿元', '截至2022\n年底，累计建成5G基站231万个']) {
      expect(mayHoldTime(canonicalize(text).text), text).toBe(true)
      const ungated = scanTimeUngated(text).matches
      expect(ungated.length, text).toBeGreaterThan(0)
      expect(scanTime(text).matches, text).toEqual(ungated)
    }
  })
})
