import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { fixtureText, taskRoles } from '../helpers.js'

// Families of city and county plan pages left by the outside probe of plans (test/gold/outside/outside6.md,
// "Second pass"). The fixtures are written in the format of those pages, with their own units and wording.

const fixture = (name: string) => parse(fixtureText(`city-plans/${name}`))
const paths = (doc: ReturnType<typeof parse>) => doc.tasks.map((t) => t.path.join('/'))

describe('an arabic list numbered on under a new （一） (1.–3. under 一、, then 二、 › （一） › 4.)', () => {
  const doc = fixture('numbered-on.txt')

  it('4. and 5. are items of （一）, 6. and 7. of （二）, each with its own 责任单位 line', () => {
    expect(paths(doc)).toEqual(['一/1', '一/2', '一/3', '二/（一）/4', '二/（一）/5', '二/（二）/6', '二/（二）/7'])
    expect(taskRoles(doc, '二/（一）/4')).toEqual(['responsible 县经信局、县发改局、县科技局'])
    expect(taskRoles(doc, '二/（二）/7')).toEqual(['responsible 县农业农村局、县财政局'])
  })

  it('a stray （三） that follows no （二） (a wrapped line) does not take the list', () => {
    const d = parse('一、总体要求\n1.完成甲项任务（责任单位：县财政局）。\n2.完成乙项任务（责任单位：县商务局）。\n二、主要任务\n（三）类项目按季度报送。\n3.完成丙项任务（责任单位：县交通局）。\n')
    expect(paths(d)).toEqual(['一/1', '一/2', '二/3'])
  })
})

describe('label lines closing a section after its sub-items (（一） › 1. 2. › (1)–(3), then 牵头单位： / 责任单位：)', () => {
  const doc = fixture('section-labels.txt')

  it('assign the section, not its last sub-item', () => {
    expect(paths(doc)).toEqual(['二/（一）', '二/（二）/1', '二/（二）/2'])
    expect(taskRoles(doc, '二/（一）')).toEqual(['lead 县市场监管局', 'responsible 县教育局、县城管执法局、城关镇人民政府'])
  })

  it('the last sub-item ends before the labels', () => {
    const three = doc.clauses[1].children[0].children[1].children[2]
    expect(three.path).toEqual(['二', '（一）', '2', '（3）'])
    expect(three.position.end.line).toBeLessThan(doc.tasks[0].roles[0].position.start.line)
  })

  it('labels printed after each item stay with their items', () => {
    expect(taskRoles(doc, '二/（二）/2')).toEqual(['responsible 县教育局'])
  })
})

describe('prose appointments: X为…的牵头责任单位，Y为协办单位', () => {
  it('assign the section: the lead and the units that assist, 州-level units named whole', () => {
    const plan = fixture('appointed-units.txt').documents[0]
    expect(plan.meta.title).toBe('州八届人大二次会议代表建议办理方案')
    expect(taskRoles(plan, '二')).toEqual(['lead 州商务局', 'participant 州发改委、州财政局、州农业农村局、州交通运输局、凤山县政府、乐业县政府'])
    expect(plan.tasks.map((t) => t.path.join('/'))).toEqual(['二'])
  })

  it('the short form, and labels qualified without 的 are not appointments', () => {
    const doc = parse(
      '一、工作任务\n（一）推进老旧小区改造。市住房城乡建设局为牵头责任单位，市财政局、市自然资源局为配合单位。\n（二）规范信访受理。最先受理信访事项的机关为首办责任单位。\n（三）加强公路养护。公路管理机构和乡镇人民政府统称为公路养护责任单位。\n',
    )
    expect(taskRoles(doc, '一/（一）')).toEqual(['lead 市住房城乡建设局', 'participant 市财政局、市自然资源局'])
    expect(doc.tasks.map((t) => t.path.join('/'))).toEqual(['一/（一）'])
  })
})

describe('deadline forms of city notices', () => {
  const doc = fixture('deadline-forms.txt')
  const dues = (path: string) =>
    doc.tasks
      .find((t) => t.path.join('/') === path)
      ?.deadlines.filter((d) => d.kind === 'due')
      .map((d) => `${d.date} ${d.raw}`)
  const events = (path: string) => doc.clauses.find((c) => c.path.join('/') === path)?.events?.map((e) => `${e.kind} ${e.raw}`)

  it('615日、1215日前 (月 lost by a scraper): 6月15日 and 12月15日 of the year the dateless notice names', () => {
    expect(dues('一')).toEqual(['2023-06-15 615日', '2023-12-15 1215日前'])
    expect(doc.diagnostics.filter((d) => d.code === 'time-repaired').map((d) => d.message)).toEqual([
      'Repaired a corrupt date: read "615日" as 6月15日 (a lost 月)',
      'Repaired a corrupt date: read "1215日" as 12月15日 (a lost 月)',
    ])
  })

  it('年底逐一绩效对账 and a quoted “年初建账…年底交账” slogan set no due date', () => {
    expect(dues('二')).toBeUndefined()
    expect(events('二')).toEqual(['other 年初', 'other 年底'])
  })

  it('a bare year before the paragraph’s target year is the figure’s year; 到2025年 is due', () => {
    expect(dues('三')).toEqual(['2025-12-31 2025年'])
    expect(events('三')).toEqual(['other 2023年'])
  })

  it('a month-day run read only when one split exists and a cue sets it (115日 could be 1月15日 or 11月5日)', () => {
    const read = (s: string) => parse(`关于印发2023年重点工作的通知\n\n一、${s}\n`).tasks.flatMap((t) => t.deadlines.map((d) => d.date))
    expect(read('各单位于605日前报送。')).toEqual(['2023-06-05'])
    expect(read('各单位于115日前报送。')).toEqual([])
    expect(read('全年共计615日。')).toEqual([])
  })

  it('a year that is the title’s target (2030年前碳达峰) does not date yearless deadlines', () => {
    const d = parse('关于印发2030年前碳达峰行动方案的通知\n\n一、各单位于12月底前报送方案。\n')
    expect(d.tasks).toEqual([])
    expect(d.diagnostics.filter((x) => x.code === 'time-year-unknown').length).toBe(1)
  })
})

describe('a body-only notice (the excerpt starts at 主送)', () => {
  it('takes docType 通知 from 《…》已经市政府同意，现印发给你们', () => {
    const doc = fixture('body-only-notice.txt')
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.signedDate).toBe('2024-03-08')
  })
})

describe('a notice title printed over three lines, its 落款 only a date with a 附注 under it', () => {
  const doc = fixture('title-three-lines.txt')

  it('the title goes on past the quoted 《政府工作报告》 to 的通知', () => {
    expect(doc.meta.title).toBe('科尔沁右翼前旗人民政府办公室关于印发2024年《政府工作报告》重点工作任务分解方案的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.issuers).toEqual(['科尔沁右翼前旗人民政府办公室'])
  })

  it('the date over （联系人：…） and a share-button line is the 成文日期', () => {
    expect(doc.meta.signedDate).toBe('2024-03-12')
  })
})

describe('a 落款 date whose 年月日 a scraper stripped (2021416)', () => {
  it('is the 成文日期 when only one month/day split exists', () => {
    const notice = (date: string) =>
      parse(
        `中共某县委办公室 某县人民政府办公室关于印发《某县乡村振兴三年行动计划》的通知\n各乡镇党委政府县级各部门\n某县乡村振兴三年行动计划已经县委县政府同意现印发给你们请认真贯彻执行\n中共某县委办公室\n某县人民政府办公室\n${date}\n`,
      )
    expect(notice('2021416').meta.signedDate).toBe('2021-04-16')
    expect(notice('2021131').meta.signedDate).toBe('2021-01-31')
    // 1月11日 or 11月1日: not read
    expect(notice('2021111').meta.signedDate).toBeNull()
  })

  it('a single-digit month and day run together (`202193`) and a date that lost only its 月 (`2016年1013日`) read one way', () => {
    const notice = (date: string) => parse(`某市人民政府办公室关于印发某市防汛应急预案的通知\n各县区人民政府:\n现将《某市防汛应急预案》印发给你们,请认真遵照执行。\n某市人民政府办公室\n${date}\n`)
    expect(notice('202193').meta.signedDate).toBe('2021-09-03')
    expect(notice('2016年1013日').meta.signedDate).toBe('2016-10-13')
    expect(notice('2016年416日').meta.signedDate).toBe('2016-04-16')
    // 1月13日 or 11月3日; a zero cannot open the month (a postcode such as 201203)
    expect(notice('2016年113日').meta.signedDate).toBeNull()
    expect(notice('201203').meta.signedDate).toBeNull()
    expect(notice('某市人民政府办公室').meta.signedDate).toBeNull()
  })
})
