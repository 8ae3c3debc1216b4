import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside93's families (test/gold/outside/outside93.md), in fixtures of our own wording

describe("a page heading printing the title in 《》 over the site's date stamp", () => {
  const page = (source: string) =>
    `《转发青溪市人民政府办公厅关于印发青溪市学前教育行动计划(2021-2023年)的通知》\n发布日期:2021-11-13 15:37 来源:${source}\n\n各县区教育局:\n\n    现将《青溪市人民政府办公厅关于印发青溪市学前教育行动计划(2021—2023年)的通知》(青府办〔2021〕8号)转发给你们,请结合实际,认真组织实施。\n\n青溪市教育局\n\n2021年1月17日\n`

  it('reads the title inside the 《》, and no publication date from a stamp that credits nobody', () => {
    const doc = parse(page(''))
    expect(doc.meta.title).toBe('转发青溪市人民政府办公厅关于印发青溪市学前教育行动计划（2021-2023年）的通知')
    expect(doc.meta.publishedDate).toBeNull()
  })

  it('keeps the date of a stamp crediting the issuer (guard)', () => {
    expect(parse(page('青溪市教育局')).meta.publishedDate).toBe('2021-11-13')
  })
})

describe("a policy aggregator's label row over a flattened notice, its 字号 glued before the 主送", () => {
  const page = (opening: string) =>
    `关于印发青溪区科技发展规划的通知\n\n政策\n发布部门: 青溪区人民政府办公室 发布时间:2012年05月28日 有效性:政策是否有效未知,请慎用\n${opening}《青溪区科技发展规划》已经区政府常务会议审议通过,现印发给你们,请认真遵照执行。青溪区人民政府二〇一二年五月二十八日\n`

  it('reads the 字号 and keeps the label row apart from the text', () => {
    const doc = parse(page('青溪政发〔2012〕20号各街乡,政府委办局及直属单位:'))
    expect(doc.meta.docNumber?.normalized).toBe('青溪政发〔2012〕20号')
    expect(doc.diagnostics.some((d) => d.code === 'line-joined' && d.message.includes('请慎用'))).toBe(false)
  })

  it('takes no number a sentence opens with (guard)', () => {
    expect(parse(page('国办发〔2011〕5号文件要求:')).meta.docNumber).toBeNull()
  })
})

describe('measures titled 若干举措', () => {
  it('are a 举措', () => {
    const doc = parse(
      `青溪省人民政府关于印发《青溪省促进民营经济发展若干举措》的通知\n\n各市人民政府：\n\n现将《青溪省促进民营经济发展若干举措》印发给你们，请认真贯彻执行。\n\n青溪省人民政府\n2025年9月5日\n\n青溪省促进民营经济发展若干举措\n\n为促进民营经济发展，制定以下举措。\n\n一、优化公平竞争环境\n`,
    )
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['青溪省促进民营经济发展若干举措', '举措']])
  })
})
