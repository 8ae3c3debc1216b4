import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside122 (issue #11, a helper's draw of the forty-fifth session), on fixtures of our own wording in the
 * page's shape: a document-sharing site's numbered disclaimers over a law database's copied 文章属性 block, and a notice's
 * 落款 date with the title of the text it issues glued after it.
 */
const DISCLAIMERS = [
  '合集下载',
  '  1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。',
  '  2. 2、"仅部分预览"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款(可完整预览的文档不适用该条件!)。',
  '  3. 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。',
]

const page = (glued: boolean) =>
  [
    '某市林业局关于印发2011年工作计划的通知',
    '',
    ...DISCLAIMERS,
    '',
    '某市林业局关于印发2011年工作计划的通知',
    '文章属性',
    '•【制定机关】某市林业局',
    '•【公布日期】2011.03.08',
    '•【字号】某林办发[2011]1号',
    '•【时效性】现行有效',
    '正文',
    '某市林业局关于印发2011年工作计划的通知',
    '(某林办发〔2011〕1号)',
    '各区县林业局,局属各单位:',
    '现将《某市林业局2011年工作计划》印发你们,请结合本单位实际,认真贯彻落实。',
    '',
    ...(glued ? ['二〇一一年三月八日某市林业局2011年工作计划'] : ['二〇一一年三月八日', '某市林业局2011年工作计划']),
    '一、主要目标',
    '全年新增造林面积1万公顷。',
  ].join('\n')

describe("a document-sharing site's disclaimers over a law database's block", () => {
  it('the three numbered disclaimers and 合集下载 are chrome: no clauses 1–3, and the 文章属性 block under them is the header', () => {
    const doc = parse(page(false))
    expect(doc.clauses.map((c) => c.marker)).toEqual([])
    expect(doc.meta.docNumber?.normalized).toBe('某林办发〔2011〕1号')
    expect(doc.meta.publishedDate).toBe('2011-03-08')
  })

  it('a numbered list that opens with other words stays a list', () => {
    const doc = parse('某县关于做好防汛工作的通知\n各乡镇:\n1、下载防汛预案并组织学习。\n2、仅部分乡镇完成演练的,月底前补齐。\n')
    expect(doc.clauses.map((c) => c.marker)).toEqual(['1、', '2、'])
  })
})

describe('a 落款 date with the issued title glued after it', () => {
  it('the date closes the notice and the issued plan opens under its own title', () => {
    const doc = parse(page(true))
    expect(doc.meta.signedDate).toBe('2011-03-08')
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['某市林业局2011年工作计划', '工作计划']])
  })

  it('a date followed by any other words is left as printed', () => {
    const doc = parse(page(false).replace('二〇一一年三月八日\n某市林业局2011年工作计划', '二〇一一年三月八日某市林业局召开会议'))
    expect(doc.documents).toEqual([])
  })
})
