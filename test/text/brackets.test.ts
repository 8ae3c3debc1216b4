import { describe, expect, it } from 'vitest'
import { Brackets, codeSet, splitOutsideBrackets } from '../../src/text/brackets.js'

const pieces = (text: string, cut: string) => splitOutsideBrackets(text, new Brackets(text, 0, text.length), 0, text.length, codeSet(cut)).map(([s, e]) => text.slice(s, e))

describe('splitOutsideBrackets (the one bracket-aware splitter)', () => {
  it('cuts a 主送机关 line at its separators, not inside brackets of any kind', () => {
    expect(pieces('各省、自治区、直辖市人民政府（新疆生产建设兵团、各计划单列市），《人民日报》、《光明日报》编辑部', '，、')).toEqual([
      '各省',
      '自治区',
      '直辖市人民政府（新疆生产建设兵团、各计划单列市）',
      '《人民日报》',
      '《光明日报》编辑部',
    ])
  })

  it('reads an unclosed bracket as plain text, and drops empty pieces', () => {
    expect(pieces('市财政局（牵头、市税务局，，市人社局', '，、')).toEqual(['市财政局（牵头', '市税务局', '市人社局'])
  })

  it('splits sentences of a task clause the way the role scanner reads them', () => {
    const clause = '加强统筹协调（市发展改革委负责；市财政局配合）。各区政府要抓好落实；2025年底前完成！'
    expect(pieces(clause, '。；！')).toEqual(['加强统筹协调（市发展改革委负责；市财政局配合）', '各区政府要抓好落实', '2025年底前完成'])
  })
})
