/**
 * Page heads of the outside probe on dated tasks (test/gold/outside/outside23.md): a document-sharing
 * page running a plan's title into its preamble, a 关于 title without 的 glued to its 主送, a site's
 * greeting and read-aloud button above the 字号, a 字号 line printed after its label without a colon,
 * and a county site's bulleted label list whose values stand on the line under each label.
 * Fixtures are our own text in the pages' format.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

describe('a title run into its preamble on a sharing page (titleRunIn openers)', () => {
  it('splits the plan title at its genre word where 为 opens the preamble', () => {
    const doc = parse(
      '青溪镇滨河公园改造工程实施方案为改善群众休闲环境，根据镇政府关于2022年实施8项民生工程的通知精神，制定本方案。一、目标任务5月底前完成园路铺装，10月底前全面完工。二、组织领导成立工程推进组。\n',
    )
    expect(doc.meta.title).toBe('青溪镇滨河公园改造工程实施方案')
    expect(doc.meta.docType).toBe('实施方案')
    expect(doc.diagnostics.some((d) => d.code === 'title-run-in')).toBe(true)
  })

  it('splits at 根据 and 按照 as well, and leaves a sentence that opens with no title alone', () => {
    expect(parse('石桥街道背街小巷整治工作方案根据区委部署，制定本方案。一、整治范围主次干道两侧。\n').meta.title).toBe('石桥街道背街小巷整治工作方案')
    expect(parse('东湖社区垃圾分类推进方案按照街道统一安排，制定本方案。一、工作目标全面推开。\n').meta.title).toBe('东湖社区垃圾分类推进方案')
    // (no genre word before the opener: no title is made of the sentence)
    expect(parse('今年全镇继续推进民生工程为群众办实事，各村要抓好落实。一、目标任务年内完成。\n').meta.title).toBeNull()
  })

  it('a title printed twice before the opener, a page mark before it, is the last copy', () => {
    const doc = parse('第1页共2页区市场监管局食品安全宣传周活动方案区市场监管局食品安全宣传周活动方案为营造良好氛围，制定本方案。一、活动时间六月中旬。\n')
    expect(doc.meta.title).toBe('区市场监管局食品安全宣传周活动方案')
  })

  it('a 关于…督查通知 with no 的, its 主送 with commas glued after it, is the title', () => {
    const doc = parse('关于开展消防安全隐患排查整治情况督查通知各村（社区），镇直各单位，有关企业：为切实做好冬季消防安全工作，现将有关事项通知如下：一、督查时间2021年12月。\n')
    expect(doc.meta.title).toBe('关于开展消防安全隐患排查整治情况督查通知')
    expect(doc.meta.docType).toBe('通知')
  })
})

describe('site chrome above the 字号 and the title', () => {
  it('a greeting line and a read-aloud button are dropped, so the 字号 and the title under them are read', () => {
    const doc = parse('您好，欢迎访问青溪县政务网\n朗读\n青安监〔2019〕17号\n青溪县应急管理局关于开展\n汛前安全生产检查的通知\n各乡镇人民政府：\n现将有关事项通知如下。\n')
    expect(doc.meta.title).toBe('青溪县应急管理局关于开展汛前安全生产检查的通知')
    expect(doc.meta.docNumber?.normalized).toBe('青安监〔2019〕17号')
    expect(doc.meta.issuers).toEqual(['青溪县应急管理局'])
    expect(doc.diagnostics.filter((d) => d.code === 'boilerplate-removed').map((d) => d.message)).toEqual([expect.stringContaining('site-greeting'), expect.stringContaining('read-aloud-button')])
  })
})

describe('a 字号 line printed after its label with a space (文件编号 X〔2021〕N号)', () => {
  it('the label is no part of the number', () => {
    const doc = parse(
      '索引号 1133/2021-00045\n组配分类 区府办文件 发布机构 青溪区政府办\n青溪区人民政府办公室关于印发青溪区停车设施建设三年行动方案的通知\n文件编号 青区政办发〔2021〕9号\n各街道办事处，区政府各部门：\n现将方案印发给你们。\n青溪区人民政府办公室\n2021年4月6日\n',
    )
    expect(doc.meta.docNumber?.normalized).toBe('青区政办发〔2021〕9号')
    expect(doc.meta.docNumber?.issuerCode).toBe('青区政办发')
  })
})

describe("a county site's bulleted label list opened by 信息索引号, each value on the line under its label", () => {
  it('reads 文件名称 and 成文日期 from the lines under them', () => {
    const doc = parse(
      '• 信息索引号:\n    1133/2022-11807\n  • 文件名称:\n    中共青溪县农业农村局党组关于巡察整改情况的通报\n  • 发布机构:\n    县农业农村局\n  • 成文日期:\n    2022-09-14\n  • 公开方式:\n    主动公开\n  • 中共青溪县农业农村局党组关于巡察整改情况的通报\n    根据县委统一部署，县委第三巡察组对局党组进行了巡察。\n',
    )
    expect(doc.meta.title).toBe('中共青溪县农业农村局党组关于巡察整改情况的通报')
    expect(doc.meta.signedDate).toBe('2022-09-14')
    expect(doc.meta.indexNumber).toBe('1133/2022-11807')
  })
})
