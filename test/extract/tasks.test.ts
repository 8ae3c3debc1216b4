import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { parse, responsibilityTable, tableToCsv } from '../../src/index.js'
import { policyDocs, seed } from '../helpers.js'

const names = (t: { roles: Array<{ role: string; units: Array<{ name: string }> }> }, role: string) => t.roles.filter((r) => r.role === role).flatMap((r) => r.units.map((u) => u.name))

describe('tasks of seed 002 — 68 projects, prose roles', () => {
  const doc = parse(seed('002'))
  const projects = doc.tasks.filter((t) => t.path.length === 3 && t.path[0] === '二')

  it('has 68 project tasks, each with a lead', () => {
    expect(projects.map((t) => Number(t.path[2]))).toEqual(Array.from({ length: 68 }, (_, i) => i + 1))
    for (const t of projects) expect(names(t, 'lead').length, t.path.join('/')).toBeGreaterThan(0)
  })

  it('reads projects 1, 3, 22, 32 and 33 as printed', () => {
    const p = (n: number) => projects[n - 1]
    expect(names(p(1), 'lead')).toEqual(['市人大常委会法制工委'])
    expect(names(p(1), 'participant')).toEqual(['市法制办', '市人大常委会内务司法工委'])
    expect(names(p(3), 'participant')).toEqual(['各区（县级市）', '市直各部门'])
    expect(names(p(22), 'lead')).toEqual(['市委维稳办'])
    expect(names(p(22), 'responsible')).toEqual(expect.arrayContaining(['市信访局', '市食安办', '各区（县级市）']))
    expect(p(22).roles.find((r) => r.role === 'responsible')?.label).toBe('负责落实、推进')
    const leads32 = p(32)
      .roles.filter((r) => r.role === 'lead')
      .map((r) => [r.scope, r.units.map((u) => u.name).join()])
    expect(leads32).toEqual([
      ['食品安全监管', '市食安办'],
      ['药品安全监管', '市食品药品监管局'],
    ])
    expect(names(p(33), 'lead')).toEqual(['市环保局'])
    expect(names(p(33), 'participant')).toEqual([])
  })

  it('prints 68 CSV rows plus a header with `gongwen table`', () => {
    const rows = responsibilityTable(doc)
    expect(rows).toHaveLength(68)
    expect(tableToCsv(rows).trim().split('\n')).toHaveLength(69)
  })

  it('points every role at its words in the original input', () => {
    const text = seed('002')
    const role = projects[0].roles[0]
    expect(text.slice(role.units[0].position!.start.offset, role.units[0].position!.end.offset)).toBe('市人大常委会法制工委')
    expect(role.position!.start.line).toBe(23)
  })
})

describe('tasks of seed 000 — labelled parentheses, canonical names', () => {
  const plan = parse(seed('000')).documents[0]
  it('reads items 1–8 with lead and responsible sets as printed', () => {
    expect(plan.tasks.map((t) => t.path.at(-1))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
    const t1 = plan.tasks[0]
    expect(names(t1, 'lead')).toEqual(['市人大法制委', '市法制办'])
    expect(names(t1, 'responsible')).toEqual(['市社工委', '市综治办', '市发展改革委', '市信访局', '市市场监管局', '各区', '各新区'])
    expect(names(plan.tasks[6], 'lead')).toEqual(['市委组织部', '市信访局', '市司法局'])
  })
  it('gives organs canonical names in 深圳市, not collectives', () => {
    const units = plan.tasks[0].roles.flatMap((r) => r.units)
    expect(units.find((u) => u.name === '市法制办')?.canonical).toMatch(/^深圳市/)
    expect(units.find((u) => u.name === '各区')?.canonical).toBeUndefined()
    expect(units.find((u) => u.name === '各区')?.kind).toBe('collective')
  })
})

describe('tasks of seed 003 工作方案 — leaders, nested brackets', () => {
  const plan = parse(seed('003')).documents[1]
  it('has 44 item tasks with leads; leaders are persons', () => {
    const items = plan.tasks.filter((t) => t.path.length === 3)
    expect(items).toHaveLength(44)
    for (const t of items) expect(names(t, 'lead').length).toBeGreaterThan(0)
    const t8 = items[7]
    expect(names(t8, 'leader')).toEqual(['李勇', '谢晓东'])
    expect(t8.roles.find((r) => r.role === 'leader')!.units.every((u) => u.kind === 'person')).toBe(true)
    expect(names(items[5], 'lead')).toContain('区委组织部〈区编办〉')
    expect(names(items[24], 'lead')).toEqual(['区检察院', '区公安分局'])
    expect(names(items[24], 'participant')).toEqual([])
  })
})

describe('tasks of seed 001 — prose 由…牵头组织，并会同…', () => {
  const doc = parse(seed('001'))
  it('reads lead 各级民政部门 and its participants', () => {
    const roles = doc.documents[0].tasks.flatMap((t) => t.roles)
    const lead = roles.find((r) => r.role === 'lead' && r.units[0]?.name === '各级民政部门')
    expect(lead).toBeDefined()
    const part = roles.find((r) => r.role === 'participant' && r.scope === lead!.scope)
    expect(part?.units.map((u) => u.name)).toEqual(['市维稳综治办', '市安全生产监督部门'])
  })
})

describe('role-label coverage over the policy corpus, through the whole pipeline', () => {
  it('puts every labelled role (label + colon) inside an extracted role', () => {
    const counts: Record<string, { seen: number; covered: number }> = {}
    const LABEL = /(牵头单位|责任单位|参与单位|参加单位|配合单位|牵头考核单位)[：:]/g
    const seeds = ['000', '001', '002', '003', '004'].map((n) => [`seed ${n}`, seed(n)] as [string, string])
    for (const [name, text] of [...seeds, ...policyDocs()]) {
      const doc = parse(text)
      const spans = [doc, ...doc.documents].flatMap((d) => d.tasks.flatMap((t) => t.roles.map((r) => r.position!)))
      for (const m of text.matchAll(LABEL)) {
        const c = (counts[m[1]] ??= { seen: 0, covered: 0 })
        c.seen++
        const inside = spans.some((p) => p.start.offset <= m.index && m.index < p.end.offset)
        if (inside) c.covered++
        else expect.soft(inside, `${name} offset ${m.index}`).toBe(true)
      }
    }
    console.log('label coverage', counts)
    expect(Object.values(counts).reduce((a, c) => a + c.seen, 0)).toBeGreaterThanOrEqual(198)
    expect(counts['牵头单位'].covered).toBeGreaterThanOrEqual(52)
  })
})

describe('gongwen table (CLI)', () => {
  it('prints 68 rows plus a header for seed 002', () => {
    const out = execFileSync('npx', ['tsx', 'src/cli/main.ts', 'table', 'corpus/seeds/002_488a201a46ead25b.txt'], { encoding: 'utf8' })
    expect(out.trim().split('\n')).toHaveLength(69)
  })
})
