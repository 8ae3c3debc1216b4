import { describe, expect, it } from 'vitest'
import { parse, type Clause } from '../../../src/index.js'
import { jurisdictionFromIssuer, jurisdictionFromTitle, scanRoles, type RoleKind, type ScanResult } from '../../../src/extract/roles/index.js'
import { allClauses, seed } from '../../helpers.js'

/** Unit names per role kind, in order. */
function sets(r: ScanResult): Record<RoleKind, string[]> {
  const out: Record<RoleKind, string[]> = { lead: [], responsible: [], participant: [], leader: [], assessor: [] }
  for (const role of r.roles) out[role.role].push(...role.units.map((u) => u.name))
  return out
}

/** The line of `text` that contains `needle` (the corpus is read, not retyped). */
function lineWith(text: string, needle: string): string {
  const line = text.split('\n').find((l) => l.includes(needle))
  if (!line) throw new Error(`no line with ${needle}`)
  return line
}

/** The raw text behind a parsed clause (marker included), from the original input. */
function rawOf(text: string, c: Clause): string {
  return text.slice(c.position.start.offset, c.position.end.offset)
}

describe('seed 002 创建平安广州推进方案 — 68 projects in prose', () => {
  const text = seed('002')
  const doc = parse(text)
  const projects = doc.clauses.find((c) => c.heading === '主要任务及分工')!.children.flatMap((c) => c.children)

  it('reads at least one lead in each of the 68 projects, from the normalized clause text and from the raw text', () => {
    expect(projects).toHaveLength(68)
    const noLead: number[] = []
    for (const p of projects) {
      for (const input of [p.text, rawOf(text, p)]) {
        if (sets(scanRoles(input)).lead.length === 0) noLead.push(p.number!)
      }
    }
    expect(noLead).toEqual([])
  })

  it('project 1: lead 市人大常委会法制工委, participants 市法制办 and 市人大常委会内务司法工委', () => {
    const s = sets(scanRoles(projects[0].text))
    expect(s.lead).toEqual(['市人大常委会法制工委'])
    expect(s.participant).toEqual(['市法制办', '市人大常委会内务司法工委'])
    expect(s.responsible).toEqual([])
  })

  it('project 3: participants 各区（县级市） and 市直各部门, both collectives', () => {
    const r = scanRoles(projects[2].text)
    expect(sets(r).lead).toEqual(['市法制办'])
    const part = r.roles.find((x) => x.role === 'participant')!
    expect(part.units.map((u) => [u.name, u.kind])).toEqual([
      ['各区（县级市）', 'collective'],
      ['市直各部门', 'collective'],
    ])
  })

  it('project 3 read from the raw line keeps the half-width bracket as printed, offsets into the raw text', () => {
    const line = lineWith(text, '3、依法行政考核项目')
    const r = scanRoles(line)
    const part = r.roles.find((x) => x.role === 'participant')!
    expect(part.units.map((u) => u.name)).toEqual(['各区(县级市)', '市直各部门'])
    for (const u of part.units) expect(line.slice(u.index, u.end)).toBe(u.name)
  })

  it('project 32: two leads, each with its scope, and one participant list', () => {
    const r = scanRoles(projects[31].text)
    const leads = r.roles.filter((x) => x.role === 'lead')
    expect(leads.map((x) => [x.scope, x.units.map((u) => u.name)])).toEqual([
      ['食品安全监管', ['市食安办']],
      ['药品安全监管', ['市食品药品监管局']],
    ])
    const part = r.roles.find((x) => x.role === 'participant')!
    expect(part.scope).toBeUndefined()
    expect(part.units[0].name).toBe('市经贸委')
    expect(part.units.at(-1)!.name).toBe('各区（县级市）')
  })

  it('project 33: lead 市环保局 (牵头落实) and no participants', () => {
    const r = scanRoles(projects[32].text)
    expect(r.roles).toHaveLength(1)
    expect(r.roles[0]).toMatchObject({ role: 'lead', label: '牵头落实' })
    expect(r.roles[0].units.map((u) => u.name)).toEqual(['市环保局'])
  })

  it('project 22: 负责落实、推进 makes the units listed before it responsible', () => {
    const r = scanRoles(projects[21].text)
    expect(sets(r).lead).toEqual(['市委维稳办'])
    const resp = r.roles.find((x) => x.role === 'responsible')!
    expect(resp.label).toBe('负责落实、推进')
    const names = resp.units.map((u) => u.name)
    expect(names).toHaveLength(20)
    expect(names.slice(0, 3)).toEqual(['市信访局', '市委政研室', '市法制办'])
    expect(names).toContain('市人力资源和社会保障局')
    expect(names.slice(-2)).toEqual(['市食安办', '各区（县级市）'])
  })

  it('project 23: a leading-group member list is one collective', () => {
    const r = scanRoles(projects[22].text)
    expect(r.roles.find((x) => x.role === 'participant')!.units.map((u) => [u.name, u.kind])).toEqual([
      ['市委维护稳定工作领导小组成员单位', 'collective'],
      ['各区（县级市）', 'collective'],
    ])
  })

  it('finds no role in 各项目牵头单位为办公室成员单位 and reports the label as a non-assignment', () => {
    const para = allClauses(doc.clauses).find((c) => c.text.includes('各项目牵头单位为办公室成员单位'))!
    const sentence = para.text.slice(para.text.indexOf('各项目牵头单位'), para.text.indexOf('各项目牵头单位') + 16)
    expect(sentence).toBe('各项目牵头单位为办公室成员单位。')
    const r = scanRoles(sentence)
    expect(r.roles).toEqual([])
    expect(r.nonAssignments).toMatchObject([{ label: '牵头单位', reason: 'no-colon', index: 3, end: 7 }])
  })

  it('reads the document place from its title: units of a 广州 plan canonicalize to 广州市…', () => {
    const j = jurisdictionFromTitle(doc.meta.title!)
    expect(j).toMatchObject({ level: 'city', city: '广州市', province: '广东省' })
    const r = scanRoles(projects[0].text, { jurisdiction: j })
    expect(r.roles.flatMap((x) => x.units.map((u) => u.canonical))).toEqual(['广州市人大常委会法制工委', '广州市法制办公室', '广州市人大常委会内务司法工委'])
  })
})

describe('seed 000 创建平安深圳行动方案 — labelled parentheses, half-width in the scraped text', () => {
  const text = seed('000')
  const doc = parse(text)
  const items = doc.documents[0].clauses.find((c) => c.heading === '任务分工')!.children.flatMap((c) => c.children)

  // As printed in the eight parentheses of 四、任务分工 (lines 33–44 of the seed).
  const printed: Array<[string[], string[]]> = [
    [
      ['市人大法制委', '市法制办'],
      ['市社工委', '市综治办', '市发展改革委', '市信访局', '市市场监管局', '各区', '各新区'],
    ],
    [
      ['市委政法委', '市依法治市办'],
      ['市委组织部', '市委宣传部', '市直政法各部门', '市信访局', '各区', '各新区'],
    ],
    [['市委政法委'], ['市委宣传部', '市人大办公厅', '市直政法各部门', '各区', '各新区']],
    [['市法制办'], ['市人大常委会办公厅', '市政协办公厅', '市经贸信息委', '市监察局', '市依法治市办', '各区', '各新区']],
    [['市社工委'], ['市发展改革委', '市财政委', '市交通运输委', '市卫生人口计生委', '市教育局', '市民政局', '市人力资源保障局', '市住房建设局', '各区', '各新区']],
    [['市民政局'], ['市社工委', '市综治办', '市禁毒办', '市公安局', '市流动人口出租屋综管办', '各区', '各新区']],
    [
      ['市委组织部', '市信访局', '市司法局'],
      ['市委维稳办', '市社工委', '市直政法各部门', '市法制办', '市总工会', '团市委', '市妇联', '市仲裁委', '各区', '各新区'],
    ],
    [
      ['市委维稳办', '市信访局'],
      ['市财政委', '市规划国土委', '市民政局', '市人力资源保障局', '市法制办', '市总工会', '各区', '各新区'],
    ],
  ]

  it('items 1–8: lead and responsible sets exactly as printed, from normalized and raw text', () => {
    expect(items.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    items.forEach((item, i) => {
      for (const input of [item.text, rawOf(text, item)]) {
        const s = sets(scanRoles(input))
        expect(s.lead, `item ${i + 1}`).toEqual(printed[i][0])
        expect(s.responsible, `item ${i + 1}`).toEqual(printed[i][1])
        expect(s.participant).toEqual([])
      }
    })
  })

  it('canonical names carry 深圳市 (jurisdiction from the issuers); 各区, 各新区 have none', () => {
    const j = jurisdictionFromIssuer(doc.meta.issuers!)
    expect(j).toMatchObject({ level: 'city', city: '深圳市' })
    for (const item of items) {
      for (const role of scanRoles(item.text, { jurisdiction: j }).roles) {
        for (const u of role.units) {
          if (u.kind === 'organ') expect(u.canonical, u.name).toMatch(/^(共青团)?深圳市/)
          else if (u.name.startsWith('各')) expect(u.canonical).toBeUndefined()
        }
      }
    }
    const first = scanRoles(items[0].text, { jurisdiction: j }).roles
    expect(first[0].units.map((u) => u.canonical)).toEqual(['深圳市人大法制委', '深圳市法制办公室'])
    expect(first[1].units.find((u) => u.name === '市发展改革委')!.canonical).toBe('深圳市发展和改革委员会')
    const item7 = scanRoles(items[6].text, { jurisdiction: j }).roles
    expect(item7[1].units.find((u) => u.name === '团市委')!.canonical).toBe('共青团深圳市委')
  })
})

describe('seed 003 宝安区工作方案 — 牵头区领导 / 牵头单位 / 参与单位', () => {
  const text = seed('003')
  const doc = parse(text)
  const plan = doc.documents[1]
  const items = plan.clauses.find((c) => c.heading === '六大专项工作')!.children.flatMap((c) => c.children)
  const results = items.map((c) => scanRoles(c.text))

  it('all 44 role parentheses have lead units, and the leaders are persons', () => {
    expect(items).toHaveLength(44)
    results.forEach((r, i) => {
      const labelled = r.roles.filter((x) => x.form === 'labelled')
      expect(
        labelled.some((x) => x.role === 'lead' && x.units.length > 0),
        `item ${i + 1}`,
      ).toBe(true)
      for (const x of r.roles.filter((y) => y.role === 'leader')) for (const u of x.units) expect(u.kind).toBe('person')
    })
    // Over the whole raw page too: exactly 44 labelled 牵头单位 lists.
    const all = scanRoles(text).roles.filter((x) => x.label === '牵头单位')
    expect(all).toHaveLength(44)
  })

  it('item 8: leaders 李勇 and 谢晓东', () => {
    expect(sets(results[7]).leader).toEqual(['李勇', '谢晓东'])
  })

  it('区委组织部〈区编办〉 and 区纪委〈监察局〉 are one unit each (item 6, item 7)', () => {
    expect(sets(results[5]).lead).toEqual(['区政府办公室', '区委组织部〈区编办〉', '区法制办'])
    expect(sets(results[6]).participant).toEqual(['区编办', '区人力资源局', '区纪委〈监察局〉', '区法制办', '各街道'])
  })

  it('item 25: two leads and no participants', () => {
    const s = sets(results[24])
    expect(s.lead).toEqual(['区检察院', '区公安分局'])
    expect(s.participant).toEqual([])
    expect(s.leader).toEqual(['王浩', '宋继江'])
  })

  it('units separated by commas inside one list stay in that list, trailing 等 dropped', () => {
    const i = items.findIndex((c) => c.text.includes('区委组织部〈区编办〉，区法制办等'))
    expect(i).toBeGreaterThan(0)
    expect(sets(results[i]).participant).toEqual(['区委组织部〈区编办〉', '区法制办'])
    const j = items.findIndex((c) => c.text.includes('区规划土地监察大队，各街道等'))
    expect(sets(results[j]).participant).toEqual(['区文体旅游局', '区卫计局', '区环保水务局', '区城管局', '区规划土地监察大队', '各街道'])
  })

  it('canonical names expand 区 to 深圳市宝安区 from the issuer 中共深圳市宝安区委', () => {
    const j = jurisdictionFromIssuer(doc.signature!.issuers)
    expect(j).toMatchObject({ level: 'district', city: '深圳市', district: '宝安区' })
    const r = scanRoles(items[5].text, { jurisdiction: j })
    const lead = r.roles.find((x) => x.label === '牵头单位')!
    expect(lead.units.map((u) => u.canonical)).toEqual(['深圳市宝安区人民政府办公室', '深圳市宝安区委组织部〈深圳市宝安区机构编制委员会办公室〉', '深圳市宝安区法制办公室'])
    expect(r.roles.find((x) => x.role === 'leader')!.units[0].canonical).toBeUndefined()
  })

  it('finds no role in 各专项工作牵头单位要切实发挥好… and accounts for its labels', () => {
    const line = lineWith(text, '各专项工作牵头单位要切实发挥好牵头抓总')
    const r = scanRoles(line)
    expect(r.roles).toEqual([])
    expect(r.nonAssignments.map((n) => n.label)).toEqual(['牵头单位', '责任部门', '参与单位', '牵头单位', '参与单位'])
  })
})

describe('seed 001 平安深圳 (2006) — prose with 由…牵头组织，并会同…', () => {
  const text = seed('001')
  const line = lineWith(text, '平安和谐社区建设由各级民政部门牵头组织')

  it('lead 各级民政部门, participants 市维稳综治办 and 市安全生产监督部门, same scope', () => {
    const r = scanRoles(line)
    const scoped = r.roles.filter((x) => x.scope === '平安和谐社区建设')
    expect(scoped.map((x) => [x.role, x.label, x.units.map((u) => u.name)])).toEqual([
      ['lead', '牵头组织', ['各级民政部门']],
      ['participant', '会同', ['市维稳综治办', '市安全生产监督部门']],
    ])
  })

  it('reads the other two scopes of the same paragraph', () => {
    const r = scanRoles(line)
    expect(r.roles.filter((x) => x.scope === '安全文明小区创建工作').map((x) => x.units.map((u) => u.name))).toEqual([['各级维稳综治办', '建设安全文明小区领导小组办公室']])
    expect(r.roles.filter((x) => x.scope === '平安街道、平安区建设').map((x) => [x.role, x.units.map((u) => u.name)])).toEqual([
      ['lead', ['市维稳综治部门']],
      ['participant', ['市公安局', '市安全生产监督部门']],
    ])
  })

  it('由街道、社区综治机构牵头组织 gives two collective leads', () => {
    const r = scanRoles(lineWith(text, '由街道、社区综治机构牵头组织'))
    expect(r.roles.map((x) => [x.role, x.units.map((u) => [u.name, u.kind])])).toEqual([
      [
        'lead',
        [
          ['街道', 'collective'],
          ['社区综治机构', 'collective'],
        ],
      ],
    ])
  })

  it('finds nothing in 谁主管谁负责 or 党委领导、政府负责 (whole document: only the six roles above)', () => {
    expect(scanRoles(text).roles).toHaveLength(6)
  })
})
