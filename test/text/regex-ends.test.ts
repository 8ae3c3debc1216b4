import { describe, expect, it } from 'vitest'
import boilerplate from '../../grammars/boilerplate.json' with { type: 'json' }
import { EndGate, regexEnds, SPACE_UNITS, wholeLineExec } from '../../src/text/regex-ends.js'
import { normalizeStep } from '../../src/steps.js'
import { policyDocs, seed } from '../helpers.js'

const units = (ranges: Array<[number, number]> | undefined) =>
  ranges === undefined ? 'any' : ranges.flatMap(([lo, hi]) => (hi - lo < 8 ? Array.from({ length: hi - lo + 1 }, (_, k) => String.fromCharCode(lo + k)) : [`${lo}-${hi}`])).join('')

const BODY = boilerplate.rules.filter((r) => r.action !== 'lead').map((r) => new RegExp(r.pattern))

describe('regexEnds', () => {
  it('reads \\s as the engine does, over every code unit', () => {
    const held = (c: number) => SPACE_UNITS.some(([lo, hi]) => lo <= c && c <= hi)
    const wrong: number[] = []
    for (let c = 0; c <= 0xffff; c++) if (/\s/.test(String.fromCharCode(c)) !== held(c)) wrong.push(c)
    expect(wrong).toEqual([])
  })

  it('gives each alternative of a group taken once its own ends', () => {
    const pairs = regexEnds('^(?:季报|年度报表)[：:]?$').map((p) => `${units(p.first)}/${units(p.last)}`)
    expect(pairs).toEqual(['季/报：:', '年/表：:'])
  })

  it('mixes the alternatives of a repeated group', () => {
    expect(regexEnds('^(甲乙|丙丁)+$').map((p) => `${units(p.first)}/${units(p.last)}`)).toEqual(['甲丙/乙丁'])
  })

  it('reads classes, ranges, escapes and optional openers', () => {
    expect(regexEnds('^[（(]?第\\d{1,3}页[）)]?$').map((p) => `${units(p.first)}/${units(p.last)}`)).toEqual(['（(第/）)页'])
    expect(regexEnds('^\\u7b2c[a-c\\-]$').map((p) => `${units(p.first)}/${units(p.last)}`)).toEqual(['第/abc-'])
    const [dot] = regexEnds('^.{2,9}号$')
    expect(dot.first?.some(([lo, hi]) => lo <= 0x0a && 0x0a <= hi)).toBe(false)
    expect(dot.first?.some(([lo, hi]) => lo <= 0x4e00 && 0x4e00 <= hi)).toBe(true)
  })

  it('leaves an end open where the pattern does not pin it', () => {
    expect(regexEnds('^附件[：:]').map((p) => `${units(p.first)}/${units(p.last)}`)).toEqual(['附/any'])
    expect(regexEnds('附件[：:]$').map((p) => `${units(p.first)}/${units(p.last)}`)).toEqual(['any/：:'])
    expect(regexEnds('^(?:附件)?$').map((p) => `${units(p.first)}/${units(p.last)}`)).toEqual(['any/any'])
  })

  it('leaves both ends open on syntax it does not read', () => {
    for (const source of ['^(附)\\1$', '^附\\b件$', '^附|^件$x', '^a{2$']) {
      expect(regexEnds(source).map((p) => `${units(p.first)}/${units(p.last)}`)).toEqual(['any/any'])
    }
  })

  it('reads a lookaround as consuming nothing: the ends of the pattern without it', () => {
    const ends = (source: string) => regexEnds(source).map((p) => `${units(p.first)}/${units(p.last)}`)
    expect(ends('^来源[：:](?!\\s*某厅)[^\\n]{1,30}日期$')).toEqual(ends('^来源[：:][^\\n]{1,30}日期$'))
    expect(ends('^(?<!x)附件$')).toEqual(ends('^附件$'))
    expect(ends('^(?:附(?=件)|通知)$')).toEqual(ends('^(?:附|通知)$'))
  })
})

describe('EndGate over the chrome rules', () => {
  const gate = new EndGate(BODY)

  it('passes every line a rule matches: the rules examples and the lines of real documents', () => {
    const texts = [seed('000'), seed('003'), ...policyDocs().map(([, t]) => t)].flatMap((t) => [t, normalizeStep(t).view.text])
    const lines = [...boilerplate.rules.map((r) => r.example), ...texts.flatMap((t) => t.split('\n'))].map((l) => l.trim()).filter((l) => l.length > 0)
    const missed = lines.filter((l) => BODY.some((re) => re.test(l)) && !gate.may(l, 0, l.length))
    expect(missed).toEqual([])
    // and it does skip: most body lines open or close with what no rule can
    const skipped = lines.filter((l) => !gate.may(l, 0, l.length)).length
    expect(skipped / lines.length).toBeGreaterThan(0.5)
  })

  it('passes every made-up line a rule matches, built from the rules own characters', () => {
    const alphabet = [...new Set(boilerplate.rules.flatMap((r) => [...r.example]))].concat(['各', '部', '。', '）', '1', ' ', '\t'])
    let seedValue = 7
    const random = (n: number) => {
      seedValue = (seedValue * 1103515245 + 12345) >>> 0
      return seedValue % n
    }
    let matched = 0
    const missed: string[] = []
    for (const r of boilerplate.rules) {
      for (let k = 0; k < 400; k++) {
        // an example with a few code units changed, cut or extended
        const chars = [...r.example]
        for (let e = random(3); e >= 0; e--) {
          const at = random(chars.length + 1)
          const op = random(3)
          if (op === 0) chars.splice(at, 1)
          else if (op === 1) chars.splice(at, 0, alphabet[random(alphabet.length)])
          else chars[Math.min(at, chars.length - 1)] = alphabet[random(alphabet.length)]
        }
        const line = chars.join('')
        if (!line || !BODY.some((re) => re.test(line))) continue
        matched++
        if (!gate.may(line, 0, line.length)) missed.push(line)
      }
    }
    expect(missed).toEqual([])
    expect(matched).toBeGreaterThan(1000)
  })

  it('names the first rule a line can match, in order, as trying every rule does', () => {
    const texts = [seed('000'), seed('003'), ...policyDocs().map(([, t]) => t)].flatMap((t) => [t, normalizeStep(t).view.text])
    const lines = [...boilerplate.rules.map((r) => r.example), ...texts.flatMap((t) => t.split('\n'))].map((l) => l.trim()).filter((l) => l.length > 0)
    const viaGate = (l: string) => {
      for (let k = gate.nextCandidate(l, 0, l.length, 0); k >= 0; k = gate.nextCandidate(l, 0, l.length, k + 1)) if (BODY[k].test(l)) return k
      return -1
    }
    const differ = lines.filter((l) => viaGate(l) !== BODY.findIndex((re) => re.test(l)))
    expect(differ).toEqual([])
    // and the rules' own examples are found by it
    expect(lines.filter((l) => viaGate(l) >= 0).length).toBeGreaterThan(boilerplate.rules.length / 2)
  })

  it('reads a range of a longer text', () => {
    const text = '正文。\n责任编辑：李明\n正文'
    const a = text.indexOf('责')
    const b = text.indexOf('\n', a)
    expect(gate.may(text, a, b)).toBe(true)
    expect(gate.may(text, 0, 3)).toBe(false)
  })
})

describe('wholeLineExec', () => {
  // whole-line patterns of the segment's shapes: a 落款 date in its forms, a bordered cell, an organ beside its date
  const patterns = [
    /^(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?$/,
    /^([〇○零一二三四五六七八九O0]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/,
    /^((?:19|20)\d{2})(\d{3})$/,
    /^([^|]{6,150}?)(?:\s*\|)+\s*$/,
    /^([^|｜]{8,16}日)[\s\u3000]*[|｜]+$/,
    /^([\u4e00-\u9fff（）()]{2,40}?)[\s\u3000]*((?:[〇○零一二三四五六七八九O0]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}|\d{4}年\d{1,2}月\d{1,2})日)$/,
  ]
  const made = [
    '2015年6月30日',
    '2015 . 6 . 30',
    '二〇一五年六月三十日',
    '2021416',
    '关于印发某某方案的通知 |',
    '二〇〇七年八月二十四日 |',
    '某区人民政府 二〇一七年五月十六日',
    '某区人民政府　2017年5月16日',
  ]

  it('answers as the pattern does, on made-up lines and on every line of the seeds and policy texts', () => {
    const lines = [...made, ...[...policyDocs(), ...['000', '001', '002', '003', '004'].map((p) => [p, seed(p)])].flatMap(([, t]) => normalizeStep(t).view.text.split('\n'))]
    let matched = 0
    const differ: string[] = []
    for (const re of patterns) {
      const exec = wholeLineExec(re)
      for (const line of lines) {
        const want = re.exec(line)
        if (want) matched++
        if (JSON.stringify(exec(line)) !== JSON.stringify(want)) differ.push(`${re.source.slice(0, 20)} ${line.slice(0, 40)}`)
      }
    }
    expect(differ).toEqual([])
    // every made-up line matches one pattern at least, and corpus lines add more
    expect(matched).toBeGreaterThan(made.length)
  })

  it('decides a line its last code unit rules out without the engine', () => {
    const re = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/
    let asked = 0
    const countedExec = (s: string) => {
      asked++
      return re.exec(s)
    }
    const counted = new Proxy(re, { get: (target, key) => (key === 'exec' ? countedExec : Reflect.get(target, key)) })
    const exec = wholeLineExec(counted as RegExp)
    expect(exec('各区要于2015年6月30日前完成。')).toBeNull()
    expect(asked).toBe(0)
    expect(exec('2015年6月30日')?.slice(1)).toEqual(['2015', '6', '30'])
    expect(asked).toBe(1)
  })
})
