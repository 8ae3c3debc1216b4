import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside140–142 (issue #11, helpers' draws of the forty-seventh session's second round), on fixtures of
 * our own wording in the pages' shapes: a policy database's upload labels under the document's own title (140 03); a
 * repost's `(摘录)` after the title (140 02); a traditional-script portal's breadcrumb `首頁 > …` ending in a 字号's
 * prefix (142 07).
 */
describe("a policy database's upload labels under the document's own title", () => {
  const page = (below: string[]) =>
    [
      '首页> 关注此文用户还关注:',
      '青溪省防震减灾“十二五”规划',
      '上传机构: 某某科技信息研究所',
      '产出机构: 青溪省人民政府网站http://www.example.gov.cn/art/2011/8/17/art_1.html',
      '发布日期: 2011-08-17',
      '上传时间: 2012-11-16',
      '政府发文编号:',
      '作者:',
      ...below,
    ].join('\n')

  it('the title above the labels stays the title, and the 发布日期 dates the publication', () => {
    const doc = parse(page(['关键字:', '前言', '防震减灾事关人民生命财产安全。为提升全省抗御地震灾害能力，制定本规划。']))
    expect(doc.meta.title).toBe('青溪省防震减灾“十二五”规划')
    expect(doc.meta.docType).toBe('规划')
    expect(doc.meta.publishedDate).toBe('2011-08-17')
  })

  it("a title under the upload line is still the document's, and the lines above it the site's", () => {
    const doc = parse(page(['青溪省地震局关于印发青溪省防震减灾“十二五”规划的通知', '各市地震局：', '现将规划印发给你们，请认真贯彻执行。']))
    expect(doc.meta.title).toBe('青溪省地震局关于印发青溪省防震减灾“十二五”规划的通知')
  })
})

describe("a repost's excerpt mark after the title", () => {
  it('`(摘录)` is the site’s, not the title’s', () => {
    const doc = parse(['青溪省中长期教育改革和发展规划纲要(摘录)', '发布者:发布时间:2011-01-06', '为促进青溪教育事业科学发展，制定本规划纲要。', '序言', '教育是民族振兴的基石。'].join('\n'))
    expect(doc.meta.title).toBe('青溪省中长期教育改革和发展规划纲要')
  })
})

describe("a traditional-script portal's breadcrumb", () => {
  const page = (crumb: string) =>
    [
      crumb,
      '006939748/2023-00030',
      '青溪省人民政府辦公廳',
      '2022-12-22',
      '青溪省人民政府辦公廳關于印發青溪省文物保護實施方案的通知',
      '青辦函〔2022〕343號',
      '各地級以上市人民政府，省政府各部門：',
      '《青溪省文物保護實施方案》已經省人民政府同意，現印發給你們，請認真貫徹執行。',
      '青溪省人民政府辦公廳',
      '2022年12月22日',
    ].join('\n')

  it('`首頁 > …` is dropped as `首页 > …` is: its last crumb is no title', () => {
    const doc = parse(page('首頁 > 政務公開 > 文件庫 > 全部文件 > 青辦函'))
    expect(doc.meta.title).toBe('青溪省人民政府辦公廳關于印發青溪省文物保護實施方案的通知')
    expect(doc.meta.docType).toBe('通知')
  })
})
