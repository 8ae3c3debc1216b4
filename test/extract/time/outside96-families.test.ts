import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'

// outside96's time families (test/gold/outside/outside96.md), in fixtures of our own wording

const dues = (text: string) =>
  parse(text)
    .tasks.flatMap((t) => t.deadlines)
    .filter((d) => d.kind === 'due')
    .map((d) => d.raw)

describe('a yearless 年内 naming a statistic’s scope', () => {
  const bulletin = (heading: string) =>
    `2019年青溪省水资源公报\n一、水资源量\n（一）降水\n2019年全省平均降水647.3毫米，比多年平均值少4.5%。\n${heading}\n1-4月全省平均降水量105.1毫米，占全年降水量的16.2%。\n`

  it('sets no due date (年内分配, 年内分布)', () => {
    expect(dues(bulletin('年内分配'))).toEqual([])
    expect(dues(bulletin('年内分布'))).toEqual([])
  })

  it('年内 before a verb is still due within the year (guard)', () => {
    expect(dues('青溪市2024年重点工作安排\n一、基础设施\n（一）年内完成城区污水管网改造。\n')).toContain('年内')
  })
})

describe('a history entry published and in force the same day', () => {
  it('reads 自公布之日起施行 as a 施行 on the publication date', () => {
    const doc = parse('（2004年9月5日青溪省人民政府令第163号公布　自公布之日起施行）\n第一条　为了规范政务信息公开，制定本办法。\n')
    expect(doc.meta.history?.map((h) => [h.date, h.action])).toEqual([
      ['2004-09-05', '公布'],
      ['2004-09-05', '施行'],
    ])
  })
})
