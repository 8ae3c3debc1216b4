/**
 * A text that starts inside a plan at its stage items (page 2 of a repost, outside14 page 05): the
 * first 四、 after 第三阶段 continues the document's top list (grammars/numbering.json `underSections`).
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { fixtureText } from '../helpers.js'

describe('stage items before the first section heading of an excerpt', () => {
  it('四、 is no item of the stage above it', () => {
    const doc = parse(fixtureText('schedule14/stage-excerpt.txt'))
    expect(doc.tasks.map((t) => [t.path.join('/'), t.roles.flatMap((r) => r.units.map((u) => `${r.role} ${u.name}`))])).toEqual([
      ['四/（一）', ['responsible 区交通运输局', 'responsible 各镇街']],
      ['四/（二）', ['responsible 区督查室']],
    ])
    expect(doc.stages.map((s) => [s.start, s.end])).toEqual([
      ['2017-06-01', '2017-10-31'],
      ['2017-11-01', '2017-11-30'],
    ])
  })

  it('a stage under its section stays the section item', () => {
    const doc = parse('三、实施步骤\n第一阶段：排查（2017年5月）。各镇街排查。\n第二阶段：治理（2017年6月至10月）。区交通运输局负责督促各镇街治理。\n四、保障措施\n（一）区督查室负责跟踪督办。')
    expect(doc.tasks.map((t) => t.path.join('/'))).toEqual(['三/第二阶段', '四/（一）'])
  })
})

describe('a page glued into one line with nothing between its items (normalize/flattened.ts gluedBreaks)', () => {
  it('splits before （一）（二）（三） glued to the text and reads each item’s labels', () => {
    const doc = parse(fixtureText('schedule14/glued-one-line.txt'))
    expect(doc.tasks.map((t) => [t.path.join('/'), t.roles.flatMap((r) => r.units.map((u) => `${r.role} ${u.name}`))])).toEqual([
      ['（一）', ['leader 周明远副局长', 'responsible 河道科', 'responsible 水政监察大队']],
      ['（二）', ['leader 陈立群副局长', 'responsible 水库管理所']],
      ['（三）', ['leader 吴海峰副局长', 'responsible 农水科', 'responsible 各乡镇水利站']],
    ])
  })

  it('two glued markers, or a grade like 小（一）型, split nothing', () => {
    const grades = `${'全县共有水库十二座，其中中型水库两座，'.repeat(8)}小(一)型水库四座、小(二)型水库六座，均已落实管护责任。`
    expect(parse(grades).clauses).toEqual([])
    const two = `${'各乡镇要按照要求做好河道清障工作，'.repeat(8)}重点工作(一)城区河道清障。牵头领导:周明远副局长(二)山塘水库清障。牵头领导:陈立群副局长`
    // no clause; its 牵头领导 labels are the text's outside every clause (the task with the path [], outside36)
    const glued = parse(two)
    expect(glued.clauses).toEqual([])
    expect(glued.tasks.map((t) => t.path.join('/'))).toEqual([''])
  })
})

describe('glued grades close together are no items', () => {
  it('course names with a grade stay one line', () => {
    const line = `${'应试科目包括下列各科，均以专业知识为主，'.repeat(8)}课程分为会计学（一）基础部分和会计学（二）进阶部分以及会计学（三）专题部分。`
    expect(parse(line).clauses).toEqual([])
  })
})
