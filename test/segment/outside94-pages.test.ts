import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside94's families (test/gold/outside/outside94.md), in fixtures of our own wording

describe('a news lead naming the title without 《》, the document printed under it', () => {
  const page = (lead: string) =>
    `${lead}\n青溪省共9个园区入选。\n其中，东山县茶叶产业园被认定为第三批省级产业园。\n关于青溪省第三批省级现代农业产业园认定名单的公示\n经过县（市、区）申请、专家评审等程序，拟将东山县茶叶产业园等9个产业园认定为第三批省级现代农业产业园。\n现予以公示，公示期3月1日—3月5日。\n联系电话 0591-88906434\n青溪省农业农村厅 2023年3月1日\n作者: 时间:\n`

  it('reads the title under the lead and the 落款 printed on one line under the contact line', () => {
    const doc = parse(page('3月1日，青溪省农业农村厅网站发布关于青溪省第三批省级现代农业产业园认定名单的公示。'))
    expect([doc.meta.title, doc.meta.docType, doc.meta.issuers, doc.meta.signedDate]).toEqual(['关于青溪省第三批省级现代农业产业园认定名单的公示', '公示', ['青溪省农业农村厅'], '2023-03-01'])
  })

  it('takes no line a notice quotes in 《》 for the title (guard)', () => {
    const doc = parse(
      `青政办发〔2024〕33号\n各县（区）人民政府，市直各部门：\n为持续深化无废城市建设，研究制定了《青溪市无废城市建设提质增效实施方案》。经市人民政府同意，现印发给你们，请认真贯彻执行。\n青溪市人民政府办公室\n2024年12月24日\n青溪市无废城市建设提质增效实施方案\n为深入推进无废城市建设，制定本方案。\n`,
    )
    expect(doc.meta.title).not.toBe('青溪市无废城市建设提质增效实施方案')
  })
})

describe('a notice printed from its 主送, its 版记 only a 主题词 line', () => {
  it('reads the 落款 over the 主题词 line and the genre the 主题词 closes with', () => {
    const doc = parse(
      `各区、县人民政府，各委、局，各直属单位：\n根据工作需要，经市委、市政府同意，某某任筹备委员会副主任兼秘书长。\n青溪市人民政府办公厅\n二〇一一年四月一日\n主题词：体育 运动会 机构 调整 通知\n`,
    )
    expect([doc.meta.docType, doc.meta.issuers, doc.meta.signedDate]).toEqual(['通知', ['青溪市人民政府办公厅'], '2011-04-01'])
  })
})

describe('a corps and its party committee signing a notice printed from its 主送', () => {
  it('reads both organs over a release note worded 此件为公开发布版', () => {
    const doc = parse(
      `各师市党委，兵团机关各部门：\n《青溪生产建设兵团突发事件总体应急预案》已经兵团党委、兵团同意，现印发给你们，请结合实际认真贯彻落实。\n中共青溪生产建设兵团委员会\n青溪生产建设兵团\n2025年7月22日\n（此件为公开发布版）\n青溪生产建设兵团突发事件总体应急预案\n1 总则\n1.1 目的和依据\n为提高兵团突发事件应对处置能力，制定本预案。\n`,
    )
    expect([doc.meta.issuers, doc.meta.signedDate]).toEqual([['中共青溪生产建设兵团委员会', '青溪生产建设兵团'], '2025-07-22'])
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['青溪生产建设兵团突发事件总体应急预案'])
  })
})

describe("a gazette portal's column name and motto over the title", () => {
  it('reads the title and its organ without them', () => {
    const doc = parse(
      `政府公报\n\n传达指令 指导工作 公开政务 服务社会\n\n青溪省人民政府\n关于促进乡村产业振兴的实施意见\n\n青溪省人民政府关于促进乡村产业振兴的实施意见\n\n青政发〔2019〕22号\n\n各设区市人民政府：\n\n为促进全省乡村产业振兴，现提出以下实施意见。\n\n一、培育壮大乡村优势特色产业\n`,
    )
    expect([doc.meta.title, doc.meta.docType, doc.meta.issuers]).toEqual(['青溪省人民政府关于促进乡村产业振兴的实施意见', '实施意见', ['青溪省人民政府']])
  })
})
