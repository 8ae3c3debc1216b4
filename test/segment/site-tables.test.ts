import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { siteLabelCells } from '../../src/segment/header.js'
import { fixtureText } from '../helpers.js'

// Label tables of government sites printed around the title in forms the fixed header readers do not
// take, and pinyin readings with alternatives, found by the outside probe of plans
// (test/gold/outside/outside6.md). The fixtures are written in the format of those pages.
const fixture = (name: string) => parse(fixtureText(`outside-plans/${name}`))
const line = (text: string) => ({ text, start: 0, end: text.length })

describe('siteLabelCells', () => {
  it('cells between | borders, with and without colons', () => {
    expect(siteLabelCells(line('文号|江北政办〔2022〕3号|发文日期| 2022-01-30 16:20 |')).map((c) => [c.label, c.value])).toEqual([
      ['文号', '江北政办〔2022〕3号'],
      ['发文日期', '2022-01-30 16:20'],
    ])
    expect(siteLabelCells(line('发布机构：|生成日期：| 2022-12-02 08:54:33 | |')).map((c) => [c.label, c.value])).toEqual([['生成日期', '2022-12-02 08:54:33']])
  })

  it('several label：value cells glued on one line, after a glued breadcrumb', () => {
    expect(siteLabelCells(line('…落实情况索引号：113417/202301-00044发布机构：某县人民政府成文日期：2023-01-20文号：某政〔2023〕1号')).map((c) => [c.label, c.value])).toEqual([
      ['索引号', '113417/202301-00044'],
      ['发布机构', '某县人民政府'],
      ['成文日期', '2023-01-20'],
      ['文号', '某政〔2023〕1号'],
    ])
  })

  it('a row mixing a bare label with colon cells: the bare label’s cell is read too (outside222 04)', () => {
    expect(siteLabelCells(line('文号 青政办函〔2024〕7号 成文日期: 2024年03月27日')).map((c) => [c.label, c.value])).toEqual([
      ['文号', '青政办函〔2024〕7号'],
      ['成文日期', '2024年03月27日'],
    ])
    expect(siteLabelCells(line('有效性 有效 公开日期: 2024-04-10 10:42')).map((c) => [c.label, c.value])).toEqual([
      ['有效性', '有效'],
      ['公开日期', '2024-04-10 10:42'],
    ])
  })

  it('a strong label glued to its value opens the line; a sentence holds no cell', () => {
    expect(siteLabelCells(line('成文日期2013-05-08')).map((c) => [c.label, c.value])).toEqual([['成文日期', '2013-05-08']])
    expect(siteLabelCells(line('各责任单位要按照文号顺序归档。'))).toEqual([])
  })
})

describe('site label tables around the title', () => {
  it('a table exported with | borders and colons: title, genre and issuer without the borders, 生成日期 dates it', () => {
    const doc = fixture('site-pipe-table.txt')
    expect(doc.meta.title).toBe('市人民政府办公室关于印发青岭市数字乡村建设三年行动方案（2023—2025年）的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.issuers).toEqual(['市人民政府办公室'])
    expect(doc.meta.docNumber?.normalized).toBe('青岭府办发〔2023〕14号')
    expect(doc.meta.signedDate).toBe('2023-06-12')
  })

  it('a bordered table without colons above the title: 字号 and 发文日期', () => {
    const doc = fixture('site-bordered-table.txt')
    expect(doc.meta.title).toBe('区人民政府办公室关于印发2024年区《政府工作报告》目标任务责任分解方案的通知')
    expect(doc.meta.docNumber?.normalized).toBe('东湖政办〔2024〕2号')
    expect(doc.meta.signedDate).toBe('2024-02-05')
    expect(doc.meta.header?.form).toBe('govcn')
  })

  it('cells glued on one line above the title and a 发布日期 line under it', () => {
    const doc = fixture('site-glued-labels.txt')
    expect(doc.meta.title).toBe('清河市城市管理局冬季市容环境集中整治工作方案')
    expect(doc.meta.docNumber?.normalized).toBe('清城管发〔2022〕6号')
    expect(doc.meta.signedDate).toBe('2022-11-20')
    expect(doc.meta.publishedDate).toBe('2022-11-25')
    expect(doc.tasks.map((t) => [t.path.join('/'), t.roles.map((r) => [r.role, r.units.map((u) => u.name)])])).toEqual([['一/（一）', [['responsible', ['市容环卫科']]]]])
  })

  it('a traditional table printed twice without colons: the title broken over three lines below it is found', () => {
    const doc = fixture('site-bare-labels.txt')
    expect(doc.meta.title).toBe('內蒙古自治區人民政府辦公廳關于印發自治區牧區節水灌溉示範工程實施方案的通知')
    expect(doc.meta.docNumber?.normalized).toBe('内政办发〔2013〕22号')
    expect(doc.meta.signedDate).toBe('2013-05-08')
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['內蒙古自治區牧區節水灌溉示範工程實施方案'])
  })
})

describe('a county portal’s table under the title, some labels with a colon and some without', () => {
  it('its 字号 and 公开日期 are read, the 成文日期 agrees with the 落款 (outside222 04)', () => {
    const doc = parse(
      [
        '青岭县人民政府办公室关于印发《青岭县茶产业提升计划（2024—2026年）》的通知',
        '',
        '索引号 qlxzf/2024-0311 公开目录: 规划计划,县政府办文件',
        '公开责任部门 政府办 公开形式: 主动公开',
        '文号 青政办函〔2024〕7号 成文日期: 2024年03月27日',
        '有效性 有效 公开日期: 2024-04-10 10:42',
        '',
        '各镇人民政府，县政府各工作部门：',
        '《青岭县茶产业提升计划（2024—2026年）》已经县政府同意，现印发给你们，请认真贯彻执行。',
        '',
        '青岭县人民政府办公室',
        '2024年3月27日',
      ].join('\n'),
    )
    expect(doc.meta.docNumber?.raw).toBe('青政办函〔2024〕7号')
    expect(doc.meta.publishedDate).toBe('2024-04-10')
    expect(doc.meta.signedDate).toBe('2024-03-27')
    expect(doc.meta.title).toBe('青岭县人民政府办公室关于印发《青岭县茶产业提升计划（2024—2026年）》的通知')
  })
})

describe('pinyin readings with alternatives inserted by a converting scraper', () => {
  it('一(yī / yì /yí)、 is the marker 一、 again, and the target of （一） keeps its path', () => {
    const doc = fixture('pinyin-readings.txt')
    const plan = doc.documents[0]
    expect(plan.meta.title).toBe('北疆草原生態保護修復行動實施方案')
    expect(plan.tasks.map((t) => [t.path.join('/'), t.deadlines.map((d) => d.date)])).toEqual([['一/（一）', ['2026-12-31']]])
  })
})

describe('a 字号 between the title and a 发布日期 line glued to 来源', () => {
  it('the labels under the title do not hide the 字号 above them', () => {
    const doc = parse(
      '|\n平川县人民政府办公室关于印发平川县促进特色小镇发展实施方案的通知\n平政办发〔2023〕9号\n发布日期：2023-08-14 09:30 来源： 平川县人民政府 【字体：大 中 小】 打印本页\n各乡（镇）人民政府，县直各有关单位：\n《平川县促进特色小镇发展实施方案》已经县人民政府同意，现印发给你们，请认真组织实施。\n平川县人民政府办公室\n2023年8月14日\n',
    )
    expect(doc.meta.title).toBe('平川县人民政府办公室关于印发平川县促进特色小镇发展实施方案的通知')
    expect(doc.meta.docNumber?.normalized).toBe('平政办发〔2023〕9号')
    expect(doc.meta.publishedDate).toBe('2023-08-14')
    expect(doc.meta.signedDate).toBe('2023-08-14')
  })
})
