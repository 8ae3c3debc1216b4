import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { addCounts, emptyTotals, SWEEPS, sweepDocument, unexplainedShare } from '../../src/eval/sweep.js'
import { policyDocs, seed, taskRoles } from '../helpers.js'

const levels = JSON.parse(readFileSync(new URL('./sweep-levels.json', import.meta.url), 'utf8')) as Record<string, { total: number; unexplained: number; share: number }>

describe('sweeps: what explains each cue', () => {
  const text = seed('003')
  const result = sweepDocument(text, parse(text))

  it('labelled roles of seed 003 explain its 牵头单位 cues', () => {
    // the 工作方案's 44 items carry 牵头单位 and 参与单位 labels
    expect(result.roles.classes.role).toBeGreaterThanOrEqual(88)
    const leadLabels = [...text.matchAll(/牵头单位/g)].length
    expect(result.roles.classes.role).toBeGreaterThanOrEqual(leadLabels)
  })

  it('seed 003: every marker-shaped line is a clause or in the removed link list', () => {
    expect(result.markers.classes.clause).toBeGreaterThan(100)
    expect(result.markers.classes.removed).toBeGreaterThan(90)
    expect(result.markers.unexplained.map((c) => c.context)).toEqual([])
  })

  it('names a person (负责人) and keeps a deadline-shaped date for the parser alone', () => {
    const doc = '关于做好2015年工作的通知\n\n一、各单位主要负责人要亲自抓。\n二、2015年6月底前完成清查。'
    const swept = sweepDocument(doc, { ...parse(doc), tasks: [] })
    expect(swept.roles.classes.person).toBe(1)
    // the task list was emptied: 2015年6月底前 has the shape of a deadline, so no class may explain it
    expect(swept.dates.unexplained.map((c) => c.cue)).toContain('2015年6月')
  })
})

describe('role classes read off the fifth-session sample (30 whole-corpus cues, seed 11)', () => {
  const cls = (text: string) => sweepDocument(text, parse(text)).roles.classes
  // each sentence is one of the 30 cases (scripts/sweep/role-cases.ts --draw, seed 11) or its family
  const cases: Array<[string, string, string]> = [
    ['measure-unit', '新台币 after 单位：', '附表四 各关系企业营运概况\n单位：新台币千元'],
    ['measure-unit', 'a measure in a table head', '│燃气消耗量 │换气风机换气量 │\n│（单位：千瓦） │（单位：立方公尺／小时）│'],
    ['officer-duty', '委员 (a member of a board)', '第 5 条 委员负责诉愿事件之审查、调查、审议及决定等事项。'],
    ['officer-duty', 'judges and prosecutors', '由承办军事检察官或军事审判官负责卷证、资料保管。'],
    ['private-party', '申请者', '第 33 条 申请迁建之工事，以就近选择适当位置由申请者负责重建为原则。'],
    ['private-party', '投资人', '第 14 条 配套方式处分土地于决标后，由主管机关依现状交由得标投资人负责看管。'],
    ['private-party', '经营企业', '第六十六条 公路的养护工作，由各该公路经营企业负责。'],
    ['set-up-duty', '得设…，负责', '第 9 条 各级主管机关为促进大众捷运系统之发展，得设协调委员会，负责规划、建设及营运之协调事项。'],
    ['set-up-duty', '可成立…，负责', '未成立工人技术考核委员会的，可成立技师考评组织，负责技师的考核、评审工作。'],
    ['definition', '是指…，负责', '直属海关，是指直接由海关总署领导，负责管理一定区域范围内的海关业务的海关。'],
    ['attributive', '之 as the classical 的', '第 433 条 因承租人之同居人应负责之事由，致租赁物毁损、灭失者，承租人负损害赔偿责任。'],
    ['attributive', '参与…的实施方案', '各职能部门要于2013年3月底前研究制定本部门、本系统参与创建平安工作的实施方案。'],
    ['accountable-to', '热心负责 (a trait)', '二、担任公差勤务或团体代表热心负责。'],
    ['person', '负责医师', '联合诊所以外之基层医疗单位，其负责医师具有医师资格者，仅得申请特约。'],
  ]
  for (const [name, why, text] of cases) {
    it(`${name}: ${why}`, () => {
      expect(cls(text)[name]).toBeGreaterThanOrEqual(1)
      expect(cls(text).unexplained).toBeUndefined()
    })
  }

  it('joint-beside-responsible: 会同 after 负责 without 牵头 gives no role (the parser drops Y, the class names it)', () => {
    // X会同Y负责: the responsible role's span runs from X to 负责 and covers 会同
    const inside = cls('关于建立粮食监测预警系统的通知\n\n一、国家发展改革委会同有关部门负责建立全国粮食监测预警系统。')
    expect(inside).toEqual({ role: 2 })
    const after = cls('关于做好服务运营的通知\n\n一、济南市工业和信息化局负责服务运营，并会同济南市历下区政府做好保障。')
    expect(after).toEqual({ role: 1, 'joint-beside-responsible': 1 })
  })

  it("a unit's duty stays the parser's: 委员会负责 is no officer and 单位：市财政局 no measure", () => {
    const text = '关于做好工作的通知\n\n一、审查咨询委员会负责召集审查会议。'
    expect(cls(text)['officer-duty']).toBeUndefined()
    expect(cls('附件\n牵头单位：市财政局')['measure-unit']).toBeUndefined()
    // 之 closing a clause is the object pronoun (商请警察协助之): no attributive
    expect(cls('军人纪律之纠察及警卫，由宪兵主办，必要时得商请警察协助之。').attributive).toBeUndefined()
    // 与会同志 (those attending) holds no 会同
    expect(cls('关于会议的通知\n\n一、会议的组织工作由国务院办公厅负责，文件于会前送达与会同志。')['joint-beside-responsible']).toBeUndefined()
  })
})

describe("date classes read from the date's 年 on (they need only overlap the cue)", () => {
  const report = '2010年政府工作报告\n\n一、2009年工作回顾\n2009年中央政府公共投资9243亿元，比上年预算增加5038亿元。国内生产总值比2000年翻一番。做好2010年上海世博会筹办工作。'
  const swept = sweepDocument(report, { ...parse(report), tasks: [], clauses: [] })

  it('a statistic, a comparison base, a year-of-work heading and a named event: none unexplained', () => {
    expect(swept.dates.classes.statistic).toBe(1)
    expect(swept.dates.classes['comparison-base']).toBe(1)
    expect(swept.dates.classes['year-of-work']).toBe(1)
    expect(swept.dates.classes['named-event']).toBe(1)
    expect(swept.dates.unexplained).toEqual([])
  })

  it('a fiscal year, a birth cohort, a price base and a narrated past are classes too', () => {
    const law = '施行细则\n\n第一条 依第一项规定应编制中华民国一百十年度决算书。中华民国六十九年次以前出生之役男，得申请。按2010年价格计算。党中央在一九八○年就已经作出决定。'
    const swept = sweepDocument(law, { ...parse(law), tasks: [], clauses: [] })
    expect(swept.dates.classes['fiscal-year-or-cohort']).toBe(2)
    expect(swept.dates.classes.edition).toBe(1)
    expect(swept.dates.classes['narrated-past']).toBe(1)
    expect(swept.dates.unexplained).toEqual([])
  })

  it('a bare year with no such words stays unexplained', () => {
    const text = '关于做好有关工作的通知\n\n一、2009年我们走访了企业。'
    const plain = sweepDocument(text, { ...parse(text), tasks: [], clauses: [] })
    expect(plain.dates.unexplained.map((c) => c.cue)).toEqual(['2009年'])
  })
})

describe('sweep levels over corpus/ (260 documents) do not rise', () => {
  const totals = emptyTotals()
  const docs: Array<[string, string]> = [['000', seed('000')], ['001', seed('001')], ['002', seed('002')], ['003', seed('003')], ['004', seed('004')], ...policyDocs()]
  for (const [, text] of docs) addCounts(totals, sweepDocument(text, parse(text), 0))

  for (const name of SWEEPS) {
    it(`${name}: unexplained share at most the recorded ${levels[name].share}`, () => {
      expect(totals[name].total).toBeGreaterThan(0)
      // 0.002 of slack: a parser fix may move a handful of cues between classes
      expect(unexplainedShare(totals[name])).toBeLessThanOrEqual(levels[name].share + 0.002)
    })
  }
}, 120_000)

describe('classes read off the sweep7 sample (30 cues per sweep, scripts/sweep.ts --seed 7)', () => {
  // each sentence is one of the sampled cases (or its family), with what the parser explained emptied,
  // so only the class can name it
  const bare = (text: string) => {
    const doc = parse(text)
    return sweepDocument(text, { ...doc, tasks: [], clauses: [], documentTime: undefined } as typeof doc)
  }
  const roleCases: Array<[string, string, string]> = [
    ['attributive', '负责…之人 (兒童福利法)', '前项负责执行监护事务之人，应负与亲权人相同之注意义务。'],
    ['attributive', '负责承办的审判员 (最高人民法院规定)', '负责承办的审判员应当查清事实并提出处理意见。'],
    ['set-up-duty', '置召集人一人，负责', '第 7 条 审查咨询委员会置召集人一人，负责召集并主持审查会议。'],
    ['set-up-duty', '设在…，负责 (浙江省动物防疫条例)', '应急指挥部的办事机构设在同级人民政府兽医主管部门，负责重大动物疫情应急处理的日常工作。'],
    ['officer-duty', '执行成员 (淄博市物业管理条例)', '执行成员负责业主委员会的日常事务工作。'],
    ['officer-duty', '原首长', '但所有一切责任，仍由原首长负责。'],
    ['private-party', '生产企业 (循环经济促进法)', '不具备技术经济条件而不适合利用的，由各该生产企业负责无害化处置。'],
    ['private-party', '建设方或施工方', '因建筑产生的垃圾应当由建设方或施工方负责及时清运。'],
    ['system-name', '分级负责', '第四条 本市按照属地管理、分级负责、条块结合的原则，组织实施大气污染防治。'],
    ['no-unit-lead', '牵头部门 as a noun', '涉及多个部门的工作，牵头部门要加强协调，相关部门要密切配合。'],
    ['accountable-to', 'a long accountability (对…合法性负责)', '法制审核机构对拟作出的重大执法决定的法定权限，以及执法的事实、证据、程序的合法性负责。'],
    ['duty-cooperation', 'taking part inside a duty (上海市动物防疫条例)', '公安部门负责做好疫区封锁、社会治安和安全保卫，并协助、参与动物扑杀。'],
    ['achievement', 'a count of things led', '发布国家标准 285 项，牵头制定国际标准 28 项。'],
  ]
  for (const [name, why, text] of roleCases) {
    it(`roles, ${name}: ${why}`, () => {
      const swept = bare(text).roles
      expect(swept.classes[name]).toBeGreaterThanOrEqual(1)
      expect(swept.unexplained.map((c) => c.context)).toEqual([])
    })
  }

  const dateCases: Array<[string, string, string]> = [
    ['comparison-base', '由1978年的… (1980 report)', '积累率由1978年的36.5％，降为33.6％。'],
    ['comparison-base', '同1980年相比', '一九八五年同一九八○年相比，国家外汇储备有了增加。'],
    ['edition', '年或其后年度版本', '通过公元二零一零年或其后年度版本之ISO 17712高保安封条国际标准认证。'],
    ['edition', 'a bond named by its year', '二、乙种债票掉换民国二十七年金公债英、美金债票。'],
    ['named-event', 'a battle', '但曾参加民国四十七年八二三台海保卫战役者，得申请。'],
    ['narrated-past', 'what befell (2003 report)', '国有企业职工大量下岗；1998、1999年连续遭受特大洪涝灾害。'],
    ['year-of-work', 'a heading of the year’s targets', '三、重点攻关目标及计划\n（一）2023年预期目标\n攻关智能产品应当详述产品。'],
    ['era-or-span', 'an open end (2015年后)', '2015年后，随着经济发展和财政收入的增长，应当提高财政用于科学技术经费的比例。'],
    ['statistic', 'a sum in a year', '发展改革委已在国债中安排该项目2亿元，其中2003年安排了9000万元。'],
    ['form-blank', 'a blank form date', '推荐单位：（盖章）\n申报日期： 2022年 月 日'],
    ['horizon', 'a programme named by its horizon', '部署启动面向2030年的科技创新重大项目。'],
    ['relative-year', '同年内 in a law', '三、于同年内已受军事征用法之人力征用者。'],
    ['relative-year', '当年年底前 in a law', '第九条 领取补贴的经营者未在当年年底前用完额度的，次年不再核发。'],
    ['year-heading', 'a report’s section heading naming its year', '各位代表：\n一、2031年全市交通运输发展成效\n过去一年，全市新开通公交线路12条。'],
    ['meeting-or-issue', 'a meeting line wrapped after 年', '办法已经中共济南市工业和信息化局党组 2021 年第\n5 次会议审议通过，现印发给你们。'],
  ]
  for (const [name, why, text] of dateCases) {
    it(`dates, ${name}: ${why}`, () => {
      const swept = bare(text).dates
      expect(swept.classes[name]).toBeGreaterThanOrEqual(1)
      expect(swept.unexplained.map((c) => c.context)).toEqual([])
    })
  }

  it('a duration with a stray space, 若干年内 and 二月 inside 十二月 are no date cues', () => {
    const text = '自扩充之日起，二 年内视同中小企业。自合并之日起，三\n    年内视同中小企业。今后若干年内缓和供应。其评选结果应于同年十二月底前公告。'
    expect(bare(text).dates.total).toBe(0)
  })

  it('markers: a bare number, kilometres, a wrapped cross-reference and a 专栏 box line', () => {
    const text =
      '某条例\n\n沿革：\n1.\n矿区走向长\n7.12km，宽1.7km。\n董事及监察人之选举，依下列规定：\n第十二条与第一项由主管机关指定之董事。\n专栏1　基础理论\n\n1.大数据智能理论。研究数据驱动。\n\n2.跨媒体感知计算理论。\n'
    const swept = bare(text).markers
    expect(swept.classes['bare-number']).toBe(1)
    expect(swept.classes.number).toBe(1)
    expect(swept.classes['cross-reference']).toBe(1)
    expect(swept.classes['box-content']).toBe(2)
    expect(swept.unexplained).toEqual([])
  })
})

describe('classes read off the sweep8 sample (40 role cues, 30 dates, all 77 marker lines; scripts/sweep.ts --seed 88)', () => {
  // each sentence is one of the sampled cases (or its family); what the parser explained is emptied,
  // so only the class can name the cue
  const bare = (text: string) => {
    const doc = parse(text)
    return sweepDocument(text, { ...doc, tasks: [], clauses: [], documentTime: undefined } as typeof doc)
  }
  const roleCases: Array<[string, string, string]> = [
    ['encouraged-lead', 'an enterprise supported to lead (shandong_020)', '支持创新型龙头企业在新材料、高端装备、医养健康、新一代信息技术等领域牵头创建国家重点实验室。'],
    ['encouraged-lead', 'guided to lead (shandong_031)', '（六）加快智能建造应用标准研究。引导行业龙头企业牵头开展行业应用标准研究。'],
    ['help-to-public', 'help to farmers (農業發展條例)', '第 50 条 主管机关应会同有关机关，协助农民或农民团体实施产、制、储、销一贯作业。'],
    ['requested-help', 'help requested of the police (森林保護辦法)', '前项各款所定事项，森林保护机关于必要时，得会同或请求警察或消防机关办理或协助。'],
    ['officer-duty', '监票人 (村民委员会选举办法)', '每个流动票箱应当有三名以上监票人负责。'],
    ['officer-duty', '船长全面负责 (海上交通安全条例)', '第七条 船长全面负责船舶航行、停泊和作业的安全。'],
    ['officer-duty', '校长全面负责 (高等教育法)', '第四十一条 高等学校的校长全面负责本学校的教学、科学研究和其他行政管理工作。'],
    ['officer-duty', '馆员一人 (外交郵袋寄遞辦法)', '外交邮袋证明书由使馆馆长或经指定之馆员一人负责签署。'],
    ['private-party', '承运人 (水路货物运输合同实施细则)', '属于拖轮责任造成被拖物或第三者损失的，由承运人负责。'],
    ['private-party', '所有权人或者管理人，负责 (城市景观风貌条例)', '公共环境艺术品的所有权人或者管理人，负责公共环境艺术品的维护。'],
    ['private-party', '受托人…按照合同负责 (个人独资企业法)', '受托人或者被聘用的人员应当履行诚信、勤勉义务，按照与投资人签订的合同负责个人独资企业的事务管理。'],
    ['private-party', '遗属 (勞工退休金條例)', '有未具名之遗属者，由具领之遗属负责分配之。'],
    ['set-up-duty', '指定…单位，负责 (票券商內部控制辦法)', '应指定一隶属于总经理之管理单位，负责法令遵循制度之规划、管理及执行。'],
    ['set-up-duty', '指定…，负责 wrapped by the export (票券商內部控制辦法)', '票券金融公司为符合法令之遵循，应指定一隶属于董事会或总经理之总公\n司管理单位，负责遵守法令主管制度之规划、管理及执行。'],
    ['set-up-duty', '设立…，具体负责 (宁波大榭开发区条例)', '开发区管委会可根据工作需要，设立若干职能机构，具体负责开发区各项行政管理事务。'],
    [
      'attributive',
      '负责颁发…的部门 (预防煤矿生产安全事故的特别规定)',
      '第六条 负责颁发采矿许可证、安全生产许可证、营业执照和矿长资格证、矿长安全资格证的部门，向不符合法定条件的煤矿颁发证照的，给予处分。',
    ],
    ['attributive', '有意向牵头申报…的单位 (central_071)', '二、请有意向牵头申报并拟通过我部推荐的单位，加强与相关单位的沟通协作。'],
    ['measure-unit', 'a share after a category label', '二、其他执行单位：百分之四十。'],
    ['slogan', '党委领导、政府负责 (北京市街道办事处条例)', '街道办事处应当按照党委领导、政府负责、民主协商、社会协同、公众参与的社会治理体系要求。'],
    ['slogan', '政府领导、部门负责 (seed 004)', '全力构建政府领导、部门负责、行业自律、舆论监督、公众参与相结合的市场监管新格局。'],
    ['slogan', '政府主要负责 (职业教育改革实施方案)', '由注重办职业教育向管理与服务过渡。政府主要负责规划战略、制定政策、依法依规监管。'],
    ['accountable-to', '连带负责 (處務規程)', '其关系重大者，各级审核人员及主管人员应连带负责。'],
    ['person', '负责干部 (1957 report)', '我们要求有关部门的负责干部认真地提倡协作精神。'],
    ['person', '负责厂商 (糧食管理法)', '七、制造厂商与国内负责厂商名称、电话号码及地址。'],
  ]
  for (const [name, why, text] of roleCases) {
    it(`roles, ${name}: ${why}`, () => {
      const swept = bare(text).roles
      expect(swept.classes[name]).toBeGreaterThanOrEqual(1)
      expect(swept.unexplained.map((c) => c.context)).toEqual([])
    })
  }

  it("roles: a unit's own duty is still the parser's (市政府负责…, 由市交通局牵头…)", () => {
    const swept = bare('一、市政府负责统筹推进。\n二、由市交通局牵头，市财政局配合。').roles
    expect(swept.unexplained.map((c) => c.cue)).toEqual(['负责', '牵头', '配合'])
  })

  it('roles: 全面负责 is a role verb (潍坊市青州古城保护条例: 青州市人民政府全面负责…)', () => {
    const text =
      '某某条例\n第五条 潍坊市人民政府负责对青州古城的规划、保护、管理和利用工作进行监督和指导。\n青州市人民政府全面负责青州古城的规划、保护、管理和利用。\n第六条 对外合作开采海洋石油资源的业务，由中国海洋石油总公司全面负责。\n第七条 船长全面负责船舶航行的安全。'
    const doc = parse(text)
    expect(taskRoles(doc, '第五条')).toEqual(['responsible 潍坊市人民政府', 'responsible 青州市人民政府'])
    expect(taskRoles(doc, '第六条')).toEqual(['responsible 中国海洋石油总公司'])
    // an officer who 全面负责 is no unit
    expect(taskRoles(doc, '第七条')).toBeUndefined()
  })

  it('roles: an item opening with 负责 under a duty-list head the parser read is explained by the head (blind 14 convention)', () => {
    const text = '某某条例\n第十九条 登记管理机关履行下列监督管理职责：\n(一)负责民办非企业单位的成立、变更、注销登记；\n(二)对民办非企业单位实施年度检查；\n(三)负责民办非企业单位年度检查的初审。'
    const doc = parse(text)
    // the parser holds the head's role on 第十九条, positioned on 登记管理机关履行下列监督管理职责
    expect(doc.tasks.flatMap((t) => t.roles.map((r) => r.role))).toEqual(['responsible'])
    const swept = sweepDocument(text, doc).roles
    expect(swept.classes.role).toBe(2)
    expect(swept.unexplained).toEqual([])
    // without the head's role nothing explains the items
    expect(sweepDocument(text, { ...doc, tasks: [] }).roles.classes.unexplained).toBe(2)
  })

  const dateCases: Array<[string, string, string]> = [
    ['plan-year', 'the year a plan covers (1959 report)', '放手发动群众，使大家认识一九五九年计划的伟大政治意义。'],
    ['plan-year', '一九五八年要求… (1958 report)', '一九五八年要求大家畜的数量有比较快的发展，合计比上一年增长百分之四点六。'],
    ['plan-year', 'the plan year of an arrangement', '一九五八年机械工业生产的安排，比较充分地发挥了各个机械工业部门的设备能力。'],
    ['statistic', 'a rise in a series (1983 report)', '工业企业可比产品的成本，一九八○年上升百分之零点九，一九八一年上升百分之一。'],
    ['statistic', 'a forecast', '目前国产船用柴油机所用曲轴全部依赖进口，2004年预计国产大型柴油机94台。'],
    ['comparison-base', '等于一九四九年的 (1954 report)', '棉纱四百六十万件，等于一九四九年的二点六倍。'],
    ['comparison-base', '一九五七年比一九五六年 (1958 report)', '根据预计，一九五七年比一九五六年，粮食增加了五十亿斤。'],
    ['named-event', 'a conference wrapped by a PDF (central_025)', '将倡议核心内容纳入主席总结。2022年世界互联网\n大会乌镇峰会上成功举办弥合数字鸿沟论坛。'],
    ['named-event', '奥运 (a 批复)', '保障2008年奥运体育代表团等安全便捷地抵离首都国际机场。'],
    ['edition', 'a convention named by its year', '十二、一九八二年国际海洋法公约。'],
    ['narrated-past', '有了 (1980 report)', '长期亏损的国营农场，1979年有了盈利。'],
    ['narrated-past', '就…了 (1957 report)', '前三年扩大的灌溉面积共四千一百多万亩，而1956年就扩大了一亿多亩。'],
    ['year-of-work', 'the year’s tasks (1980 report)', '1981年发展国民经济的主要任务，是继续贯彻执行调整、改革的方针。'],
    ['year-of-work', 'a year heading (1959 report)', '二、我们在第二个五年计划的第二年——一九五九年经济战线上的任务'],
    ['year-of-work', 'a year’s outlook heading (central_025)', '三、2023年数字中国发展形势与展望'],
    ['year-character', '2023 年是…之年', '2023 年是全面贯彻落实党的二十大精神的开局之年。'],
    ['title-year', 'a report title wrapped by a PDF', '收到854.2万多条留言。2022年《政\n府工作报告》起草收到网民建言近百万条。'],
  ]
  for (const [name, why, text] of dateCases) {
    it(`dates, ${name}: ${why}`, () => {
      const swept = bare(text).dates
      expect(swept.classes[name]).toBeGreaterThanOrEqual(1)
      expect(swept.unexplained.map((c) => c.context)).toEqual([])
    })
  }

  it('dates: a target year in a plan stays the parser’s (2025年将建成… is no plan-year class)', () => {
    expect(bare('到2025年，全省将建成10个示范区。2025年将建成10个示范区。').dates.classes['plan-year']).toBeUndefined()
  })

  it('markers: cross-references, wrapped decimals and lists, grade lists and 一是 outside clauses', () => {
    const text = [
      '某规则',
      '第 105 条',
      '第九十七条第九十九条及第一百零一条之规定，于租用基地建筑房屋均准用之。',
      '第 8 条',
      '第四条所设之辐射防护业务单位应为设施经营者内直属负责人指挥监督之单位。',
      '（四）、（五）项所列人员，经选举委员会决定，可以在服刑地进行选民登记。',
      '重点地区细颗粒物（PM',
      '2.5',
      '）浓度继续下降。',
      '2.5-2.8MHz -10dBm 1MHz 有效值检波',
      '牛每头以',
      '二．五平方公尺计算。',
      '第 12 条',
      '一、二等职业训练中心设会计室，置会计主任一人。',
      '提报全盘收支预算数 (附件十九之表',
      '二、三、四) 送达行政院主计处。',
      '体现在两个方面：',
      '一是删除了这一原则性规定。',
      '二是删除了不损害债权人利益的条件。',
    ].join('\n')
    const swept = bare(text).markers
    expect(swept.classes['cross-reference']).toBe(3)
    expect(swept.classes.number).toBe(2)
    expect(swept.classes['chinese-decimal']).toBe(1)
    expect(swept.classes['grade-list']).toBe(1)
    expect(swept.classes['wrapped-list']).toBe(1)
    expect(swept.classes['list-outside-clause']).toBe(2)
    expect(swept.unexplained).toEqual([])
  })

  it('markers: an item whose text opens with grades stays unexplained (一、一、二审法院院长: the parser’s family)', () => {
    const text = '某办法\n第 2 条\n依本办法应受职务评定之法官如下：\n一、一、二审法院院长：指高等法院以下各法院院长。\n二、各级法院法官：指各法院法官。'
    expect(bare(text).markers.unexplained.map((c) => c.cue)).toEqual(['一、', '二、'])
  })
})

describe('twenty-second session: a 沿革 piece moving an authority is no event, and the sweep names it', () => {
  // our own text in the Taiwan export's form (the bulk prints 1,310 such dates in mojlaw_tw; commit 7d3d1e6 made
  // them no event and left them unexplained: the whole-corpus date sweep rose from 438 to 1,764)
  const history = (second: string) =>
    [
      '某某补助办法',
      '法规性质：命令',
      '沿革：',
      '1.中华民国九十八年三月二日某某部某字第 0980001234 号令订定发布全文 12 条；并自发布日施行',
      second,
      '第 1 条',
      '本办法依某某法第十条规定订定之。',
      '',
    ].join('\n')
  const transfer = [
    '  中华民国一百十二年九月一日行政院院台规字第 1120000001 号公',
    '  告第 2 条、第 5 条第 1 项、第 7 条至',
    '  12、第 13 条所列属「某某署」之权责事项，自一百十二年九月十五日起改',
    '  由「某某部」管辖',
  ].join('\n')

  it('the transfer gives no history entry; its date is authority-transfer and its wrapped article list a named line', () => {
    const text = history(transfer)
    const doc = parse(text)
    expect(doc.meta.history?.map((h) => h.date)).toEqual(['2009-03-02'])
    const swept = sweepDocument(text, doc)
    expect(swept.dates.classes['authority-transfer']).toBeGreaterThanOrEqual(1)
    expect(swept.dates.unexplained.map((c) => c.cue)).toEqual([])
    expect(swept.markers.classes['wrapped-article-list']).toBe(1)
    expect(swept.markers.unexplained).toEqual([])
  })

  it('a 公告 whose entry moves nothing is not a transfer: the class stops at the next numbered entry', () => {
    const text = history('2.中华民国一百年五月一日某某部公告不予适用\n3.中华民国一百十二年九月一日某某部令所列属「某某署」之权责事项，自同日起改由「某某部」管辖')
    const swept = sweepDocument(text, { ...parse(text), meta: { ...parse(text).meta, history: [] } })
    expect(swept.dates.classes['authority-transfer']).toBeUndefined()
  })
})
