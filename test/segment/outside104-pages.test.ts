import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside104's page families (test/gold/outside/outside104.md), in fixtures of our own wording

describe('organs under a title, over its text', () => {
  it('a statistics bulletin’s two organs on one line, over its first paragraph', () => {
    const doc = parse(
      '2023年青溪省国民经济和社会发展统计公报\n青溪省统计局 国家统计局青溪调查总队\n2023年，青溪坚持稳中求进工作总基调，全年经济运行稳进向好，民生福祉持续增进，高质量发展迈出坚实步伐。\n一、综合\n全年全省生产总值8255亿元，比上年增长6.0%。\n',
    )
    expect(doc.meta.issuers).toEqual(['青溪省统计局', '国家统计局青溪调查总队'])
  })

  it('a report’s delivering organ over its salutation', () => {
    const doc = parse('青溪自治区2023年国民经济和社会发展计划执行情况报告\n自治区发展和改革委员会\n各位代表：\n受自治区人民政府委托，现将计划执行情况报告如下，请予审议。\n')
    expect(doc.meta.issuers).toEqual(['自治区发展和改革委员会'])
  })

  it('a plan’s cover organ over its contents, past the site’s stamp and the title printed again', () => {
    const doc = parse('青溪省“十四五”文化和旅游发展规划\n发表时间:2022-06-20 23:05\n青溪省“十四五”文化和旅游发展规划\n青溪省文化和旅游厅\n目   录\n第一章   发展基础    5\n第二章   总体要求    14\n')
    expect(doc.meta.issuers).toEqual(['青溪省文化和旅游厅'])
  })

  it('an effective-date line under a law’s dated issuer line is no organ (guard)', () => {
    const doc = parse(
      '青溪机关工作人员病假期间生活待遇的规定\n1981年4月6日 国务院发布\n发布之日施行\n为了适当解决国家机关工作人员病假期间的生活困难问题，根据按劳分配的原则，作如下规定：\n一、工作人员病假在两个月以内的，发给原工资。\n',
    )
    expect(doc.meta.issuers).toEqual(['国务院'])
  })
})

describe('a letter whose title reports (关于报送…情况的函)', () => {
  const letter = (body: string) => `青溪市水务局关于报送2023年水旱灾害防御工作情况的函\n青水务〔2023〕930号\n流域防御局：\n现将我市2023年水旱灾害防御工作情况报送如下：\n一、汛情\n${body}\n`
  const due = (text: string) => parse(text).tasks.flatMap((t) => t.deadlines.map((d) => `${d.kind}:${d.date}`))

  it('narrates: its bare dates are the year’s events, not due dates', () => {
    expect(due(letter('日雨量单站最大为新寺站222毫米(6月23日)。最大小时雨量为7月21日武宁站144.7毫米。'))).toEqual([])
  })

  it('a cued date in it stays due (guard)', () => {
    expect(due(letter('请各区于12月20日前报送汛后检查情况。'))).toEqual(['due:2023-12-20'])
  })
})

describe('an article’s heading in 【】', () => {
  const rule = (article: string) => `青溪经济特区消防条例\n第一条【立法目的】 为了预防火灾，制定本条例。\n${article}\n第四条【协调机制】 各级消防安全委员会应当协调解决重大问题。\n`

  it('is the article’s heading, and the role after it is read', () => {
    const doc = parse(rule('第三条【政府职责】 各级人民政府负责本行政区域内的消防工作，将消防工作纳入规划。'))
    expect(doc.clauses.map((c) => c.heading)).toEqual(['立法目的', '政府职责', '协调机制'])
    expect(doc.tasks.map((t) => [t.path.join('/'), t.roles.map((r) => `${r.role}:${r.units.map((u) => u.name).join('、')}`)])).toEqual([['第三条', ['responsible:各级人民政府']]])
  })
})
