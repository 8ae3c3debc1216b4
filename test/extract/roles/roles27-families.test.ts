import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import type { PolicyDocument } from '../../../src/index.js'

// Families of the twenty-seventh session's role round (issue #11, helper roles27; the judged draw is
// test/gold/audit/roles27-draw.tsv): the articles below are sentences of provincial and city regulations in the bulk
// corpus (lawrefbook, mojlaw_tw), each under a title of our own.
const triples = (doc: Pick<PolicyDocument, 'tasks'>) => doc.tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${t.path.join('/')} ${r.role} ${u.name}`)))
const regulation = (...articles: string[]) => parse(`某市管理条例\n\n${articles.map((a, i) => `第${'一二三四五六七八九十'[i]}条 ${a}`).join('\n')}\n`)

describe('a body named by its object and a generic head, opening the sentence (湿地保护管理机构负责…)', () => {
  it('reads the name whole whatever tags the segmenter gives its object words', () => {
    const doc = regulation(
      // 湿地/z 保护 管理机构, 公共/b 就业 服务 机构, 非/h 物质 …, 红旗渠/nr 保护 管理机构
      '湿地保护管理机构负责其管理范围内湿地的保护，开展资源监测、科学研究、宣传教育等活动。',
      '公共就业服务机构负责失业人员的失业登记、职业指导和职业介绍。',
      '非物质文化遗产保护工作机构负责非物质文化遗产的调查、研究和保护工作。',
      '红旗渠保护管理机构负责红旗渠的日常保护管理工作。',
    )
    expect(triples(doc)).toEqual([
      '第一条 responsible 湿地保护管理机构',
      '第二条 responsible 公共就业服务机构',
      '第三条 responsible 非物质文化遗产保护工作机构',
      '第四条 responsible 红旗渠保护管理机构',
    ])
  })

  it('reads two objects joined by 和 before one head, and the subject carried to a later 负责 (draw row 10)', () => {
    const doc = regulation(
      '住房城乡建设行政主管部门负责地下管线建设综合管理工作。城建档案和地下管线管理机构具体承担地下管线建设管理的协调工作，负责做好地下管线基础信息普查、档案信息管理等工作。',
      '港口和海事管理机构负责对港区、船舶的污染实施监督管理。',
    )
    expect(triples(doc)).toEqual(['第一条 responsible 住房城乡建设行政主管部门', '第一条 responsible 城建档案和地下管线管理机构', '第二条 responsible 港口和海事管理机构'])
  })

  it('leaves alternatives joined by 或, a lone surname-tagged character and a post staffed by 指派…担任 unread', () => {
    const doc = regulation(
      '试验主持人或试验机构负责保存试验文件。',
      '本助学金由教育部委托香港中国文化协会组成中山助学\n金审核委员会负责办理。',
      '保险业总机构法令遵循单位、营业单位、资讯单位及国外分公司应指派人员担任该单位法令遵循主管，负责办理法令遵循业务。',
    )
    expect(triples(doc)).toEqual([])
  })
})

describe('levels joined before a list of fields sharing one suffix (市、区经济和信息化、…等主管部门)', () => {
  it('gives every field the joined levels, one collective each', () => {
    const doc = regulation(
      '市、区经济和信息化、规划和自然资源、教育、科学技术等主管部门在各自职责范围内负责危险废物污染环境防治的监督管理工作。',
      '市、区县（自治县）人民政府发展改革、财政、公安等部门依据各自职责，负责有关的动物防疫工作。',
      '市和区、县教育、科技、文化等行政管理部门负责本系统内国家机关以外其他公共机构的节能监督管理工作。',
      '省辖市、县（市、区）人民政府农业、林业行政主管部门分别主管本行政区域内的农业植物检疫、森林植物检疫工作。',
    )
    expect(triples(doc)).toEqual([
      '第一条 responsible 市、区经济和信息化主管部门',
      '第一条 responsible 市、区规划和自然资源主管部门',
      '第一条 responsible 市、区教育主管部门',
      '第一条 responsible 市、区科学技术主管部门',
      '第二条 responsible 市、区县（自治县）人民政府发展改革部门',
      '第二条 responsible 市、区县（自治县）人民政府财政部门',
      '第二条 responsible 市、区县（自治县）人民政府公安部门',
      '第三条 responsible 市和区、县教育行政管理部门',
      '第三条 responsible 市和区、县科技行政管理部门',
      '第三条 responsible 市和区、县文化行政管理部门',
      '第四条 responsible 省辖市、县（市、区）人民政府农业行政主管部门',
      '第四条 responsible 省辖市、县（市、区）人民政府林业行政主管部门',
    ])
    expect(doc.tasks[0].roles[0].units.map((u) => u.kind)).toEqual(['collective', 'collective', 'collective', 'collective'])
  })

  it('keeps a 的 after the levels or their government in the prefix (市和区、县人民政府的交通、规划…等部门)', () => {
    const doc = regulation('市和区、县人民政府的交通、规划、建设等部门依据各自职责，负责有关的道路交通工作。', '县级以上人民政府的计划、规划、建设等部门，在各自的职责范围内负责人民防空工作。')
    expect(triples(doc)).toEqual([
      '第一条 responsible 市和区、县人民政府的交通部门',
      '第一条 responsible 市和区、县人民政府的规划部门',
      '第一条 responsible 市和区、县人民政府的建设部门',
      '第二条 responsible 县级以上人民政府的计划部门',
      '第二条 responsible 县级以上人民政府的规划部门',
      '第二条 responsible 县级以上人民政府的建设部门',
    ])
  })

  it('reads no field out of a pointer (市、县（市、区）下列主管部门)', () => {
    const doc = regulation('市、县（市、区）下列主管部门按照各自职责，负责物业服务区域内以下监督管理工作。')
    expect(triples(doc)).toEqual([])
  })
})

describe('a body a government designates and the text names (X人民政府确定的部门（以下称…）负责…)', () => {
  it('reads the designated body with its short-name note, and a longer designating government', () => {
    const doc = regulation(
      '省、自治区、直辖市人民政府确定的部门（以下称监督管理部门）负责对本地区融资担保公司的监督管理。',
      '市和县（市）区人民政府确定的出租汽车客运管理机构（以下简称出租汽车管理机构）负责具体实施出租汽车行业管理。',
      '县级以上人民政府主管体育工作的部门（以下简称体育主管部门）负责本行政区域内的全民健身工作。',
    )
    expect(triples(doc)).toEqual([
      '第一条 responsible 省、自治区、直辖市人民政府确定的部门',
      '第二条 responsible 市和县（市）区人民政府确定的出租汽车客运管理机构',
      '第三条 responsible 县级以上人民政府主管体育工作的部门',
    ])
  })

  it('gives a contractor no role (…确定的专业作业单位负责, 清扫专业作业单位)', () => {
    const doc = regulation('城市道路由区（市）相关行政主管部门确定的专业作业单位负责清扫保洁。', '市容和环境卫生作业单位负责清扫保洁。')
    expect(triples(doc)).toEqual([])
  })
})

describe('a place named by its role opening a unit (安置地人民政府…), and a superior right before the verb (在…领导下负责)', () => {
  it('reads 安置地 as a unit opening, as 所在地 is', () => {
    const doc = regulation(
      '退役军人原所在部队应当将退役军人移交安置地人民政府退役军人工作主管部门，安置地人民政府退役军人工作主管部门负责接收退役军人。',
      '随调配偶在机关或者事业单位工作，符合有关法律法规规定的，安置地人民政府负责安排到相应的工作单位。',
    )
    expect(triples(doc)).toEqual(['第一条 responsible 安置地人民政府退役军人工作主管部门', '第二条 responsible 安置地人民政府'])
  })

  it('drops 在…领导下 / 在…指导下 between the units and their verb, the body led holding the duty', () => {
    const doc = regulation(
      '市和区、县人民政府教育督导机构在本级人民政府领导下负责组织实施本行政区域内的义务教育督导工作。',
      '区、县公安部门在市公安部门的领导下具体负责本行政区域内的门弄号管理工作。',
      '县（市、区）人民政府水行政主管部门在市人民政府水行政主管部门指导下负责本行政区域内的水资源管理工作。',
    )
    expect(triples(doc)).toEqual(['第一条 responsible 市和区、县人民政府教育督导机构', '第二条 responsible 区、县公安部门', '第三条 responsible 县（市、区）人民政府水行政主管部门'])
  })
})

describe('a subject carried to a clause that opens with an adverbial of basis before its verb (…，依照本条例的规定负责…)', () => {
  it('gives the sentence subject the duty after the basis phrase (draw row 5), a 、 inside the cited laws', () => {
    const doc = regulation(
      '国务院有关部门按照国务院规定的职责，依照本条例的规定负责货物进出口贸易管理的有关工作。',
      '流溪河流域内区人民政府及其有关行政管理部门，依照法律、法规的规定负责流溪河流域保护和管理的有关工作。',
      '县、区人民政府是本行政区域内山体保护的责任主体，按照管理权限具体负责组织实施山体保护工作。',
    )
    expect(triples(doc)).toEqual(['第一条 responsible 国务院有关部门', '第二条 responsible 流溪河流域内区人民政府', '第二条 responsible 有关行政管理部门', '第三条 responsible 县、区人民政府'])
  })
})

describe('the council of a standing committee’s chairs (常务委员会主任会议) is a body', () => {
  it('reads 常务委员会主任会议 as a unit (draw row 30), not an office’s 主任会议 convened in the sentence', () => {
    const doc = regulation('预案研究工作由常务委员会主任会议负责。', '河长制工作机构应当定期组织召开河长制领导小组办公室主任会议，研究、通报河长制工作，并负责本级河长会议决定事项的跟踪督办。')
    expect(triples(doc)).toEqual(['第一条 responsible 常务委员会主任会议', '第二条 responsible 河长制工作机构'])
  })
})
