import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// Hand-written fixtures in the forms of issue #11's outside probes still below the metadata target
// (outside22 06, outside24 10, outside9 07): own places, units, numbers and dates.

describe("a title over a portal's block of one label per line, its date stamp last", () => {
  const page = (under: string) =>
    `建设美丽青溪 服务人民群众；依法履职 共建和谐家园。\n信息搜索:\n\n主任之窗\n\n青溪州人大常委会主任\n王某某\n机关建设\n\n青溪县人民代表大会常务委员会机关会议管理办法\n\n${under}\n\n第一条 为了规范常委会机关会议活动，提高会议效率，制定本办法。\n第二条 本办法适用于常委会机关召开的各类会议。\n`

  it('is the title when the stamp stands two label lines under the first', () => {
    const doc = parse(page('来源:县人大\n访问量:\n更新日期:2024-03-18'))
    expect(doc.meta.title).toBe('青溪县人民代表大会常务委员会机关会议管理办法')
    expect(doc.meta.docType).toBe('办法')
  })

  it('is no title when no label line under it dates the page', () => {
    const doc = parse(page('来源:县人大\n访问量:\n责任编辑:李某'))
    expect(doc.meta.title).toBeNull()
  })

  it('is no title when the date follows a sentence, not a label line', () => {
    const doc = parse(page('来源:县人大\n会议通过本办法，自公布之日起施行，2024年3月18日印发。'))
    expect(doc.meta.title).toBeNull()
  })
})

describe("an attachment's title under its head, above its table", () => {
  it('is the title above a serial column (`附件` / title / `序号 |`), printed twice at the top', () => {
    const doc = parse(
      '2025年县《政府工作报告》主要目标任务责任分工表\n附件\n2025年县《政府工作报告》主要目标任务责任分工表\n序号 |\n工作任务 |\n牵头单位 |\n责任单位 |\n1 |\n新增城镇就业3200人以上。 |\n县人社局 |\n各乡镇 |\n',
    )
    expect(doc.meta.title).toBe('2025年县《政府工作报告》主要目标任务责任分工表')
  })

  it('is the title above a bordered table whose border lines a site lost (`附件3` / title / `考核内容 |`)', () => {
    const doc = parse('正文内容\n附件3\n2019年度乡镇目标管理考核细则表\n|\n 考核内容及分值 |\n 评分标准 |\n 考核单位 |\n||\n 一、经济发展 (300分) |\n 1.  |\n')
    expect(doc.meta.title).toBe('2019年度乡镇目标管理考核细则表')
  })

  it('is no title when prose, not a table, follows it', () => {
    const doc = parse('正文内容\n附件3\n2019年度乡镇目标管理考核细则表\n考核工作由县考核办组织实施，各乡镇按要求报送材料。\n')
    expect(doc.meta.title).toBeNull()
  })
})

describe("a law database's record run onto one line after its title (outside16 13)", () => {
  const record = (head: string) =>
    `${head}制定机关: 青溪土家族自治县人民代表大会常务委员会效力级别: 单行条例时效性: 现行有效发布文号: 公布日期: 2012.05.30施行日期: 2012.07.01题注: (2012年4月20日青溪土家族自治县第五届人民代表大会第三次会议通过)\n第一条 为了保护和合理利用本县水资源，根据有关法律法规，结合本县实际，制定本条例。\n第二条 本县行政区域内水资源的保护和利用，适用本条例。\n`

  it('reads the title before the cells, without the version tag, and the cells as the header', () => {
    const doc = parse(record('青溪土家族自治县水资源保护条例(2012年修正本)'))
    expect(doc.meta.title).toBe('青溪土家族自治县水资源保护条例')
    expect(doc.meta.docType).toBe('条例')
    expect(doc.meta.publishedDate).toBe('2012-05-30')
    expect(doc.meta.issuers).toEqual(['青溪土家族自治县人民代表大会常务委员会'])
  })

  it('takes no title from text before the cells that is no title (a breadcrumb)', () => {
    const doc = parse(record('首页 > 法规库 > 地方法规 '))
    expect(doc.meta.title).toBeNull()
  })
})

describe("a document-sharing page's preview: page captions and reading chrome (outside19 19)", () => {
  const page =
    '2024年青溪镇中心小学秋季学期工作计划_第1页\n2024年青溪镇中心小学秋季学期工作计划_第2页\n2024年青溪镇中心小学秋季学期工作计划_第3页\n已阅读3页，还剩6页未读 继续免费阅读\n\n下载本文档\n\n版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领\n\n文档简介\n\n2024年青溪镇中心小学秋季学期工作计划\n一、指导思想\n坚持立德树人根本任务，办好人民满意的教育。\n二、工作目标\n到2024年12月底，全校教学质量进入全县前五名。\n'

  it('drops the chrome, so the title printed under it is read', () => {
    const doc = parse(page)
    expect(doc.meta.title).toBe('2024年青溪镇中心小学秋季学期工作计划')
    expect(doc.meta.docType).toBe('工作计划')
    const removed = doc.diagnostics.filter((d) => d.code === 'boilerplate-removed').map((d) => d.message)
    expect(removed.filter((m) => m.includes('docshare-page-caption'))).toHaveLength(3)
    expect(removed.some((m) => m.includes('docshare-reading'))).toBe(true)
    expect(removed.some((m) => m.includes('docshare-copyright'))).toBe(true)
  })

  it('keeps a line that only cites a page of another document', () => {
    const doc = parse('青溪县人民政府关于加强学校安全工作的通知\n各乡镇人民政府：\n　　按照《青溪县学校安全手册》第3页的要求，现将有关事项通知如下。\n')
    expect(doc.diagnostics.some((d) => d.message.includes('docshare-page-caption'))).toBe(false)
  })
})

describe('a 公告 printed under a news report of it (outside22 05)', () => {
  const page = (note: string) =>
    `5月12日，县人大常委会主任主持召开自治县十届人大常委会第八次会议。\n会议审议通过了关于召开自治县第十届人民代表大会第三次会议的决定。\n县人大常委会副主任出席会议。\n青溪土家族自治县人民代表大会常务委员会\n公  告\n${note}\n自治县十届人大常委会第八次会议决定：青溪土家族自治县第十届人民代表大会第三次会议于2024年6月3日在县城召开。\n特此公告。\n青溪土家族自治县人民代表大会常务委员会\n2024年5月12日\n`

  it('is the document: its organ and spaced genre lines are the title', () => {
    for (const note of ['〔2024〕第5号', '（2024年5月12日自治县十届人大常委会第八次会议通过）']) {
      const doc = parse(page(note))
      expect(doc.meta.title).toBe('青溪土家族自治县人民代表大会常务委员会公告')
      expect(doc.meta.docType).toBe('公告')
      expect(doc.meta.signedDate).toBe('2024-05-12')
    }
  })

  it('is no head without its serial or adoption note under the genre line', () => {
    const doc = parse(page('自治县人大常委会办公室'))
    expect(doc.meta.title).toBeNull()
  })
})
