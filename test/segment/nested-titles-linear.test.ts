import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { countRegexWork } from '../parse/fuzz-checks.js'

/**
 * A notice that quotes `n` titles in its issuing sentence, none printed again, over `n` body
 * lines: the nested-title search used to scan the whole body once per quoted title.
 */
function manyQuotedTitles(n: number): string {
  const titles = Array.from({ length: n }, (_, k) => `《第${k}号区域协调发展专项实施方案》`)
  const body = Array.from({ length: n }, (_, k) => `${k + 1}. 各地区各部门要加强组织领导，落实工作责任，确保各项任务按期完成。`)
  return ['国务院办公厅关于印发区域协调发展专项实施方案的通知', '各省、自治区、直辖市人民政府：', `现将${titles.join('、')}印发给你们，请认真贯彻执行。`, ...body].join('\n')
}

describe('nested-title search over many quoted titles stays linear (counted regex work)', () => {
  it('8× the titles and lines cost at most 12× the work', () => {
    const one = manyQuotedTitles(300)
    const a = countRegexWork(() => parse(one))
    const b = countRegexWork(() => parse(manyQuotedTitles(2400)))
    expect(a.work.calls).toBeGreaterThan(0)
    expect(b.work.calls).toBeLessThanOrEqual(12 * a.work.calls)
    expect(b.work.scanned).toBeLessThanOrEqual(12 * a.work.scanned)
    // and the document is still read as one notice with its numbered items
    expect(b.result.meta.title).toBe('国务院办公厅关于印发区域协调发展专项实施方案的通知')
    expect(b.result.documents).toEqual([])
  })

  it('a quoted title printed again later still starts the issued document, also when broken over lines', () => {
    const text = [
      '国务院办公厅关于印发两个方案的通知',
      '各省、自治区、直辖市人民政府：',
      '现将《甲市节能减排综合工作方案》和《乙市大气污染防治行动计划》印发给你们，请认真贯彻执行。',
      '国务院办公厅',
      '2021年9月1日',
      '甲市节能减排综合',
      '工作方案',
      '一、总体要求',
      '乙市大气污染防治行动计划',
      '一、工作目标',
    ].join('\n')
    const doc = parse(text)
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['甲市节能减排综合工作方案', '乙市大气污染防治行动计划'])
  })
})
