import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside82's families (test/gold/outside/outside82.md), in fixtures of our own wording

describe("a law database's label block with a label printed empty, a placeholder date in a glued row", () => {
  const page = (kind: string) =>
    `临川市人民政府关于加强农贸市场管理的意见\n收藏\n发文字号:临政发〔2011〕5号\n\n颁布部门:临川市人民政府\n\n法律效力:地方政府规章\n\n${kind}\n\n颁布日期:2011-03-08生效日期:1900-01-01\n\n临川市人民政府关于加强农贸市场管理的意见\n各县(区)人民政府:\n  现就加强农贸市场管理提出如下意见。\n`

  it('reads the rows after the empty label, and no effective date from the placeholder', () => {
    const doc = parse(page('应用分类'))
    expect(doc.meta.publishedDate).toBe('2011-03-08')
    expect(doc.meta.effectiveDate).toBeNull()
    expect(doc.meta.docNumber?.normalized).toBe('临政发〔2011〕5号')
  })

  it('still stops at a line that is no label (guard)', () => {
    expect(parse(page('相关文章')).meta.publishedDate).toBeNull()
  })
})

describe("a company site's contact lines over a notice's 字号, red rule and title", () => {
  it('finds the title under the 版头 past the chrome', () => {
    const chrome = [
      '您好！欢迎访问临川某检测技术有限公司官方网站！',
      '热门关键词：环境检测 水质检测',
      '联系我们contact us',
      '临川某检测技术有限公司',
      '地址：临川市东坑镇科技园1号',
      '电话：0794-8265266',
      '传真：0794-8265268',
      '邮件：info@example.com',
      '公司官网：www.example.com',
      '标准法规Regulation',
    ]
    const doc = parse(
      `${chrome.join('\n')}\n临府〔2016〕45号\n━━━━━━━━━━━━━━━━\n临川市人民政府关于印发临川市土壤污染防治\n工作方案的通知\n各县(区)人民政府：\n现将《临川市土壤污染防治工作方案》印发给你们，请认真贯彻执行。\n临川市人民政府\n2016年12月30日\n临川市土壤污染防治工作方案\n为切实加强土壤污染防治，制定本方案。\n`,
    )
    expect(doc.meta.title).toBe('临川市人民政府关于印发临川市土壤污染防治工作方案的通知')
    expect(doc.meta.docNumber?.normalized).toBe('临府〔2016〕45号')
    expect(doc.meta.signedDate).toBe('2016-12-30')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['临川市土壤污染防治工作方案'])
  })
})
