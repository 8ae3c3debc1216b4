import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { fixtureText } from '../../helpers.js'

// outside19 probe (issue #11): a college notice prints its 时间安排 as dated lines — a period, a comma,
// what is done then (`9月1日至9月30日，校内相关单位完成自查自评；`) — under a line giving the whole span
// with its year. Those are the plan's stages (test/gold/README.md: dated periods of a 时间安排 /
// 进度安排 section). Fixture written for the test (own school and dates).

describe('stages printed as dated lines under 时间安排', () => {
  const doc = parse(fixtureText('outside19/dated-lines.txt'))

  it('reads each line as a stage, the year from the span above', () => {
    expect(doc.stages.map((s) => [s.name, s.start, s.end])).toEqual([
      ['各学院完成自查', '2024-03-01', '2024-03-31'],
      ['学校组织抽查', '2024-04-01', '2024-05-15'],
      ['汇总整改情况', '2024-05-16', '2024-06-30'],
    ])
  })

  it('the stage lines give no deadline of their own', () => {
    expect(doc.tasks.flatMap((t) => t.deadlines.filter((d) => d.kind === 'due'))).toEqual([])
  })

  it('one dated line outside a stage section is no stage', () => {
    const page = parse('关于报送材料的通知\n一、工作要求\n3月1日至3月31日，各学院完成自查。\n二、其他\n请按时报送。\n办公室\n2024年2月20日\n')
    expect(page.stages).toEqual([])
  })
})
