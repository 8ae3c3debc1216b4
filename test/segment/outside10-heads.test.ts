import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse, type PolicyDocument } from '../../src/index.js'

// Heads of provincial and city documents as reposting sites, portals and gazettes print them
// (outside probe outside10, test/gold/outside/outside10.md). Fixtures written for the tests in the
// forms the probe's pages showed; their organs, numbers and dates are made up.
const fixture = (name: string) => parse(readFileSync(new URL(`../fixtures/outside10/${name}`, import.meta.url), 'utf8'))
const meta = (d: PolicyDocument) => ({
  title: d.meta.title,
  docType: d.meta.docType,
  docNumber: d.meta.docNumber?.normalized ?? null,
  signedDate: d.meta.signedDate,
  issuers: d.meta.issuers,
})

describe('outside10: document heads of portals, gazettes and reposting sites', () => {
  it('a gazette prints the date after the 字号 on its line: number and 成文日期 both', () => {
    const d = fixture('gazette-number-date.txt')
    expect(meta(d)).toMatchObject({ docNumber: '陕政办发〔2012〕37号', signedDate: '2012-06-19', issuers: ['陕西省人民政府办公厅'] })
    // the line is no clause, and its date is no deadline
    expect(d.tasks.flatMap((t) => t.deadlines.map((x) => x.date))).not.toContain('2012-06-19')
  })

  it("a portal's page title (`…的意见-甘肃省人民政府门户网站`), its dateline and a third printing broken after 关于 stand above the 字号", () => {
    const d = fixture('portal-title-suffix.txt')
    expect(meta(d)).toMatchObject({ title: '甘肃省人民政府关于落实《政府工作报告》重点工作责任分工的意见', docType: '意见', docNumber: '甘政发〔2021〕9号', issuers: ['甘肃省人民政府'] })
    expect(d.diagnostics.some((x) => x.code === 'title-site-name')).toBe(true)
    const task = d.tasks.find((t) => t.path.join('/') === '一/（一）')
    expect(task?.roles.find((r) => r.role === 'lead')?.units.map((u) => u.name)).toEqual(['省发展改革委'])
  })

  it('a label table read as text: `标  题` glued to the title, `发文字号 … 时  效 …` on one line', () => {
    const d = fixture('spaced-labels.txt')
    expect(meta(d)).toMatchObject({ title: '贵州省人民政府关于印发支持实体经济发展若干政策措施的通知', docType: '通知', docNumber: '黔府发〔2016〕21号', issuers: ['贵州省人民政府'] })
  })

  it('a title cell with the 字号 cell glued after it and `|` border lines around', () => {
    const d = fixture('pipe-title-cell.txt')
    expect(meta(d)).toMatchObject({ title: '关于印发2022年《政府工作报告》主要任务分解方案的通知', docType: '通知', docNumber: '扬府发〔2022〕8号' })
  })

  it('an index number alone on its line before the 字号, label cells under the title, the issued title over three lines', () => {
    const d = fixture('index-line-repost.txt')
    expect(meta(d)).toMatchObject({ docNumber: '岳政办发〔2024〕11号', signedDate: '2024-05-09', issuers: ['岳阳市人民政府办公室'] })
    expect(d.documents.map((x) => [x.meta.title, x.meta.docType])).toEqual([['岳阳市贯彻落实《关于促进服务消费提质扩容的若干措施》实施方案', '实施方案']])
    const task = d.documents[0].tasks.find((t) => t.path.join('/') === '一/1')
    expect(task?.roles.map((r) => [r.role, r.units.map((u) => u.name)])).toEqual([['responsible', ['市商务局', '各县市区人民政府']]])
    expect(task?.deadlines.map((x) => x.date)).toEqual(['2024-06-30'])
  })

  it('a party committee office and a government office printed without a separator before 印发〈…〉 are two issuers', () => {
    const d = fixture('party-government-issued.txt')
    expect(meta(d)).toMatchObject({ docType: '通知', docNumber: '黔办发〔2020〕15号', issuers: ['中共贵州省委办公厅', '贵州省人民政府办公厅'] })
  })

  it('a site tag before the two offices (`“党政混合信息公开”中共…办公室…人民政府办公室印发《…》的通知`) is no issuer', () => {
    const title = '“党政混合信息公开”中共临安区委办公室临安区人民政府办公室印发《临安区优化营商环境三年行动计划（2021—2023年）》的通知'
    const d = parse(`${title}\n各镇街党（工）委、镇人民政府、街道办事处，区直各单位：\n现将《临安区优化营商环境三年行动计划（2021—2023年）》印发给你们，请认真贯彻落实。\n`)
    expect(d.meta.issuers).toEqual(['中共临安区委办公室', '临安区人民政府办公室'])
  })

  it('a joint 落款 followed by a release note the scraper garbled (`?。ù思_發(fā)布)`) still signs the notice', () => {
    const d = fixture('garbled-release-joint.txt')
    expect(meta(d)).toMatchObject({ docType: '通知', signedDate: '2022-06-30', issuers: ['中共浙江省委', '浙江省人民政府'] })
    expect(d.documents.map((x) => x.meta.docType)).toEqual(['实施方案'])
  })

  it('a notice title printed without its closing 的通知 (`…关于印发…实施方案`) is still a 通知', () => {
    const d = fixture('issuing-title-cut.txt')
    expect(meta(d)).toMatchObject({ title: '甘肃省人民政府办公厅关于印发甘肃省贯彻落实《兰州—西宁城市群发展规划》实施方案', docType: '通知', docNumber: '陇政办发〔2018〕72号' })
    expect(d.documents.map((x) => x.meta.docType)).toEqual(['实施方案'])
  })

  it('a body-only notice that hands down tasks (`现将…目标任务分解下达`) is a 通知', () => {
    expect(fixture('body-only-handed-down.txt').meta.docType).toBe('通知')
  })

  it('a news lead ending `详情如下：` is page chrome; 若干政策 is a genre', () => {
    const d = fixture('news-lead-details.txt')
    expect(meta(d)).toMatchObject({ title: '温州市人民政府关于印发温州市推动经济高质量发展若干政策（2024年版）的通知', docType: '通知', signedDate: '2024-03-28' })
    expect(d.documents.map((x) => x.meta.docType)).toEqual(['若干政策'])
  })

  it('a 解读 opening with a dated sentence that leads into it (`…现将主要内容解读如下：`) has no history, publication date or issuer', () => {
    const d = fixture('interpretation-lead.txt')
    expect(meta(d)).toMatchObject({ title: null, docNumber: null, signedDate: null, issuers: [] })
    expect(d.meta.publishedDate).toBeNull()
    expect(d.meta.history ?? []).toEqual([])
  })
})
