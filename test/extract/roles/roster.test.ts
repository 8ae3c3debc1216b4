import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { taskRoles } from '../../helpers.js'
import { inRoster } from '../../../src/extract/roster.js'

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
