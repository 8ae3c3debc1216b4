/**
 * A table flattened one cell a line prints its column heads as years alone on their lines
 * (`近三年发展情况 ⏎ 2019年 ⏎ 2020年 ⏎ 2021年 ⏎ 资产总额（万元）`, the application form of central_042, deadline
 * audit rows B 48 and 50): heads set nothing. A year alone on its line beside no other keeps its
 * reading (a schedule table's row: `2024年 ⏎ 完成试点工作`). The form below is written for this test.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { allDocuments } from '../../helpers.js'

const FORM = `关于组织申报2023年度智能工厂的通知

各市（州）经济和信息化局：

一、申报要求

（一）申报企业须填报申报书。

1.企业基本情况表

近三年发展情况

2020年

2021年

2022年

资产总额（万元）

主营业务收入（万元）

2.请于2023年5月31日前报送申报材料。
`

const dues = (text: string) => allDocuments(parse(text)).flatMap((d) => d.tasks.flatMap((t) => t.deadlines.filter((x) => x.kind === 'due').map((x) => `${x.raw}=${x.date}`)))

describe('years as the column heads of a flattened table', () => {
  it('are no due dates; the form keeps its real deadline', () => {
    expect(dues(FORM)).toEqual(['2023年5月31日前=2023-05-31'])
  })

  it('a year alone on its line beside no other year keeps its reading', () => {
    const row = FORM.replace('2020年\n\n2021年\n\n2022年', '2024年\n\n完成试点工作')
    expect(dues(row)).toContain('2024年=2024-12-31')
  })
})
