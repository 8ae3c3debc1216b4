import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FILLER, fillerDictionary, SubsetDictionary, subsetTagger, type JiebaInstance } from '../../../src/extract/roles/jieba-subset.js'
import { fullDictionaryTagger, jiebaTag } from '../../../src/extract/roles/jieba.js'
import { repoTextFiles } from '../../helpers.js'

const bytes = (text: string) => new TextEncoder().encode(text)
/** Lines sorted by the bytes of their words, as jieba's dict.txt is. */
const sorted = (lines: string[]) => lines.sort((a, b) => Buffer.compare(Buffer.from(a.split(' ')[0]), Buffer.from(b.split(' ')[0]))).join('\n') + '\n'

// a dictionary written for this test: words of a made-up county notice
const DICT = sorted(['县 900 n', '县交通 12 n', '交通 400 n', '交通运输 150 n', '运输 300 vn', '运输局 40 nt', '局 500 n', '养护 80 v', '负责 600 v', '公路 350 n'])
const USER = '县交通运输局 2000 nt\n运输局 2000 nt\n公路养护 2000 nt\n公路养护 7 nz\n'

describe('SubsetDictionary', () => {
  const dict = SubsetDictionary.build(bytes(DICT), [USER])!

  it('sums the frequencies as jieba merges them: later lines set a known word’s frequency, keep its tag', () => {
    // file 3332; 运输局 40 → 2000; new 县交通运输局 2000; new 公路养护 2000 nt then 7 nz (its first tag stays)
    expect(dict.total).toBe(3332 - 40 + 2000 + 2000 + 7)
    const words = dict.wordsIn('县交通运输局负责公路养护')
    expect(Object.fromEntries(words)).toEqual({
      县: { freq: 900, tag: 'n' },
      县交通: { freq: 12, tag: 'n' },
      交通: { freq: 400, tag: 'n' },
      交通运输: { freq: 150, tag: 'n' },
      运输: { freq: 300, tag: 'vn' },
      运输局: { freq: 2000, tag: 'nt' },
      局: { freq: 500, tag: 'n' },
      负责: { freq: 600, tag: 'v' },
      公路: { freq: 350, tag: 'n' },
      养护: { freq: 80, tag: 'v' },
      县交通运输局: { freq: 2000, tag: 'nt' },
      公路养护: { freq: 7, tag: 'nt' },
    })
    expect([...dict.wordsIn('乡镇').keys()]).toEqual([])
  })

  it('finds only whole characters: a word is never matched on part of a character’s bytes', () => {
    // 县 is E5 8E BF; a sentence holding other characters with the same lead byte matches nothing
    expect([...dict.wordsIn('卜厂').keys()]).toEqual([])
    expect([...dict.wordsIn('A县B').keys()]).toEqual(['县'])
  })

  it('refuses a file it could not read as jieba does: unsorted, a word twice, no tag, the filler', () => {
    expect(SubsetDictionary.build(bytes('交通 4 n\n公路 3 n\n'), [])).not.toBeNull()
    expect(SubsetDictionary.build(bytes('公路 3 n\n交通 4 n\n'), [])).toBeNull()
    expect(SubsetDictionary.build(bytes('交通 4 n\n交通 5 n\n'), [])).toBeNull()
    expect(SubsetDictionary.build(bytes('交通 4\n'), [])).toBeNull()
    expect(SubsetDictionary.build(bytes(`${FILLER} 4 n\n`), [])).toBeNull()
    expect(SubsetDictionary.build(bytes('交通 4 n\n'), [`${FILLER} 3 n`])).toBeNull()
  })

  it('gives the instance the sentence’s words and a filler that keeps the total', () => {
    const loaded: string[] = []
    const fake: JiebaInstance = { loadDict: (d) => loaded.push(new TextDecoder().decode(d)), tag: () => [] }
    expect(new TextDecoder().decode(fillerDictionary(dict))).toBe(`${FILLER} 7299 x\n`)
    const tag = subsetTagger(dict, fake)
    tag('公路养护')
    tag('公路') // nothing new: no load
    tag('县公路')
    expect(loaded).toEqual([`公路 350 n\n养护 80 v\n公路养护 7 nt\n${FILLER} ${7299 - 437} x\n`, `县 900 n\n${FILLER} ${7299 - 437 - 900} x\n`])
  })
})

describe('jiebaTag with the subset equals jieba with its whole dictionary', () => {
  const full = fullDictionaryTagger()
  const texts = [...repoTextFiles('corpus/seeds/'), ...repoTextFiles('test/gold/blind/texts/')].map((f) => readFileSync(new URL(`../../../${f}`, import.meta.url), 'utf8'))

  it.skipIf(!full)('on hand-written sentences and every 7th window of the seeds and blind texts', () => {
    const sentences = ['该项工作县交通运输局负责', '此项任务由各乡镇人民政府牵头', '支持高新区牵头开展试点', '道路日常巡查工作市城市管理局负责', 'ABC公司2025年度报告', '']
    for (const text of texts) {
      for (let at = 0; at + 3 < text.length; at += 7 * 29) sentences.push(text.slice(at, at + 3 + (at % 29)))
    }
    expect(sentences.length).toBeGreaterThan(500)
    for (const s of sentences) expect(jiebaTag(s), s).toEqual(full!(s))
  })

  it.skipIf(!full)('tags a sentence holding the filler with the whole dictionary', () => {
    const s = `县交通运输局${FILLER}负责`
    expect(jiebaTag(s)).toEqual(full!(s))
  })
})
