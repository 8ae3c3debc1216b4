import { describe, expect, it } from 'vitest'
import grammar from '../../../grammars/time/milestones.json' with { type: 'json' }
import { scheduleLabels } from '../../../src/extract/time/milestones.js'
import { parse } from '../../../src/index.js'

/** A work notice whose third item is a schedule block under `label`. */
const notice = (label: string, colon = '：') => `关于推进重点项目建设的通知

各区人民政府，市政府各部门：

为加快推进重点项目建设，现就有关事项通知如下：

一、加强组织领导。各区要建立项目推进工作机制。

二、强化要素保障。市有关部门要做好用地、资金保障。

三、${label}${colon}2024年6月底前，完成项目梳理；2024年12月底前，完成年度投资任务。

市发展改革委
2024年3月1日
`

const milestonesOf = (text: string) => parse(text).tasks.flatMap((task) => (task.milestones ?? []).map((m) => [m.deadline?.raw, m.deadline?.date, m.action]))

describe('schedule labels (grammars/time/milestones.json): every label works through parse()', () => {
  for (const label of grammar.labels) {
    it(`${label}：opens a schedule block whose milestones parse() returns`, () => {
      expect(milestonesOf(notice(label))).toEqual([
        ['2024年6月底前', '2024-06-30', '完成项目梳理'],
        ['2024年12月底前', '2024-12-31', '完成年度投资任务'],
      ])
    })
  }

  it('the ASCII colon works as the label end too (时间节点:)', () => {
    expect(milestonesOf(notice('时间节点', ':')).map((m) => m[1])).toEqual(['2024-06-30', '2024-12-31'])
  })

  it('a label without its colon opens no block (工作进度较慢 is prose)', () => {
    expect(milestonesOf(notice('时间节点', '，'))).toEqual([])
    expect(scheduleLabels('部分项目工作进度较慢，时间要求紧。', 0, 17)).toEqual([])
  })

  it('scheduleLabels finds each label where it starts, longest first', () => {
    const text = '一、时间节点：2024年6月底前完成。二、进度安排:2024年底前完成。'
    expect(scheduleLabels(text, 0, text.length)).toEqual([2, text.indexOf('进度安排')])
  })
})
