import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside73's families (test/gold/outside/outside73.md), in fixtures of our own wording

describe("a law site's note that the text was repealed, printed before its title on the title's line", () => {
  const page = (note: string) =>
    `${note}某省水土保持实施办法(修正)\n(1993年5月20日某省第八届人民代表大会常务委员会第三次会议通过 根据1998年9月3日某省第九届人民代表大会常务委员会第五次会议《关于修改〈某省水土保持实施办法〉的决定》修正)\n第一章 总则\n第一条 为了预防和治理水土流失,根据有关法律,结合本省实际,制定本办法。\n第二条 县级以上人民政府水行政主管部门负责本行政区域内的水土保持工作。\n`

  it('cuts the note and the bare version tag off the title and reads the repeal as the last history event', () => {
    const doc = parse(page('*注:本篇法规已被《某省人大常委会关于废止<某省水土保持实施办法>的决定》(发布日期:2005年7月29日 实施日期:2005年8月1日)废止'))
    expect([doc.meta.title, doc.meta.docType, doc.meta.status]).toEqual(['某省水土保持实施办法', '实施办法', '已废止'])
    expect((doc.meta.history ?? []).map((h) => [h.date, h.action])).toEqual([
      ['1993-05-20', '通过'],
      ['1998-09-03', '修正'],
      ['2005-08-01', '废止'],
    ])
    expect(doc.meta.history?.[2].raw).toContain('本篇法规已被')
  })

  it('reads a note without dates as an undated event, and an amending note as 修正', () => {
    const doc = parse(page('*注:本篇法规已被《某省人大常委会关于修改部分地方性法规的决定》修改'))
    expect(doc.meta.title).toBe('某省水土保持实施办法')
    expect(doc.meta.history?.at(-1)).toMatchObject({ date: null, action: '修正' })
  })

  it('leaves a title that only cites a repealing decision, with no note before it, whole', () => {
    const doc = parse('某省人民政府关于废止《某省水土保持实施办法》的决定\n各市人民政府:\n经省政府研究,决定废止《某省水土保持实施办法》。\n某省人民政府\n2005年7月29日\n')
    expect([doc.meta.title, doc.meta.history ?? [], doc.meta.status ?? null]).toEqual(['某省人民政府关于废止《某省水土保持实施办法》的决定', [], null])
  })
})

describe('a flattened notice whose 落款 prints only its date, set apart by spaces after 特此通知', () => {
  const page = (signature: string) =>
    `|\n各市(州)人民政府,省直各部门: 为及时掌握全省农村公路养护情况,省政府决定开展养护统计工作。现将省交通运输厅制订的《某省农村公路养护统计方案》转发你们,请认真执行。 特此通知。 ${signature} 某省农村公路养护统计方案 (省交通运输厅) 为全面反映农村公路养护情况,制定本方案。 一、统计范围 全省所有县道、乡道和村道。 二、统计内容 (一)养护里程。 1.列养里程。 2.优良路率。`

  it('reads the date as the signing date and the plan after it, its drafter apart, as the issued text', () => {
    const doc = parse(page('二○一二年三月五日'))
    expect([doc.meta.signedDate, doc.meta.docType, doc.documents.map((d) => [d.meta.title, d.meta.docType])]).toEqual(['2012-03-05', '通知', [['某省农村公路养护统计方案', '方案']]])
  })

  it('reads a date in Arabic numerals the same', () => {
    expect(parse(page('2012年3月5日')).meta.signedDate).toBe('2012-03-05')
  })

  it('leaves a date in running text after 特此通知 with no title after it to the sentence', () => {
    const doc = parse(page('二○一二年三月五日').replace('特此通知。 二○一二年三月五日 某省农村公路养护统计方案 (省交通运输厅)', '特此通知。 2012年3月5日以前 已报送的数据继续有效。'))
    expect(doc.documents).toEqual([])
  })
})
