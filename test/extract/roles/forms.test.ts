import { describe, expect, it } from 'vitest'
import { scanRoles, type RoleMatch, type ScanResult } from '../../../src/extract/roles/index.js'
import { policyDocs, seed } from '../../helpers.js'

/** The text of the one policy document whose file name starts with `prefix`. */
function policy(prefix: string): string {
  const docs = policyDocs((f) => f.startsWith(prefix))
  if (docs.length !== 1) throw new Error(`${docs.length} documents match ${prefix}`)
  return docs[0][1]
}

/** The line of `text` holding `needle` (snippets are read from the corpus, not retyped). */
function lineWith(text: string, needle: string): string {
  const line = text.split('\n').find((l) => l.includes(needle))
  if (!line) throw new Error(`no line with ${needle}`)
  return line
}

/** The line holding `needle`, from the start of the sentence before the parenthesis holding it. */
function tail(text: string, needle: string): string {
  const line = lineWith(text, needle)
  const at = line.indexOf(needle)
  const open = line.lastIndexOf('（', at)
  const start = line.lastIndexOf('。', open) + 1
  return line.slice(start)
}

/** Each role of a text as `role:unit、unit` (the 主管 / 负责领导 / 授权 cases below). */
const units = (s: string) => scanRoles(s).roles.map((r) => `${r.role}:${r.units.map((u) => u.name).join('、')}`)
const brief = (r: ScanResult | RoleMatch[]) => ('roles' in r ? r.roles : r).map((x) => [x.role, x.label, x.units.map((u) => u.name)])

describe('labelled lists', () => {
  it('（责任单位：…，…）: units after a comma inside one list belong to the same role (Shandong, 青岛)', () => {
    const text = policy('politic_analysis_2025__shandong_053')
    const r = scanRoles(tail(text, '（责任单位：市科技局、市工业和信息化局，青岛海洋科技中心'))
    expect(brief(r)).toEqual([['responsible', '责任单位', ['市科技局', '市工业和信息化局', '青岛海洋科技中心', '崂山实验室', '中国科学院海洋研究所']]])
  })

  it('（责任单位：崂山区政府，市工业和信息化局、市财政局）', () => {
    const r = scanRoles(tail(policy('politic_analysis_2025__shandong_042'), '（责任单位：崂山区政府，市工业'))
    expect(brief(r)).toEqual([['responsible', '责任单位', ['崂山区政府', '市工业和信息化局', '市财政局']]])
  })

  it('（负责部门：…；适用范围：…）: a non-role label ends the list', () => {
    const r = scanRoles(tail(policy('govcn_platform1__57_'), '（负责部门：人力资源社会保障部、住房城乡建设部、商务部；适用范围'))
    expect(brief(r)).toEqual([['responsible', '负责部门', ['人力资源社会保障部', '住房城乡建设部', '商务部']]])
  })

  it('（牵头单位：…；配合单位：…） and half-width (…:…) read the same', () => {
    const full = scanRoles('（牵头单位：市司法局；配合单位：市法院、市财政局）')
    const half = scanRoles('(牵头单位:市司法局;配合单位:市法院,市财政局)')
    expect(brief(full)).toEqual([
      ['lead', '牵头单位', ['市司法局']],
      ['participant', '配合单位', ['市法院', '市财政局']],
    ])
    expect(brief(half)).toEqual(brief(full))
    expect(half.roles.map((x) => [x.index, x.end])).toEqual(full.roles.map((x) => [x.index, x.end]))
  })

  it('deadline and assessor in one parenthesis (issue 3): the deadline phrase is timeText', () => {
    // The example of the issue; 牵头考核单位 does not occur in the stored corpus.
    const s = '（6月底取得阶段性成效，牵头考核单位：市审批服务局）'
    const r = scanRoles(s)
    expect(brief(r)).toEqual([['assessor', '牵头考核单位', ['市审批服务局']]])
    const t = r.roles[0].timeText!
    expect(s.slice(t.index, t.end)).toBe('6月底取得阶段性成效')
  })

  it('a deadline after the list ends it', () => {
    const s = '（牵头单位：市法制办，2015年底前完成）'
    const r = scanRoles(s)
    expect(brief(r)).toEqual([['lead', '牵头单位', ['市法制办']]])
    expect(s.slice(r.roles[0].timeText!.index, r.roles[0].timeText!.end)).toBe('2015年底前完成')
  })

  it('a label with no unit after it is a non-assignment (技术支持单位： heading a contact list)', () => {
    const text = policy('politic_analysis_2025__central_042')
    const at = text.indexOf('技术支持单位：')
    const r = scanRoles(text, { from: at - 2, to: at + 30 })
    expect(r.roles).toEqual([])
    expect(r.nonAssignments).toMatchObject([{ label: '支持单位', reason: 'empty-list', index: at + 2 }])
  })
})

describe('prose', () => {
  it('（X牵头，Y、Z配合） inside a parenthesis (Shandong 省科技厅)', () => {
    const r = scanRoles(tail(policy('politic_analysis_2025__shandong_050'), '（省科技厅、人民银行山东省分行牵头'))
    expect(brief(r)).toEqual([
      ['lead', '牵头', ['省科技厅', '人民银行山东省分行']],
      ['participant', '配合', ['省委金融办', '省财政厅', '金融监管总局山东监管局']],
    ])
  })

  it('（…按职责分工负责）', () => {
    const r = scanRoles(tail(policy('politic_analysis_2025__shandong_050'), '省国资委按职责分工负责'))
    expect(brief(r)).toEqual([['responsible', '按职责分工负责', ['省发展改革委', '省科技厅', '省工业和信息化厅', '省国资委']]])
  })

  it('（生态环境部牵头，…参与） and （生态环境部指导，试点城市政府负责落实。…）', () => {
    const text = policy('govcn_platform1__7_')
    expect(brief(scanRoles(tail(text, '（生态环境部牵头，国家发展改革委')))).toEqual([
      ['lead', '牵头', ['生态环境部']],
      ['participant', '参与', ['国家发展改革委', '工业和信息化部', '住房城乡建设部', '农业农村部', '国家统计局']],
    ])
    // (以下均需试点城市政府落实，不再列出 is a standing assignment: the task reader hands it on)
    const tailRoles = scanRoles(tail(text, '（生态环境部指导，试点城市政府负责落实'))
    expect(brief(tailRoles)).toEqual([
      ['responsible', '负责落实', ['试点城市政府']],
      ['responsible', '不再列出', ['试点城市政府']],
    ])
    expect(tailRoles.roles[1].rule).toBe('standing')
  })

  it('（X会同有关部门负责）: X responsible, 有关部门 no role (会同 without 牵头, test/gold/README.md)', () => {
    const r = scanRoles(tail(policy('govcn_platform1__37_'), '（国家发展改革委会同有关部门负责）'))
    expect(r.roles.map((x) => [x.role, x.label, x.units.map((u) => [u.name, u.kind])])).toEqual([['responsible', '负责', [['国家发展改革委', 'organ']]]])
  })

  it('…全国总工会等和各省级人民政府负责: 等 dropped, the list resumes after 和', () => {
    const r = scanRoles(tail(policy('govcn_platform1__9_'), '全国总工会等和各省级人民政府负责'))
    const names = r.roles[0].units.map((u) => u.name)
    expect(names.slice(0, 3)).toEqual(['扶贫办', '中央统战部', '中央和国家机关工委'])
    expect(names.slice(-2)).toEqual(['全国总工会', '各省级人民政府'])
    expect(r.roles[0].units.at(-1)!.kind).toBe('collective')
  })

  it('forms quoted in issue 3: X牵头，各有关部门分头落实 / …等相关部门及各地区按职责分工负责', () => {
    expect(brief(scanRoles('市环保局牵头，各有关部门分头落实。'))).toEqual([
      ['lead', '牵头', ['市环保局']],
      ['responsible', '分头落实', ['各有关部门']],
    ])
    expect(brief(scanRoles('（市发展改革委、市财政局等相关部门及各地区按职责分工负责）'))).toEqual([['responsible', '按职责分工负责', ['市发展改革委', '市财政局', '各地区']]])
  })

  it('X为牵头单位 (a joint meeting names its lead)', () => {
    const r = scanRoles(tail(policy('govcn_platform1__55_'), '教育部为牵头单位'))
    expect(brief(r)).toEqual([['lead', '为牵头单位', ['教育部']]])
  })

  it('X负责 with no left boundary: the segmenter finds the unit after a scope noun', () => {
    const r = scanRoles('该项工作市教育局负责。')
    expect(r.roles.map((x) => [x.role, x.scope, x.units.map((u) => u.name)])).toEqual([['responsible', '该项工作', ['市教育局']]])
  })

  it('X负责 after a verb is not an assignment (突出人大参与, 支持高新区牵头, 指定职能处室负责)', () => {
    expect(scanRoles(lineWith(seed('003'), '(一)强化人大参与法治建设职能作用')).roles).toEqual([])
    expect(scanRoles('支持高新区牵头组织实施关键技术攻关。').roles).toEqual([])
    expect(scanRoles(lineWith(seed('002'), '市直各部门要指定职能处室负责创建平安工作')).roles).toEqual([])
  })

  it('a verb inside a unit name is not a verb (市政协办公厅 holds 协办)', () => {
    const r = scanRoles('由市信访局牵头，市政府办公厅、市政协办公厅等单位配合。')
    expect(brief(r)).toEqual([
      ['lead', '牵头', ['市信访局']],
      ['participant', '配合', ['市政府办公厅', '市政协办公厅']],
    ])
  })

  it('将由信息产业部牵头: a function word before 由 is no scope', () => {
    const text = policy('govcn_platform1__30_')
    const r = scanRoles(tail(text, '将由信息产业部牵头'))
    expect(r.roles.map((x) => [x.role, x.scope, x.units.map((u) => u.name)])).toEqual([['lead', undefined, ['信息产业部']]])
  })
})

describe('document rules: 列第一位者为牵头单位，下同', () => {
  const text = policy('govcn_platform1__15_')

  it('applies inside the parenthesis that states it and is returned in `rules`', () => {
    const para = tail(text, '列第一位者为牵头单位')
    const r = scanRoles(para)
    expect(brief(r)).toEqual([
      ['lead', '负责', ['工业和信息化部']],
      ['responsible', '负责', ['发展改革委', '科技部', '农业农村部']],
    ])
    expect(r.roles.every((x) => x.rule === 'first-listed-lead')).toBe(true)
    expect(r.rules.firstListedLead).toBe(true)
    expect(r.rules.firstListedLeadAt!.text).toBe('列第一位者为牵头单位')
    expect(r.nonAssignments).toMatchObject([{ label: '牵头单位', reason: 'document-rule' }])
  })

  it('carries to later calls through `rules`; without it a later list stays responsible', () => {
    const stated = scanRoles(tail(text, '列第一位者为牵头单位')).rules
    const later = tail(text, '（农业农村部、发展改革委、财政部等负责）')
    expect(brief(scanRoles(later))).toEqual([['responsible', '负责', ['农业农村部', '发展改革委', '财政部']]])
    expect(brief(scanRoles(later, { rules: stated }))).toEqual([
      ['lead', '负责', ['农业农村部']],
      ['responsible', '负责', ['发展改革委', '财政部']],
    ])
  })

  it('does not override an explicit lead: （农业农村部、工业和信息化部牵头负责）', () => {
    const r = scanRoles(tail(text, '（农业农村部、工业和信息化部牵头负责）'), { rules: { firstListedLead: true } })
    expect(brief(r)).toEqual([['lead', '牵头负责', ['农业农村部', '工业和信息化部']]])
  })

  it('in a whole document, from the stating parenthesis on (and not before it)', () => {
    const r = scanRoles(text)
    const at = r.rules.firstListedLeadAt!.index
    const before = r.roles.filter((x) => x.end < at - 40)
    expect(before.every((x) => x.rule === undefined)).toBe(true)
    const after = r.roles.filter((x) => x.index > at && x.label === '负责')
    expect(after.length).toBeGreaterThan(10)
    expect(after.every((x) => x.rule === 'first-listed-lead')).toBe(true)
  })

  it('also turns a labelled （责任单位：A、B、C） into lead A, responsible B, C', () => {
    const line = tail(policy('politic_analysis_2025__shandong_025'), '（责任单位：市工业和信息化局、市发展改革委、市科技局）')
    const r = scanRoles(line, { rules: { firstListedLead: true } })
    expect(brief(r)).toEqual([
      ['lead', '责任单位', ['市工业和信息化局']],
      ['responsible', '责任单位', ['市发展改革委', '市科技局']],
    ])
    expect(brief(scanRoles(line))).toEqual([['responsible', '责任单位', ['市工业和信息化局', '市发展改革委', '市科技局']]])
  })

  it('排在第一位的部门为牵头部门 (国务院, 综合保税区)', () => {
    const r = scanRoles(tail(policy('govcn_platform1__5_'), '排在第一位的部门为牵头部门'))
    expect(brief(r)).toEqual([
      ['lead', '负责', ['税务总局']],
      ['responsible', '负责', ['财政部', '海关总署']],
    ])
  })

  it('列第一位者为牵头部门 (山东省)', () => {
    const r = scanRoles(tail(policy('politic_analysis_2025__shandong_018'), '列第一位者为牵头部门'))
    expect(brief(r)).toEqual([
      ['lead', '负责', ['省委教育工委']],
      ['responsible', '负责', ['省委宣传部', '团省委']],
    ])
  })
})

describe('not an assignment', () => {
  it('a leadership-group roster (组长：韩正 国务院副总理 …) gives no role', () => {
    const text = policy('govcn_platform1__59_')
    const from = text.indexOf('组　长')
    const to = text.indexOf('领导小组办公室设在')
    expect(to - from).toBeGreaterThan(200)
    const r = scanRoles(text, { from, to })
    expect(r.roles).toEqual([])
    expect(r.nonAssignments).toEqual([])
  })

  it('项目牵头申报单位及所有参与单位要落实…, 参加单位总数不超过10家', () => {
    const a = scanRoles(lineWith(policy('politic_analysis_2025__central_123'), '项目牵头申报单位及所有参与单位要落实'))
    expect(a.roles).toEqual([])
    expect(a.nonAssignments.map((n) => [n.label, n.reason])).toEqual([
      ['参与单位', 'no-colon'],
      ['参与单位', 'no-colon'],
    ])
    const b = scanRoles(lineWith(policy('politic_analysis_2025__central_101'), '参加单位总数不超过'))
    expect(b.roles).toEqual([])
    expect(b.nonAssignments.map((n) => n.label)).toEqual(['参加单位'])
  })

  it('坚持牵头区领导指导推动、牵头单位抓总协调、参与单位积极配合 names roles, assigns none', () => {
    const r = scanRoles(lineWith(seed('003'), '坚持牵头区领导指导推动'))
    expect(r.roles).toEqual([])
    expect(r.nonAssignments.map((n) => n.label)).toEqual(['牵头区领导', '牵头单位', '参与单位'])
  })
})

describe('offsets', () => {
  it('from/to read a range; every offset is in the caller’s text', () => {
    const text = seed('000')
    const from = text.indexOf('(牵头单位:市委政法委,')
    const to = text.indexOf(')', from) + 1
    const r = scanRoles(text, { from, to })
    expect(r.roles.map((x) => x.role)).toEqual(['lead', 'responsible'])
    for (const x of r.roles) {
      expect(x.index).toBeGreaterThanOrEqual(from)
      expect(x.end).toBeLessThanOrEqual(to)
      expect(text.slice(x.labelSpan.index, x.labelSpan.end)).toBe(x.label)
      for (const u of x.units) expect(text.slice(u.index, u.end)).toBe(u.name)
    }
  })

  it('a scope is reported with its span', () => {
    const s = lineWith(seed('002'), '食品安全监管由市食安办牵头')
    for (const x of scanRoles(s).roles.filter((y) => y.scope)) expect(s.slice(x.scopeSpan!.index, x.scopeSpan!.end)).toBe(x.scope)
  })
})

describe('主管 over a scope names the body in charge (outside16)', () => {
  it('X主管本行政区域/全市/本县… → responsible', () => {
    expect(units('旗县以上林业主管部门主管本行政区域内的草原防火工作。')).toEqual(['responsible:旗县以上林业主管部门'])
    expect(units('市体育局主管全市体育经营活动的监督管理。')).toEqual(['responsible:市体育局'])
  })
  it('的 after the scope opens the object (主管本行政区域的…工作), the verb stays a verb', () => {
    expect(units('县级以上人民政府档案行政部门主管本行政区域的档案工作。')).toEqual(['responsible:县级以上人民政府档案行政部门'])
    expect(units('区农业部门主管本区的种子工作，具体负责种子质量的监督抽查。')).toEqual(['responsible:区农业部门', 'responsible:区农业部门'])
  })
  it('主管 inside a name or before a noun assigns nothing', () => {
    expect(units('县级以上人民政府渔业主管部门应当加强监督检查。')).toEqual([])
    expect(units('纳税人应当向主管税务机关申报。')).toEqual([])
  })
})

describe('负责领导: a verb before its object, a person before 要/同志 (outside16)', () => {
  it('X负责领导全县… / 负责领导、组织… → responsible', () => {
    expect(units('县森林防火指挥部负责领导全县森林防火工作。')).toEqual(['responsible:县森林防火指挥部'])
    expect(units('县防汛抗旱指挥部负责领导、组织全县的防汛抗旱工作。')).toEqual(['responsible:县防汛抗旱指挥部'])
  })
  it('负责领导 naming persons assigns nothing', () => {
    expect(units('各乡镇负责领导要亲自研究部署。')).toEqual([])
    expect(units('各单位负责领导同志要带头落实。')).toEqual([])
  })
})

describe('a body empowered or entrusted by another holds the duty (outside16: 授权 / 委托)', () => {
  it('X授权Y负责… / X委托Y负责… → Y responsible, X not', () => {
    expect(units('区人民政府授权区城市管理局负责全区户外广告设施的监督管理。')).toEqual(['responsible:区城市管理局'])
    expect(units('市人民政府委托市水务局负责河道采砂的许可。')).toEqual(['responsible:市水务局'])
  })
  it('the empowered body carried to a later 负责 clause', () => {
    expect(units('区人民政府授权区司法局对规范性文件进行合法性审查，并负责备案工作。')).toEqual(['responsible:区司法局'])
  })
  it('授权的 inside a name stays one name', () => {
    expect(units('区体育行政部门或者区人民政府授权的机构负责体育场地的管理。')).toEqual(['responsible:区体育行政部门、区人民政府授权的机构'])
  })
})
