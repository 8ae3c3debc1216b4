import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside52's families (test/gold/outside/outside52.md), in fixtures of our own wording

const REPLY = (source: string) =>
  `欢迎您访问江北省农业农村厅网站\n\n关于省十四届人大三次会议第2046号建议的答复\n\n来源:${source} 发布时间: 2025-07-10 09:30\n相关文章:\n\n访谈解读:\n\n   某农函〔2025〕31号\n\n李某某代表:\n\n  您提出的《关于支持某市茶产业发展的建议》(第2046号)收悉。现答复如下:\n\n  我省持续实施特色现代农业高质量发展工程，着力建设优势特色产业集群，将某市茶产业纳入省域产业集群总体布局。下一步，我厅将继续加强与有关部门的沟通衔接，积极争取项目支持，推动茶产业全链条发展。同时，我厅将指导某市做好茶园基础设施改造提升、茶叶精深加工和品牌培育等工作，支持有条件的县（市、区）申报农业产业强镇和现代农业产业园，加强茶叶质量安全监管，推进茶文旅融合发展，带动茶农增收致富。对您提出的将茶产业纳入省级产业集群项目的建议，我厅将在明年项目申报中统筹考虑，会同省财政厅做好资金安排。\n\n  感谢您对“三农”工作的关心和支持。敬请今后继续多提宝贵意见。\n\n  联 系 人:王某某\n\n  联系电话:0591-87000000\n\n  江北省农业农村厅\n\n  2025年6月20日\n\n  (此件主动公开)\n`

describe("a department's reply on its own site, a related-articles label under its stamp", () => {
  it('keeps the reply under the label and reads its 字号, 落款 and the stamp crediting the department by its short name', () => {
    const doc = parse(REPLY('省农业农村厅'))
    expect([doc.meta.docNumber?.normalized, doc.meta.signedDate, doc.meta.issuers, doc.meta.publishedDate]).toEqual(['某农函〔2025〕31号', '2025-06-20', ['江北省农业农村厅'], '2025-07-10'])
  })

  it('takes no publication date from a stamp crediting another body', () => {
    expect(parse(REPLY('省财政厅')).meta.publishedDate).toBeNull()
  })

  it('still cuts a related-articles footer under a document', () => {
    const doc = parse(`${REPLY('省农业农村厅')}相关文章:\n江北省农业农村厅关于印发某方案的通知\n江北省农业农村厅关于开展某检查的通知\n`)
    expect(doc.meta.signedDate).toBe('2025-06-20')
    expect(doc.diagnostics.some((d) => d.code === 'boilerplate-removed' && d.message.includes('to the end (related-articles)'))).toBe(true)
  })
})

describe("a policy database's label block", () => {
  it('reads the 字号 after `政府发文编号:`', () => {
    const doc = parse('政府发文编号: 某政发〔2019〕12号\n某省人民政府关于印发某行动计划的通知\n各市人民政府：\n现将《某行动计划》印发给你们，请认真贯彻执行。\n')
    expect(doc.meta.docNumber?.normalized).toBe('某政发〔2019〕12号')
  })
})
