import { describe, expect, it } from 'vitest'
import { SourceText } from '../../src/text/source.js'
import { MappedText } from '../../src/text/mapped.js'
import { Diagnostics } from '../../src/text/diagnostics.js'
import { normalize } from '../../src/normalize/index.js'
import { normalizeWidth } from '../../src/normalize/width.js'
import { normalizeSpaces } from '../../src/normalize/spaces.js'
import { parse } from '../../src/index.js'
import { seed } from '../helpers.js'

const run = (s: string, script: 'auto' | 'keep' | 'simplified' = 'auto') => {
  const diags = new Diagnostics()
  const n = normalize(MappedText.identity(new SourceText(s)), { script }, diags)
  return { ...n, diags: diags.list }
}

describe('normalize: the matching copy and its offset map', () => {
  it('makes ASCII half-width and CJK punctuation full-width, except between digits', () => {
    const v = normalizeWidth(MappedText.identity(new SourceText('１２３ＡＢ(牵头单位:市法制办,市信访局)15:58 1,000')))
    expect(v.text).toBe('123AB（牵头单位：市法制办，市信访局）15:58 1,000')
  })

  it('drops spaces that touch CJK and keeps those between Latin words', () => {
    const v = normalizeSpaces(MappedText.identity(new SourceText('索 引 号：\n标　　题：\n2025 年底前\n  Admin - admin')))
    expect(v.text).toBe('索引号：\n标题：\n2025年底前\nAdmin - admin')
  })

  it('maps every view range back to the original input', () => {
    const original = '  (一)全面实施,初见成效(2013年)。\r\n第 一 章　总　　则'
    const { view } = run(original)
    expect(view.text).toBe('（一）全面实施，初见成效（2013年）。\n第一章总则')
    const at = view.text.indexOf('初见成效')
    expect(view.originalSlice(at, at + 4)).toBe('初见成效')
    const ch = view.text.indexOf('第一章')
    expect(view.originalSlice(ch, ch + 3)).toBe('第 一 章')
    expect(view.position(ch, ch + 3).start).toEqual({ line: 2, column: 1, offset: original.indexOf('第') })
  })

  it('unifies document-number brackets and restores a lost one', () => {
    const { view, diags } = run('深办发[2013]3号、中办发(2005)25号、粤发〔201219号)')
    expect(view.text).toBe('深办发〔2013〕3号、中办发〔2005〕25号、粤发〔2012〕19号）')
    expect(diags.map((d) => d.code)).toEqual(['docnumber-repaired'])
  })

  it('normalizes ○/O/0 in Chinese-numeral years', () => {
    expect(run('二○一五年二月五日 二O一三年').view.text).toBe('二〇一五年二月五日二〇一三年')
  })

  it('detects traditional script and converts the matching copy (auto), or keeps it', () => {
    const tw = '中華民國憲法\n第 1 條\n中華民國基於三民主義，為民有民治民享之民主共和國。'
    const auto = run(tw)
    expect(auto.script).toBe('traditional')
    expect(auto.converted).toBe(true)
    expect(auto.view.text).toContain('中华民国基于三民主义，为民有民治民享之民主共和国。')
    const keep = run(tw, 'keep')
    expect(keep.converted).toBe(false)
    expect(keep.view.text).toContain('中華民國')
    expect(run(seed('000')).script).toBe('simplified')
  })

  it('reports the script and a stable sha256 in source', () => {
    const doc = parse('中華民國憲法\n第 一 章 總綱\n第 1 條\n中華民國基於三民主義，為民有民治民享之民主共和國。')
    expect(doc.source).toMatchObject({ script: 'traditional', converted: true })
    expect(doc.source?.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(doc.clauses[0].path).toEqual(['第一章'])
    expect(doc.clauses[0].children[0].path).toEqual(['第一章', '第1条'])
  })
})
