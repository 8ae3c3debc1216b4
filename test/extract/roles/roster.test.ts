import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { taskRoles } from '../../helpers.js'
import { bodySetUp, inRoster } from '../../../src/extract/roster.js'

// outside9 probe (issue #11): a body's composition (由X牵头，Y…等单位组成 / …组成，X为牵头单位) is a
// roster, not a task (test/gold/README.md). Fixture written for the test (own county and units).
const doc = parse(readFileSync(new URL('../../fixtures/outside9/roster-bodies.txt', import.meta.url), 'utf8'))

describe('rosters of joint meetings and working groups', () => {
  it('reads no lead from a member roster (…组成，X为牵头单位)', () => {
    expect(taskRoles(doc, '一')).toBeUndefined()
  })

  it('reads no lead from a working group composed under a lead (由X牵头，Y…等单位组成，负责…)', () => {
    expect(taskRoles(doc, '二/（一）')).toBeUndefined()
  })

  it('keeps a lead whose sentence composes nothing, 领导小组成员单位 included', () => {
    expect(taskRoles(doc, '二/（二）')).toEqual(['lead 县卫生健康局', 'participant 县医保局'])
    expect(taskRoles(doc, '二/（三）')).toEqual(['lead 县民政局', 'participant 县委老干部局、县养老服务领导小组成员单位'])
  })

  it('tells the roster verb from 组成 across two words', () => {
    expect(inRoster('由县民政局牵头，县财政局等单位组成。', 3)).toBe(true)
    expect(inRoster('由县民政局牵头，领导小组成员单位配合。', 3)).toBe(false)
  })
})

describe('a body described where the clause sets it up (下设办公室，…。办公室负责…)', () => {
  const plan = parse(
    '青山县养老服务体系建设方案\n一、组织领导\n（一）成立领导小组。县政府成立养老服务工作领导小组，领导小组下设办公室，由县民政局局长兼任主任。办公室负责日常工作和督查考核。\n（二）明确责任。县民政局负责制定年度计划，县财政局配合。\n',
  )

  it('gives the bare body no role, and keeps the roles of named units', () => {
    expect(taskRoles(plan, '一/（一）')).toBeUndefined()
    expect(taskRoles(plan, '一/（二）')).toEqual(['responsible 县民政局', 'participant 县财政局'])
  })

  it('needs a set-up word before the role and a bare body word as the unit', () => {
    expect(bodySetUp('领导小组下设办公室。办公室负责起草办法。', 0, 10, ['办公室'])).toBe(true)
    expect(bodySetUp('办公室负责起草办法。', 0, 0, ['办公室'])).toBe(false)
    expect(bodySetUp('领导小组下设办公室。县民政局负责起草办法。', 0, 10, ['县民政局'])).toBe(false)
  })
})
