/**
 * A paragraph after an enumeration's last item is the enclosing clause's text again (issue #11,
 * grammars/list-close.json): a 条's second 款 after its items, a plan item's closing paragraph after
 * its 1.…；2.…。 list. A plan's heading-shaped items keep the paragraphs under them.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { allClauses } from '../helpers.js'

const clauseText = (d: ReturnType<typeof parse>, path: string) => allClauses(d.clauses).find((c) => c.path.join('/') === path)?.text
const rolesAt = (d: ReturnType<typeof parse>) => d.tasks.flatMap((t) => t.roles.flatMap((r) => r.units.map((u) => `${t.path.join('/')} ${r.role} ${u.name}`)))
const deadlinesAt = (d: ReturnType<typeof parse>) => d.tasks.flatMap((t) => t.deadlines.map((x) => `${t.path.join('/')} ${x.date}`))

describe('a paragraph after a list closes it', () => {
  it("a 条's second 款 after its items is the 条's (前款规定的…)", () => {
    const d = parse(`某县农村供水管理办法

第一章　总则
第一条　为了保障农村供水安全，制定本办法。
第二章　管理
第八条　供水单位有下列行为之一的，由县水利局责令限期改正：
（一）擅自停止供水的；
（二）水质不符合卫生标准的；
（三）未按规定公示水价的。
前款规定的违法行为，由乡镇人民政府负责日常巡查并及时报告。
第九条　本办法自2026年3月1日起施行。
`)
    expect(allClauses(d.clauses).map((c) => c.path.join('/'))).toEqual([
      '第一章',
      '第一章/第一条',
      '第二章',
      '第二章/第八条',
      '第二章/第八条/（一）',
      '第二章/第八条/（二）',
      '第二章/第八条/（三）',
      '第二章/第九条',
    ])
    expect(clauseText(d, '第二章/第八条/（三）')).toBe('未按规定公示水价的。')
    expect(clauseText(d, '第二章/第八条')).toBe('供水单位有下列行为之一的，由县水利局责令限期改正：\n前款规定的违法行为，由乡镇人民政府负责日常巡查并及时报告。')
    // the 款's unit is the 条's, and its items do not take it
    expect(rolesAt(d)).toEqual(['第二章/第八条 responsible 乡镇人民政府'])
  })

  it('a 款 without a referring word closes the list by its shape (…；…；…。 under a colon)', () => {
    const d = parse(`某市二次供水管理规定

第五条　二次供水设施管理单位应当履行下列义务：
（一）定期清洗消毒水箱；
（二）每季度检测水质一次；
（三）建立设施运行维护档案。
区住房城乡建设部门负责本辖区二次供水设施的监督检查，于2026年6月30日前完成首轮检查。
第六条　本规定自发布之日起施行。
`)
    expect(clauseText(d, '第五条/（三）')).toBe('建立设施运行维护档案。')
    expect(rolesAt(d)).toEqual(['第五条 responsible 区住房城乡建设部门'])
  })

  it("the 条's 款 after its items are read together, as they were in the last item (a 协同 beside an earlier 款's 负责)", () => {
    const d = parse(`某市停车场管理规定

第三条　市交通运输部门负责全市停车场的统一监督管理，具体履行以下职责：
（一）组织编制停车场专项规划；
（二）制定停车场建设标准；
（三）市人民政府规定的其他职责。
区交通运输部门负责本辖区停车场的日常监督管理。
发展改革、财政、公安等部门按照各自职责，协同实施本规定。
第四条　本规定自2026年5月1日起施行。
`)
    expect(clauseText(d, '第三条/（三）')).toBe('市人民政府规定的其他职责。')
    expect(rolesAt(d).filter((r) => !r.includes('/（'))).toEqual([
      '第三条 responsible 市交通运输部门',
      '第三条 responsible 区交通运输部门',
      '第三条 participant 发展改革部门',
      '第三条 participant 财政部门',
      '第三条 participant 公安部门',
    ])
  })

  it("a plan item's closing paragraph after its 1.…；2.…。 list is the item's, with its role and deadline", () => {
    const d = parse(`某区数字政府建设2026年工作方案

一、重点任务
（一）夯实数据基础。
（二）推进数据共享。重点做好以下工作：
1.梳理区级部门数据资源目录，形成共享清单；
2.建设区级数据共享交换平台，接入市级平台；
3.完善数据共享考核办法，纳入年度绩效考核。
区大数据中心牵头，各街道配合，2026年9月30日前完成。
（三）强化安全保障。建立数据安全管理制度。
`)
    expect(clauseText(d, '一/（二）/3')).toBe('完善数据共享考核办法，纳入年度绩效考核。')
    expect(clauseText(d, '一/（二）')).toContain('区大数据中心牵头，各街道配合，2026年9月30日前完成。')
    expect(rolesAt(d)).toEqual(['一/（二） lead 区大数据中心', '一/（二） participant 各街道'])
    expect(deadlinesAt(d)).toEqual(['一/（二） 2026-09-30'])
  })

  it('heading-shaped plan items keep the paragraphs under them', () => {
    const d = parse(`某县优化营商环境2026年工作方案

三、保障措施：
（一）加强组织领导。
（二）强化资金保障。
（三）加强督促检查。
县政府督查室负责跟踪督办，2026年12月31日前完成年度评估。
`)
    expect(clauseText(d, '三/（三）')).toBe('加强督促检查。\n县政府督查室负责跟踪督办，2026年12月31日前完成年度评估。')
    expect(rolesAt(d)).toEqual(['三/（三） responsible 县政府督查室'])
    expect(deadlinesAt(d)).toEqual(['三/（三） 2026-12-31'])
  })

  it('an item with paragraphs of its own keeps them, and so does the last', () => {
    const d = parse(`某区社区治理2026年工作方案

二、主要任务：
（一）健全网格体系，划定社区网格。
各街道要在3月底前完成网格划分。
（二）完善议事机制，推行居民议事会。
区民政局负责制定议事规则，2026年6月30日前印发。
`)
    expect(clauseText(d, '二/（二）')).toContain('区民政局负责制定议事规则')
    expect(rolesAt(d)).toEqual(['二/（二） responsible 区民政局'])
  })

  it('a paragraph between two items of a list is the item before it (the list goes on)', () => {
    const d = parse(`某市科研项目申报指南

三、申报要求
（一）申报书要求如下：
1.申报书须在线填写，按提纲撰写；
2.申报书须经依托单位审核。
合作单位不得超过2个。
3.申报书须于2026年5月15日前提交。
`)
    expect(clauseText(d, '三/（一）/2')).toBe('申报书须经依托单位审核。\n合作单位不得超过2个。')
    expect(clauseText(d, '三/（一）')).toBe('申报书要求如下：')
  })

  it('前項 after a nested list goes back to the article, above every list it stands in', () => {
    // (a Taiwan regulation: read in simplified script, its keys 第5条)
    const d = parse(`某縣社區發展補助辦法

第 5 條
申請補助者，應檢附下列文件：
一、申請書。
二、計畫書，並載明下列事項：
（一）計畫目標。
（二）經費需求。
前項文件不全者，本府應通知限期補正。
第 6 條
本辦法自發布日施行。
`)
    expect(clauseText(d, '第5条/二/（二）')).toBe('经费需求。')
    expect(clauseText(d, '第5条/二')).toBe('计划书，并载明下列事项：')
    expect(clauseText(d, '第5条')).toBe('申请补助者，应检附下列文件：\n前项文件不全者，本府应通知限期补正。')
  })
})
