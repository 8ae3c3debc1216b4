import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside126, outside127 and outside129 (issue #11, helpers' draws of the forty-sixth session), on fixtures of
 * our own wording in the pages' shapes: a portal's bulleted label block with two or three labels printed empty before the
 * dated one (129 02); a variant form the script conversion leaves, `陜西` (126 03, 127 01: two pages of one session); a
 * 公示 printed from its first sentence, its act `现按相关规定予以公示` (129 08).
 */
describe("a portal's label block with empty labels before the dated one", () => {
  const page = (labels: string[]) =>
    [
      '某区突发性地质灾害应急预案',
      '  • 索引号:000014349/2022-00004',
      '  • 文号:',
      '  • 公开责任部门:某区应急管理局',
      '  • 公开方式:政府网站',
      ...labels,
      '  • 发文日期:2022-02-24',
      '',
      '1.总则',
      '1.1编制目的 为做好突发性地质灾害应对工作，制定本预案。',
    ].join('\n')

  it('passes over up to three empty labels in a row and reads the date after them', () => {
    expect(parse(page(['  • 信息时效期:', '  • 签署日期:', '  • 登记日期:'])).meta.signedDate).toBe('2022-02-24')
    expect(parse(page(['  • 签署日期:'])).meta.signedDate).toBe('2022-02-24')
  })

  it('a 签署日期 the block fills is the signing date', () => {
    expect(parse(page(['  • 签署日期:2022-02-20'])).meta.header?.fields['签署日期']).toBe('2022-02-20')
  })
})

describe('a variant form the script conversion leaves', () => {
  it('`陜西` in a traditional-script notice reads as 陕西 where it is matched; the title is written back as printed', () => {
    const doc = parse(
      [
        '陜西省人民政府關於印發陜西省土壤污染防治工作方案的通知',
        '各設區市人民政府，省人民政府各工作部門：',
        '現將《陜西省土壤污染防治工作方案》印發給你們，請認真貫徹執行。',
        '陜西省人民政府',
        '2016年12月30日',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('陜西省人民政府關於印發陜西省土壤污染防治工作方案的通知')
    expect(doc.meta.issuers).toEqual(['陕西省人民政府'])
    expect(doc.documents[0]?.meta.title ?? null).toBeNull()
  })

  it('a simplified text is left as printed', () => {
    expect(parse('陜西省某某工作方案\n一、总体要求\n（一）目标。到2025年完成。\n').meta.title).toBe('陜西省某某工作方案')
  })
})

describe('a 公示 printed from its first sentence', () => {
  it('`现按相关规定予以公示` names the genre', () => {
    const doc = parse(
      [
        '根据有关通知要求，经各地推荐，拟认定某县等5个县为工业强县。现按相关规定予以公示，公示时间为2025年7月10日-2025年7月14日。',
        '联系电话：024-12345678',
        '某省工业和信息化厅',
        '2025年7月10日',
      ].join('\n'),
    )
    expect(doc.meta.docType).toBe('公示')
    expect(doc.meta.issuers).toEqual(['某省工业和信息化厅'])
  })
})

/**
 * outside135 08 (the session's third round, measurement only, then fixed): a joint notice of twenty-two organs, one a
 * line, the last a state-owned company (`国网浙江省电力有限公司`): the company's line stopped the 落款 right above the date,
 * so no organ was read and the issuers fell back to the title's `X等二十二部门`.
 */
describe('a joint 落款 whose last organ is a company', () => {
  const notice = (last: string) =>
    [
      '某省生态环境厅等四部门关于印发《某省适应气候变化行动方案》的通知',
      '各设区市生态环境局：',
      '现将《某省适应气候变化行动方案》印发给你们，请认真贯彻执行。',
      '某省生态环境厅',
      '某省发展和改革委员会',
      '某省气象局',
      last,
      '2024年12月5日',
    ].join('\n')

  it('reads every organ, the company included', () => {
    expect(parse(notice('国网某省电力有限公司')).meta.issuers).toEqual(['某省生态环境厅', '某省发展和改革委员会', '某省气象局', '国网某省电力有限公司'])
  })

  it('a company line that is a body line is still no signer', () => {
    // (the issuers then fall back to the title's first organ, its `等四部门` the count of the others: 475dfaa9, outside220 01)
    expect(parse(notice('联系单位：国网某省电力有限公司')).meta.issuers).toEqual(['某省生态环境厅'])
  })
})
