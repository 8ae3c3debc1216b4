import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside48's families (test/gold/outside/outside48.md), in fixtures of our own wording

describe('a report to a standing committee whose opening asks for review in another form', () => {
  it('reads 报告 from `向…报告…，请审议` when no title is printed', () => {
    const doc = parse(
      '——2021年7月29日在某省第十三届人民代表大会常务委员会第二十九次会议上\n某省审计厅厅长 王平\n主任、各位副主任、秘书长，各位委员：\n我受省人民政府委托，向省人大常委会报告2020年度省级预算执行和其他财政收支的审计情况，请审议。\n一、省级财政管理审计情况\n',
    )
    expect([doc.meta.title, doc.meta.docType, doc.meta.signedDate, doc.meta.issuers]).toEqual([null, '报告', '2021-07-29', []])
  })

  it('reads 报告 from a budget report asking `请予审查`', () => {
    const doc = parse('各位代表：\n受县人民政府委托，现向大会报告2022年全县财政预算执行情况和2023年财政预算草案，请予审查，并请县政协各位委员提出意见。\n一、2022年财政预算执行情况\n')
    expect(doc.meta.docType).toBe('报告')
  })

  it('leaves a notice that asks a body to review a report it will send', () => {
    const doc = parse('各县区人民政府：\n请于5月底前向市政府报告整改情况，请审核后盖章报送。\n')
    expect(doc.meta.docType).not.toBe('报告')
  })
})
