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
