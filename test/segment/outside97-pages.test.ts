import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside97's page families (test/gold/outside/outside97.md), in fixtures of our own wording

describe('a ministry order numbered within its year, the title after it on its line', () => {
  const page = (heading: string) =>
    `热门站点| 某某资料网 | 专利资料网\n收藏本站| 设为首页| 首页\n\n青溪特许经营备案办法\n\n作者:法律资料网 时间:2024-06-29 05:22:41  浏览:8257   来源:法律资料网\n下载地址: 点击此处下载\n\n青溪特许经营备案办法\n\n农商部\n\n\n${heading}\n\n  《青溪特许经营备案办法》已于2007年4月6日经农商部第六次部务会讨论通过，现予以公布，自2007年5月1日起施行。\n\n      部 长：张某某\n\n      二〇〇七年四月三十日\n\n青溪特许经营备案办法\n\n  第一条 为加强对特许经营活动的管理，制定本办法。\n  第二条 本办法由农商部负责解释。\n`

  it('reads the order as the law’s publication: its date, the sentence’s history, no nested document', () => {
    const doc = parse(page('农商部令2007年第15号 青溪特许经营备案办法'))
    expect([doc.meta.title, doc.meta.signedDate, doc.meta.publishedDate]).toEqual(['青溪特许经营备案办法', '2007-04-30', '2007-04-30'])
    expect(doc.meta.history?.map((h) => [h.date, h.action])).toEqual([
      ['2007-04-06', '通过'],
      ['2007-04-30', '公布'],
      ['2007-05-01', '施行'],
    ])
    expect(doc.documents).toEqual([])
  })

  it('reads the year-numbered heading alone on its line too', () => {
    const doc = parse(page('农商部令2007年第15号'))
    expect(doc.meta.history?.map((h) => h.action)).toEqual(['通过', '公布', '施行'])
    expect(doc.documents).toEqual([])
  })
})

describe("a news site's tag in brackets after the headline", () => {
  it('is cut off the title; a document’s own bracket stays', () => {
    const notice = (title: string) => `${title}\n\n2022-03-31 10:58 浏览人数:637次 来源:青溪发布\n\n为有效阻止疫情传播，现就相关事项通告如下：\n一、暂停线下教学。\n`
    expect(parse(notice('青溪市疫情防控第97号通告(重要)')).meta.title).toBe('青溪市疫情防控第97号通告')
    expect(parse(notice('青溪市疫情防控第98号通告（图）')).meta.title).toBe('青溪市疫情防控第98号通告')
    expect(parse(notice('青溪市疫情防控管理办法（试行）')).meta.title).toBe('青溪市疫情防控管理办法（试行）')
  })
})

describe('a flattened notice with a release note after its 落款', () => {
  it('finds the issued plan’s title after the note', () => {
    const text =
      '青溪市某区人民政府办公室关于印发青溪市某区处置森林火灾应急预案的通知 各镇乡人民政府和街道办事处，各委、办、局，各直属单位： 经区人民政府同意，现将《青溪市某区处置森林火灾应急预案》印发给你们，请照此执行。 青溪市某区人民政府办公室 2018年1月24日 (此件主动公开) 青溪市某区处置森林火灾应急预案 1 总则 1.1 制定目的 贯彻“预防为主、积极消灭”的方针，建立健全森林火灾应急工作机制，依法有力有序有效实施森林火灾应急处置工作，最大程度减少森林火灾造成损失。 1.2 适用范围 本预案适用于某区行政区域内发生的森林火灾应急处置工作。\n'
    const doc = parse(text)
    expect([doc.meta.signedDate, doc.documents.map((d) => d.meta.title)]).toEqual(['2018-01-24', ['青溪市某区处置森林火灾应急预案']])
  })
})
