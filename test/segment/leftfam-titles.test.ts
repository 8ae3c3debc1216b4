import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

// outside7 probe 19 (issue #11): a site's page heading (a programme name ending in a genre word)
// above the document's title, which is broken over four lines and printed twice, the second time
// without its issuer line. Fixture written in that form (own province, numbers, dates).
const fixture = (name: string) => readFileSync(new URL(`../fixtures/leftfam/${name}`, import.meta.url), 'utf8')

describe('a page heading above a title printed twice', () => {
  it('takes the lower title, then its 字号 under the repeat', () => {
    const doc = parse(fixture('page-heading-title.txt'))
    expect(doc.meta.title).toBe('河北省人民政府办公厅转发省人力资源社会保障厅等部门关于做好2012年农村劳动力转移就业培训工作的意见的通知')
    expect(doc.meta.docType).toBe('通知')
    expect(doc.meta.docNumber?.normalized).toBe('冀政办发〔2012〕14号')
    expect(doc.meta.issuers).toEqual(['河北省人民政府办公厅'])
    expect(doc.meta.signedDate).toBe('2012-03-19')
    expect(doc.addressees.map((a) => a.name)).toEqual(['各设区市人民政府', '各县（市、区）人民政府', '省政府各部门'])
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['关于做好2012年农村劳动力转移就业培训工作的意见', '意见']])
    expect(doc.diagnostics.some((d) => d.code === 'header-lines-skipped')).toBe(true)
  })

  it('keeps a title-like first line when no 字号 or 主送 follows the title below it', () => {
    const text = fixture('page-heading-title.txt').split('\n')
    // without the 字号 and 主送 lines the first line may be the title of a short text: kept
    const doc = parse([text[0], ...text.slice(1, 5), '为进一步做好培训工作,现提出如下意见。'].join('\n'))
    expect(doc.meta.title).toBe('河北省人力资源社会保障厅职业技能提升计划')
  })
})

// outside7 probe 17: a reposting site's label lines (`來源:` / value / `作者:` / … each on its own
// line) between the title and the page's printing of the notice — a 字号 (here whole; on the probe
// page its closing bracket was lost), the issuer line and the title again — so that the issuing
// sentence stands more than six lines into the body. Fixture written in that form (traditional,
// with the site's pinyin glosses), own units, numbers and dates.
describe('site label lines above the issuing sentence', () => {
  it('finds the 字号 among them, the issued plan after the 落款 and the issuers without glosses', () => {
    const doc = parse(fixture('labels-above-issuing.txt'))
    expect(doc.meta.docNumber?.normalized).toBe('潞区农发〔2022〕35号')
    expect(doc.meta.signedDate).toBe('2022-06-15')
    expect(doc.meta.issuers).toEqual(['长治市潞城区农业农村局', '长治市潞城区财政局'])
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['2022-2024年長治市潞城區農機報廢更新補貼實施方案', '实施方案']])
  })

  it('reads a 字号 line that lost its closing bracket and 号 (year, then serial)', () => {
    const text = fixture('labels-above-issuing.txt').replace('潞區(qū)農發(fā)〔2022〕35號', '潞區(qū)農發(fā)〔202235')
    expect(parse(text).meta.docNumber?.normalized).toBe('潞区农发〔2022〕35号')
  })
})

// corpus: a PDF notice whose issuing sentence is wrapped over short lines and whose 落款 is wrapped
// inside names (`济南市公安局 济南市城乡交通` / `运输局`)
describe('a PDF notice wrapped into short lines (corpus shandong_032)', () => {
  const doc = parse(readFileSync(new URL('../../corpus/policy/politic_analysis_2025__shandong_032.txt', import.meta.url), 'utf8'))
  it('finds the issued 办法 through the wrapped issuing sentence', () => {
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['济南市智能网联汽车道路测试与示范应用管理办法（试行）', '办法']])
    expect(doc.meta.signedDate).toBe('2022-03-10')
  })
  it('takes no issuer from a 落款 wrapped inside a name', () => {
    expect(doc.meta.issuers).toEqual([])
  })
})

// outside6 probe 10: a site's quoted column tag before the title of a notice printed without a
// body, whose title issues the plan printed under it. Fixture written in that form (own district).
describe('a quoted site tag before a title that issues the plan under it', () => {
  const doc = parse(fixture('quoted-tag-title.txt'))
  it('drops the tag and takes the issuers the title names before 印发《', () => {
    expect(doc.meta.title).toBe('中共临江区委办公室临江区人民政府办公室印发《临江区加快建设“智慧临江”推进数字经济发展三年行动计划（2021—2023年）》的通知')
    expect(doc.meta.issuers).toEqual(['中共临江区委办公室', '临江区人民政府办公室'])
  })
  it('finds the issued plan by the title its own title quotes', () => {
    expect(doc.documents.map((d) => [d.meta.title, d.meta.docType])).toEqual([['临江区加快建设“智慧临江”推进数字经济发展三年行动计划（2021—2023年）', '行动计划']])
    expect(doc.documents[0].tasks.map((t) => t.path.join('/'))).toEqual(['二/（一）'])
  })
  it('keeps a title that opens with a quoted slogan', () => {
    const plan = parse('“十四五”临江区数字经济发展规划\n一、发展基础\n临江区数字经济规模持续扩大。')
    expect(plan.meta.title).toBe('“十四五”临江区数字经济发展规划')
  })
})
