import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside117's page forms (test/gold/outside/outside117.md), in fixtures of our own wording

describe('a page that is the second of a text, opening with a section heading', () => {
  it('has no title, though the heading ends in a genre word', () => {
    const doc = parse('三、切实做好城乡供水保障的工作思路和措施\n（一）坚持集中供水。各区县要抓紧编制供水实施计划。\n（二）加大资金投入。\n')
    expect([doc.meta.title, doc.meta.docType, doc.clauses.map((c) => c.path.join('/'))]).toEqual([null, null, ['三']])
  })

  it('a title that ends in 措施 is still read (guard)', () => {
    expect(parse('青溪市关于促进消费的若干措施\n为促进消费，制定以下措施。\n一、发放消费券\n').meta.title).toBe('青溪市关于促进消费的若干措施')
  })
})

describe('a text reposted from its 字号, its date in brackets under it', () => {
  it('dates the text', () => {
    const doc = parse('发布日期:2020-07-15      点击量:321\n青发〔2019〕6号\n(2019年3月11日)\n为推动全市文化产业高质量发展，提出如下实施意见。\n一、总体要求\n')
    expect([doc.meta.docNumber?.normalized, doc.meta.signedDate, doc.meta.docType]).toEqual(['青发〔2019〕6号', '2019-03-11', '实施意见'])
  })

  it('a bracketed date further down the text is no date of the text (guard)', () => {
    const doc = parse('青发〔2019〕6号\n为推动全市文化产业高质量发展，提出如下实施意见。\n(2019年3月11日)\n一、总体要求\n')
    expect(doc.meta.signedDate).toBeNull()
  })
})

describe('a provincial order numbered with its year in square brackets', () => {
  it('is read as the rule’s promulgation', () => {
    const doc = parse(
      '青溪省收费管理暂行办法\n青溪省人民政府\n省政府令[2001]第3号\n《青溪省收费管理暂行办法》已经2001年2月1日省政府第40次常务会议通过,现予发布实行。\n省长 张某\n二00一年二月十四日\n第一条 为了规范收费行为,制定本办法。\n第二条 县级以上人民政府价格主管部门负责收费的管理工作。\n',
    )
    expect([doc.meta.publishedDate, doc.meta.history?.map((h) => `${h.date} ${h.action}`), doc.meta.issuers, doc.documents.length]).toEqual([
      '2001-02-14',
      ['2001-02-01 通过', '2001-02-14 公布'],
      ['青溪省人民政府'],
      0,
    ])
  })
})

describe('a joint notice printed from its 主送, naming what it issues in a sentence of its own', () => {
  const notice = (issuing: string) =>
    parse(
      `各区人民政府、各有关部门:\n为落实部署要求，市商务局等部门研究制定了《关于完善青溪市商贸流通体系的实施方案》${issuing}\n市商务局 市发展改革委\n2025年3月7日\n关于完善青溪市商贸流通体系的实施方案\n为推动批发零售业高质量发展，现制定如下实施方案。\n一、总体要求\n`,
    )

  it('is a notice', () => {
    expect([notice('。现印发给你们，请结合实际认真贯彻落实。').meta.docType, notice('。现印发给你们，请结合实际认真贯彻落实。').documents.map((d) => d.meta.docType)]).toEqual(['通知', ['实施方案']])
  })

  it('a sentence only telling what was drafted names no genre (guard)', () => {
    expect(notice('。请各单位结合实际认真贯彻落实。').meta.docType).not.toBe('通知')
  })
})

describe('a notice run together on one line that issues two plans, the first printed after its 落款', () => {
  it('nests the first plan under its own title', () => {
    const doc = parse(
      '青溪县人民政府关于印发青溪县妇女发展规划和青溪县儿童发展规划的通知 青政〔2023〕8号 各乡、镇人民政府,县政府各部门:《青溪县妇女发展规划(2021-2030年)》和《青溪县儿童发展规划(2021-2030年)》业经县政府常务会议审议通过,现印发给你们,请认真抓好落实。 青溪县人民政府办公室2023年2月24日(此件公开发布) 青溪县妇女发展规划(2021-2030年) 序言实行男女平等是国家的基本国策。妇女是社会进步的推动者。\n',
    )
    expect([doc.meta.docNumber?.normalized, doc.meta.signedDate, doc.documents.map((d) => d.meta.title)]).toEqual(['青政〔2023〕8号', '2023-02-24', ['青溪县妇女发展规划（2021-2030年）']])
  })
})

describe('a policy aggregator’s page: its menu, the title, its labels, then the notice flattened onto one line', () => {
  const page = (flatTitle: string) =>
    parse(
      `首页\n政策库\n公司注册\n优惠政策\n\n青溪县人民政府关于印发青溪县妇女发展规划的通知\n政策\n发布部门:青溪县人民政府(办公室)\n发布时间:2023年02月24日\n有效性:有效\n${flatTitle} 青政〔2023〕8号 各乡、镇人民政府,县政府各部门:《青溪县妇女发展规划(2021-2030年)》业经县政府常务会议审议通过,现印发给你们,请认真抓好落实。 青溪县人民政府办公室2023年2月24日(此件公开发布) 青溪县妇女发展规划(2021-2030年) 序言实行男女平等是国家的基本国策。\n`,
    )

  it('reads the 字号 run on after the title printed again', () => {
    expect(page('青溪县人民政府关于印发青溪县妇女发展规划的通知').meta.docNumber?.normalized).toBe('青政〔2023〕8号')
  })

  it('a 字号 run on after another title is not the page’s (guard)', () => {
    expect(page('青溪县人民政府关于印发青溪县儿童发展规划的通知').meta.docNumber).toBeNull()
  })
})
