import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { scanRoles, type ScanResult } from '../../../src/extract/roles/index.js'
import { taskRoles } from '../../helpers.js'

/**
 * Role families read off the whole-corpus role-cue sweep (issue #11, sweep7: 30 unexplained cues
 * drawn with seed 7 by scripts/sweep.ts --seed 7), held on a fixture written in the lawrefbook
 * export format and on the corpus sentence.
 */
const brief = (r: ScanResult) => r.roles.map((x) => [x.role, x.label, x.units.map((u) => u.name)])
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/sweep7/${name}`, import.meta.url), 'utf8')

describe('a bracket inside a unit name qualifies it (后勤（联勤）机关)', () => {
  it('lawrefbook 军人保险法 第五条: the unit with its bracket is responsible', () => {
    expect(brief(scanRoles('军队后勤（联勤）机关财务部门负责承办军人保险登记、个人权益记录、军人保险待遇支付等工作。'))).toEqual([['responsible', '负责', ['军队后勤（联勤）机关财务部门']]])
  })

  it('a provincial regulation: 军分区（警备区）后勤保障部门 in the second paragraph of an article', () => {
    const doc = parse(fixture('law-bracketed-unit.txt'))
    expect(taskRoles(doc, '第一章/第二条')).toEqual(['responsible 省军区', 'responsible 军分区（警备区）后勤保障部门'])
  })

  it('a verb before the bracket still governs: 督促（指导）… is prose, not a unit', () => {
    expect(brief(scanRoles('督促（指导）物业服务企业负责小区的日常保洁。'))).toEqual([])
  })
})
