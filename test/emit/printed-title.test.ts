import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// Traditional input is matched through a simplified copy; its title is given back as printed.
describe('the title of a converted document is written as printed', () => {
  it('a Taiwan plan: 計畫 stays 計畫 though the converter turns the phrase into 计划', () => {
    const doc = parse('臺中市政府推動長照服務據點實施計畫\n一、依據\n依長期照顧服務法辦理。\n二、執行單位\n由社會局負責，衛生局協助。\n')
    expect(doc.source?.converted).toBe(true)
    expect(doc.meta.title).toBe('臺中市政府推動長照服務據點實施計畫')
    // the genre is a category of the grammar, in its simplified form (实施 qualifies the genre and stays, as in 实施方案)
    expect(doc.meta.docType).toBe('实施计划')
  })

  it('a law title above its 沿革 block', () => {
    const text =
      '漁船船員管理規則\n法規性質：命令\n法規類別：行政＞農業部＞漁業目\n最新異動日期：20190417\n沿革：\n1.中華民國八十八年五月十八日行政院農業委員會令訂定發布全文 40 條\n第 1 條　本規則依漁業法第三十六條規定訂定之。\n第 2 條　本規則所稱漁船船員，指受僱於漁船之人員。\n'
    const doc = parse(text)
    expect(doc.meta.title).toBe('漁船船員管理規則')
    expect(text.slice(0, doc.meta.title!.length)).toBe(doc.meta.title)
  })

  it('a title broken over two lines is joined and keeps the printed characters', () => {
    const doc = parse('高雄市政府關於辦理社區營造\n補助計畫之通知\n一、目的\n為鼓勵社區參與，訂定本計畫。\n二、申請期限\n自即日起至十月底止。\n')
    expect(doc.meta.title).toBe('高雄市政府關於辦理社區營造補助計畫之通知')
  })

  it('simplified input is untouched', () => {
    expect(parse('某市人民政府关于印发养老服务实施方案的通知\n各区人民政府：\n现将方案印发给你们。\n').meta.title).toBe('某市人民政府关于印发养老服务实施方案的通知')
  })
})
