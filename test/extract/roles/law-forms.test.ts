import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { scanRoles, type ScanResult } from '../../../src/extract/roles/index.js'

/** Role forms of laws and regulations (issue #11): sentences from the bulk law corpus (lawrefbook) and corpus/policy. */
const brief = (r: ScanResult) => r.roles.map((x) => [x.role, x.units.map((u) => u.name)])

describe('a verb that modifies a generic head at a sentence start names the unit', () => {
  it.each([
    ['物业主管部门负责组织协调各有关部门定期对物业服务区域内的违法违规行为进行监督。', '物业主管部门'],
    ['登记管理机关负责本行政区域内社会团体的登记管理。', '登记管理机关'],
    ['材料接收工作组负责接收申请材料，如材料不完整，将不予接收。', '材料接收工作组'],
    // a committee or 署 named by what it does (劳动/vn 争议 仲裁/vn 委员会; 運輸/vn 署)
    ['劳动人事争议仲裁委员会负责处理本辖区内发生的争议。', '劳动人事争议仲裁委员会'],
    ['学位评定委员会负责审查通过学士学位获得者的名单。', '学位评定委员会'],
    ['运输署负责督导全部运输核实工作。', '运输署'],
    // the pre-2008 organ, kept whole for the segmenter (劳动/vn 和/c had governed it)
    ['劳动和社会保障局负责本行政区域内的就业管理工作。', '劳动和社会保障局'],
    // a place the segmenter tags ns and the place list lacks opens the name (海淀区/ns 城管 执法/v 部门)
    ['海淀区城管执法部门负责辖区内占道经营的巡查。', '海淀区城管执法部门'],
    ['滨湖新区审批制度改革部门负责统筹一证通办改革。', '滨湖新区审批制度改革部门'],
  ])('%s', (text, unit) => {
    expect(brief(scanRoles(text))).toEqual([['responsible', [unit]]])
  })

  it('a verb before a proper organ still governs it (突出人大参与…)', () => {
    expect(scanRoles('突出人大参与法治建设职能作用').roles).toEqual([])
    // a verb that governs before a committee, too
    expect(scanRoles('组织委员会负责审查。').roles).toEqual([])
    // …and an officer opening the sentence is its subject (bulk mojlaw_tw D0000006 兵役協會組織規程)
    expect(scanRoles('主任委员执行委员会决议，并负责处理日常会务。').roles).toEqual([])
    // a place after the verb is no name's opening: the verb governs (督促 + 海淀区城管执法部门)
    expect(scanRoles('督促海淀区城管执法部门负责到位。').roles).toEqual([])
  })

  it('after a comma the verb is not taken as a modifier (要督促监管部门负责 is no assignment of 督促监管部门)', () => {
    expect(brief(scanRoles('各区要加强检查，督促监管部门负责到位。'))).toEqual([])
  })

  it('由 before a name that opens with a stop word (联合…办公室) keeps the whole name', () => {
    expect(brief(scanRoles('入围标准的具体指标由联合采购办公室负责拟定。'))).toEqual([['responsible', ['联合采购办公室']]])
  })
})

describe('what a 负责 phrase does not assign', () => {
  it('负责解释 (bulk lawrefbook: 本预案由国务院办公厅负责解释) is interpretation, not a task', () => {
    expect(scanRoles('本预案由国务院办公厅负责解释。').roles).toEqual([])
  })

  it('负责… 的部门 modifies a head: the body is the subject, not the government before 负责', () => {
    const r = scanRoles('县级以上地方人民政府负责农业机械化工作的部门，应当按照各自的职责，做好农业机械化促进工作。')
    expect(r.roles.flatMap((x) => x.units.map((u) => u.name))).not.toContain('县级以上地方人民政府')
  })
})

describe('one field before 等 and a class names the field unit', () => {
  it('卫生等相关部门负责… (bulk lawrefbook) → 卫生部门', () => {
    expect(brief(scanRoles('卫生等相关部门负责对社区康复工作进行检查、指导和评估。'))).toEqual([['responsible', ['卫生部门']]])
  })
})

describe('field-named lists with a written-out duty phrase (bulk lawrefbook)', () => {
  it('…等政府有关部门，按照…规定和市人民政府确定的职责，负责…: subject alone in its clause, duty phrase written out', () => {
    const r = scanRoles('商务、文化、教育、卫生计生、旅游、交通、城市管理、农业、民防等政府有关部门，按照法律、法规、规章的规定和市人民政府确定的职责，负责有关行业或者领域的安全生产管理工作。')
    expect(brief(r)).toEqual([['responsible', ['商务部门', '文化部门', '教育部门', '卫生计生部门', '旅游部门', '交通部门', '城市管理部门', '农业部门', '民防部门']]])
  })

  it('…等部门和妇女联合会应当按照各自职责，加强…: a unit joined after the class keeps its own name', () => {
    const r = scanRoles('教育、卫生健康等部门和妇女联合会应当按照各自职责，加强对家庭婴幼儿照护的支持和指导。')
    expect(brief(r)).toEqual([['responsible', ['教育部门', '卫生健康部门', '妇女联合会']]])
  })

  it('按照市人民政府确定的职责分工负责…', () => {
    const r = scanRoles('区、县燃气管理部门按照市人民政府确定的职责分工负责实施本行政区域内燃气行业的日常管理和监督。')
    expect(brief(r)).toEqual([['responsible', ['区、县燃气管理部门']]])
  })

  it('a duty phrase followed by 对… is the action (…部门按照职责分工，对…进行检查)', () => {
    const r = scanRoles('县级以上人民政府教育、公安等部门按照职责分工，对校外培训机构进行监督检查。')
    expect(brief(r)).toEqual([['responsible', ['县级以上人民政府教育部门', '县级以上人民政府公安部门']]])
  })

  it('a fixed duty phrase that opens a longer one (按照各自的职责分工，做好… / 按照各自职责和任务分工开展…, outside85 03)', () => {
    // the fixed 按照各自的职责 stopped before 分工 and the action after it was not found (lawrefbook: 21 texts)
    const a = scanRoles('区农业农村、财政等部门应当按照各自的职责分工，做好农机补贴的有关工作。')
    expect(brief(a)).toEqual([['responsible', ['区农业农村部门', '区财政部门']]])
    const b = scanRoles('灾害发生后，县级以上人民政府应急管理部门按照各自职责和任务分工开展救灾物资调运工作。')
    expect(brief(b)).toEqual([['responsible', ['县级以上人民政府应急管理部门']]])
  })

  it('a unit list alone in a clause before a clause with no verb is not read', () => {
    expect(scanRoles('市教育局、市财政局，本年度继续开展调研。').roles).toEqual([])
  })
})

describe('taking part needs someone leading or responsible (gold conventions of the blind set)', () => {
  it('…等部门和…机构应当配合口岸查验机构 (bulk lawrefbook): cooperation, no assignment', () => {
    const text = '市发展改革、口岸服务等部门和本市海关特殊监管区域管理机构应当配合口岸查验机构，合理确定监管流程。'
    expect(scanRoles(text).roles).toEqual([])
  })

  it('X具体负责实施，有关单位予以协助: 予以 is a filler, 有关单位 take part', () => {
    const r = scanRoles('安全评估由市应急管理部门统一组织，区应急管理部门具体负责实施，有关单位予以协助。')
    expect(brief(r)).toEqual([
      ['responsible', ['区应急管理部门']],
      ['participant', ['有关单位']],
    ])
  })

  it('a participant in its own parenthesis stays (（市财政局配合）)', () => {
    expect(brief(scanRoles('完善资金保障机制（市财政局配合）。'))).toEqual([['participant', ['市财政局']]])
  })

  it('a governing verb before a generic head is no part of the name (禁止建设单位参与…)', () => {
    const r = scanRoles('征收部门负责组织实施，禁止建设单位参与搬迁活动。')
    expect(brief(r)).toEqual([['responsible', ['征收部门']]])
  })
})

describe('applicant and performing units are units after 由', () => {
  it('由项目承担单位负责 / 由申报单位负责', () => {
    expect(brief(scanRoles('项目资金的日常管理由项目承担单位负责。'))).toEqual([['responsible', ['项目承担单位']]])
    expect(brief(scanRoles('申报材料的真实性由申报单位负责。'))).toEqual([['responsible', ['申报单位']]])
  })
})

describe('units the lists did not know', () => {
  it('由原所在部队负责处理 (bulk lawrefbook): 部队 is a unit, alone or named', () => {
    expect(brief(scanRoles('退役军人移交接收过程中，发生与其服现役有关的问题，由原所在部队负责处理。'))).toEqual([['responsible', ['原所在部队']]])
    expect(brief(scanRoles('所需费用由部队负责。'))).toEqual([['responsible', ['部队']]])
  })

  it('a place name the lists do not know stays with the government after it (十堰市人民政府)', () => {
    expect(brief(scanRoles('十堰市人民政府负责组织实施本行政区域内的饮用水水源保护工作。'))).toEqual([['responsible', ['十堰市人民政府']]])
    expect(brief(scanRoles('试点城市政府负责落实。'))).toEqual([['responsible', ['试点城市政府']]])
  })

  it('a verb before 由 is the clause verb (X负责组织建立由Y参加的…): Y is no assignee', () => {
    const r = scanRoles('省人民政府负责组织建立由各设区的市人民政府以及省有关部门参加的联席会议制度。')
    expect(brief(r)).toEqual([['responsible', ['省人民政府']]])
  })
})

describe('the subject of a sentence carries to a later 负责 that names no unit', () => {
  it('X主管…工作，负责本条例的组织实施 (the law formula: 主管 over its scope and the carried 负责 both name X)', () => {
    expect(brief(scanRoles('市民政部门主管本市殡葬管理工作，负责本条例的组织实施。'))).toEqual([
      ['responsible', ['市民政部门']],
      ['responsible', ['市民政部门']],
    ])
  })

  it('由X综合管理，并负责… takes the 由 list', () => {
    expect(brief(scanRoles('全市档案工作由市档案局统一管理，并负责监督和指导各区档案工作。'))).toEqual([['responsible', ['市档案局']]])
  })

  it('a body set up in the first clause is the one meant: the government is not carried', () => {
    expect(scanRoles('县人民政府组织有关部门组成联合工作专班，负责组织实施本行政区域的整治工作。').roles.flatMap((r) => r.units.map((u) => u.name))).not.toContain('县人民政府')
  })

  it('no unit at the sentence start, or a participant verb: nothing is carried', () => {
    expect(scanRoles('推行贷款质量五级分类办法，逐步建立金融资产管理公司，负责处理银行原有的不良信贷资产。').roles).toEqual([])
    expect(scanRoles('市教育局加强统筹，配合做好宣传工作。').roles).toEqual([])
  })
})

describe('以X为主负责 reads like 由X负责', () => {
  it('跨区域发生的案件以事发地公安机关为主负责处理', () => {
    expect(brief(scanRoles('跨区域发生的案件以事发地公安机关为主负责处理，相关地区予以配合。'))).toEqual([
      ['responsible', ['事发地公安机关']],
      ['participant', ['相关地区']],
    ])
  })
})

describe('协同 after a duty phrase: taking part beside the body responsible', () => {
  it('…、…以及有关主管部门应当按照各自的职责，协同X…: fields take the class word of the joined unit', () => {
    const r = scanRoles('县级以上市场监督管理部门负责本行政区域内的价格监督检查。公安、交通运输以及有关主管部门应当按照各自的职责，协同市场监督管理部门做好价格监督检查工作。')
    expect(brief(r)).toEqual([
      ['responsible', ['县级以上市场监督管理部门']],
      ['participant', ['公安部门', '交通运输部门', '有关主管部门']],
    ])
  })

  it('协同 alone assigns nothing (各部门协同推进)', () => {
    expect(scanRoles('市教育局、市财政局协同推进教育经费保障。').roles).toEqual([])
  })
})

describe('a name may hold one 的 before a unit of its own', () => {
  it('由市人民政府确定的部门负责 / 省人民政府确定的机构负责…', () => {
    expect(brief(scanRoles('具体实施工作由市人民政府确定的部门负责。'))).toEqual([['responsible', ['市人民政府确定的部门']]])
    expect(brief(scanRoles('省人民政府确定的机构负责全省统计资料的汇总。'))).toEqual([['responsible', ['省人民政府确定的机构']]])
  })

  it('not before a collective (市教育局的有关处室 → 有关处室) nor in an attributive 负责…的部门', () => {
    expect(brief(scanRoles('市教育局的有关处室负责。'))).toEqual([['responsible', ['有关处室']]])
    expect(scanRoles('县级以上地方人民政府负责农业机械化工作的部门应当做好服务。').roles).toEqual([])
  })
})

describe('the carried subject stops at a body set up on the way (corpus/policy, 青岛 智能网联汽车 rules)', () => {
  it('X组织专家，组建Y（以下简称…），负责…: X is not responsible', () => {
    const text =
      '联席工作小组组织汽车、交通、通信、电子、计算机、法律等相关领域专家，组建青岛市智能网联汽车道路测试与示范应用专家委员会（以下简称“专家委员会”），负责对道路测试与示范应用主体所提出的申请进行论证评估。'
    expect(scanRoles(text).roles).toEqual([])
  })
})

describe('duty lists: X履行下列…职责： whose items open with 负责 (law formula, as in the 社会团体登记管理条例)', () => {
  const law = (items: string) => `社会团体管理办法\n\n第一条 为了加强管理，制定本办法。\n\n第二条 登记管理机关履行下列监督管理职责：\n\n${items}\n\n第三条 本办法自发布之日起施行。\n`
  const roles = (text: string) => parse(text).tasks.flatMap((t) => t.roles.map((r) => [t.path.join('/'), r.role, r.units.map((u) => u.name).join('|')]))

  it('the head of the list is responsible on its article; the items do not repeat it', () => {
    const text = law('（一）负责社会团体的成立、变更、注销登记或者备案；\n\n（二）对社会团体实施年度检查；\n\n（三）对社会团体违反本办法的问题进行监督检查。')
    expect(roles(text)).toEqual([['第二条', 'responsible', '登记管理机关']])
  })

  it('items that do not open with a role verb leave the head unassigned (公园管理机构应当履行下列职责：（一）依据规划进行建设…)', () => {
    const text = law('（一）依据规划进行建设；\n\n（二）建立健全管理制度。')
    expect(roles(text)).toEqual([])
  })
})
