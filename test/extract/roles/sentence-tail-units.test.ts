import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { taskRoles } from '../../helpers.js'

// outside13 probe (issue #11): a policy address's KPI list closes each sentence with the bureaus
// answerable for it in a parenthesis, `…。(A/B)`; a 院會決議 speaks of what heads are 所負責.
// Fixtures written for the tests in those forms (own bureaus, figures and dates). Units are read in the matching copy:
// Hong Kong's 衞 (a form opencc-js leaves) as 卫, grammars/scripts.json variantForms.
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/outside13/${name}`, import.meta.url), 'utf8')

describe('a parenthesis of units closing a sentence', () => {
  const doc = parse(fixture('kpi-sentence-tails.txt'))

  it('makes its units responsible on the item, split at / as at 、', () => {
    expect(taskRoles(doc, '1')).toEqual(['responsible 环境及生态局、民政事务总署'])
    expect(taskRoles(doc, '3')).toEqual(['responsible 食物及卫生局、相关政策局'])
  })

  it('reads every bullet of an item, each with its own parenthesis', () => {
    expect(taskRoles(doc, '2')).toEqual(['responsible 房屋局', 'responsible 路政署'])
    expect(taskRoles(doc, '4')).toEqual(['responsible 劳工及福利局'])
  })

  it('reads nothing from a parenthesis that is no unit list or not after a sentence end', () => {
    expect(taskRoles(doc, '5') ?? []).toEqual([])
  })

  it('reads the same form in a simplified plan, and not a heading`s parenthesis', () => {
    const plan = parse(
      '市人民政府关于印发某某工作方案的通知\n一、工作任务\n（一）加强组织领导（县发改局）\n2024年底前完成老旧小区改造80个。（市住房城乡建设局、市财政局）\n（二）2025年6月底前建成数据平台。（市数据局）\n',
    )
    expect(taskRoles(plan, '一/（一）')).toEqual(['responsible 市住房城乡建设局、市财政局'])
    expect(taskRoles(plan, '一/（二）')).toEqual(['responsible 市数据局'])
  })
})

describe('a parenthesis of units closing its sentence before the sentence end (outside85 07)', () => {
  // A city's yearly 工作意见 closes each sentence of an item with the bodies answerable for it, before the
  // 。 (`…宣贯活动（A，B，C）。`); our own wording of that form.
  const plan = parse(
    '2021年某市防灾减灾工作意见\n一、压实属地责任。修订本市防灾减灾责任清单，开展专题培训活动（市减灾办，各区政府，各相关成员单位）。建立季度会商制度（各区政府）。\n二、加强部门协同。每半年通报一次重点隐患整治进展，组织开展联合检查（市应急局、市消防救援支队）。\n三、做好信息报送。各区将年度总结报送市应急局（市减灾办）。\n四、加强宣传教育。编印科普读本（2021年版）。\n',
  )

  it('makes the units of every closing parenthesis of an item responsible on it, split at ， as at 、', () => {
    expect(taskRoles(plan, '一')).toEqual(['responsible 市减灾办、各区政府、各相关成员单位', 'responsible 各区政府'])
    expect(taskRoles(plan, '二')).toEqual(['responsible 市应急局、市消防救援支队'])
  })

  it('reads nothing in a rule`s articles, whose parentheses say what a word includes or whom it covers', () => {
    const rule = parse('某市文明行为促进条例\n第一章 总则\n第三条 学校应当保证学生每天参加体育锻炼一小时（含体育课）。\n第四条 处罚决定可以通报其所在单位或者村（社区）。\n')
    expect(taskRoles(rule, '第一章/第三条') ?? []).toEqual([])
    expect(taskRoles(rule, '第一章/第四条') ?? []).toEqual([])
  })

  it('reads no unit`s other name after a unit (报送市应急局（市减灾办）。) and no parenthesis of other words', () => {
    expect(taskRoles(plan, '三') ?? []).toEqual([])
    const ministry = parse('某项工作意见\n一、报送方案。各地制定方案，并报工业和信息化部装备工业二司（国家重大技术装备办公室）。\n')
    expect(taskRoles(ministry, '一') ?? []).toEqual([])
    expect(taskRoles(plan, '四') ?? []).toEqual([])
  })
})

describe('a role verb inside a relative clause (所负责)', () => {
  const doc = parse(fixture('meeting-relative-clause.txt'))

  it('assigns nothing: 各部會首長對所負責之法案', () => {
    expect(taskRoles(doc, '一')).toBeUndefined()
  })

  it('still reads 由X負責 in the next item', () => {
    expect(taskRoles(doc, '二')).toEqual(['responsible 经济部'])
  })
})

describe('Taiwan agency labels (主辦機關 / 協辦機關 / 權責機關 / 執行機關)', () => {
  const doc = parse(fixture('roc-plan-agencies.txt'))

  it('reads 主辦機關 as lead and 協辦機關 as participants', () => {
    expect(taskRoles(doc, '一/（一）')).toEqual(['lead 卫生局', 'participant 社会局、民政局'])
  })

  it('reads 權責機關 and 執行機關 as responsible', () => {
    expect(taskRoles(doc, '一/（二）')).toEqual(['responsible 卫生局、资讯中心'])
    expect(taskRoles(doc, '二/（一）')).toEqual(['responsible 交通局'])
  })
})
