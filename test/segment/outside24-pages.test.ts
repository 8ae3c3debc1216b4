/**
 * Page heads of the outside probe by issuing sector (test/gold/outside/outside24.md): a county portal's
 * bordered label table printed under the title over more than two rows, rows with labels no field knows
 * among them. Fixtures are our own text in the pages' format.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

describe('a bordered label table under the title, read as far as its borders go', () => {
  const page = [
    '青溪县人民政府办公室关于印发《青溪县农村公路养护资金管理办法》的通知',
    '索引号 | qxx/2020-0112 | 公开目录: | 县政府办文件 |',
    '公开责任部门 | 青溪县人民政府办公室 | 公开形式: | 主动公开 |',
    '文号 | 青政办发〔2020〕41号 | 成文日期: | 2020年06月12日 |',
    '有效性 | 有效 | 公开日期: | 2020-06-15 09:10 |',
    '政策解读: |',
    '|',
    '各镇人民政府，县政府各工作部门：',
    '现将《青溪县农村公路养护资金管理办法》印发给你们，请遵照执行。',
    '青溪县人民政府办公室',
    '2020年6月12日',
    '',
  ].join('\n')

  it('takes the 字号 and the 公开日期 from the third and fourth rows, past a row of unknown labels', () => {
    const doc = parse(page)
    expect(doc.meta.title).toBe('青溪县人民政府办公室关于印发《青溪县农村公路养护资金管理办法》的通知')
    expect(doc.meta.docNumber?.normalized).toBe('青政办发〔2020〕41号')
    expect(doc.meta.signedDate).toBe('2020-06-12')
    expect(doc.meta.publishedDate).toBe('2020-06-15')
  })

  it('reads no further than two unbordered lines under the title', () => {
    // (the same labels as plain lines after two others: a body paragraph, not the site table)
    const doc = parse('青溪县人民政府办公室关于做好汛期值班工作的通知\n各镇人民政府：\n现就有关事项通知如下。\n文号：青政办发〔2019〕7号\n青溪县人民政府办公室\n2019年5月6日\n')
    expect(doc.meta.publishedDate).toBeNull()
  })
})

describe('a release lead over a text that prints no title (signature.json releaseLead)', () => {
  it('X印发Y： on a company page under its own headline: Y is the title, X the issuer', () => {
    const doc = parse(
      '青溪市全面推进绿色转型成效显著\n2023-05-08 公司新闻\n青溪市人民政府办公室印发青溪市“十四五”水资源保护规划：\n第一章 发展基础\n一、水环境质量持续改善\n全市主要河流断面水质稳定达标。\n',
    )
    expect(doc.meta.title).toBe('青溪市“十四五”水资源保护规划')
    expect(doc.meta.docType).toBe('规划')
    expect(doc.meta.issuers).toEqual(['青溪市人民政府办公室'])
  })

  it('近日，X、Y印发《Z》，内容如下。: two issuers, the quoted name the title', () => {
    const doc = parse('近日，青溪省委办公厅、省政府办公厅印发《青溪省森林防火能力提升行动方案》，内容如下。\n为提升森林防火能力，制定本方案。\n一、工作目标。到2026年，重点林区监测全覆盖。\n')
    expect(doc.meta.title).toBe('青溪省森林防火能力提升行动方案')
    expect(doc.meta.docType).toBe('行动方案')
    expect(doc.meta.issuers).toEqual(['青溪省委办公厅', '省政府办公厅'])
  })

  it('a lead that only reports the release, or names no organ, gives no title', () => {
    expect(parse('日前，青溪区人民政府印发关于推进消费提质的若干措施。\n措施提出，全年发放消费券1000万元。\n').meta.title).toBeNull()
    expect(parse('2019年我们印发《青溪县村庄清洁行动方案》以来，各村积极行动，现总结如下：\n一、主要做法\n').meta.title).toBeNull()
  })
})

describe('a 字号 opening a line with the 主送 glued after it (a journal record of a notice)', () => {
  it('the 字号 is the document’s, with or without the record’s <正> tag', () => {
    const body = '各县（市、区）农业农村局、财政局：经市政府同意，2024年继续实施耕地地力保护补贴。'
    expect(parse(`论文部分内容阅读\n青农财〔2024〕8号${body}\n`).meta.docNumber?.normalized).toBe('青农财〔2024〕8号')
    expect(parse(`<正>青农财[2024]8号${body}\n`).meta.docNumber?.normalized).toBe('青农财〔2024〕8号')
  })

  it('a 字号 quoted in a sentence before any colon is no document number', () => {
    expect(parse('青农财〔2024〕8号文件下达后，各地积极落实。现将有关情况通报如下：\n一、总体情况\n').meta.docNumber).toBeNull()
  })
})
