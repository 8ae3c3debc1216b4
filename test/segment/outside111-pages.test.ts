import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside111's page families (test/gold/outside/outside111.md), in fixtures of our own wording

describe('a portal entry titled by the issuing notice that prints only the plan it issues', () => {
  const page = (opening: string) =>
    `当前位置：首页>政府信息公开>市委（办）文件\n索引号：640199-000/2018-00077 发布机构：青溪市委办公室\n成文日期：2018-04-02 发布日期：2018-04-02\n名称：中共青溪市委办公厅青溪市人民政府办公厅关于印发《青溪市2018年碧水工程实施方案》的通知\n中共青溪市委办公厅青溪市人民政府办公厅关于印发《青溪市2018年碧水工程实施方案》的通知\n${opening}\n一、总体要求\n以改善水环境质量为核心，强化部门联动。\n二、主要目标\n2018年，全市地表水优良水体比例达到80%以上。\n`

  it('nests the plan, untitled, with the genre the title names, and its target year in it', () => {
    const doc = parse(page('为贯彻落实《水污染防治行动计划》（国发〔2015〕17号）精神，结合本市实际，制定本方案。'))
    expect([
      doc.meta.title,
      doc.meta.docType,
      doc.meta.issuers,
      doc.documents.map((d) => [d.meta.title, d.meta.docType]),
      doc.documents.flatMap((d) => d.tasks.map((t) => [t.path.join('/'), t.deadlines.map((x) => x.date)])),
      doc.tasks.length,
    ]).toEqual([
      '中共青溪市委办公厅青溪市人民政府办公厅关于印发《青溪市2018年碧水工程实施方案》的通知',
      '通知',
      ['中共青溪市委办公厅', '青溪市人民政府办公厅'],
      [[null, '实施方案']],
      [['二', ['2018-12-31']]],
      0,
    ])
  })

  it('a site’s headline that names no organ stays the page heading: the page is the plan (guard)', () => {
    const doc = parse('青溪：关于印发《青溪市2018年碧水工程实施方案》的通知\n为贯彻落实水污染防治行动计划，结合本市实际，制定本方案。\n一、总体要求\n以改善水环境质量为核心。\n')
    expect([doc.meta.title, doc.meta.docType, doc.documents.length]).toEqual([null, '实施方案', 0])
  })

  it('a purpose sentence citing a notice that issued something is still no issuing sentence', () => {
    const doc = parse(page('为认真落实《省人民政府关于印发〈水污染防治工作方案〉的通知》精神，结合本市实际，制定本方案。'))
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([[null, '实施方案']])
  })
})

describe('a law site’s head shortening the organ, the document’s own title broken over two lines under its labels', () => {
  const page = (own: string) =>
    `青溪省地方法规\n青溪省政府关于印发《青溪省老年人发展纲要》和《青溪省青少年发展纲要》的通知\n【发布文号】青政[2003]21号\n【发布日期】2003-05-12\n${own}\n（青政〔2003〕21号）各市、县人民政府，省政府各部门：\n《青溪省老年人发展纲要（2003-2010年）》和《青溪省青少年发展纲要（2003-2010年）》已经省政府常务会议研究通过，现印发给你们，请认真贯彻执行。\n青溪省人民政府\n二〇〇三年五月十二日\n`

  it('takes the printed title, joined, with the organ’s full name', () => {
    const doc = parse(page('青溪省人民政府关于印发《青溪省老年人发展纲要》\n和《青溪省青少年发展纲要》的通知'))
    expect([doc.meta.title, doc.meta.docNumber?.normalized, doc.meta.issuers]).toEqual([
      '青溪省人民政府关于印发《青溪省老年人发展纲要》和《青溪省青少年发展纲要》的通知',
      '青政〔2003〕21号',
      ['青溪省人民政府'],
    ])
  })

  it('lines that only begin the head’s title and go on otherwise leave the head (guard)', () => {
    const doc = parse(page('青溪省人民政府关于印发《青溪省老年人发展纲要》\n的说明'))
    expect(doc.meta.title).toBe('青溪省政府关于印发《青溪省老年人发展纲要》和《青溪省青少年发展纲要》的通知')
  })
})

describe('a reply to a deputy’s proposal titled 答复函', () => {
  it('is of the genre 答复函, not 复函', () => {
    const doc = parse('对市十六届人大二次会议第215号建议的答复函\n青水复函〔2024〕12号\n王某某代表：\n您提出的《关于加强农村供水保障的建议》收悉。现答复如下：\n')
    expect([doc.meta.title, doc.meta.docType]).toEqual(['对市十六届人大二次会议第215号建议的答复函', '答复函'])
  })
})

describe('a portal’s label row naming the text’s force (效力状态) after its index number', () => {
  it('ends the index number before the label and reads the status', () => {
    const doc = parse(
      '索 引 号:640199-000/2018-00077 效力状态:有效\n发布机构:青溪市委办公室 成文日期:2018-04-02\n名 称:青溪市人民政府关于加强水源保护的通知\n青溪市人民政府关于加强水源保护的通知\n各县（区）人民政府：\n现将有关事项通知如下。\n',
    )
    expect([doc.meta.indexNumber, doc.meta.status]).toEqual(['640199-000/2018-00077', '有效'])
  })
})
