import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/**
 * Families of outside141 and outside143–146 (issue #11, helpers' draws of the forty-seventh session's third round and
 * one page of its second), on fixtures of our own wording in the pages' shapes: a 落款 set two blank lines apart with a
 * spam host's keyword soup under it (141 02); a 字号 with a validity tag or a date cell beside it (143 02, 04); a 人大常委会
 * announcement numbered within its term, closed by `特此公告。` (144 01); a 落款 date whose 年月日 were stripped, read two
 * ways, and a closing formula naming the genre (144 02, 03); a site's breadcrumb alone over the title (146 02); a law
 * site's 字号 over its label row (146 06); a `<br>` tag kept as text in a title line (145 07).
 */
describe('a 落款 set two blank lines apart, a keyword soup under it', () => {
  const page = (tail: string) =>
    [
      '关于禁止在森林防火区野外用火的通告',
      '',
      '',
      '    一、森林防火期内，禁止一切野外用火。',
      '',
      '',
      '    二、违反上述规定的，依法追究责任。',
      '',
      '',
      '    青溪省森林防火指挥部',
      '',
      '',
      '    青溪省林业局',
      '',
      '',
      '    青溪省公安厅',
      '',
      '',
      '    2022年9月20日',
      ...(tail ? ['', '', '', tail] : []),
    ].join('\n')

  it('every organ of the 落款 signs, and the date dates it', () => {
    const doc = parse(page(''))
    expect(doc.meta.issuers).toEqual(['青溪省森林防火指挥部', '青溪省林业局', '青溪省公安厅'])
    expect(doc.meta.signedDate).toBe('2022-09-20')
  })

  it('a spam host’s keyword soup under the date does not hide the 落款', () => {
    const doc = parse(page('美女图片131,某某网站全过程05年,亚洲'))
    expect(doc.meta.signedDate).toBe('2022-09-20')
    expect(doc.meta.issuers).toHaveLength(3)
  })

  it('a sentence under the date is no soup: the date stays in the body', () => {
    expect(parse(page('各单位要认真落实，确保森林资源安全，不得延误。')).meta.signedDate).toBeNull()
  })
})

describe('a 字号 with a cell beside it', () => {
  const page = (numberLine: string) =>
    ['青溪省人民政府关于印发青溪省土壤污染防治工作方案的通知', numberLine, '各市人民政府：', '现将《青溪省土壤污染防治工作方案》印发给你们，请认真贯彻执行。', '青溪省人民政府', '2016年12月23日'].join(
      '\n',
    )

  it('a law site’s validity tag', () => {
    expect(parse(page('青政发〔2016〕52号 [有效]')).meta.docNumber?.normalized).toBe('青政发〔2016〕52号')
  })

  it('a site’s date cell', () => {
    expect(parse(page('青政〔2016〕45号 日期:2016.10.21')).meta.docNumber?.normalized).toBe('青政〔2016〕45号')
  })

  it('a sentence after the 字号 is no cell', () => {
    expect(parse(page('青政发〔2016〕52号文件要求各地认真落实')).meta.docNumber).toBeNull()
  })
})

describe('a 人大常委会 announcement numbered within its term, closed by 特此公告', () => {
  const page = (heading: string) =>
    [
      '青溪市审计条例',
      heading,
      '《青溪市审计条例》已于2023年9月27日经青溪市第六届人民代表大会常务委员会第四次会议通过，现予公布，自2023年11月1日起施行。',
      '特此公告。',
      '青溪市人民代表大会常务委员会',
      '2023年9月27日',
      '青溪市审计条例',
      '（2023年9月27日青溪市第六届人民代表大会常务委员会第四次会议通过）',
      '第一章 总则',
      '第一条 为了加强审计监督，根据有关法律，结合本市实际，制定本条例。',
    ].join('\n')

  it('is the law’s promulgation: the law is the document, published and effective as the announcement says', () => {
    const doc = parse(page('青溪市人民代表大会常务委员会公告〔六届〕第14号'))
    expect(doc.meta.title).toBe('青溪市审计条例')
    expect(doc.meta.docType).toBe('条例')
    expect(doc.meta.publishedDate).toBe('2023-09-27')
    expect(doc.meta.effectiveDate).toBe('2023-11-01')
    expect(doc.meta.history?.map((h) => h.action)).toEqual(['通过', '公布', '施行'])
    expect(doc.documents).toHaveLength(0)
  })
})

describe('a 落款 date whose 年月日 were stripped, and a closing formula', () => {
  const page = (date: string) =>
    ['按照省政府的决定，县政府决定从即日起启动一级响应，现将有关事项通告如下：', '一、全面实施交通管控。', '二、严格落实居家隔离措施。', '特此通告。', '青溪县人民政府', date].join('\n')

  it('a date read two ways (1-27 or 12-7) still closes the 落款: its organ signs, the date is left unread', () => {
    const doc = parse(page('2020127日'))
    expect(doc.meta.issuers).toEqual(['青溪县人民政府'])
    expect(doc.meta.signedDate).toBeNull()
    expect(doc.meta.docType).toBe('通告')
  })

  it('a date read one way only is the 成文日期', () => {
    expect(parse(page('2020416')).meta.signedDate).toBe('2020-04-16')
  })
})

describe("a site's breadcrumb alone over the title", () => {
  it('`专项规划 > 政府印发的专项规划` names the page’s category, not the document', () => {
    const doc = parse(['专项规划 > 政府印发的专项规划', '', '青溪科技创新“十三五”规划', '', '本规划根据国家科技规划纲要编制，提出“十三五”时期的目标任务。'].join('\n'))
    expect(doc.meta.title).toBe('青溪科技创新“十三五”规划')
  })
})

describe("a law site's 字号 over its label row", () => {
  it('the 字号 is no title; the labels date and sign it; the body names its genre', () => {
    const doc = parse(
      ['青府〔2021〕27号', '颁布时间:2021-07-16 发文单位:青溪省人民政府', '各市、县人民政府，省政府直属各单位：', '为推动气象事业高质量发展，现提出如下意见：', '一、总体要求'].join('\n'),
    )
    expect(doc.meta.title).toBeNull()
    expect(doc.meta.docNumber?.normalized).toBe('青府〔2021〕27号')
    expect(doc.meta.publishedDate).toBe('2021-07-16')
    expect(doc.meta.issuers).toEqual(['青溪省人民政府'])
    expect(doc.meta.docType).toBe('意见')
  })
})

describe('an issued title the notice names whole, over a table’s column words', () => {
  it('is not joined with them', () => {
    const doc = parse(
      [
        '青溪区人民政府关于印发2024年重点工作任务分解表的通知',
        '各镇人民政府，区政府各部门：',
        '现将2024年重点工作任务分解表》印发给你们，请认真落实。',
        '青溪区人民政府',
        '2024年1月15日',
        '2024年重点工作任务分解表',
        '序号',
        '主要工作举措',
        '牵头单位',
      ].join('\n'),
    )
    expect(doc.documents.map((d) => d.meta.title)).toEqual(['2024年重点工作任务分解表'])
  })
})

describe('a line-break tag a scraper kept as text (outside145 07)', () => {
  const page = (breakTag: string) =>
    [`青溪省人民政府${breakTag}关于印发青溪省治污降霾五年行动计划的通知`, '各市人民政府：', '现将《青溪省治污降霾五年行动计划》印发给你们，请认真贯彻执行。', '青溪省人民政府', '2013年12月30日'].join(
      '\n',
    )

  it('is the line break it stands for: the title reads whole, the organ signs without it', () => {
    for (const tag of ['<br>', '<BR/>', '<br />']) {
      const doc = parse(page(tag))
      expect(doc.meta.title).toBe('青溪省人民政府关于印发青溪省治污降霾五年行动计划的通知')
      expect(doc.meta.issuers).toEqual(['青溪省人民政府'])
    }
  })

  it('other angle brackets stay as printed', () => {
    expect(parse(page('')).meta.title).toBe('青溪省人民政府关于印发青溪省治污降霾五年行动计划的通知')
    expect(parse('关于印发<青溪省治污降霾五年行动计划>的通知\n各市人民政府：\n现将计划印发给你们。\n').meta.title).toBe('关于印发<青溪省治污降霾五年行动计划>的通知')
  })
})
