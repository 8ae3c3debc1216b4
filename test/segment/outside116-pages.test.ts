import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside116's page forms (test/gold/outside/outside116.md), in fixtures of our own wording

describe('an upward document’s 版头: its organ alone over the 字号, the 签发人 beside the 字号', () => {
  const request = (numberLine: string) => parse(`青溪市农业农村局\n${numberLine}\n关于审定《禁渔可行性研究报告》的请示\n青溪市人民政府:\n为保护水生生态，现报请市政府审定。\n`)

  it('reads the 字号 without the 签发人 and the organ as the issuer', () => {
    const doc = request('青农发〔2017〕134号 签发人:张某')
    expect([doc.meta.title, doc.meta.docNumber?.normalized, doc.meta.issuers]).toEqual(['关于审定《禁渔可行性研究报告》的请示', '青农发〔2017〕134号', ['青溪市农业农村局']])
  })

  it('reads the organ so over a 字号 printed alone', () => {
    expect(request('青农发〔2017〕134号').meta.issuers).toEqual(['青溪市农业农村局'])
  })

  it('a line that is no organ over the 字号 names no issuer (guard)', () => {
    expect(parse('信息公开目录\n青农发〔2017〕134号\n关于审定《禁渔可行性研究报告》的请示\n青溪市人民政府:\n现报请市政府审定。\n').meta.issuers).toEqual([])
  })
})

describe('a notice reprinted with its place masked in the 落款, a release line under the date', () => {
  const notice = (signer: string) =>
    parse(
      `青溪市生态环境局关于印发青溪市土壤保护规划的通知\n青环规〔2023〕1号\n各区人民政府：\n经市政府同意，现将《青溪市土壤保护规划》印发给你们，请遵照执行。\n${signer}\n2023年10月8日\n(公开属性:主动公开)\n青溪市土壤保护规划\n前言\n土壤是经济社会发展的物质基础。\n`,
    )

  it('is dated by the 落款 past the release line, and issued by the title’s organ', () => {
    const doc = notice('(略) 生态环境局')
    expect([doc.meta.signedDate, doc.meta.issuers, doc.documents.map((d) => d.meta.title)]).toEqual(['2023-10-08', ['青溪市生态环境局'], ['青溪市土壤保护规划']])
  })

  it('an unmasked 落款 still names the issuer (guard)', () => {
    expect(notice('青溪市生态环境局').meta.issuers).toEqual(['青溪市生态环境局'])
  })
})
