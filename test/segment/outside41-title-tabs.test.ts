import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside41 probe (issue #11): a document-sharing site's tabs above a title broken over lines. Text written for the
// test in the page's form (own place and dates).

describe('a title broken over lines under a sharing site’s tabs', () => {
  it('does not take the tabs `收藏` / `前言` / `详情` as the title’s first part', () => {
    const doc = parse(
      '[规划计划] 发表于:2022-08-02 17:08:00\n收藏\n前言\n\n详情\n\n青溪市国民经济和社会发展第十四个五年\n\n规划和二〇三五年远景目标纲要\n\n（2021年2月24日青溪市第二届人民代表大会第九次会议批准）\n\n序 言\n\n“十四五”时期，是开启全面建设社会主义现代化国家新征程的第一个五年。\n',
    )
    expect([doc.meta.title, doc.meta.docType]).toEqual(['青溪市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', '纲要'])
  })

  it('still joins a title’s first part printed on the line above', () => {
    const doc = parse('青溪市人民政府关于印发\n青溪市防汛抗旱应急预案的通知\n各乡镇人民政府：\n现将预案印发给你们。\n')
    expect(doc.meta.title).toBe('青溪市人民政府关于印发青溪市防汛抗旱应急预案的通知')
  })
})
