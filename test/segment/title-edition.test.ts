import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// A guide printed with its edition on the line under the title (the corpus has 4: 国家 / 建材 / 石化
// 智能制造标准体系建设指南, blind gold 22). Hand-written pages in that layout.
const guide = (editionLine: string) => `青溪市智慧农业标准体系建设指南\n${editionLine}\n2031 年 3 月\n目 录\n一、总体要求\n二、建设思路\n一、总体要求\n（一）指导思想\n以标准化引领智慧农业发展。\n`

describe('an edition printed under a title', () => {
  it('is part of the title, its spaces dropped: （2031 版）', () => {
    const doc = parse(guide('（2031 版）'))
    expect(doc.meta.title).toBe('青溪市智慧农业标准体系建设指南（2031版）')
    expect(doc.meta.docType).toBe('指南')
  })

  it('keeps the edition and leaves out the draft mark after it: （2031 年版）（征求意见稿）', () => {
    const doc = parse(guide('（2031 年版）（征求意见稿）'))
    expect(doc.meta.title).toBe('青溪市智慧农业标准体系建设指南（2031年版）')
    expect(doc.meta.docType).toBe('指南')
  })

  it('a year in brackets with no edition word is no edition line: the title stays one line', () => {
    const doc = parse(guide('（2031年3月）'))
    expect(doc.meta.title).toBe('青溪市智慧农业标准体系建设指南')
  })
})
