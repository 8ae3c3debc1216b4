import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { SourceText } from '../../src/text/source.js'
import { MappedText } from '../../src/text/mapped.js'
import { Diagnostics } from '../../src/text/diagnostics.js'
import { normalize } from '../../src/normalize/index.js'
import { parse } from '../../src/index.js'

const view = (s: string) => {
  const diags = new Diagnostics()
  const n = normalize(MappedText.identity(new SourceText(s)), { script: 'keep' }, diags)
  return { text: n.view.text, joins: diags.list.filter((d) => d.code === 'line-joined') }
}

describe('normalize: a bracket wrapped across lines around a marker-shaped token', () => {
  it('joins `（PM⏎2.5⏎）` of a government report into one line', () => {
    const { text, joins } = view('强化大气污染治理，74个重点城市细颗粒物（PM\n2.5\n）年均浓度下降9.1%。\n')
    expect(text).toBe('强化大气污染治理，74个重点城市细颗粒物（PM2.5）年均浓度下降9.1%。\n')
    expect(joins).toHaveLength(1)
  })

  it('joins a year or an attachment number wrapped after its opening bracket (mojlaw history, 附件)', () => {
    expect(view('中華民國六十六年交通部（\n66）交路字第 032350 號令會銜發布\n').text).toBe('中華民國六十六年交通部（66）交路字第032350號令會銜發布\n')
    expect(view('檢查結果填具三聯報告單 (如附件\n三、四。)\n四、檢查報告單列有改正事項時\n').text).toBe('檢查結果填具三聯報告單（如附件三、四。）\n四、檢查報告單列有改正事項時\n')
  })

  it('keeps a real item after a line with an open bracket when the item opens its own pair', () => {
    const s = '包括分析与控制（BF）、数字孪生（BG\n1.信息感知（BA）。包括信息采集标准。\n'
    expect(view(s).text).toBe(s)
  })

  it('keeps a marker after a bracket that stays open over a long line', () => {
    const s = '（附件\n2.5智能网联工业控制安全一体化增强技术研究\n'
    expect(view(s).text).toBe(s)
  })

  it('keeps the 2017 report 一是…八是 list whole and reads no clause 2.5', () => {
    const doc = parse(readFileSync('test/fixtures/markfix/pm25-report.txt', 'utf8'))
    const [review, tasks] = doc.clauses
    expect(review.children.map((c) => c.marker)).toEqual(['一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是'])
    const all: { marker: string; text: string; children: unknown[] }[] = []
    const walk = (cs: typeof doc.clauses): void => {
      for (const c of cs) {
        all.push(c)
        walk(c.children)
      }
    }
    walk(doc.clauses)
    expect(all.filter((c) => c.marker === '2.5' || c.text.startsWith('）'))).toEqual([])
    expect(tasks.children.map((c) => c.marker)).toEqual(['（一）'])
    expect(tasks.children[0].children).toEqual([])
    expect(tasks.children[0].text).toContain('重点地区细颗粒物（PM2.5）浓度明显下降。一要加快解决燃煤污染问题。')
  })
})

// The joins test brackets and line-final punctuation by code unit (issue #14: no one-character
// string per test); the edges of those tests, on lines written for this file.
describe('normalize: the line joins at the edges of their character tests', () => {
  it('a bracket whose inner line is the last of the text stays as printed', () => {
    const s = '全市空气质量优良天数比例达到85%，细颗粒物（PM\n2.5'
    expect(view(s).text).toBe(s)
  })

  it('a bracket closed before the line ends opens nothing: the marker line after it stays a line', () => {
    const s = '按照市政府办公室印发的工作方案（附件）\n2）区城管局负责建筑垃圾运输车辆的日常监管。\n'
    expect(view(s).text).toBe(s)
    // …while one left open joins the same next line
    expect(view('按照市政府办公室印发的工作方案（附件\n2）区城管局负责建筑垃圾运输车辆的日常监管。\n').text).toBe('按照市政府办公室印发的工作方案（附件2）区城管局负责建筑垃圾运输车辆的日常监管。\n')
  })

  it('a long line broken after an ideograph joins the next; one ending in a closing bracket or 》 does not (line-final)', () => {
    const broken = '各街道要加强对辖区内建筑工地、道路扬尘和露天焚烧的巡查，发现问题及时督促整改，确保\n责任落实到位，群众反映的问题及时办结。\n'
    const { text, joins } = view(broken)
    expect(text).toBe('各街道要加强对辖区内建筑工地、道路扬尘和露天焚烧的巡查，发现问题及时督促整改，确保责任落实到位，群众反映的问题及时办结。\n')
    expect(joins).toHaveLength(1)
    for (const end of ['（区生态环境分局）', '《大气污染防治条例》']) {
      const s = `各街道要加强对辖区内建筑工地、道路扬尘和露天焚烧的巡查，发现问题及时督促整改，依照${end}\n责任落实到位，群众反映的问题及时办结。\n`
      expect(view(s).text).toBe(s)
    }
  })
})
