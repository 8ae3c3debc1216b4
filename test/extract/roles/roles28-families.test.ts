import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import type { PolicyDocument } from '../../../src/index.js'

// Families of the twenty-eighth session's role round (issue #11, helper roles28): outside38's families E and F and
// the role sweep's draw (test/gold/audit/roles28-draw.tsv). The articles are sentences of the probe's saved pages and
// of regulations in the bulk corpus, each under a title of our own.
const triples = (doc: Pick<PolicyDocument, 'tasks'>) => doc.tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${t.path.join('/')} ${r.role} ${u.name}`)))
const regulation = (...articles: string[]) => parse(`某市管理细则\n\n${articles.map((a, i) => `第${'一二三四五六七八九十'[i]}条 ${a}`).join('\n')}\n`)

describe('a field list under a level pair ending 等单位 (outside38 05, family E)', () => {
  it('gives every field the level pair and the head 单位; an organisation among the fields keeps its own name', () => {
    // 广州市临时救助实施细则 第三条 (outside38 page 05), the duties before the list shortened
    const doc = regulation(
      '市民政部门负责统筹开展全市临时救助工作。村（居）民委员会依法协助做好临时救助对象的主动发现、协助申请、调查核实、公示等工作。市、区教育、公安、司法行政、财政、人力资源社会保障、住房城乡建设、卫生健康、应急管理、医保、城市管理综合执法、来穗人员服务管理、审计、工会、团委、妇联、残联等单位按照各自职责主动配合，密切协作，做好相关工作。',
    )
    expect(triples(doc)).toEqual([
      '第一条 responsible 市民政部门',
      '第一条 participant 村（居）民委员会',
      '第一条 participant 市、区教育单位',
      '第一条 participant 市、区公安单位',
      '第一条 participant 市、区司法行政单位',
      '第一条 participant 市、区财政单位',
      '第一条 participant 市、区人力资源社会保障单位',
      '第一条 participant 市、区住房城乡建设单位',
      '第一条 participant 市、区卫生健康单位',
      '第一条 participant 市、区应急管理单位',
      '第一条 participant 市、区医保单位',
      '第一条 participant 市、区城市管理综合执法单位',
      '第一条 participant 市、区来穗人员服务管理单位',
      '第一条 participant 市、区审计单位',
      '第一条 participant 市、区工会',
      '第一条 participant 市、区团委',
      '第一条 participant 市、区妇联',
      '第一条 participant 市、区残联',
    ])
  })
})

describe('a list of fields sharing one suffix as the subject carried to a later clause (…等有关主管部门应当组织制定…，负责…)', () => {
  it('reads the whole list, not its first field or the government inside it (draw row 30; 山东省非物质文化遗产条例, 湿地保护法)', () => {
    const doc = regulation(
      // 山东省建设工程抗震设防条例 第二十一条, its second clause dropped
      '省人民政府住房城乡建设、交通运输、水利等有关主管部门应当组织制定建设工程抗震设计、施工等工程建设地方标准，负责监督实施。',
      // 北京市乡村振兴促进条例 第五条, third paragraph
      '发展改革、经济和信息化、财政、规划和自然资源等部门应当按照乡村振兴责任制要求，在各自职责范围内负责乡村振兴促进工作。',
      // 北京市实施《防洪法》办法 第五条, second paragraph: a unit joined after the list
      '城镇房屋、人民防空、市政行政主管部门和其他有关部门按照各自的职责分工，负责有关的防洪工作。',
    )
    expect(triples(doc)).toEqual([
      '第一条 responsible 省人民政府住房城乡建设主管部门',
      '第一条 responsible 省人民政府交通运输主管部门',
      '第一条 responsible 省人民政府水利主管部门',
      '第二条 responsible 发展改革部门',
      '第二条 responsible 经济和信息化部门',
      '第二条 responsible 财政部门',
      '第二条 responsible 规划和自然资源部门',
      '第三条 responsible 城镇房屋行政主管部门',
      '第三条 responsible 人民防空行政主管部门',
      '第三条 responsible 市政行政主管部门',
      '第三条 responsible 其他有关部门',
    ])
  })

  it('reads no fields out of places before one body, and no unit out of a joined name it cannot read whole', () => {
    const doc = regulation(
      // 杭州市公共汽车客运管理条例 第四条 (places sharing one body)
      '萧山区、余杭区、各县（市）交通运输主管部门应当组织实施本辖区的公共汽车客运规划，负责本辖区内的公共汽车客运管理工作。',
      // 上海市医疗保障条例 第五条, second paragraph, shortened: 市政府办医主体 is no unit, and 市政府办 no part of it
      '卫生健康、药品监管、财政等部门以及市政府办医主体，按照各自职责做好医疗保障相关工作。',
    )
    expect(triples(doc).filter((x) => x.includes('萧山') || x.includes('余杭') || x.includes('市政府办'))).toEqual([])
  })
})

describe('levels joined before one body as the subject carried to a later clause (市、县（市、区）…机构统筹推进…，负责…)', () => {
  it('reads the joined levels and the body as one collective (draw row 28; 上海市献血条例 第五条)', () => {
    const doc = regulation(
      '市、县（市、区）和城乡一体化示范区精神文明建设指导机构统筹推进本行政区域内文明行为促进工作，负责规划、指导、协调和监督检查，组织开展宣传、表彰以及其他文明行为促进工作。',
      '市和区、县人民政府领导管辖范围内的献血工作，负责制定和下达年度献血计划，保证献血工作经费。',
    )
    expect(triples(doc)).toEqual(['第一条 responsible 市、县（市、区）和城乡一体化示范区精神文明建设指导机构', '第二条 responsible 市和区、县人民政府'])
  })

  it('reads no body where officers follow it or its name runs into the verb', () => {
    const doc = regulation(
      // 北京市实施《代表法》办法 第十五条, second paragraph: the chairs, persons, hold the duty
      '乡、民族乡、镇人民代表大会主席、副主席，负责组织本级人民代表大会代表开展闭会期间的活动。',
      // 郑州市科学技术普及条例 第五条, its first clause
      '市、县（市）、区科学技术行政部门主管本行政区域内科学技术普及工作，负责组织实施本条例。',
    )
    expect(triples(doc).filter((x) => x.includes('主席') || x.includes('人民代表大会') || x.includes('主管本'))).toEqual([])
  })
})

describe('a verb of the subject joined by 并 before the role verb of a later clause (…，完善…并负责…)', () => {
  it('carries the subject to the role verb (draw row 30: 山东省建设工程抗震设防条例 第二十一条; 上海市社会信用条例)', () => {
    const doc = regulation(
      '省人民政府住房城乡建设、交通运输、水利等有关主管部门应当组织制定建设工程抗震设计、施工等工程建设地方标准，完善工程建设标准体系并负责监督实施。',
      '市和区社会信用管理部门负责社会信用工作的综合协调和监督管理，组织拟订各项政策措施并负责协调实施。',
    )
    expect(triples(doc)).toEqual([
      '第一条 responsible 省人民政府住房城乡建设主管部门',
      '第一条 responsible 省人民政府交通运输主管部门',
      '第一条 responsible 省人民政府水利主管部门',
      '第二条 responsible 市和区社会信用管理部门',
    ])
  })

  it('carries nothing past a name before 并, a new subject (私立學校教職員眷屬疾病保險辦法 第6条, simplified)', () => {
    const doc = regulation('私立学校教职员保险被保险人离职时，本保险被保险人应行退保，要保学\n校并应负责收回其保险证，连同退保通知一并送承保机关。')
    expect(triples(doc)).toEqual([])
  })
})
