/**
 * outside109 02 (issue 11): `地方` before a collective opening narrows it and belongs to it — the local governments
 * of every level, not every government (16 such cues in the bulk set's laws were read as 各级人民政府). Fixtures our own.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'

const responsible = (text: string) => parse(text).tasks.flatMap((t) => t.roles.filter((r) => r.role === 'responsible').flatMap((r) => r.units.map((u) => u.name)))

describe('a scope word before a collective', () => {
  it('地方各级人民政府 opening an article stays whole', () => {
    expect(responsible('第六条 地方各级人民政府负责本行政区域内的湿地保护工作。')).toEqual(['地方各级人民政府'])
  })
  it('after a sentence naming the State Council, and before a department', () => {
    expect(responsible('第三条 国务院领导全国的湿地保护工作。地方各级人民政府林业主管部门负责本行政区域内的湿地监督管理。')).toEqual(['地方各级人民政府林业主管部门'])
  })
  it('a level range before it keeps the whole name (guard)', () => {
    expect(responsible('第七条 县级以上地方各级人民政府负责湿地保护规划的实施。')).toEqual(['县级以上地方各级人民政府'])
  })
  it('地方 before an organ, and a bare 各级 collective, read as before (guards)', () => {
    expect(responsible('第八条 地方财政部门负责湿地保护资金的监督。')).toEqual(['地方财政部门'])
    expect(responsible('第八条 各级人民政府负责湿地保护宣传。')).toEqual(['各级人民政府'])
  })
})
