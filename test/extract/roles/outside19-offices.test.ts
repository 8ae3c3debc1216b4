import { describe, expect, it } from 'vitest'
import { parse, type PolicyDocument } from '../../../src/index.js'
import { fixtureText } from '../../helpers.js'

// outside19 probe (issue #11): documents of universities, hospitals and companies hand tasks to their
// own offices (教务处, 学生处, 党总支, 项目部), which open no level prefix (市, 区 …). Fixture written for the
// test in the form of a university notice (own school, offices and dates).

/** (path, role, units) of every role, as the scorer counts them. */
const roles = (doc: PolicyDocument) => doc.tasks.flatMap((t) => t.roles.map((r) => [t.path.join('/'), r.role, r.units.map((u) => u.name)]))

describe('offices of an institution in prose', () => {
  const doc = parse(fixtureText('outside19/office-roles.txt'))

  it('reads A和B负责 when neither opens with a level (the segmenter is asked about A, not A和B)', () => {
    expect(roles(doc)).toContainEqual(['一/1', 'responsible', ['教务处', '学生处']])
  })

  it('reads a party branch (党总支) as a unit', () => {
    expect(roles(doc)).toContainEqual(['一/2', 'responsible', ['各党总支']])
  })

  it('gives no participant to the members of a body the sentence composes (会同…共同组成检查组)', () => {
    expect(roles(doc).filter(([path]) => path === '一/3')).toEqual([])
  })

  it('carries no unit to 负责 when the sentence opens with an officer of the unit (教学办主任为…联络员)', () => {
    expect(roles(doc).filter(([path]) => path === '一/4')).toEqual([])
  })

  it('leaves A和B负责…的机构 + verb to the noun phrase it is (a relative clause, no assignment)', () => {
    expect(roles(doc).filter(([path]) => path === '一/5')).toEqual([])
  })

  it('finds exactly these roles', () => {
    expect(roles(doc)).toEqual([
      ['一/1', 'responsible', ['教务处', '学生处']],
      ['一/2', 'responsible', ['各党总支']],
    ])
  })
})

describe('the same forms in short texts', () => {
  it('村委会, 居委会 and 党支部 end units', () => {
    const doc = parse('一、分工\n1.加强宣传。各村委会负责入户宣传工作。\n2.加强巡查。各居委会负责辖区巡查。\n3.加强学习。各党支部负责组织党员学习。\n')
    expect(roles(doc)).toEqual([
      ['一/1', 'responsible', ['各村委会']],
      ['一/2', 'responsible', ['各居委会']],
      ['一/3', 'responsible', ['各党支部']],
    ])
  })

  it('a list joined by 和 still reads when its object holds 的 + a head without a verb after it', () => {
    const doc = parse('一、分工\n1.加强协调。医务科和护理部负责落实各病区的单位职责。\n')
    expect(roles(doc)).toEqual([['一/1', 'responsible', ['医务科', '护理部']]])
  })
})
